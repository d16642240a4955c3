"""The Workforce page's Teams tab at scale: a readable chart of the teams furthest below
target, however many teams there are.
"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from dass_desktop.domain import scorecard, workforce_store
from dass_desktop.domain.scorecard import TeamCompliance
from dass_desktop.domain.workforce_terms import Point
from dass_desktop.store import Store
from dass_desktop.ui.workforce_charts import MOST_TEAMS_CHARTED
from tests.ui.test_workforce_page import open_page

SEPT = dt.date(2026, 9, 1)


def test_many_teams_chart_those_lowest_on_supervision_and_say_so(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """With 30 teams, the tab draws the 12 with the lowest supervision figures, in name
    order, on a chart of ordinary size, and its note says how many of how many.
    """
    for n in range(30):
        workforce_store.set_value(
            store_with_profile, scope=f"Team {n:02d}", key="supervision", period=SEPT, value=60 + n
        )
    _, page = open_page(qtbot, store_with_profile)
    page.ui.tabs.setCurrentWidget(page.ui.teamsTab)
    qtbot.waitUntil(lambda: page.compliance_canvas.figure is not None, timeout=10000)
    figure = page.compliance_canvas.figure
    assert figure is not None
    (axes,) = figure.axes
    shown = [t.get_text() for t in axes.get_yticklabels()]
    assert sorted(shown) == [f"Team {n:02d}" for n in range(MOST_TEAMS_CHARTED)]
    assert figure.get_size_inches()[1] < 20  # sized for 12 teams, not 30
    assert "the 12 teams with the lowest supervision figures, of 30" in (
        page.ui.complianceNote.text()
    )


def test_lowest_supervision_keeps_order_and_puts_teams_without_a_figure_last() -> None:
    """The teams kept are those lowest on supervision (no figure counts as highest), in the
    order given; a short list is kept whole.
    """

    def team(name: str, value: float | None) -> TeamCompliance:
        found = None if value is None else Point(SEPT, value, "")
        return TeamCompliance(name, found, None)

    rows = [team("A", 95), team("B", None), team("C", 40), team("D", 70)]
    assert [r.team for r in scorecard.lowest_supervision(rows, 2)] == ["C", "D"]
    assert [r.team for r in scorecard.lowest_supervision(rows, 3)] == ["A", "C", "D"]
    assert scorecard.lowest_supervision(rows, 4) == rows
