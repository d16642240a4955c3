"""The demo council's contacts and visit log are believable, connected and repeatable."""

from __future__ import annotations

import datetime as dt

from dass_desktop import paths
from dass_desktop.demo import demo_start_date, write_demo
from dass_desktop.domain import (
    coverage,
    engagement_store,
    plan_store,
    plan_terms,
    stakeholder_store,
    team_store,
)
from dass_desktop.domain.contact_terms import Category, EngagementKind
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY


def test_demo_contacts_and_visits(store: Store) -> None:
    """About 60 to 80 people in every category, about 150 engagements from day 1 to today."""
    write_demo(store, TODAY)
    start = demo_start_date(TODAY)
    people = stakeholder_store.list_stakeholders(store, TODAY, start)
    assert 55 <= len(people) <= 85
    assert {p.category for p in people} == set(Category)
    assert sum(1 for p in people if p.problems) == 2, "two slips for the app to flag"
    rows = engagement_store.list_engagements(store)
    held = [r for r in rows if not r.is_planned(TODAY)]
    assert 130 <= len(rows) <= 170
    assert all(start <= r.occurred_on <= TODAY for r in held)
    planned = [r for r in rows if r.is_planned(TODAY)]
    assert 3 <= len(planned) <= 8
    assert all(r.occurred_on <= TODAY + dt.timedelta(days=45) for r in planned)
    assert set(coverage.kind_counts(held)) == set(EngagementKind)
    assert len({t for r in rows for t in r.themes}) >= 12
    # Visits name real teams from the register; a few teams are still to be visited.
    team_rows = team_store.list_teams(store)
    found = coverage.team_coverage(team_rows, rows, TODAY)
    not_visited = [c for c in found if c.status is coverage.CoverageStatus.NOT_VISITED]
    assert 2 <= len(not_visited) <= 6
    assert any(c.status is coverage.CoverageStatus.NOT_RECENT for c in found)
    assert any(c.next_planned for c in not_visited), "a visit to an unvisited team is booked"
    # Actions went into the plan, linked both ways; some are done and written back.
    items = {r.id: r for r in plan_store.list_items(store, start)}
    actions = [(r, a) for r in rows for a in r.actions]
    assert len(actions) >= 15
    assert all(items[a.item_id].source == f"engagement:{r.id}" for r, a in actions)
    assert any(a.status is plan_terms.Status.DONE for _, a in actions)
    assert any(a.status.is_open for _, a in actions)
    assert sum(1 for r in rows if r.you_said_we_did) >= 3
    assert coverage.overdue_contacts(people, TODAY), "some contacts are overdue"
    assert coverage.follow_ups_due(rows, TODAY), "some follow-ups are coming up"
    # Notes speak of roles, never of people by name.
    names = [p.name for p in people]
    for row in rows:
        text = " ".join((row.going_well, row.to_improve, row.you_said_we_did))
        text += " ".join(a.title + a.owner for a in row.actions)
        assert not [n for n in names if n in text], row


def test_demo_visits_are_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two demos for the same day hold the same people and engagements."""
    written = []
    for name in ("a", "b"):
        with open_store(paths.resolve(tmp_path / name)) as store:
            write_demo(store, TODAY)
            written.append(
                (
                    stakeholder_store.list_stakeholders(store, TODAY),
                    engagement_store.list_engagements(store),
                )
            )
    assert written[0] == written[1]


def test_demo_scale_multiplies_visits(store: Store) -> None:
    """--scale 3 gives the log volume: the visits, partner meetings and calls three times over."""
    write_demo(store, TODAY, scale=3)
    assert len(engagement_store.list_engagements(store)) >= 280
