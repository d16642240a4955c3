"""The risk register: scores, RAG words, order, trend, gaps raised as risks, links kept."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import register_rules, register_store, team_gap_store, team_store
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.register_terms import Category, EntryDraft, LinkKind, Trend
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import Role, ServiceArea, Severity, TeamDraft
from dass_desktop.store import Store

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 10, 0)


def test_score_rag_order_and_trend(store: Store) -> None:
    """Score is likelihood × impact, RAG a word, highest first, reviews give the trend."""
    low, _ = register_store.add_entry(
        store, EntryDraft("Low", Category.REPUTATION, likelihood=1, impact=2), TODAY
    )
    mid, _ = register_store.add_entry(
        store, EntryDraft("Mid", Category.FINANCE, likelihood=2, impact=4), TODAY
    )
    high, _ = register_store.add_entry(
        store, EntryDraft("High", Category.SAFEGUARDING, likelihood=5, impact=3), TODAY
    )
    rows = register_rules.ordered(register_store.list_entries(store))
    assert [(r.title, r.score, r.rag) for r in rows] == [
        ("High", 15, "Red"),
        ("Mid", 8, "Amber"),
        ("Low", 2, "Green"),
    ]
    assert all(r.trend is Trend.NEW for r in rows)
    register_store.review_entry(store, mid, 3, 4, None)
    register_store.review_entry(store, high, 3, 3, None)
    register_store.review_entry(store, low, 1, 2, None)
    by_title = {r.title: r for r in register_store.list_entries(store)}
    assert by_title["Mid"].trend is Trend.RISING
    assert by_title["High"].trend is Trend.FALLING
    assert by_title["Low"].trend is Trend.STEADY
    rows = register_rules.ordered(by_title.values())
    assert [r.title for r in rows] == ["Mid", "High", "Low"]
    counts = register_rules.heat_counts(rows)
    assert counts[(3, 4)] == 1
    assert sum(counts.values()) == 3


def test_a_bad_score_is_refused(store: Store) -> None:
    """A likelihood outside 1–5 is refused with a sentence and nothing is saved."""
    with pytest.raises(InvalidInput, match="from 1 to 5"):
        register_store.add_entry(store, EntryDraft("Bad", Category.CQC, likelihood=6), TODAY)
    assert register_store.list_entries(store) == []


def _gap(store: Store) -> tuple[int, int]:
    team_id, _ = team_store.add_team(
        store,
        TeamDraft(
            name="AMHP Hub", service_area=ServiceArea.MENTAL_HEALTH, establishment="10", in_post="8"
        ),
    )
    gap_id, _ = team_gap_store.add_gap(
        store,
        team_id,
        GapDraft(role=Role.AMHP, gap_fte="2", severity=Severity.CRITICAL, owner="Head of MH"),
    )
    return team_id, gap_id


def test_raise_a_gap_as_a_risk_in_one_step(store_with_profile: Store) -> None:
    """A gap becomes one linked workforce risk; raising it again changes nothing."""
    store = store_with_profile
    team_id, gap_id = _gap(store)
    entry_id, changes = register_store.gap_to_risk(store, gap_id, TODAY)
    assert changes
    entry = register_store.get_entry(store, entry_id)
    assert entry is not None
    assert entry.category is Category.WORKFORCE
    assert entry.impact == 5
    assert entry.owner == "Head of MH"
    assert {(lk.kind, lk.target_id) for lk in entry.links} == {
        (LinkKind.GAP, gap_id),
        (LinkKind.TEAM, team_id),
    }
    again, changes = register_store.gap_to_risk(store, gap_id, TODAY)
    assert again == entry_id
    assert not changes


def test_links_survive_deleting_and_undoing_either_end(store_with_profile: Store) -> None:
    """Deleting the gap hides the link, undo brings it back; the same for the risk."""
    store = store_with_profile
    _, gap_id = _gap(store)
    entry_id, _ = register_store.gap_to_risk(store, gap_id, TODAY)
    team_gap_store.delete_gap(store, gap_id, NOW)
    entry = register_store.get_entry(store, entry_id)
    assert entry is not None
    assert LinkKind.GAP not in {lk.kind for lk in entry.links}
    team_gap_store.restore_gap(store, gap_id)
    assert register_store.entries_linked_to(store, LinkKind.GAP, gap_id)[0].id == entry_id
    register_store.delete_entry(store, entry_id, NOW)
    assert register_store.entries_linked_to(store, LinkKind.GAP, gap_id) == []
    register_store.restore_entry(store, entry_id)
    entry = register_store.get_entry(store, entry_id)
    assert entry is not None
    assert len(entry.links) == 2
