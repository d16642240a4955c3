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
from dass_desktop.domain.plan_rules import plan_row
from dass_desktop.domain.plan_terms import PlanRow

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
    return plan_row(item, start, date)


def list_items(con: sqlite3.Connection, start: dt.date | None) -> list[PlanRow]:
    """Every item not deleted, by theme then position (see :func:`plan_store.list_items`)."""
    date = date_reader()
    return [plan_row(item, start, date) for item in con.execute(_ITEMS)]
