"""Searching everything through the store's full-text index.

The index (``search_index``, SQLite FTS5) is kept in step by triggers in the database, in
the same transaction as every write, so a search always sees what was last saved: deleted
records drop out and come back on undo. Hits are ranked by bm25 with titles weighing more
than the text under them, and grouped by kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, select, text
from sqlalchemy.orm import Session

from dass_desktop.domain.plan_rules import due_on
from dass_desktop.domain.search_rules import (
    group_hits,
    match_expression,
    one_line,
    snippet,
    words_of,
)
from dass_desktop.domain.search_terms import Hit, HitKind, SearchResult
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from dass_desktop.store.models import PlanItem, Profile, TeamGap, TeamNote

PER_KIND = 20
BOX_PER_KIND = 8  # what the window's search box shows of each kind
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0
SNIPPET_WORDS = 12
# A document's rowid is ``record id * 16 + code``; the code says its kind (revision 0010).
KIND_CODES = {
    1: HitKind.PLAN_ITEM,
    9: HitKind.ACTION,
    2: HitKind.TEAM,
    3: HitKind.STRENGTH,
    10: HitKind.DEVELOPMENT,
    4: HitKind.GAP,
    5: HitKind.STAKEHOLDER,
    6: HitKind.ENGAGEMENT,
    7: HitKind.MEETING,
    8: HitKind.REGISTER_ENTRY,
}

# The best ``per_kind`` documents of each kind, with how many of the kind matched in all.
# Only rowids and ranks are read here (the kind is in the rowid), so that a one-letter
# search matching thousands stays quick; bm25's weights follow the columns (kind, ref_id,
# day, label are not searched, then title and body).
_FIND = text(
    "WITH found AS ("
    "  SELECT rowid AS rid,"
    f"   bm25(search_index, 0, 0, 0, 0, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank"
    "  FROM search_index WHERE search_index MATCH :query),"
    " ranked AS (SELECT rid, rank,"
    "  row_number() OVER (PARTITION BY rid % 16 ORDER BY rank) AS n,"
    "  count(*) OVER (PARTITION BY rid % 16) AS total FROM found)"
    " SELECT rid, rank, total FROM ranked WHERE n <= :per_kind ORDER BY rank"
)


def _documents(session: Session, rowids: Sequence[int]) -> dict[int, Row[Any]]:
    """The stored day, label, title and body of each document in ``rowids``."""
    if not rowids:
        return {}
    marks = ", ".join(str(int(r)) for r in rowids)
    rows = session.execute(
        text(f"SELECT rowid, day, label, title, body FROM search_index WHERE rowid IN ({marks})")
    )
    return {int(row.rowid): row for row in rows}


def _day(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def search(store: Store, typed: str, *, per_kind: int = PER_KIND) -> SearchResult:
    """Every record holding each word of ``typed`` (as the start of a word), grouped by kind.

    Anything may be typed: quotes, FTS5 operators or emoji are searched as plain words (or
    ignored), never an error. Text with no letters or digits finds nothing.
    """
    query = match_expression(typed)
    if query is None:
        return SearchResult(typed, ())
    words = words_of(typed)
    with store.read() as session:
        found = session.execute(_FIND, {"query": query, "per_kind": per_kind}).all()
        documents = _documents(session, [row.rid for row in found])
        plan_ids = [int(row.rid) // 16 for row in found if int(row.rid) % 16 in (1, 9)]
        due: dict[int, dt.date | None] = {}
        if plan_ids:
            start = session.scalar(select(Profile.start_date))
            for item_id, phase, offset, own in session.execute(
                select(PlanItem.id, PlanItem.phase, PlanItem.day_offset, PlanItem.due_date).where(
                    PlanItem.id.in_(plan_ids)
                )
            ):
                due[item_id] = due_on(Phase(phase), offset, own, start)
    hits = []
    totals: dict[HitKind, int] = {}
    for row in found:
        rowid = int(row.rid)
        kind = KIND_CODES.get(rowid % 16)
        document = documents.get(rowid)
        if kind is None or document is None:
            continue
        totals[kind] = int(row.total)
        ref = rowid // 16
        plan = kind in (HitKind.PLAN_ITEM, HitKind.ACTION)
        title, body = str(document.title or ""), str(document.body or "")
        hits.append(
            Hit(
                kind=kind,
                title=one_line(str(document.label or "")) or kind.label,
                date=due.get(ref) if plan else _day(document.day),
                id=ref,
                snippet=one_line(snippet(title, words, SNIPPET_WORDS))
                or one_line(snippet(body, words, SNIPPET_WORDS)),
                rank=float(row.rank),
            )
        )
    return SearchResult(typed, group_hits(hits, per_kind, totals))


def team_of(store: Store, kind: HitKind, record_id: int) -> int | None:
    """The team a strength, area for development or gap belongs to (None for other kinds,
    or when the record is gone), so that opening it can show its team first.
    """
    with store.read() as session:
        if kind in (HitKind.STRENGTH, HitKind.DEVELOPMENT):
            team_id = session.scalar(select(TeamNote.team_id).where(TeamNote.id == record_id))
        elif kind is HitKind.GAP:
            team_id = session.scalar(select(TeamGap.team_id).where(TeamGap.id == record_id))
        else:
            return None
    return int(team_id) if team_id is not None else None
