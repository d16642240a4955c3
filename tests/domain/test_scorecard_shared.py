"""Reading what the scorecard and the trend share once gives what each reads on its own.

The Workforce page reads the profile, scopes, comparator figures, family and targets once a
refresh and hands them to the scorecard and the trend. Held equal here on the demo council at
two sizes, with a team, a comparator figure, a family member and a figure deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    benchmark_rules,
    benchmark_store,
    comparator_family,
    scorecard,
    team_store,
    workforce_store,
    workforce_terms,
)
from dass_desktop.domain.profile import load_profile
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 30, 12, 0)


@pytest.fixture(scope="module", params=[1, 2])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The demo council at a size, with some of each kind of row deleted."""
    store = open_store(paths.resolve(tmp_path_factory.mktemp(f"demo-{request.param}")))
    write_demo(store, TODAY, scale=request.param)
    teams = [s.team_id for s in workforce_store.list_scopes(store) if s.team_id is not None]
    team_store.delete_team(store, teams[1], NOW)
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
        )
    ]
    benchmark_store.delete_comparator_value(store, typed[0])
    family = comparator_family.list_family(store)
    comparator_family.remove_family_member(store, family[-1].id)
    department = next(s for s in workforce_store.list_scopes(store) if s.is_department)
    workforce_store.delete_value(store, workforce_store.list_values(store, department.id)[0].id)
    yield store
    store.close()


def test_shared_reads_are_each_read_alone(demo: Store) -> None:
    """Profile, scopes, figures, family and targets are what their own reads give."""
    shared = scorecard.read_shared(demo)
    assert shared.profile == load_profile(demo)
    assert shared.profile is not None
    assert shared.scopes == workforce_store.list_scopes(demo)
    assert shared.figures == benchmark_store.all_figures(demo)
    assert shared.family == comparator_family.list_family(demo)
    assert shared.targets == workforce_store.targets(demo)


def test_scorecard_and_trend_the_same_with_shared_reads(demo: Store) -> None:
    """For every comparator on offer, the department and two teams, each metric's scorecard
    row and trend are the same whether they read for themselves or are handed the reads.
    """
    shared = scorecard.read_shared(demo)
    scopes = [s for s in shared.scopes if s.is_department] + [
        s for s in shared.scopes if not s.is_department
    ][:2]
    checked = 0
    for scope in scopes:
        choices = benchmark_rules.comparator_choices(
            shared.profile, shared.family, shared.figures, scope_is_team=not scope.is_department
        )
        assert len(choices) > 2
        for choice in choices:
            alone = scorecard.scorecard(demo, scope.id, choice)
            assert scorecard.scorecard(demo, scope.id, choice, shared) == alone
            for item in workforce_terms.HEADLINE_METRICS:
                expected = scorecard.trend(demo, scope.id, item.key, choice)
                assert scorecard.trend(demo, scope.id, item.key, choice, shared) == expected
                checked += bool(expected.points)
    assert checked > 50
