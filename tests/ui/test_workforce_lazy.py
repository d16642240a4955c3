"""The Workforce page loads and reads only what its first sight needs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.store import Store
from tests.conftest import TODAY
from tests.statements import statements
from tests.ui.test_first_run import make_window


def test_the_page_imports_its_dialogs_only_when_one_is_opened() -> None:
    """In a fresh process, importing the page loads neither the CSV import dialog nor the
    figure dialogs (each is imported by the command that opens it), nor the forms of the
    tabs it builds when they are first shown.
    """
    script = textwrap.dedent(
        """
        import sys
        from dass_desktop.ui import workforce_page
        later = (
            "dass_desktop.ui.workforce_import",
            "dass_desktop.ui.workforce_dialogs",
            "dass_desktop.ui.forms.ui_workforce_teams_tab",
            "dass_desktop.ui.forms.ui_workforce_diversity_tab",
            "dass_desktop.ui.forms.ui_workforce_comparators_tab",
        )
        print(sorted(name for name in later if name in sys.modules))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_opening_the_page_reads_through_the_plain_connection(qtbot: QtBot, store: Store) -> None:
    """Opening the page on the demo council reads the figures, scorecard and trend through the
    store's plain connection, sending SQLAlchemy no statement (its engine and first compiles
    cost more than the reads), and shows what it read; so do the diversity and comparator
    tabs when opened.
    """
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    with statements(store) as (orm, plain):
        window.show_widget(window.workforce)
    page = window.workforce
    assert orm == []
    assert len(plain) >= 6
    assert page.scorecard.rowCount() > 5
    assert page.trend_canvas.figure is not None
    with statements(store) as (orm, plain):
        page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
        page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    assert orm == []
    assert len(plain) >= 2
    assert page.diversity.rowCount() > 3
    assert page.family.rowCount() > 5


def test_choosing_a_metric_reads_its_trend_through_the_plain_connection(
    qtbot: QtBot, store: Store
) -> None:
    """Choosing another metric for the chart redraws its trend from plain reads too, and the
    chart then names that metric.
    """
    from matplotlib.text import Text

    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_widget(window.workforce)
    page = window.workforce
    combo = page.ui.trendMetricCombo
    with statements(store) as (orm, _plain):
        combo.setCurrentIndex(combo.findData("agency_rate"))
    assert orm == []
    figure = page.trend_canvas.figure
    assert figure is not None
    texts = [t.get_text() for t in figure.findobj(Text)]
    assert any(text.startswith(combo.currentText()) for text in texts), texts


def test_the_later_tabs_are_built_only_when_first_shown(qtbot: QtBot, store: Store) -> None:
    """Opening the page builds its Figures tab only: the Supervision and appraisal,
    Diversity and Comparators tabs have no widgets (no tables, charts or list of councils)
    until each is first shown, and showing one builds that one alone, once.
    """
    from PySide6.QtWidgets import QWidget

    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_widget(window.workforce)
    page = window.workforce
    later = (page.ui.teamsTab, page.ui.diversityTab, page.ui.comparatorsTab)
    assert [tab.findChildren(QWidget) for tab in later] == [[], [], []]
    assert not {"councilCombo", "diversityTable", "complianceNote"} & set(vars(page.ui))
    assert page.trend_canvas.figure is not None
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    built = page.ui.diversityTab.findChildren(QWidget)
    assert page.ui.diversityTable in built
    assert page.diversity_canvas.figure is not None  # drawn as the tab is shown
    assert [tab.findChildren(QWidget) for tab in (later[0], later[2])] == [[], []]
    page.ui.tabs.setCurrentWidget(page.ui.figuresTab)
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    assert page.ui.diversityTab.findChildren(QWidget) == built


def test_a_tab_built_on_show_takes_its_place_in_the_keyboard_order(
    qtbot: QtBot, store: Store
) -> None:
    """Tab from the tab bar goes into the tab just built, and Shift+Tab from its first
    field comes back to the tab bar, as for a tab built with the page.
    """
    from PySide6.QtCore import Qt

    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_widget(window.workforce)
    page = window.workforce
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    bar = page.ui.tabs.tabBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert page.ui.dimensionCombo.hasFocus()
    qtbot.keyClick(page.ui.dimensionCombo, Qt.Key.Key_Backtab)
    assert bar.hasFocus()


def test_code_asking_for_a_later_tabs_widget_has_that_tab_built(qtbot: QtBot, store: Store) -> None:
    """Asking the page's form for a widget of a tab not yet shown builds that tab first
    (so commands and tests find it); asking for a name no form makes is an error.
    """
    import pytest

    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_widget(window.workforce)
    page = window.workforce
    combo = page.ui.councilCombo
    assert combo.count() > 100  # every council, ready to add
    assert combo.parentWidget() is page.ui.comparatorsTab
    assert page.ui.familyHeading.property("role") == "heading"
    with pytest.raises(AttributeError):
        _ = page.ui.noSuchWidget
