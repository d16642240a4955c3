"""The Workforce page's plain-SQL reads give exactly what the store's ORM reads give.

Held equal on the demo council at two sizes, with a team deleted (its scope stays, unmatched
or not), a target changed, one cleared to "no target" and one set where the demo has none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain import team_store, workforce_sql, workforce_store
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
