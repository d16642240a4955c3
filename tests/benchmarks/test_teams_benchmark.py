"""How long the team register takes with a large demo (prints figures; run on purpose).

python -m pytest tests/benchmarks/test_teams_benchmark.py -s -p no:cacheprovider
"""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from dass_desktop.charts.teams import gaps_by_role, vacancy_rate_by_team
from dass_desktop.demo import write_demo
from dass_desktop.domain import team_gap_store, team_rules, team_store
from dass_desktop.store import Store
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.teams_page import TeamsPage
from tests.conftest import TODAY


def _best(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    """The fastest of ``runs`` calls of ``action``, in milliseconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def test_register_at_scale_100(qtbot: QtBot, store: Store) -> None:
    """Prints read, roll-up, chart and page refresh times for 1,300 teams."""
    write_demo(store, TODAY, scale=100)
    rows = team_store.list_teams(store)
    gaps = team_gap_store.list_gaps(store)
    rollup = team_rules.department_rollup(rows, gaps)
    page = TeamsPage(PageContext(store, DataBus(), lambda: TODAY, QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1090, 690)
    page.show()
    figures = {
        "list_teams": _best(5, lambda: team_store.list_teams(store)),
        "list_gaps": _best(5, lambda: team_gap_store.list_gaps(store)),
        "department_rollup": _best(5, lambda: team_rules.department_rollup(rows, gaps)),
        "vacancy chart (build)": _best(3, lambda: vacancy_rate_by_team(rows, 0.15)),
        "gaps chart (build)": _best(3, lambda: gaps_by_role(rollup)),
        "page refresh": _best(5, page.refresh),
    }
    print(f"\n{len(rows)} teams, {len(gaps)} gaps")
    for name, ms in figures.items():
        print(f"  {name:24} {ms:8.1f} ms")
