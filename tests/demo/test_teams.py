"""The demo council's teams are believable, varied, and written the same way every time."""

from __future__ import annotations

from dass_desktop import paths
from dass_desktop.demo import demo_start_date, write_demo
from dass_desktop.demo.team_data import TEAMS
from dass_desktop.domain import plan_store, team_gap_store, team_rules, team_store
from dass_desktop.domain.team_terms import NoteKind
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY


def test_demo_is_a_metropolitan_borough_s_department(store: Store) -> None:
    """About 20 teams, several hundred FTE, the specialist teams such a department has,
    across most service areas, with notes, gaps and some gaps already in the plan.
    """
    write_demo(store, TODAY)
    rows = team_store.list_teams(store)
    assert 18 <= len(rows) <= 24
    assert 350 <= sum(t.establishment for t in rows) <= 700
    names = " ".join(t.name for t in rows)
    for team in ("Deprivation of Liberty", "Emergency Duty", "Transitions", "Brokerage", "Quality"):
        assert team in names
    assert len({t.service_area for t in rows}) >= 9
    assert any(t.establishment == 0 for t in rows), "one team shows the no-establishment case"
    assert all(t.in_post <= team_rules.most_in_post(t.establishment) for t in rows)
    rollup = team_rules.department_rollup(rows, team_gap_store.list_gaps(store))
    assert rollup.vacancy_rate is not None
    assert 0.08 < rollup.vacancy_rate < 0.25
    assert sum(t.strengths for t in rows) >= 10
    assert sum(t.developments for t in rows) >= 10
    gaps = team_gap_store.list_gaps(store)
    linked = [g for g in gaps if g.in_plan]
    assert 3 <= len(linked) < len(gaps)
    start = demo_start_date(TODAY)
    sources = {r.source for r in plan_store.list_items(store, start)}
    assert {f"gap:{g.id}" for g in linked} <= sources
    for row in rows:
        for note in team_store.list_notes(store, row.id):
            assert start <= note.noted_on <= TODAY


def test_demo_teams_are_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two demos for the same day hold the same teams, notes and gaps."""
    written = []
    for name in ("a", "b"):
        with open_store(paths.resolve(tmp_path / name)) as store:
            write_demo(store, TODAY)
            rows = team_store.list_teams(store)
            notes = [team_store.list_notes(store, t.id, NoteKind.STRENGTH) for t in rows]
            written.append((rows, notes, team_gap_store.list_gaps(store)))
    assert written[0] == written[1]


def test_demo_scale_adds_locality_teams(store: Store) -> None:
    """--scale 3 gives the register volume: three times the teams."""
    write_demo(store, TODAY, scale=3)
    assert len(team_store.list_teams(store)) == 3 * len(TEAMS)
