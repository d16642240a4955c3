"""Keys that work wherever the page has focus, and empty states that say what is true."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_store
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_ctrl_n_on_the_plan_page_works_with_focus_still_in_the_sidebar(
    qtbot: QtBot, store: Store
) -> None:
    """Choosing Plan in the sidebar leaves focus there; Ctrl+N must still add an item."""
    write_demo(store, TODAY)
    window = _window(qtbot, store)
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Down)
    assert window.current_page() is window.plan_page
    assert QApplication.focusWidget() is window.ui.navigation
    before = len(plan_store.list_items(store, None))
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(plan_store.list_items(store, None)) == before + 1
    window.close()


def test_empty_dashboard_says_there_are_no_teams_or_contacts_yet(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """With no teams and no contacts the cards say so, not that all is well."""
    window = _window(qtbot, store_with_profile)
    dashboard = window.dashboard
    assert dashboard.not_visited.index(0).data().startswith("No teams yet")
    assert dashboard.overdue_contacts.index(0).data().startswith("No contacts yet")
    window.close()


def test_help_lists_the_shortcuts_of_the_actions_themselves(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """F1 opens a list read from the actions: page keys under their page, menu keys too."""
    window = _window(qtbot, store_with_profile)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes
    assert boxes[0].isVisible()
    text = boxes[0].informativeText()
    for expected in ("New plan item", "New contact", "Go to Plan"):
        assert expected in text
    plan_part = text.split("\nPlan\n", 1)[1]
    assert plan_part.lstrip().startswith("Ctrl+F")
    boxes[0].close()
    window.close()


def test_plan_editor_pane_collapses_until_an_item_is_chosen(qtbot: QtBot, store: Store) -> None:
    """At 1024x700 the plan list has the whole width until an item is chosen."""
    write_demo(store, TODAY)
    window = _window(qtbot, store)
    window.resize(1024, 700)
    window.show_page(1)
    page = window.plan_page
    page.ui.tree.setCurrentIndex(QModelIndex())
    page.ui.tree.clearSelection()
    page._show_in_editor(None)
    assert page.ui.splitter.sizes()[1] == 0
    page.ui.tree.setFocus()
    for _step in range(3):  # the first phase, its first theme, its first item
        qtbot.keyClick(page.ui.tree, Qt.Key.Key_Down)
    assert page.ui.splitter.sizes()[1] > 200
    window.close()


def test_dashboard_day_lines_do_not_overlap_at_1024x700(qtbot: QtBot, store: Store) -> None:
    """The days-left lines sit side by side without overlapping in a 1024x700 window."""
    write_demo(store, TODAY)
    window = _window(qtbot, store)
    window.resize(1024, 700)
    qtbot.wait(50)
    ui = window.dashboard.ui
    assert not ui.hundredDayLine.geometry().intersects(ui.endLine.geometry())
    for line in (ui.hundredDayLine, ui.endLine):
        needed = line.fontMetrics().boundingRect(line.contentsRect(), 0x1000, line.text())
        assert needed.height() <= line.contentsRect().height()  # wrapped text fits in full
    window.close()


@pytest.mark.parametrize("typed", ["01/10/2026", "1 Oct 2026", "2026-10-01"])
def test_first_run_start_date_takes_a_whole_typed_date(
    qtbot: QtBot, store: Store, typed: str
) -> None:
    """Tabbing into the start date (either way) and typing a whole date gives that date."""
    window = _window(qtbot, store)
    window.welcome_if_new()
    dialog = window.profile_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.councilList.setFocus()
    qtbot.keyClick(dialog.ui.councilList, Qt.Key.Key_Tab)
    date_edit = dialog.ui.startDateEdit
    assert QApplication.focusWidget() in (date_edit, date_edit.lineEdit())
    qtbot.wait(10)
    qtbot.keyClicks(date_edit, typed)
    qtbot.keyClick(date_edit, Qt.Key.Key_Tab)
    assert date_edit.date() == QDate(2026, 10, 1)
    qtbot.keyClick(dialog.ui.chiefEdit, Qt.Key.Key_Backtab)
    qtbot.wait(10)
    qtbot.keyClicks(date_edit, "02/10/2026")
    qtbot.keyClick(date_edit, Qt.Key.Key_Tab)
    assert date_edit.date() == QDate(2026, 10, 2)
    assert date_edit.text() == "02/10/2026"
    dialog.reject()
    window.close()
