"""The dashboard's first reads in plain SQL on :mod:`sqlite3`, without SQLAlchemy.

Each function here gives exactly what its namesake in
:mod:`overview_queries` (or :mod:`profile`) gives, and tests hold the two equal at several
dates on the demo council. The point is that the dashboard's first paint can be drawn
before SQLAlchemy's ORM is imported (over half of the start-up's import time).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.coverage import CoverageStatus, TeamCoverage
from dass_desktop.domain.dates import sql_date
from dass_desktop.domain.overview_queries_base import (
    BY_SEVERITY,
    SHOWN,
    Celebration,
    Lapsed,
    Top,
    theme_progress_rows,
)
from dass_desktop.domain.plan_terms import Rag, Status, ThemeProgress
from dass_desktop.domain.practice_rules import next_by, state_of
from dass_desktop.domain.practice_terms import PRACTICE_KIND, Cadence, PracticeState
from dass_desktop.domain.profile_terms import DirectorProfile
from dass_desktop.domain.recognition_terms import WhoKind
from dass_desktop.domain.timeline import Phase, date_of_day
from dass_desktop.domain.wellbeing_rules import FALLS
from dass_desktop.domain.wellbeing_terms import CheckInRow
from dass_desktop.domain.working_days import next_working_day
from dass_desktop.store import Store

_OPEN = (Status.NOT_STARTED.value, Status.IN_PROGRESS.value)


@contextmanager
def connection(store: Store) -> Iterator[sqlite3.Connection]:
    """The store's plain connection for quick reads (see :meth:`Store.quick`)."""
    yield store.quick()


def load_profile(con: sqlite3.Connection) -> DirectorProfile | None:
    """The director's profile, or None before set-up (see :func:`profile.load_profile`)."""
    row = con.execute(
        "SELECT director_name, council_name, council_code, region, start_date,"
        " chief_executive_name, protective_marking FROM profile LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    name, council, code, region, start, chief, marking = row
    return DirectorProfile(
        name, council, code, region, dt.date.fromisoformat(start[:10]), chief, marking
    )


def _phases(phases: Sequence[Phase] | None) -> tuple[str, list[str]]:
    if phases is None:
        return "", []
    marks = ", ".join("?" for _ in phases)
    return f" AND p.phase IN ({marks})", [p.value for p in phases]


def theme_progress(
    con: sqlite3.Connection, phases: Sequence[Phase] | None = None
) -> list[ThemeProgress]:
    """Each theme's progress (see :func:`overview_queries.theme_progress`)."""
    task = "p.kind != ?"
    is_open = f"({task} AND p.status IN (?, ?))"
    severity = " ".join(f"WHEN p.rag = '{r.value}' THEN {r.severity}" for r in Rag)
    per_rag = "".join(
        f", count(CASE WHEN {is_open} AND p.rag = '{r.value}' THEN 1 END)" for r in BY_SEVERITY
    )
    where, values = _phases(phases)
    sql = (
        f"SELECT t.title, count(CASE WHEN {task} AND p.status = ? THEN 1 END),"
        f" count(CASE WHEN {task} AND p.status != ? THEN 1 END),"
        f" count(CASE WHEN {is_open} THEN 1 END),"
        f" min(CASE WHEN {is_open} THEN CASE {severity} END END){per_rag}"
        " FROM theme t JOIN plan_item p ON p.theme_id = t.id"
        f" WHERE likely(p.deleted_at IS NULL){where} GROUP BY t.id ORDER BY t.position, t.id"
    )
    open_args = [PRACTICE_KIND, *_OPEN]
    args = [
        PRACTICE_KIND, Status.DONE.value, PRACTICE_KIND, Status.NOT_APPLICABLE.value,
        *open_args, *open_args, *(a for _ in BY_SEVERITY for a in open_args), *values,
    ]  # fmt: skip
    return theme_progress_rows(con.execute(sql, args))


def kinds_held(con: sqlite3.Connection, first: dt.date, last: dt.date) -> dict[EngagementKind, int]:
    """Engagements of each kind held from ``first`` to ``last`` (see ``overview_queries``)."""
    counts = {
        EngagementKind(kind): n
        for kind, n in con.execute(
            "SELECT kind, count(*) FROM engagement WHERE likely(deleted_at IS NULL)"
            " AND occurred_on >= ? AND occurred_on <= ? GROUP BY kind",
            (first.isoformat(), last.isoformat()),
        )
    }
    return {kind: counts[kind] for kind in EngagementKind if counts.get(kind)}


def teams_not_visited(
    con: sqlite3.Connection, today: dt.date, limit: int = SHOWN
) -> tuple[int, Top]:
    """How many teams there are, and those never visited up to ``today``, by name."""
    day = today.isoformat()
    # One index search per team (engagement_team by team), never every visit up to today.
    never = (
        "likely(deleted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM engagement_team et"
        " JOIN engagement e ON e.id = et.engagement_id WHERE et.team_id = team.id"
        " AND likely(e.deleted_at IS NULL) AND e.occurred_on <= ?)"
    )
    teams = con.execute("SELECT count(*) FROM team WHERE likely(deleted_at IS NULL)").fetchone()[0]
    total = con.execute(f"SELECT count(*) FROM team WHERE {never}", (day,)).fetchone()[0]
    first = con.execute(
        f"SELECT id, name, base FROM team WHERE {never} ORDER BY lower(name), id LIMIT ?",
        (day, limit),
    ).fetchall()
    ids = [row[0] for row in first]
    marks = ", ".join("?" for _ in ids)
    booked = {
        team_id: sql_date(on)
        for team_id, on in con.execute(
            "SELECT et.team_id, min(e.occurred_on) FROM engagement_team et"
            " JOIN engagement e ON e.id = et.engagement_id WHERE likely(e.deleted_at IS NULL)"
            f" AND e.occurred_on > ? AND et.team_id IN ({marks}) GROUP BY et.team_id",
            (day, *ids),
        )
    }
    rows = tuple(
        TeamCoverage(i, name, base, None, 0, booked.get(i), CoverageStatus.NOT_VISITED)
        for i, name, base in first
    )
    return teams, Top(total, rows)


def lapsed_practices(
    con: sqlite3.Connection, start: dt.date | None, today: dt.date
) -> list[Lapsed]:
    """Practices lapsed on ``today`` (see :func:`overview_habits.lapsed_practices`)."""
    day = today.isoformat()
    # The latest visit it counts is the latest over the kinds it counts, each found by walking
    # the (kind, occurred_on) index back from today: no visit log is read whole.
    kinds = ", ".join(f"('{kind.value}')" for kind in EngagementKind)
    sql = (
        "SELECT p.id, p.title, p.cadence, p.day_offset,"
        " (SELECT max(l.practised_on) FROM practice_log l WHERE l.item_id = p.id"
        "  AND l.deleted_at IS NULL AND l.practised_on <= ?),"
        " (SELECT max((SELECT e.occurred_on FROM engagement e WHERE e.kind = k.column1"
        "  AND e.occurred_on <= ? AND likely(e.deleted_at IS NULL)"
        "  AND NOT EXISTS (SELECT 1 FROM practice_log l WHERE l.item_id = p.id"
        "   AND l.engagement_id = e.id AND l.deleted_at IS NULL AND l.practised_on <= ?)"
        f"  ORDER BY e.occurred_on DESC LIMIT 1)) FROM (VALUES {kinds}) k"
        "  WHERE instr(',' || replace(p.counts_from, ' ', '') || ',', ',' || k.column1 || ',') > 0)"
        " FROM plan_item p JOIN theme t ON p.theme_id = t.id"
        " WHERE p.kind = ? AND p.deleted_at IS NULL AND p.status != ?"
        " ORDER BY t.position, t.id, p.position, p.id"
    )
    found = []
    args = (day, day, day, PRACTICE_KIND, Status.NOT_APPLICABLE.value)
    for item_id, title, cadence_text, day_offset, hand, by_visit in con.execute(sql, args):
        cadence = Cadence(cadence_text or "monthly")
        first_by = next_working_day(date_of_day(start, day_offset or 1)) if start else None
        last = max((d for d in (sql_date(hand), sql_date(by_visit)) if d), default=None)
        due = next_by(cadence, last, first_by)
        if due is not None and state_of(cadence, last, first_by, today) is PracticeState.LAPSED:
            found.append(Lapsed(item_id, title, due))
    return sorted(found, key=lambda p: p.next_by)


def celebration(con: sqlite3.Connection, today: dt.date) -> Celebration:
    """The latest thanks, the teams never thanked and the last check-ins (see ``celebration``)."""
    day = today.isoformat()
    last = con.execute(
        "SELECT r.who_kind, r.who_name, (SELECT name FROM team WHERE team.id = r.who_id),"
        " (SELECT name FROM stakeholder s WHERE s.id = r.who_id), r.given_on"
        " FROM recognition r WHERE likely(r.deleted_at IS NULL) AND r.given_on <= ?"
        " ORDER BY r.given_on DESC, r.id DESC LIMIT 1",
        (day,),
    ).fetchone()
    teams = con.execute("SELECT count(*) FROM team WHERE deleted_at IS NULL").fetchone()[0]
    never = con.execute(
        # One search of the (who_kind, who_id) index per team, not a scan of every thanks.
        "SELECT id, name FROM team WHERE deleted_at IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM recognition r WHERE r.who_kind = ? AND r.who_id = team.id"
        " AND likely(r.deleted_at IS NULL))",
        (WhoKind.TEAM.value,),
    ).fetchall()
    recent = tuple(
        CheckInRow(i, sql_date(week), energy, workload, line)  # type: ignore[arg-type]
        for i, week, energy, workload, line in con.execute(
            "SELECT id, week_of, energy, workload, line FROM wellbeing_checkin"
            " WHERE week_of <= ? ORDER BY week_of DESC LIMIT ?",
            (day, FALLS + 1),
        )
    )
    last_given = None
    if last is not None:
        kind, who_name, team, person, given_on = last
        named: Any = (
            who_name
            if WhoKind(kind) is WhoKind.PERSON
            else (team if kind == WhoKind.TEAM.value else person)
        )
        last_given = (named or who_name, sql_date(given_on))
    ordered = sorted(((i, n) for i, n in never), key=lambda t: (t[1].casefold(), t[0]))
    return Celebration(last_given, teams, tuple(ordered), recent)  # type: ignore[arg-type]
