"""The visit log read through the plain connection equals the SQLAlchemy read."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import engagement_store, plan_store, stakeholder_store, team_store
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 12, 0)


@pytest.mark.parametrize("scale", [1, 3])
def test_plain_visit_log_equals_list_engagements(store: Store, scale: int) -> None:
    """At two sizes of the demo, with a deleted visit, a deleted team, a deleted person and
    a deleted action, every visit with its teams, people, themes and actions, in order.
    """
    write_demo(store, TODAY, scale=scale)
    rows = engagement_store.list_engagements(store)
    with_team = next(r for r in rows if r.teams)
    with_person = next(r for r in rows if r.people)
    with_action = next(r for r in rows if r.actions)
    engagement_store.delete_engagements(store, [rows[1].id], NOW)
    team_store.delete_team(store, with_team.teams[0].id, NOW)
    stakeholder_store.delete_stakeholders(store, [with_person.people[0].id], NOW)
    plan_store.delete_items(store, [with_action.actions[0].item_id], NOW)
    expected = engagement_store.list_engagements(store)
    assert len(expected) == len(rows) - 1
    assert engagement_store.visit_log(store) == expected
