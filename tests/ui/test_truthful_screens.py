"""Screens say what is true: RAG roll-ups explain themselves and dates are typed whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from dass_desktop.ui.date_field import TypedDateEdit
from dass_desktop.ui.main_window import MainWindow
from tests.ui.conftest import main_dialogs


def test_dashboard_rag_roll_ups_say_why(small_window: MainWindow) -> None:
    """Each theme's RAG cell on the dashboard has a tooltip giving the reason in words."""
    model = small_window.dashboard.themes
    reasons = [
        model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())
    ]
    shown = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert "Red" in shown
    for word, reason in zip(shown, reasons, strict=True):
        if word in ("Red", "Amber", "Green"):
            assert reason.startswith(f"{word}: "), reason
            assert f"rated {word}" in reason


def test_every_date_in_the_main_dialogs_is_typed_whole(
    qtbot: QtBot, small_window: MainWindow, tmp_path: Path
) -> None:
    """No dialog keeps Qt's section-by-section date box: each has the calendar pop-up too."""
    plain: list[str] = []
    for name, opener in main_dialogs(small_window, tmp_path):
        dialog = opener()
        qtbot.waitExposed(dialog)
        for edit in dialog.findChildren(QDateEdit):
            if not edit.isVisibleTo(dialog):
                continue
            if not isinstance(edit, TypedDateEdit) or not edit.calendarPopup():
                plain.append(f"{name}: {edit.objectName()}")
        dialog.reject()
    assert plain == []


def test_visit_date_takes_a_whole_typed_date(qtbot: QtBot, small_window: MainWindow) -> None:
    """Typing 01/10/2026 into quick capture's date gives 1 October 2026, not a shifted day."""
    small_window.log_visit()
    dialog = small_window.visit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    edit = dialog.ui.dateEdit
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "01/10/2026")
    edit.interpretText()
    assert edit.date() == QDate(2026, 10, 1)
    dialog.reject()
