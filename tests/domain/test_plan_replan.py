"""Overdue items a back-dated council inherits, and re-planning them from today."""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import plan_rules, plan_store
from dass_desktop.domain.guidance import seed_from_templates
from dass_desktop.domain.plan_terms import Status
from dass_desktop.domain.profile import DirectorProfile, save_profile
from dass_desktop.domain.working_days import is_working_day
from dass_desktop.store import Store
from tests.conftest import TODAY

START = TODAY - dt.timedelta(days=61)


def backdated(store: Store) -> Store:
    """A council set up today with a start date 61 days ago and the shipped plan."""
    save_profile(
        store, DirectorProfile("Sam Taylor", "Leeds", "E08000035", "Yorkshire", START), TODAY
    )
    seed_from_templates(store)
    return store


def test_a_backdated_plan_inherits_its_overdue_items(store: Store) -> None:
    """Every open task due before the first day of use is inherited; none once the plan is
    worked, and none due on or after the first day of use.
    """
    backdated(store)
    rows = plan_store.list_items(store, START)
    late = plan_rules.overdue(rows, TODAY)
    inherited = plan_rules.inherited_overdue(rows, TODAY, TODAY)
    assert len(inherited) == len(late) > 10
    assert plan_rules.inherited_overdue(rows, TODAY, START) == []
    earlier = plan_rules.inherited_overdue(rows, TODAY, TODAY - dt.timedelta(days=30))
    assert 0 < len(earlier) < len(inherited)
    assert plan_store.inherited_overdue(store, START, TODAY, TODAY) == inherited
    assert plan_store.inherited_overdue(store, None, TODAY, TODAY) == []
    plan_store.update_item(store, inherited[0].id, TODAY, status=Status.DONE)
    worked = plan_store.list_items(store, START)
    assert plan_rules.inherited_overdue(worked, TODAY, TODAY) == []
    assert plan_store.inherited_overdue(store, START, TODAY, TODAY) == []


def test_replanned_dates_keep_order_and_spacing_from_today(store: Store) -> None:
    """Re-planned dates start a week from today on working days, keep the items' order and
    their spacing (to within a weekend), and none is overdue any more.
    """
    backdated(store)
    rows = plan_store.list_items(store, START)
    late = plan_rules.inherited_overdue(rows, TODAY, TODAY)
    dates = plan_rules.replanned(late, TODAY)
    assert set(dates) == {r.id for r in late}
    ordered = [dates[r.id] for r in late]  # ``late`` is soonest due first
    assert ordered == sorted(ordered)
    assert ordered[0] == min(ordered) >= TODAY + dt.timedelta(days=plan_rules.REPLAN_LEAD_DAYS)
    assert all(is_working_day(day) for day in ordered)
    old_first = late[0].due
    assert old_first is not None
    for row in late:
        assert row.due is not None
        old_gap = (row.due - old_first).days
        new_gap = (dates[row.id] - ordered[0]).days
        assert abs(new_gap - old_gap) <= 4  # a weekend and a bank holiday at most
    assert plan_rules.replanned([], TODAY) == {}


def test_set_due_dates_is_undone_by_the_dates_before(store: Store) -> None:
    """Setting the new dates makes nothing overdue; setting the old own dates (none) back
    restores every due date exactly as it was worked out.
    """
    backdated(store)
    before = plan_store.list_items(store, START)
    late = plan_rules.inherited_overdue(before, TODAY, TODAY)
    dates = plan_rules.replanned(late, TODAY)
    changes = plan_store.set_due_dates(store, dates)
    assert changes
    after = plan_store.list_items(store, START)
    assert plan_rules.overdue(after, TODAY) == []
    assert {r.id: r.due for r in after if r.id in dates} == dates
    plan_store.set_due_dates(store, {r.id: r.due_date for r in late})
    assert plan_store.list_items(store, START) == before
    assert not plan_store.set_due_dates(store, {})
