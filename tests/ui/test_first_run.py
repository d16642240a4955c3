"""First run: the welcome dialog writes the profile and the dashboard counts the days."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain.profile import DirectorProfile, load_profile
from dass_desktop.paths import DataPaths
from dass_desktop.store import Store, open_store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.profile_dialog import ProfileDialog

TODAY = dt.date(2026, 11, 26)


def make_window(qtbot: QtBot, store: Store, today: dt.date = TODAY) -> MainWindow:
    """A main window on ``store`` with today fixed."""
    window = MainWindow(store, lambda: today)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # window-wide shortcuts need the window to be active
        window.show()
        window.activateWindow()
    return window


def test_welcome_dialog_writes_profile(qtbot: QtBot, store: Store) -> None:
    """Typing into the welcome dialog and pressing Save stores the profile."""
    window = make_window(qtbot, store)
    assert window.dashboard.ui.setupCard.isVisible()
    window.welcome_if_new()
    dialog = window.profile_dialog
    assert isinstance(dialog, ProfileDialog)
    assert dialog.windowTitle() == "Welcome to DASS Desktop"
    qtbot.keyClicks(dialog.ui.nameEdit, "Sam Taylor")
    qtbot.keyClicks(dialog.ui.councilFilter, "north tyneside")
    assert "North Tyneside" in dialog.ui.councilChoice.text()
    dialog.ui.startDateEdit.setDate(QDate(2026, 9, 7))
    qtbot.keyClicks(dialog.ui.chiefEdit, "Jordan Ellis")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(dialog.ui.chiefEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = load_profile(store)
    assert saved == DirectorProfile(
        director_name="Sam Taylor",
        council_name="North Tyneside",
        council_code="E08000022",
        region="North East",
        start_date=dt.date(2026, 9, 7),
        chief_executive_name="Jordan Ellis",
    )
    dashboard = window.dashboard.ui
    assert not dashboard.setupCard.isVisible()
    assert dashboard.dayHeadline.text() == "Day 81 of 183"
    assert dashboard.hundredDayLine.text() == "19 days left to day 100 (15 Dec 2026)"
    assert "North Tyneside" in window.windowTitle()


def test_missing_name_is_refused_beside_the_form(qtbot: QtBot, store: Store) -> None:
    """Saving without a name keeps the dialog open, says why, and saves nothing."""
    window = make_window(qtbot, store)
    window.welcome_if_new()
    dialog = window.profile_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.councilFilter, "leeds")
    qtbot.keyClick(dialog.ui.chiefEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorText.text() == "Enter your name."
    assert dialog.focusWidget() is dialog.ui.nameEdit
    assert load_profile(store) is None


def test_before_start_date_counts_down(qtbot: QtBot, store_with_profile: Store) -> None:
    """Before day 1 the dashboard says how many days until the start."""
    window = make_window(qtbot, store_with_profile, today=dt.date(2026, 9, 1))
    assert window.dashboard.ui.dayHeadline.text() == "Day 1 is in 6 days"
    assert window.dashboard.ui.phaseLine.text() == "Before day 1"


def test_edit_profile_prefills_and_updates(qtbot: QtBot, store_with_profile: Store) -> None:
    """The profile dialog shows the saved values; a new start date moves the day count."""
    window = make_window(qtbot, store_with_profile)
    window.ui.actionEditProfile.trigger()
    dialog = window.profile_dialog
    assert dialog is not None
    assert dialog.ui.nameEdit.text() == "Sam Taylor"
    assert "Leeds" in dialog.ui.councilChoice.text()
    dialog.ui.startDateEdit.setDate(QDate(2026, 11, 2))
    with qtbot.waitSignal(window.bus.changed):
        dialog.ui.buttons.accepted.emit()
    assert window.dashboard.ui.dayHeadline.text() == "Day 25 of 183"


def test_window_geometry_is_remembered(
    qtbot: QtBot, data_paths: DataPaths, store_with_profile: Store
) -> None:
    """Size and position are saved on close and restored next time."""
    window = make_window(qtbot, store_with_profile)
    window.resize(790, 560)  # within the offscreen platform's 800x600 screen
    window.close()
    again = make_window(qtbot, store_with_profile)
    assert (again.width(), again.height()) == (790, 560)


def test_about_names_version_data_and_sources(qtbot: QtBot, store_with_profile: Store) -> None:
    """About shows the version, where the data lives and the councils' attribution."""
    window = make_window(qtbot, store_with_profile)
    text = window.about_text()
    assert "0.1.0" in text
    assert str(store_with_profile.paths.root) in text
    assert "mySociety" in text
    assert "Open Government Licence" in text
    assert "Skills for Care" in text
    assert "CIPFA" in text
    assert "not a council's own staff" in text


def test_reopen_after_close_keeps_profile(qtbot: QtBot, data_paths: DataPaths) -> None:
    """The welcome dialog's profile is still there after the database is reopened."""
    with open_store(data_paths) as store:
        window = make_window(qtbot, store)
        window.welcome_if_new()
        dialog = window.profile_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.ui.nameEdit, "Sam Taylor")
        qtbot.keyClicks(dialog.ui.councilFilter, "cornwall")
        dialog.ui.buttons.accepted.emit()
        window.close()
    with open_store(data_paths) as store:
        saved = load_profile(store)
        assert saved is not None
        assert saved.council_name == "Cornwall"
        assert saved.start_date == TODAY


def test_file_menu_protects_and_unprotects_the_data(qtbot: QtBot, store: Store) -> None:
    """File ▸ Protect with a passphrase encrypts the data (asked twice), and the same entry
    removes the passphrase again.
    """
    pytest.importorskip("sqlcipher3", reason="sqlcipher3 (SQLCipher) is not installed here")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from dass_desktop.store import cipher

    window = make_window(qtbot, store)
    answers: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and answers:
            dialog.setTextValue(answers.pop(0))  # typed, or the item chosen from the list
            dialog.accept()
        if answers:
            QTimer.singleShot(10, answer)

    try:
        answers[:] = ["s3cret", "s3cret"]
        QTimer.singleShot(10, answer)
        window.protect()
        assert cipher.passphrase_for(store.paths.database) == "s3cret"
        assert not store.paths.database.read_bytes().startswith(b"SQLite format 3")
        assert load_profile(store) is None  # still readable through the store
        answers[:] = ["Remove the passphrase"]
        QTimer.singleShot(10, answer)
        window.protect()
        assert cipher.passphrase_for(store.paths.database) is None
        assert store.paths.database.read_bytes().startswith(b"SQLite format 3")
    finally:
        cipher._KEYS.clear()
    window.close()
