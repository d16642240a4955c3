"""The Practices page: lapsed practices named, Done today logged and undone with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import practice_store
from dass_desktop.domain.guidance import seed_from_templates
from dass_desktop.domain.practice_terms import PracticeState
from dass_desktop.store import Store
from tests.conftest import TODAY
from tests.ui.test_first_run import make_window

CTRL = Qt.KeyboardModifier.ControlModifier
START = TODAY.replace(month=9, day=7)


def test_done_today_keeps_a_practice_up_and_ctrl_z_takes_it_back(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Ctrl+9 opens Practices; Done today keeps the chosen one up; Ctrl+Z lapses it again."""
    store = store_with_profile
    seed_from_templates(store)
    window = make_window(qtbot, store)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_9, CTRL)
    page = window.practices
    assert window.current_page() is page
    assert page.model.rowCount() == 6
    assert "0 of 6 kept up, 1 not due yet; lapsed:" in page.summary.text()
    pace = next(r for r in page.model.rows() if r.template_key == "practice.pace")
    page.choose(pace.id)
    assert page.current() == pace
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    rows = {p.id: p for p in practice_store.list_practices(store, START, TODAY)}
    assert rows[pace.id].state is PracticeState.KEPT_UP
    chosen = page.current()
    assert chosen is not None
    assert chosen.state is PracticeState.KEPT_UP
    assert page.log_model.rowCount() == 1
    assert "1 of 6 kept up, 1 not due yet" in page.summary.text()
    window.undo_stack.undo()
    rows = {p.id: p for p in practice_store.list_practices(store, START, TODAY)}
    assert rows[pace.id].state is PracticeState.LAPSED
    assert page.log_model.rowCount() == 0
    window.undo_stack.redo()
    assert page.log_model.rowCount() == 1
    page.log_view.setCurrentIndex(page.log_model.index(0, 0))
    assert page.remove_button.isEnabled()
    assert page.remove_entry()
    assert page.log_model.rowCount() == 0
    window.close()
