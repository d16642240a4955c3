"""The plan page's read of every item in plain SQL on :mod:`sqlite3`, without SQLAlchemy.

:func:`list_items` gives exactly what :func:`plan_store.list_items` gives (a test holds the
two equal on the demo council at two sizes, deleted items included). Compiling the ORM's
statement and passing each row through its result machinery cost about a third of
reading a large plan; the plan page reads it on every change.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any

from dass_desktop.domain.dates import DateReader, date_reader
from dass_desktop.domain.plan_rules import due_on, plan_row
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.timeline import Phase

# Each value's member, looked up rather than made by calling the enum for every item (an
# unknown value still raises as the call would).
_PHASES = {phase.value: phase for phase in Phase}
_STATUSES = {status.value: status for status in Status}
_RAGS = {rag.value: rag for rag in Rag}

# An item's columns in the order :func:`plan_rules.plan_row` takes them, but the evidence
# count, which each read adds last (``p`` the item, ``t`` its theme).
COLUMNS = (
    "p.id, p.theme_id, t.title, t.position, p.template_key, p.kind, p.title, p.help,"
    " p.guidance_ref, p.phase, p.day_offset, p.due_date, p.status, p.rag, p.owner,"
    " p.findings, p.completed_on, p.source, p.position"
)
_ITEMS = (
    f"SELECT {COLUMNS}, coalesce(e.n, 0)"
    " FROM plan_item p JOIN theme t ON p.theme_id = t.id"
    " LEFT OUTER JOIN (SELECT item_id, count(*) AS n FROM evidence_link GROUP BY item_id) e"
    " ON e.item_id = p.id"
    " WHERE p.deleted_at IS NULL"
    " ORDER BY t.position, t.id, p.position, p.id"
)


def row_of(item: Sequence[Any], start: dt.date | None, date: DateReader) -> PlanRow:
    """A plan row from plain SQL's columns in :data:`_ITEMS`' order, dates still text.

    ``date`` reads them: one :func:`dates.date_reader` across the rows of one read.
    """
    due_date, done_on = item[11], item[16]
    if due_date is not None or done_on is not None:
        item = (*item[:11], date(due_date), *item[12:16], date(done_on), *item[17:])
    return plan_row(item, start)


def list_items(con: sqlite3.Connection, start: dt.date | None) -> list[PlanRow]:
    """Every item not deleted, by theme then position (see :func:`plan_store.list_items`).

    Each row is built here as :func:`row_of` builds it, in one step: a large plan's
    thousands of rows otherwise go through two more calls and a copied tuple each.
    """
    date = date_reader()
    rows: list[PlanRow] = []
    add = rows.append
    for (
        item_id,
        theme_id,
        theme_title,
        theme_position,
        key,
        kind,
        title,
        help_text,
        ref,
        phase_text,
        day_offset,
        due_text,
        status,
        rag,
        owner,
        findings,
        done_text,
        source,
        position,
        evidence_count,
    ) in con.execute(_ITEMS):
        phase = _PHASES.get(phase_text) or Phase(phase_text)
        due_date = None if due_text is None else date(due_text)
        add(
            PlanRow(
                item_id,
                theme_id,
                theme_title,
                theme_position,
                key,
                kind,
                title,
                help_text,
                ref,
                phase,
                day_offset,
                due_date,
                # A practice is kept up or lapsed, never due (as in plan_rules.plan_row).
                None if kind == PRACTICE_KIND else due_on(phase, day_offset, due_date, start),
                _STATUSES.get(status) or Status(status),
                (_RAGS.get(rag) or Rag(rag)) if rag else None,
                owner,
                findings,
                None if done_text is None else date(done_text),
                source,
                position,
                int(evidence_count),
            )
        )
    return rows
