"""The visit figures counted in SQL equal the figures the rules add up from the whole log."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    engagement_store,
    overview_rules,
    stakeholder_store,
    team_store,
    visit_queries,
)
from dass_desktop.domain.overview_store import Overview
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 1, 9, 0)


def from_the_log(overview: Overview, first: dt.date) -> object:
    """The rules' figures from every engagement read into Python."""
    return overview_rules.visit_figures(overview.engagements, overview.teams, first, overview.today)


@pytest.mark.parametrize("days_on", [-30, 0, 40, 200])
def test_visit_figures_match_the_rules_over_the_whole_log(store: Store, days_on: int) -> None:
    """Before, at and after the demo's day, every visit figure (held, booked, kinds, people
    met, reach, coverage, themes, weeks, "you said, we did", this month) equals the rules'.
    """
    write_demo(store, TODAY, scale=2)
    overview = Overview(store, TODAY + dt.timedelta(days=days_on))
    assert overview.start is not None
    assert overview.visits == from_the_log(overview, overview.start)
    assert overview.visits.held  # the demo has a log to count


def test_deleted_teams_people_and_visits_are_left_out_alike(store: Store) -> None:
    """With a visited team, a person met and an engagement deleted, the figures still agree,
    and "what changed" counts the same visits and teams as the held engagements give.
    """
    write_demo(store, TODAY, scale=1)
    log = engagement_store.list_engagements(store, held_to=TODAY)
    visited = next(e for e in log if e.teams and e.people)
    team_store.delete_team(store, visited.teams[0].id, NOW)
    stakeholder_store.delete_stakeholders(store, [visited.people[0].id], NOW)
    engagement_store.delete_engagements(store, [log[-1].id], NOW)
    overview = Overview(store, TODAY)
    assert overview.start is not None
    assert overview.visits == from_the_log(overview, overview.start)
    for since in (TODAY - dt.timedelta(days=20), overview.start, TODAY - dt.timedelta(days=400)):
        held = overview.held_since(since)
        teams = {t.id for e in held for t in e.teams}
        assert overview.held_since_counts(since) == (len(held), len(teams))


def test_counts_run_from_the_first_visit_without_a_start_date(store: Store) -> None:
    """With no start date, counts run from the first engagement logged (today when none)."""
    assert visit_queries.first_held(store, TODAY) == TODAY
    write_demo(store, TODAY, scale=1)
    overview = Overview(store, TODAY)
    first = min(e.occurred_on for e in overview.engagements)
    assert visit_queries.first_held(store, TODAY) == first
    dates = engagement_store.visit_dates(store, TODAY)
    found = visit_queries.visit_figures(store, overview.teams, dates, first, TODAY)
    assert found == from_the_log(overview, first)
