"""The store commands that take a change back, and bring it back, leave the data exact."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import (
    benchmark_store,
    comparator_family,
    diversity,
    engagement_store,
    plan_store,
    team_gap_store,
    team_store,
)
from dass_desktop.domain.engagement_terms import ActionDraft, EngagementDraft
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.guidance import seed_from_templates
from dass_desktop.domain.plan_terms import Status
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import GapStatus, Role, ServiceArea, TeamDraft
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 2, 10, 0)


def test_theme_removed_then_added_back_with_its_id(store: Store) -> None:
    """A theme taken back returns with the same id; one holding live items is not taken."""
    theme_id, _ = plan_store.add_theme(store, "Quick wins")
    item_id, _ = plan_store.add_item(store, theme_id=theme_id, title="Call the PSW")
    with pytest.raises(InvalidInput, match="has items"):
        plan_store.remove_theme(store, theme_id)
    plan_store.delete_items(store, [item_id], NOW)
    assert plan_store.remove_theme(store, theme_id)
    assert plan_store.list_themes(store) == []
    again, _ = plan_store.add_theme(store, "Quick wins", theme_id)
    assert again == theme_id
    assert [t.title for t in plan_store.list_themes(store)] == ["Quick wins"]


def test_status_put_back_keeps_the_earlier_completion_date(store: Store) -> None:
    """Reopening then putting back "done" with its date restores the item exactly."""
    seed_from_templates(store)
    first = plan_store.list_items(store, None)[0]
    plan_store.update_item(store, first.id, dt.date(2026, 9, 20), status=Status.DONE)
    done = plan_store.get_item(store, first.id, None)
    plan_store.update_item(store, first.id, TODAY, status=Status.IN_PROGRESS)
    plan_store.update_item(
        store, first.id, TODAY, status=Status.DONE, completed_on=dt.date(2026, 9, 20)
    )
    assert plan_store.get_item(store, first.id, None) == done


def test_gap_action_taken_back_and_put_back(store_with_profile: Store) -> None:
    """Taking back a gap's action deletes it and unlinks the gap; putting it back relinks."""
    store = store_with_profile
    team_id, _ = team_store.add_team(store, TeamDraft("Hub", ServiceArea.SAFEGUARDING))
    gap_id, _ = team_gap_store.add_gap(
        store, team_id, GapDraft(role=Role.AMHP, gap_fte=1, status=GapStatus.OPEN)
    )
    item_id, _ = team_gap_store.gap_to_action(store, gap_id, None)
    made = plan_store.get_item(store, item_id, None)
    changes = team_gap_store.take_back_action(store, gap_id, item_id, NOW)
    assert changes
    assert plan_store.get_item(store, item_id, None) is None
    assert team_gap_store.get_gap(store, gap_id, None).plan_item_id is None  # type: ignore[union-attr]
    team_gap_store.put_back_action(store, gap_id, item_id)
    assert plan_store.get_item(store, item_id, None) == made
    assert team_gap_store.get_gap(store, gap_id, None).plan_item_id == item_id  # type: ignore[union-attr]


def test_visit_edit_taken_back_with_its_actions(store_with_profile: Store) -> None:
    """An edit taken back restores the visit and deletes and unlinks the actions it added."""
    store = store_with_profile
    visit_id, _ = engagement_store.add_engagement(
        store,
        EngagementDraft(TODAY, going_well="Good team spirit"),
        TODAY,
        [ActionDraft("Share the rota")],
    )
    before = engagement_store.get_engagement(store, visit_id)
    assert before is not None
    had = engagement_store.action_ids(store, visit_id)
    engagement_store.update_engagement_and_add_actions(
        store,
        visit_id,
        EngagementDraft(TODAY, going_well="Better than last time"),
        [ActionDraft("Fix the lift")],
        TODAY,
    )
    added = engagement_store.action_ids(store, visit_id) - had
    assert len(added) == 1
    engagement_store.take_back_edit(store, visit_id, before.draft(), added, TODAY, NOW)
    after = engagement_store.get_engagement(store, visit_id)
    assert after is not None
    assert after.draft() == before.draft()
    assert engagement_store.action_ids(store, visit_id) == had
    assert all(plan_store.get_item(store, i, None) is None for i in added)


def test_family_and_comparator_figure_put_back_exactly(store_with_profile: Store) -> None:
    """The family list and a deleted comparator figure come back with the same ids."""
    store = store_with_profile
    comparator_family.fill_family_from_cipfa(store, "E08000035")
    family = comparator_family.list_family(store)
    comparator_family.remove_family_member(store, family[0].id)
    comparator_family.add_family_member(store, "E06000052")
    comparator_family.put_back_family(store, family)
    assert comparator_family.list_family(store) == family

    value_id, _ = benchmark_store.add_comparator_value(
        store,
        kind="england",
        area_name="",
        metric_key="vacancy_rate",
        period_label="2024/25",
        period_end=dt.date(2025, 3, 1),
        value=8.1,
        covers="",
        source="Skills for Care",
        year=2025,
    )
    stored = benchmark_store.stored_figures(store)
    held, changes = benchmark_store.take_comparator_value(store, value_id)
    assert changes
    assert benchmark_store.stored_figures(store) == []
    benchmark_store.put_back_comparator_value(store, held)
    assert benchmark_store.stored_figures(store) == stored
    assert benchmark_store.take_comparator_value(store, 9999) == ({}, type(changes)())


def _cornwall(store: Store, value: float, source: str) -> int:
    value_id, _ = benchmark_store.add_comparator_value(
        store,
        kind="council",
        area_name="Cornwall",
        area_code="E06000052",
        metric_key="vacancy_rate",
        period_label="2024/25",
        period_end=dt.date(2025, 3, 1),
        value=value,
        covers="Adult social care",
        source=source,
        year=2025,
    )
    return value_id


def test_replaced_comparator_figure_found_and_put_back(store: Store) -> None:
    """The figure a save would replace is found whole; putting it back undoes the replacement."""
    where = {
        "kind": "council",
        "area_name": " Cornwall ",
        "area_code": "E06000052",
        "metric_key": "vacancy_rate",
        "period_end": dt.date(2025, 3, 31),
        "covers": "Adult social care ",
    }
    assert benchmark_store.find_comparator_value(store, **where) is None  # type: ignore[arg-type]
    first = _cornwall(store, 7.5, "Council return")
    stored = benchmark_store.stored_figures(store)
    held = benchmark_store.find_comparator_value(store, **where)  # type: ignore[arg-type]
    assert held is not None
    assert (held["id"], held["value"], held["source"]) == (first, 7.5, "Council return")
    assert _cornwall(store, 9.0, "Revised return") == first, "the same row is replaced"
    changes = benchmark_store.put_back_comparator_value(store, held)
    assert changes
    assert benchmark_store.stored_figures(store) == stored
    england = benchmark_store.find_comparator_value(
        store,
        kind="england",
        area_name="anything",
        metric_key="vacancy_rate",
        period_end=dt.date(2025, 3, 1),
        covers="Adult social care",
    )
    assert england is None


def test_replaced_diversity_share_put_back_with_its_id(store: Store) -> None:
    """A share put back over its replacement, or after a delete, is exactly as it was."""
    share = {
        "subject": "workforce",
        "dimension": "sex",
        "group_key": "female",
        "as_of": dt.date(2026, 4, 1),
    }
    entry_id, _ = diversity.set_share(store, **share, percent=79.5, source="HR")  # type: ignore[arg-type]
    before = diversity.list_entries(store)
    diversity.set_share(store, **share, percent=81, source="HR system")  # type: ignore[arg-type]
    assert diversity.list_entries(store)[0].percent == 81
    assert diversity.put_back_share(store, before[0])
    assert diversity.list_entries(store) == before
    diversity.delete_share(store, entry_id)
    assert diversity.list_entries(store) == []
    diversity.put_back_share(store, before[0])
    assert diversity.list_entries(store) == before
