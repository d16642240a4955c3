"""What the window-wide UI tests share: the demo council's window at 1024×700, its dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dass_desktop.resources import read_text
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain.team_terms import NoteKind
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY

SMALL = (1024, 700)
CSV = "Month,Team,Vacancy rate\n2026-09,OT,12\n2026-10,OT,-1\n2026-10,OT,3\n"


@pytest.fixture
def small_window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    """The demo council's window, styled as the app styles it, at 1024×700."""
    write_demo(store, TODAY)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(read_text("style.qss"))
    window = MainWindow(store, lambda: TODAY, demo=True)
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    app.setStyleSheet("")


def main_dialogs(window: MainWindow, tmp_path: Path) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """Each main dialog's name, with how to open it on ``window``."""

    def profile() -> QDialog:
        window.edit_profile()
        assert window.profile_dialog is not None
        return window.profile_dialog

    def stakeholder() -> QDialog:
        window.show_widget(window.stakeholders)
        window.stakeholders.new()
        assert window.stakeholders.dialog is not None
        return window.stakeholders.dialog

    def visit() -> QDialog:
        window.log_visit()
        assert window.visit_dialog is not None
        return window.visit_dialog

    def team() -> QDialog:
        window.show_widget(window.teams)
        window.teams.edit_team()
        assert window.teams.team_dialog is not None
        return window.teams.team_dialog

    def note() -> QDialog:
        window.show_widget(window.teams)
        window.teams.new_note(NoteKind.STRENGTH)
        assert window.teams.note_dialog is not None
        return window.teams.note_dialog

    def gap() -> QDialog:
        window.show_widget(window.teams)
        window.teams.new_gap()
        assert window.teams.gap_dialog is not None
        return window.teams.gap_dialog

    def export() -> QDialog:
        window.export_plan()
        assert window.export_dialog is not None
        return window.export_dialog

    def import_preview() -> QDialog:
        window.show_widget(window.workforce)
        path = tmp_path / "figures.csv"
        path.write_text(CSV, encoding="utf-8")
        dialog = window.workforce.open_import()
        assert dialog.load(path)
        return dialog

    yield from {
        "profile": profile,
        "stakeholder": stakeholder,
        "visit": visit,
        "team": team,
        "strength": note,
        "gap": gap,
        "export": export,
        "import preview": import_preview,
    }.items()
