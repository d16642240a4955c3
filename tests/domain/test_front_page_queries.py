"""The front page's counts and first items, from SQL, equal what the rules give from the
whole plan and the whole visit log.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.overview_rules import phases_of, status_sentence
from dass_desktop.domain.overview_store import Overview
from dass_desktop.store import Store
from tests.conftest import TODAY

PHASES = [None, phases_of(PlanKind.HUNDRED_DAY), phases_of(PlanKind.SIX_MONTH)]


@pytest.mark.parametrize("days_on", [-60, 0, 45, 200])
def test_front_page_figures_match_the_rules(store: Store, days_on: int) -> None:
    """Before, at and after the demo's day: the plan's status line, items done and slipped
    since each day, red items, the items among the next milestones and the visit reach all
    equal the rules' figures from every row.
    """
    write_demo(store, TODAY, scale=2)
    today = TODAY + dt.timedelta(days=days_on)
    overview = Overview(store, today)
    assert overview.start is not None
    for phases in PHASES:
        expected = status_sentence(
            overview.progress(phases),
            len(overview.overdue(phases)),
            len(overview.red_items(phases)),
        )
        assert overview.status_words(phases) == expected
        assert overview.red_count(phases) == len(overview.red_items(phases))
    for since in (overview.start, today - dt.timedelta(days=14), today - dt.timedelta(days=400)):
        done = overview.done_between(since, today)
        top = overview.done_top(since, today, 2)
        assert (top.total, list(top.rows)) == (len(done), done[:2])
        slipped = overview.slipped_since(since)
        top = overview.slipped_top(since, 2)
        assert (top.total, list(top.rows)) == (len(slipped), slipped[:2])
    ahead = [r for r in overview.rows if r.status.is_open and r.due and r.due >= today]
    assert overview.due_ahead(3) == sorted(ahead, key=lambda r: r.due or today)[:3]
    visits = overview.visits
    reach = overview.visit_reach
    assert (reach.held, reach.people_met, reach.teams_reached, reach.teams_total) == (
        visits.held,
        visits.people_met,
        visits.teams_reached,
        visits.teams_total,
    )
    assert reach.reach_sentence == visits.reach_sentence


def test_an_empty_plan_reads_as_no_items(store: Store) -> None:
    """With nothing entered, the status line says so and every count is nought."""
    overview = Overview(store, TODAY)
    assert overview.status_words() == "No plan items yet."
    assert overview.done_top(TODAY - dt.timedelta(days=30), TODAY, 1).total == 0
    assert overview.slipped_top(TODAY - dt.timedelta(days=30), 1).total == 0
    assert overview.red_count() == 0
    assert overview.due_ahead(3) == []
    assert overview.visit_reach.reach_sentence == "No teams in the register yet"
