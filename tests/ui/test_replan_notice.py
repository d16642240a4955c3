"""The once-only notice on a back-dated council's dashboard, and re-planning from it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_rules, plan_store
from dass_desktop.domain.guidance import seed_from_templates
from dass_desktop.domain.profile import DirectorProfile, save_profile
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY

START = TODAY - dt.timedelta(days=61)


def backdated(store: Store) -> None:
    """A council set up today with a start date 61 days ago and the shipped plan."""
    save_profile(
        store, DirectorProfile("Sam Taylor", "Leeds", "E08000035", "Yorkshire", START), TODAY
    )
    seed_from_templates(store)


def opened(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window on ``store``, shown and active, on the dashboard."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_replan_from_today_clears_the_overdue_and_ctrl_z_brings_every_date_back(
    qtbot: QtBot, store: Store
) -> None:
    """The notice explains the inherited overdue items; "Re-plan from today" leaves none
    overdue in one undoable step, Ctrl+Z restores every date, and the notice never returns.
    """
    backdated(store)
    before = plan_store.list_items(store, START)
    late = plan_rules.overdue(before, TODAY)
    assert len(late) > 10
    window = opened(qtbot, store)
    notice = window.dashboard.replan_notice
    assert notice.isVisible()
    assert f"These {len(late)} plan items are overdue" in notice.text.text()
    assert "and the day you began using DASS Desktop" in notice.text.text()
    assert window.dashboard.overdue.index(0).data() != "Nothing overdue. Well done."
    qtbot.mouseClick(notice.replan_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert plan_rules.overdue(plan_store.list_items(store, START), TODAY) == []
    overdue = window.dashboard.overdue
    assert overdue.index(0).data() == "Nothing overdue. Well done."  # the bus refreshed it
    assert window.undo_stack.count() == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.index() == 0
    assert plan_store.list_items(store, START) == before
    window.dashboard.refresh()
    assert not notice.isVisible()  # answered once, for good
    window.close()
    again = opened(qtbot, store)
    assert not again.dashboard.replan_notice.isVisible()
    again.close()


def test_leave_as_they_are_keeps_the_dates_and_puts_the_notice_away(
    qtbot: QtBot, store: Store
) -> None:
    """Choosing "Leave as they are" changes no date, pushes nothing to undo, and the notice
    stays away, in this window and the next.
    """
    backdated(store)
    before = plan_store.list_items(store, START)
    window = opened(qtbot, store)
    notice = window.dashboard.replan_notice
    assert notice.isVisible()
    qtbot.mouseClick(notice.leave_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert plan_store.list_items(store, START) == before
    assert window.undo_stack.count() == 0
    window.close()
    again = opened(qtbot, store)
    assert not again.dashboard.replan_notice.isVisible()
    assert again.dashboard.overdue.index(0).data() != "Nothing overdue. Well done."
    again.close()


def test_a_council_in_use_gets_no_notice(qtbot: QtBot, store: Store) -> None:
    """The demo council has worked its plan: its overdue items are its own, unexplained."""
    write_demo(store, TODAY)
    window = opened(qtbot, store)
    assert window.dashboard.overdue.index(0).data() != "Nothing overdue. Well done."
    assert not window.dashboard.replan_notice.isVisible()
    window.close()
