"""The Workforce page's hidden tabs are read when the director opens them, and never stale.

The page opens on Figures; Supervision and appraisal, Diversity and Comparators are filled
the first time each is shown, and again after a change only once shown again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import benchmark_store, comparator_family, diversity
from dass_desktop.domain.changes import Changes
from dass_desktop.store import Store
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.workforce_page import WorkforcePage
from tests.conftest import TODAY
from tests.statements import statements
from tests.ui.test_first_run import make_window
from tests.ui.test_workforce_page import open_page


def _shown_gaps(page: WorkforcePage) -> list[diversity.DiversityGap]:
    return page.diversity.rows()


def _resets(page: WorkforcePage) -> dict[str, int]:
    """Counts of each hidden tab's model being reset, from now on."""
    counts = {"diversity": 0, "family": 0, "figures": 0}
    for name, model in (
        ("diversity", page.diversity),
        ("family", page.family),
        ("figures", page.figures),
    ):
        model.modelReset.connect(lambda name=name: counts.__setitem__(name, counts[name] + 1))
    return counts


def test_opening_the_page_reads_no_hidden_tab(qtbot: QtBot, store: Store) -> None:
    """On the demo council, opening the page reads no diversity figure and fills none of the
    hidden tabs' tables or charts; each is filled, with what is stored, when first shown.
    """
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    with statements(store) as (_orm, plain):
        window.show_widget(window.workforce)
    page = window.workforce
    assert page.ui.tabs.currentWidget() is page.ui.figuresTab
    assert page.trend_canvas.figure is not None
    assert not [sql for sql in plain if "diversity_figure" in sql]
    assert (page.diversity.rowCount(), page.family.rowCount(), page.figures.rowCount()) == (
        0,
        0,
        0,
    )
    assert page.compliance_canvas.figure is None
    assert page.diversity_canvas.figure is None

    page.ui.tabs.setCurrentWidget(page.ui.teamsTab)
    assert page.compliance_canvas.figure is not None
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    assert _shown_gaps(page) == diversity.diversity_table(store, "ethnicity", finer=True)
    assert page.diversity.rowCount() > 3
    assert page.diversity_canvas.figure is not None
    assert "Latest figures" in page.ui.diversityNote.text()
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    assert page.family.rows() == comparator_family.list_family(store)
    assert page.family.rowCount() > 5
    assert page.figures.rows() == benchmark_store.all_figures(store)


def test_a_tab_hidden_through_a_change_and_its_undo_shows_the_data_then(
    qtbot: QtBot, store: Store
) -> None:
    """A diversity share added while Diversity is hidden is not read then, but shown when
    the tab is opened; its undo likewise. The comparators follow a change made while their
    tab was hidden, and one made while the whole page was.
    """
    write_demo(store, TODAY)
    window, page = open_page(qtbot, store)
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    before = _shown_gaps(page)
    page.ui.tabs.setCurrentWidget(page.ui.figuresTab)
    resets = _resets(page)
    added: list[int] = []

    def add() -> Changes:
        entry, changes = diversity.set_share(
            store,
            subject="workforce",
            dimension="ethnicity",
            group_key="white_british",
            as_of=dt.date(2026, 11, 1),
            percent=12.5,
            source="HR system",
        )
        added.append(entry)
        return changes

    assert page.context.ops.run(
        "Added a share.", add, lambda: diversity.delete_share(store, added[-1])
    )
    assert resets == {"diversity": 0, "family": 0, "figures": 0}
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    after = _shown_gaps(page)
    assert after == diversity.diversity_table(store, "ethnicity", finer=True)
    assert after != before
    assert resets["diversity"] == 1

    page.ui.tabs.setCurrentWidget(page.ui.figuresTab)
    window.undo_stack.undo()
    assert resets["diversity"] == 1
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    assert _shown_gaps(page) == before
    assert resets["diversity"] == 2

    earlier = comparator_family.list_family(store)
    gone = earlier[0]
    assert page.context.ops.run(
        "Took a council out.",
        lambda: comparator_family.remove_family_member(store, gone.id),
        lambda: comparator_family.put_back_family(store, earlier),
    )
    assert resets["family"] == 0
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    assert page.family.rows() == comparator_family.list_family(store)
    assert gone not in page.family.rows()
    assert page.figures.rows() == benchmark_store.all_figures(store)

    window.show_widget(window.dashboard)
    window.undo_stack.undo()
    assert gone not in page.family.rows()  # the page is hidden: read when next shown
    window.show_widget(page)
    assert page.ui.tabs.currentWidget() is page.ui.comparatorsTab
    assert page.family.rows() == earlier


def test_a_canvas_told_to_wait_builds_its_chart_once_when_refreshed(qtbot: QtBot) -> None:
    """A canvas made to wait for its page's refresh builds nothing when first shown (the
    page has not filled what the chart is built from), then once per refresh while shown; a
    plain canvas builds when first shown.
    """
    calls: list[str] = []

    def build(name: str) -> Callable[[], None]:
        return lambda: calls.append(name)

    waiting = ChartCanvas(build("waiting"), wait_for_refresh=True)
    plain = ChartCanvas(build("plain"))
    for canvas in (waiting, plain):
        qtbot.addWidget(canvas)
        canvas.show()
    assert calls == ["plain"]
    waiting.refresh()
    assert calls == ["plain", "waiting"]
    waiting.hide()
    waiting.refresh()
    waiting.show()
    assert calls == ["plain", "waiting", "waiting"]
