"""The Workforce page's plain-SQL reads give exactly what the store's ORM reads give.

Held equal on the demo council at two sizes, with a team deleted (its scope stays), a
target changed, one cleared to "no target" and one set where the demo has none, a figure
deleted, three comparator figures typed and one of them deleted, a family member removed
and a diversity share deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    benchmark_store,
    comparator_family,
    diversity,
    team_store,
    workforce_sql,
    workforce_store,
    workforce_terms,
)
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 30, 12, 0)


@pytest.fixture(scope="module", params=[1, 2])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The demo council at a size, with a team deleted and the targets changed."""
    store = open_store(paths.resolve(tmp_path_factory.mktemp(f"wsql-{request.param}")))
    write_demo(store, TODAY, scale=request.param)
    teams = [s.team_id for s in workforce_store.list_scopes(store) if s.team_id is not None]
    team_store.delete_team(store, teams[0], NOW)
    workforce_store.set_target(store, "vacancy_rate", 8.5)
    workforce_store.set_target(store, "supervision", None)
    workforce_store.set_target(store, "sickness_days", 7.25)
    department = next(s for s in workforce_store.list_scopes(store) if s.is_department)
    workforce_store.delete_value(store, workforce_store.list_values(store, department.id)[3].id)
    typed = [
        benchmark_store.add_comparator_value(
            store,
            kind="england",
            area_name="England",
            metric_key="vacancy_rate",
            period_label=label,
            period_end=end,
            value=value,
            covers="Council adult social care staff",
            source="Typed for the test",
            year=end.year,
        )[0]
        for label, end, value in (
            ("Mar 2026", dt.date(2026, 3, 31), 9.5),
            ("Sept 2026", dt.date(2026, 9, 30), 9.0),
            ("Jun 2026", dt.date(2026, 6, 30), 9.25),
        )
    ]
    benchmark_store.delete_comparator_value(store, typed[0])
    family = comparator_family.list_family(store)
    comparator_family.remove_family_member(store, family[2].id)
    diversity.delete_share(store, diversity.list_entries(store)[1].id)
    yield store
    store.close()


def test_scopes_are_the_stores(demo: Store) -> None:
    """Every scope, the department first then teams by name, as the ORM read gives them."""
    plain = workforce_sql.list_scopes(demo.quick())
    assert plain == workforce_store.list_scopes(demo)
    assert plain[0].is_department
    assert len(plain) > 10


def test_targets_are_the_stores(demo: Store) -> None:
    """Each metric's target, the director's own or the default, as the ORM read gives it."""
    plain = workforce_sql.targets(demo.quick())
    assert plain == workforce_store.targets(demo)
    assert plain["vacancy_rate"] == 8.5
    assert plain["supervision"] is None
    assert plain["sickness_days"] == 7.25


def test_values_and_series_are_the_stores(demo: Store) -> None:
    """Each scope's figures (all, or some metrics) and every metric's series, as the ORM
    reads give them: the department and the first teams, the deleted team's too.
    """
    scopes = workforce_store.list_scopes(demo)
    con = demo.quick()
    checked = 0
    for scope in scopes[:6]:
        values = workforce_sql.list_values(con, scope.id)
        assert values == workforce_store.list_values(demo, scope.id)
        some = ["vacancy_rate", *workforce_terms.ROLLING["turnover_rate"][:2]]
        assert workforce_sql.list_values(con, scope.id, some) == workforce_store.list_values(
            demo, scope.id, some
        )
        for item in workforce_terms.METRICS:
            series = workforce_sql.load_series(con, scope.id, item.key)
            assert series == workforce_store.load_series(demo, scope.id, item.key)
            checked += bool(series)
    assert checked > 30


def test_comparator_figures_and_family_are_the_stores(demo: Store) -> None:
    """The typed comparator figures (one deleted) and the family (one removed) read plainly
    are what the ORM reads give.
    """
    con = demo.quick()
    figures = workforce_sql.stored_figures(con)
    assert figures == benchmark_store.stored_figures(demo)
    assert [f.value for f in figures if f.source == "Typed for the test"] == [9.0, 9.25]
    family = workforce_sql.list_family(con)
    assert family == comparator_family.list_family(demo)
    assert len(family) > 5


def test_diversity_entries_are_the_stores(demo: Store) -> None:
    """Every stored diversity figure (one deleted) read plainly is what the ORM read gives,
    and so is every dimension's gap table the page shows from them.
    """
    entries = workforce_sql.diversity_entries(demo.quick())
    assert entries == diversity.list_entries(demo)
    assert len(entries) > 10
    for dimension in diversity.DIMENSIONS:
        assert diversity.gaps(entries, dimension, finer=True) == diversity.diversity_table(
            demo, dimension, finer=True
        )
