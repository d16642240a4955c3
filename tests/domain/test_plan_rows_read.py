"""The plan's rows read by position equal the rows built from the ORM's named columns."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_sql, plan_store
from dass_desktop.domain.plan_rules import due_on
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from dass_desktop.store.models import EvidenceLink, PlanItem, Theme
from tests.conftest import TODAY


def _named(item: Any, start: dt.date | None) -> PlanRow:
    """A row built from the item's columns looked up by name (the read as it was)."""
    phase = Phase(item.phase)
    return PlanRow(
        id=item.id,
        theme_id=item.theme_id,
        theme_title=item.theme_title,
        theme_position=item.theme_position,
        template_key=item.template_key,
        kind=item.kind,
        title=item.title,
        help=item.help,
        guidance_ref=item.guidance_ref,
        phase=phase,
        day_offset=item.day_offset,
        due_date=item.due_date,
        due=None
        if item.kind == PRACTICE_KIND
        else due_on(phase, item.day_offset, item.due_date, start),
        status=Status(item.status),
        rag=Rag(item.rag) if item.rag else None,
        owner=item.owner,
        findings=item.findings,
        completed_on=item.completed_on,
        source=item.source,
        position=item.position,
        evidence_count=int(item.evidence_count),
    )


def _by_name(store: Store, start: dt.date | None) -> list[PlanRow]:
    evidence = (
        select(EvidenceLink.item_id, func.count().label("n"))
        .group_by(EvidenceLink.item_id)
        .subquery()
    )
    query = (
        select(
            PlanItem.__table__,
            Theme.title.label("theme_title"),
            Theme.position.label("theme_position"),
            func.coalesce(evidence.c.n, 0).label("evidence_count"),
        )
        .join(Theme, PlanItem.theme_id == Theme.id)
        .outerjoin(evidence, evidence.c.item_id == PlanItem.id)
        .where(PlanItem.deleted_at.is_(None))
        .order_by(Theme.position, Theme.id, PlanItem.position, PlanItem.id)
    )
    with store.read() as session:
        return [_named(found, start) for found in session.execute(query)]


@pytest.mark.parametrize("scale", [1, 3])
def test_list_items_equals_the_named_read(store: Store, scale: int) -> None:
    """At two sizes, with deleted items, evidence and no start date, every field agrees."""
    write_demo(store, TODAY, scale=scale)
    profile = load_profile(store)
    assert profile is not None
    rows = plan_store.list_items(store, profile.start_date)
    plan_store.delete_items(store, [rows[0].id, rows[-1].id], dt.datetime(2026, 1, 1))
    plan_store.add_evidence(store, rows[1].id, "https://example.org/a", TODAY, "Note")
    for start in (profile.start_date, None):
        found = plan_store.list_items(store, start)
        assert found == _by_name(store, start)
        assert len(found) == len(rows) - 2
        assert any(r.evidence_count for r in found)
        assert any(r.completed_on for r in found)
        assert any(r.rag for r in found)
    some = [rows[5].id, rows[2].id, rows[0].id]  # the last one is deleted
    assert plan_store.list_items(store, profile.start_date, some) == [
        r for r in _by_name(store, profile.start_date) if r.id in some
    ]


@pytest.mark.parametrize("scale", [1, 3])
def test_plain_read_equals_the_orm_read(store: Store, scale: int) -> None:
    """At two sizes, with deleted items, evidence, due dates set by hand and no start date,
    the plain :mod:`sqlite3` read gives exactly the rows (and order) of the ORM's.
    """
    write_demo(store, TODAY, scale=scale)
    profile = load_profile(store)
    assert profile is not None
    rows = plan_store.list_items(store, profile.start_date)
    plan_store.delete_items(store, [rows[0].id, rows[-1].id], dt.datetime(2026, 1, 1))
    plan_store.add_evidence(store, rows[1].id, "https://example.org/a", TODAY, "Note")
    plan_store.add_evidence(store, rows[1].id, "https://example.org/b", TODAY, "More")
    plan_store.update_item(store, rows[3].id, TODAY, due_date=TODAY + dt.timedelta(days=9))
    for start in (profile.start_date, None):
        plain = plan_sql.list_items(store.quick(), start)
        assert plain == plan_store.list_items(store, start)
        assert len(plain) == len(rows) - 2
        assert any(r.evidence_count > 1 for r in plain)
        assert any(r.kind == PRACTICE_KIND for r in plain)  # never due
        assert any(r.completed_on for r in plain)
        assert any(r.due_date for r in plain)
        assert any(r.rag for r in plain)
