"""The visit log read through the plain connection equals the SQLAlchemy read, and the
Visits page's summary counts equal the read model's figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    engagement_rules,
    engagement_store,
    plan_store,
    stakeholder_store,
    team_sql,
    team_store,
)
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.domain.overview_rules import visit_figures
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 12, 0)


def _demo_with_deletions(store: Store, scale: int) -> list[EngagementRow]:
    """The demo at ``scale`` less a visit, a team, a person and an action; the log before."""
    write_demo(store, TODAY, scale=scale)
    rows = engagement_store.list_engagements(store)
    with_team = next(r for r in rows if r.teams)
    with_person = next(r for r in rows if r.people)
    with_action = next(r for r in rows if r.actions)
    engagement_store.delete_engagements(store, [rows[1].id], NOW)
    team_store.delete_team(store, with_team.teams[0].id, NOW)
    stakeholder_store.delete_stakeholders(store, [with_person.people[0].id], NOW)
    plan_store.delete_items(store, [with_action.actions[0].item_id], NOW)
    return rows


@pytest.mark.parametrize("scale", [1, 3])
def test_plain_visit_log_equals_list_engagements(store: Store, scale: int) -> None:
    """At two sizes of the demo, with a deleted visit, a deleted team, a deleted person and
    a deleted action, every visit with its teams, people, themes and actions, in order.
    """
    rows = _demo_with_deletions(store, scale)
    expected = engagement_store.list_engagements(store)
    assert len(expected) == len(rows) - 1
    log = engagement_store.visit_log(store)
    assert log == expected
    # Several on one day, with and without a time, so the order within a day is held too.
    days = [r.occurred_on for r in log]
    assert len(set(days)) < len(days)
    assert any(r.starts_at is None for r in log)
    assert any(r.starts_at for r in log)


@pytest.mark.parametrize("scale", [1, 3])
def test_log_counts_equal_visit_figures(store: Store, scale: int) -> None:
    """The page's summary (held, booked, teams reached of all, to write back) counts what
    the read model's ``visit_figures`` does, from the director's start and from the first
    visit, on a day with visits booked after it; teams are named in the register's order.
    """
    _demo_with_deletions(store, scale)
    log = engagement_store.visit_log(store)
    teams = team_store.list_teams(store)
    assert team_sql.team_names(store.quick()) == [(t.id, t.name) for t in teams]
    team_ids = {t.id for t in teams}
    first_held = min(r.occurred_on for r in log)
    for first in (first_held, TODAY - dt.timedelta(days=40)):
        for today in (TODAY, TODAY - dt.timedelta(days=20)):
            counts = engagement_rules.log_counts(log, team_ids, first, today)
            figures = visit_figures(log, teams, first, today)
            assert (counts.held, counts.booked) == (figures.held, figures.booked)
            assert (counts.teams_reached, counts.teams_total) == (
                figures.teams_reached,
                figures.teams_total,
            )
            assert counts.reach_sentence == figures.reach_sentence
            assert counts.to_write_back == sum(1 for r in log if r.awaits_you_said_we_did)
            assert counts.held > 0
            assert counts.booked > 0
            assert counts.teams_reached > 0
    assert engagement_rules.log_counts([], set(), TODAY, TODAY).reach_sentence == (
        "No teams in the register yet"
    )
