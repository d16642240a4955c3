"""The dashboard's plan reads in plain SQL on :mod:`sqlite3` (see :mod:`overview_sql`).

Each function gives exactly what its namesake in
:mod:`overview_queries` gives; tests hold the two equal.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from dass_desktop.domain import plan_rules, plan_sql
from dass_desktop.domain.dates import date_reader, long_date
from dass_desktop.domain.guidance import THEME_PREFIX, Templates
from dass_desktop.domain.meeting_terms import CommitmentStatus, WithWhom
from dass_desktop.domain.overview_queries_base import SHOWN, Top, working_days_json
from dass_desktop.domain.plan_terms import PlanRow, Status
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.timeline import Phase

_OPEN = (Status.NOT_STARTED.value, Status.IN_PROGRESS.value)


def _day_range(con: sqlite3.Connection) -> tuple[int, int]:
    """The lowest and highest plan day an item can fall due on, phases' last days included."""
    low, high = con.execute(  # two index look-ups: min and max apart, each takes one
        "SELECT (SELECT min(day_offset) FROM plan_item), (SELECT max(day_offset) FROM plan_item)"
    ).fetchone()
    ends = [p.last_day for p in Phase]
    return min(low if low is not None else 0, *ends), max(high if high is not None else 0, *ends)


def _due(con: sqlite3.Connection, start: dt.date | None) -> tuple[str, list[object]]:
    """An item's effective due date as ISO text, and the values it binds."""
    if start is None:
        return "p.due_date", []
    phases = " ".join(f"WHEN p.phase = '{p.value}' THEN {p.last_day}" for p in Phase)
    offset = f"coalesce(p.day_offset, CASE {phases} ELSE 0 END)"
    key = f"'$.\"' || CAST({offset} AS VARCHAR) || '\"'"
    return f"coalesce(p.due_date, json_extract(?, {key}))", [
        working_days_json(start, *_day_range(con))
    ]


def open_items_due(
    con: sqlite3.Connection,
    start: dt.date | None,
    *,
    after: dt.date | None = None,
    before: dt.date | None = None,
    limit: int = SHOWN,
    phases: Sequence[Phase] | None = None,
    plan_order: bool = False,
) -> Top:
    """Open items due between ``after`` and ``before`` (see ``overview_queries``)."""
    due, bound = _due(con, start)
    where = [
        "likely(p.deleted_at IS NULL)",
        "p.status IN (?, ?)",
        "p.kind != ?",
        f"{due} IS NOT NULL",
    ]
    args: list[object] = [*_OPEN, PRACTICE_KIND, *bound]
    if phases is not None:
        where.append(f"p.phase IN ({', '.join('?' for _ in phases)})")
        args += [p.value for p in phases]
    if after is not None:
        where.append(f"{due} > ?")
        args += [*bound, after.isoformat()]
    if before is not None:
        where.append(f"{due} < ?")
        args += [*bound, before.isoformat()]
    order = "t.position, p.position, t.id, p.id"
    if plan_order:
        order = "t.position, t.id, p.position, p.id"
    conditions = " AND ".join(where)
    total = con.execute(f"SELECT count(*) FROM plan_item p WHERE {conditions}", args).fetchone()
    ids = [
        row[0]
        for row in con.execute(
            f"SELECT p.id FROM plan_item p JOIN theme t ON t.id = p.theme_id WHERE {conditions}"
            f" ORDER BY {due}, {order} LIMIT ?",
            [*args, *bound, limit],
        )
    ]
    return Top(total[0] or 0, plan_rows(con, start, ids))


def plan_rows(
    con: sqlite3.Connection, start: dt.date | None, ids: list[int]
) -> tuple[PlanRow, ...]:
    """The rows of items ``ids``, in that order (see :func:`plan_store.list_items`)."""
    if not ids:
        return ()
    marks = ", ".join("?" for _ in ids)
    cursor = con.execute(
        f"SELECT {plan_sql.COLUMNS},"
        " (SELECT count(*) FROM evidence_link e WHERE e.item_id = p.id)"
        f" FROM plan_item p JOIN theme t ON p.theme_id = t.id"
        f" WHERE p.deleted_at IS NULL AND p.id IN ({marks})",
        ids,
    )
    date = date_reader()
    found = {row[0]: plan_sql.row_of(row, start, date) for row in cursor}
    return tuple(found[i] for i in ids if i in found)


def inherited_overdue(
    con: sqlite3.Connection, start: dt.date | None, today: dt.date, used_from: dt.date
) -> list[PlanRow]:
    """The open tasks overdue before the app was in use (see ``plan_store``)."""
    worked = con.execute(
        "SELECT id FROM plan_item WHERE deleted_at IS NULL AND kind != ? AND status != ? LIMIT 1",
        (PRACTICE_KIND, Status.NOT_STARTED.value),
    ).fetchone()
    if start is None or worked is not None:
        return []
    ids = [
        row[0]
        for row in con.execute(
            "SELECT p.id FROM plan_item p JOIN theme t ON p.theme_id = t.id"
            " WHERE p.deleted_at IS NULL ORDER BY t.position, t.id, p.position, p.id"
        )
    ]
    return plan_rules.inherited_overdue(plan_rows(con, start, ids), today, used_from)


def seeded_from(con: sqlite3.Connection, mark: str) -> bool:
    """Whether the checklist whose mark is ``mark`` was seeded whole into this database."""
    return (
        con.execute("SELECT 1 FROM seeded_template WHERE key = ?", (mark,)).fetchone() is not None
    )


def needs_seeding(con: sqlite3.Connection, source: Templates) -> bool:
    """Whether any template theme or item is not yet seeded (see ``seed_from_templates``)."""
    seen = {row[0] for row in con.execute("SELECT key FROM seeded_template")}
    wanted = {THEME_PREFIX + t.key for t in source.themes} | {i.key for i in source.items}
    return not wanted <= seen


def next_meeting_words(con: sqlite3.Connection, today: dt.date) -> str:
    """The dashboard's line on the next one-to-one (see ``meeting_agenda``)."""
    upcoming = con.execute(
        # likely(): from today along the date index, not through every live meeting.
        "SELECT id, held_on, with_whom FROM meeting WHERE likely(deleted_at IS NULL)"
        " AND held_on >= ?"
        " ORDER BY held_on, id LIMIT 1",
        (today.isoformat(),),
    ).fetchone()
    if upcoming is None:
        return "No one-to-one arranged yet (One-to-ones page)."
    meeting_id, held_text, with_whom = upcoming
    held_on = dt.date.fromisoformat(held_text[:10])
    open_points = con.execute(
        "SELECT count(*) FROM agenda_point WHERE meeting_id = ? AND NOT removed", (meeting_id,)
    ).fetchone()[0]
    late, due = con.execute(
        "SELECT count(CASE WHEN c.due_on < ? THEN 1 END),"
        " count(CASE WHEN c.due_on >= ? AND c.due_on <= ? THEN 1 END)"
        " FROM commitment c JOIN meeting m ON m.id = c.meeting_id"
        " WHERE m.deleted_at IS NULL AND c.status = ? AND c.due_on IS NOT NULL",
        (today.isoformat(), today.isoformat(), held_on.isoformat(), CommitmentStatus.OPEN.value),
    ).fetchone()
    parts = [f"{open_points} point{'' if open_points == 1 else 's'} on the agenda"]
    if late:
        parts.append(f"{late} commitment{'' if late == 1 else 's'} overdue")
    if due:
        parts.append(f"{due} due by then")
    return (
        f"Next one-to-one: {WithWhom(with_whom).label.lower()}, {long_date(held_on)}; "
        + ", ".join(parts)
        + "."
    )
