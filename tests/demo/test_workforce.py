"""The demo council's workforce: 18 months of believable figures, a labelled borrowed family."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    benchmark_store,
    benchmark_terms,
    comparator_family,
    diversity,
    scorecard,
    workforce_store,
)
from dass_desktop.domain.team_store import list_teams
from dass_desktop.store import Store
from tests.conftest import TODAY


def test_demo_has_18_months_for_the_department_and_every_team(store: Store) -> None:
    """Each staffed team in the register and the department have 18 months of figures,
    ending last month, and each team's figures are linked to its register entry.
    """
    write_demo(store, TODAY)
    scopes = workforce_store.list_scopes(store)
    staffed = {t.id: t.name for t in list_teams(store) if t.establishment > 0}
    assert len(scopes) == len(staffed) + 1
    assert {s.team_id: s.name for s in scopes[1:]} == staffed
    for scope in scopes:
        months = {v.period for v in workforce_store.list_values(store, scope.id, ["fte"])}
        assert len(months) == 18
        assert max(months) == dt.date(2026, 10, 1)
    department = scopes[0]
    turnover = workforce_store.load_series(store, department.id, "turnover_rate")
    assert len(turnover) == 7  # worked out once 12 months of leavers exist
    assert all(8 < p.value < 25 for p in turnover)
    sickness = workforce_store.load_series(store, department.id, "sickness_days")
    assert all(7 < p.value < 16 for p in sickness)


def test_demo_department_adds_up_from_its_teams(store: Store) -> None:
    """The department's headcount is the sum of its teams', month by month."""
    write_demo(store, TODAY)
    scopes = workforce_store.list_scopes(store)
    by_scope = workforce_store.list_all_values(store, ["headcount"])
    october = dt.date(2026, 10, 1)
    teams = sum(v.value for s in scopes[1:] for v in by_scope[s.id] if v.period == october)
    (department,) = [v.value for v in by_scope[scopes[0].id] if v.period == october]
    assert department == teams


def test_demo_family_is_real_and_labelled_as_borrowed(store: Store) -> None:
    """The fictional council borrows Wigan's published CIPFA list; its figures are real."""
    write_demo(store, TODAY)
    family = comparator_family.list_family(store)
    cipfa = [m for m in family if m.kind == "cipfa"]
    assert len(cipfa) == 15
    assert {m.from_list_of for m in cipfa} == {"E08000010"}
    assert [m.name for m in family if m.kind == "named"] == ["Bolton"]
    assert benchmark_store.stored_figures(store) == []  # no figure for a real council is made up
    department = workforce_store.list_scopes(store)[0]
    rows = {
        r.metric.key: r
        for r in scorecard.scorecard(
            store, department.id, benchmark_terms.ComparatorChoice("family", "CIPFA family")
        )
    }
    turnover = rows["turnover_rate"].benchmark
    assert turnover is not None
    assert turnover.period_label == "2022/23"
    assert "not the council's own staff" in turnover.covers


def test_demo_diversity_and_targets(store: Store) -> None:
    """Diversity shares are labelled as demo figures; the demo sets two targets."""
    write_demo(store, TODAY)
    rows = diversity.diversity_table(store, "ethnicity")
    assert {r.group_key for r in rows} >= {"white", "asian", "black", "mixed", "other"}
    assert all("demo" in r.sources for r in rows)
    # Workforce shares are of those who declared; "not stated" is said, never a group.
    assert "not_stated" not in {r.group_key for r in rows}
    assert sum(r.workforce or 0.0 for r in rows) == pytest.approx(100.0, abs=0.3)
    assert "did not" in rows[0].sources
    goals = workforce_store.targets(store)
    assert goals["vacancy_rate"] == 10.0
    assert goals["supervision"] == 90.0


def test_demo_scale_multiplies_teams(store: Store) -> None:
    """--scale 2 adds teams to the register, and each staffed one has figures."""
    write_demo(store, TODAY, scale=2)
    staffed = [t for t in list_teams(store) if t.establishment > 0]
    assert len(staffed) > 13
    assert len(workforce_store.list_scopes(store)) == len(staffed) + 1
