"""Contact reads in plain SQL on :mod:`sqlite3` (see :mod:`overview_sql`): the dashboard's,
the Visits page's log, and the Stakeholders page's contacts book and each person's history.

Each function gives exactly what its namesake gives
(:func:`stakeholder_store.list_stakeholders`, :func:`overview_queries.follow_ups_due`,
:func:`engagement_store.list_engagements`); tests hold the two equal.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from dass_desktop.domain.contact_terms import Cadence, Category, EngagementKind
from dass_desktop.domain.coverage import next_due
from dass_desktop.domain.dates import date_reader, sql_date
from dass_desktop.domain.engagement_terms import EngagementRow, LinkedAction, Named
from dass_desktop.domain.overview_queries_base import SHOWN, Top
from dass_desktop.domain.plan_terms import Status
from dass_desktop.domain.stakeholder_rules import split_tags
from dass_desktop.domain.stakeholder_terms import StakeholderRow


def _time(value: object) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(str(value))


def list_stakeholders(
    con: sqlite3.Connection, today: dt.date, since: dt.date | None = None
) -> list[StakeholderRow]:
    """Every stakeholder not deleted, by name (see :func:`stakeholder_store.list_stakeholders`)."""
    day = today.isoformat()
    links = (
        " FROM engagement_participant ep JOIN engagement e ON e.id = ep.engagement_id"
        " WHERE e.deleted_at IS NULL AND e.occurred_on {} ? GROUP BY ep.stakeholder_id"
    )
    last = {
        sid: (sql_date(on), n)
        for sid, on, n in con.execute(
            "SELECT ep.stakeholder_id, max(e.occurred_on), count(*)" + links.format("<="), (day,)
        )
    }
    ahead = {
        sid: sql_date(on)
        for sid, on in con.execute(
            "SELECT ep.stakeholder_id, min(e.occurred_on)" + links.format(">"), (day,)
        )
    }
    rows = []
    for row in con.execute(
        "SELECT id, name, role, organisation, category, email, phone, notes, influence,"
        " interest, cadence, tags, created_at FROM stakeholder WHERE deleted_at IS NULL"
    ):
        (sid, name, role, organisation, category, email, phone, notes) = row[:8]
        influence, interest, cadence_text, tags, created = row[8:]
        last_contact, count = last.get(sid, (None, 0))
        cadence = Cadence(cadence_text)
        added = sql_date(created)
        rows.append(
            StakeholderRow(
                id=sid,
                name=name,
                role=role,
                organisation=organisation,
                category=Category(category),
                email=email,
                phone=phone,
                notes=notes,
                influence=influence,
                interest=interest,
                cadence=cadence,
                tags=split_tags(tags),
                last_contact=last_contact,
                contacts=count,
                next_planned=ahead.get(sid),
                next_due=next_due(last_contact, cadence, since, added),
                added_on=added,
            )
        )
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))


def follow_ups_due(con: sqlite3.Connection, today: dt.date, days: int, limit: int = SHOWN) -> Top:
    """Engagements with a follow-up from today up to ``days`` ahead (see ``overview_queries``)."""
    window = (
        "likely(deleted_at IS NULL) AND follow_up_on >= ? AND follow_up_on <= ?",
        (today.isoformat(), (today + dt.timedelta(days=days)).isoformat()),
    )
    total = con.execute(f"SELECT count(*) FROM engagement WHERE {window[0]}", window[1])
    ids = [
        row[0]
        for row in con.execute(
            f"SELECT id FROM engagement WHERE {window[0]} ORDER BY follow_up_on, id LIMIT ?",
            (*window[1], limit),
        )
    ]
    found = {e.id: e for e in engagement_rows(con, ids)}
    return Top(total.fetchone()[0] or 0, tuple(found[i] for i in ids if i in found))


def _by_name(named: list[Named] | None) -> tuple[Named, ...]:
    """Teams or people in name order (case-folded); most visits have one or none."""
    if not named:
        return ()
    if len(named) == 1:
        return (named[0],)
    return tuple(sorted(named, key=lambda n: n.name.casefold()))


def engagement_rows(con: sqlite3.Connection, ids: list[int] | None) -> list[EngagementRow]:
    """Engagements ``ids`` (None: all) not deleted (see
    :func:`engagement_store.list_engagements`).

    Each team, person, day and start time is made once and shared by the rows naming it:
    a large council's log has thousands of visits but a few hundred days and people. For
    the whole log, each table of links is read straight through (in the order of its key)
    and the links of deleted visits are passed over here, rather than each visit's links
    looked up in turn.
    """
    if ids is None:
        return _engagements(con, "", [])
    if not ids:
        return []
    return _engagements(con, f" AND id IN ({', '.join('?' for _ in ids)})", ids)


def person_engagements(con: sqlite3.Connection, stakeholder_id: int) -> list[EngagementRow]:
    """The engagements, not deleted, with person ``stakeholder_id`` (see
    :func:`engagement_store.list_engagements` with ``stakeholder_id``).
    """
    return _engagements(
        con,
        " AND id IN (SELECT engagement_id FROM engagement_participant WHERE stakeholder_id = ?)",
        [stakeholder_id],
    )


def _engagements(con: sqlite3.Connection, chosen: str, ids: list[int]) -> list[EngagementRow]:
    """The live engagements narrowed by the condition ``chosen`` (with parameters ``ids``;
    empty: all of them).
    """
    links = ""
    if chosen:
        links = (
            " AND {0}.engagement_id IN (SELECT id FROM engagement"
            f" WHERE likely(deleted_at IS NULL){chosen})"
        )
    found = con.execute(
        "SELECT id, occurred_on, starts_at, kind, place, staff_count, going_well, to_improve,"
        f" follow_up_on, you_said_we_did FROM engagement WHERE likely(deleted_at IS NULL){chosen}",
        ids,
    ).fetchall()
    live = {row[0] for row in found}
    teams: dict[int, list[Named]] = {}
    team_of: dict[int, Named] = {}
    for eid, key, name in con.execute(
        "SELECT et.engagement_id, t.id, t.name FROM engagement_team et JOIN team t"
        " ON t.id = et.team_id WHERE likely(t.deleted_at IS NULL)"
        + links.format("et")
        + " ORDER BY et.engagement_id, et.team_id",
        ids,
    ):
        if eid in live:
            team = team_of.get(key)
            if team is None:
                team = team_of[key] = Named(key, name)
            teams.setdefault(eid, []).append(team)
    person_of = {
        key: Named(key, name, ", ".join(p for p in (role, organisation) if p))
        for key, name, role, organisation in con.execute(
            "SELECT id, name, role, organisation FROM stakeholder WHERE deleted_at IS NULL"
            + (
                " AND id IN (SELECT ep.stakeholder_id FROM engagement_participant ep WHERE 1"
                + links.format("ep")
                + ")"
                if chosen
                else ""
            ),
            ids,
        )
    }
    people: dict[int, list[Named]] = {}
    for eid, key in con.execute(
        "SELECT ep.engagement_id, ep.stakeholder_id FROM engagement_participant ep"
        " WHERE 1" + links.format("ep") + " ORDER BY ep.engagement_id, ep.stakeholder_id",
        ids,
    ):
        if eid in live and key in person_of:
            people.setdefault(eid, []).append(person_of[key])
    themes: dict[int, list[str]] = {}
    for eid, theme in con.execute(
        "SELECT et.engagement_id, et.theme FROM engagement_theme et WHERE 1"
        + links.format("et")
        + " ORDER BY et.engagement_id, et.theme",
        ids,
    ):
        if eid in live:
            themes.setdefault(eid, []).append(theme)
    date = date_reader()
    actions: dict[int, list[LinkedAction]] = {}
    for eid, item_id, title, owner, due, status, done_on in con.execute(
        "SELECT ea.engagement_id, p.id, p.title, p.owner, p.due_date, p.status, p.completed_on"
        # CROSS JOIN: from the links to their items, not down every live item in the plan.
        " FROM engagement_action ea CROSS JOIN plan_item p ON p.id = ea.plan_item_id"
        " WHERE likely(p.deleted_at IS NULL)" + links.format("ea") + " ORDER BY p.id",
        ids,
    ):
        if eid in live:
            actions.setdefault(eid, []).append(
                LinkedAction(item_id, title, owner, date(due), Status(status), date(done_on))
            )
    kinds = {kind.value: kind for kind in EngagementKind}
    times: dict[object, dt.time | None] = {None: None}
    rows = []
    for eid, held, starts, kind, place, staff, well, improve, follow, said in found:
        if starts not in times:
            times[starts] = _time(starts)
        theme_list = themes.get(eid)
        rows.append(
            EngagementRow(
                eid,
                date(held),  # type: ignore[arg-type]
                times[starts],
                kinds[kind],
                place,
                staff,
                well,
                improve,
                date(follow),
                said,
                _by_name(teams.get(eid)),
                _by_name(people.get(eid)),
                tuple(sorted(theme_list, key=str.casefold)) if theme_list else (),
                tuple(actions.get(eid, ())),
            )
        )
    midnight = dt.time()
    return sorted(rows, key=lambda r: (r.occurred_on, r.starts_at or midnight, r.id), reverse=True)
