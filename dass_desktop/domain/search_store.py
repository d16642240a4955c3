"""Searching everything through the store's full-text index.

The index (``search_index``, SQLite FTS5) is kept in step by triggers in the database, in
the same transaction as every write, so a search always sees what was last saved: deleted
records drop out and come back on undo. Hits are ranked by bm25 with titles weighing more
than the text under them, and grouped by kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dass_desktop.domain.plan_rules import due_on
from dass_desktop.domain.search_rules import group_hits, match_expression, one_line
from dass_desktop.domain.search_terms import Hit, HitKind, SearchResult
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from dass_desktop.store.models import PlanItem, Profile, TeamGap, TeamNote

PER_KIND = 20
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0
SNIPPET_WORDS = 12

# The best ``per_kind`` documents of each kind, with how many of the kind matched in all;
# bm25's weights follow the columns
# (kind, ref_id, day, label are not searched, then title and body).
_FIND = text(
    "WITH found AS ("
    "  SELECT rowid AS rid, kind, ref_id, day, label,"
    f"   bm25(search_index, 0, 0, 0, 0, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank"
    "  FROM search_index WHERE search_index MATCH :query),"
    " ranked AS (SELECT *, row_number() OVER (PARTITION BY kind ORDER BY rank) AS n,"
    "  count(*) OVER (PARTITION BY kind) AS total FROM found)"
    " SELECT rid, kind, ref_id, day, label, rank, total FROM ranked WHERE n <= :per_kind"
    " ORDER BY rank"
)


def _snippets(session: Session, query: str, rowids: Sequence[int]) -> dict[int, str]:
    """The best few words around a match, for each document in ``rowids``."""
    if not rowids:
        return {}
    marks = ", ".join(str(int(r)) for r in rowids)
    rows = session.execute(
        text(
            f"SELECT rowid, snippet(search_index, -1, '', '', '…', {SNIPPET_WORDS}) "
            f"FROM search_index WHERE search_index MATCH :query AND rowid IN ({marks})"
        ),
        {"query": query},
    )
    return {int(rowid): str(snip or "") for rowid, snip in rows}


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
    with store.read() as session:
        found = session.execute(_FIND, {"query": query, "per_kind": per_kind}).all()
        snippets = _snippets(session, query, [row.rid for row in found])
        plan_ids = [int(row.ref_id) for row in found if row.kind in ("plan-item", "action")]
        due: dict[int, dt.date | None] = {}
        if plan_ids:
            start = session.scalar(select(Profile.start_date))
            for item_id, phase, offset, own in session.execute(
                select(PlanItem.id, PlanItem.phase, PlanItem.day_offset, PlanItem.due_date).where(
                    PlanItem.id.in_(plan_ids)
                )
            ):
                due[item_id] = due_on(Phase(phase), offset, own, start)
    kinds = {kind.value: kind for kind in HitKind}
    hits = []
    totals: dict[HitKind, int] = {}
    for row in found:
        kind = kinds.get(str(row.kind))
        if kind is None:
            continue
        totals[kind] = int(row.total)
        ref = int(row.ref_id)
        date = due.get(ref) if kind in (HitKind.PLAN_ITEM, HitKind.ACTION) else _day(row.day)
        hits.append(
            Hit(
                kind=kind,
                title=one_line(str(row.label or "")) or kind.label,
                date=date,
                id=ref,
                snippet=one_line(snippets.get(int(row.rid), "")),
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
