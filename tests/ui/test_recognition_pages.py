"""The Recognition and My development pages, the dashboard card and quick capture, driven
as a director would: keys, typing, saving, undo; private journal text kept off screen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from dass_desktop.domain import recognition_store, team_store, wellbeing_store
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.domain.wellbeing_terms import CheckInDraft
from dass_desktop.store import Store
from dass_desktop.ui.development_dialogs import JournalDialog
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.recognition_dialogs import RecognitionDialog
from dass_desktop.ui.recognition_models import (
    CheckInModel,
    DevelopmentModel,
    JournalModel,
    NominationModel,
    RecognitionModel,
)
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier
SECRET = "Wombat5521 confession"


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window, active so that window-wide shortcuts work."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _teams(store: Store) -> tuple[int, int]:
    hub, _ = team_store.add_team(
        store, TeamDraft("Adult Safeguarding Hub", ServiceArea.SAFEGUARDING)
    )
    ot, _ = team_store.add_team(store, TeamDraft("OT Service", ServiceArea.OCCUPATIONAL_THERAPY))
    return hub, ot


def test_models_pass_the_model_tester(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Every new table model is a well-behaved Qt model, empty and filled."""
    for model in (
        RecognitionModel(),
        NominationModel(),
        DevelopmentModel(),
        CheckInModel(),
        JournalModel(),
    ):
        qtmodeltester.check(model)
    wellbeing_store.save_checkin(store, CheckInDraft(TODAY, 3, 4, "Busy"), TODAY)
    filled = CheckInModel()
    filled.set_rows(wellbeing_store.list_checkins(store))
    qtmodeltester.check(filled)


def test_log_a_recognition_by_keys_then_undo(qtbot: QtBot, store_with_profile: Store) -> None:
    """Ctrl+0 opens Recognition; Ctrl+N, typing and Ctrl+Enter log thanks to a team; the
    summary and the dashboard's never-recognised list follow; Ctrl+Z takes it back.
    """
    store = store_with_profile
    hub, _ot = _teams(store)
    window = open_window(qtbot, store)
    never = window.dashboard.celebrate.never
    assert never.ids() == [hub, _ot]
    prompt = window.dashboard.celebrate.recognition_line
    assert prompt.text().startswith("No recognition logged yet")
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_0, CTRL)
    page = window.recognition
    assert window.current_page() is page
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    assert isinstance(dialog, RecognitionDialog)
    assert dialog.team.currentData() == hub
    qtbot.keyClicks(dialog.what_for, "Cleared the Friday backlog")
    qtbot.keyClicks(dialog.theme, "Going the extra mile")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.what_for, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible(), dialog.error_label.text()
    rows = recognition_store.list_recognitions(store)
    assert [(r.who, r.what_for) for r in rows] == [
        ("Adult Safeguarding Hub", "Cleared the Friday backlog")
    ]
    assert page.model.rowCount() == 1
    assert "1 of 2 teams thanked" in page.summary.text()
    assert "Never recognised: OT Service" in page.summary.text()
    window.show_widget(window.dashboard)  # a hidden page catches up when shown
    assert never.ids() == [_ot]
    assert prompt.text().startswith("Last thanks: Adult Safeguarding Hub, on 26 November")
    window.undo_stack.undo()
    assert recognition_store.list_recognitions(store) == []
    window.show_widget(page)
    assert page.model.rowCount() == 0
    window.close()


def test_refused_recognition_stays_open_with_the_reason(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Thanks to a person with no name is refused beside the name; nothing is saved."""
    window = open_window(qtbot, store_with_profile)
    window.show_widget(window.recognition)
    dialog = window.recognition.new()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("person"))
    qtbot.keyClicks(dialog.what_for, "Stayed late")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Say whom you thanked."
    qtbot.waitUntil(dialog.name.hasFocus)
    assert window.undo_stack.count() == 0
    dialog.reject()
    window.close()


def test_award_round_nomination_and_winner(qtbot: QtBot, store_with_profile: Store) -> None:
    """A round, a category, a team nomination and a winner, each one undoable step."""
    store = store_with_profile
    hub, _ot = _teams(store)
    window = open_window(qtbot, store)
    page = window.recognition
    window.show_widget(page)
    page.new_round()
    qtbot.keyClicks(page.dialog_round.name, "Staff awards 2027")
    page.dialog_round.save()
    assert page.round_combo.currentText().startswith("Staff awards 2027")
    from dass_desktop.domain import award_store

    round_id = page.current_round().id  # type: ignore[union-attr]
    award_store.add_category(store, round_id, "Team of the year")
    page.refresh()
    page.nominate()
    nomination = page.dialog_nomination
    nomination.kind.setCurrentIndex(nomination.kind.findData("team"))
    nomination.team.setCurrentIndex(nomination.team.findData(hub))
    qtbot.keyClicks(nomination.reason, "Backlog cleared in a month")
    nomination.save()
    assert page.nominations.rowCount() == 1
    page.nomination_table.setCurrentIndex(page.nominations.index(0, 0))
    qtbot.keyClick(page, Qt.Key.Key_W, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page.nominations.rows()[0].is_winner
    assert "1 winners" in page.round_line.text()
    window.undo_stack.undo()
    assert not page.nominations.rows()[0].is_winner
    window.close()


def _texts(root: QWidget) -> str:
    """Every text on show in ``root``: labels, boxes and the cells of every view."""
    from PySide6.QtWidgets import QAbstractItemView

    parts: list[str] = []
    for label in root.findChildren(QLabel):
        parts.append(label.text())
    for edit in root.findChildren(QLineEdit):
        parts.append(edit.text())
    for box in root.findChildren(QPlainTextEdit):
        parts.append(box.toPlainText())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount(QModelIndex())):
            for column in range(8):  # no table here has more columns
                index = model.index(row, column)
                parts.append(str(index.data() or "") if index.isValid() else "")
    return "\n".join(parts)


def test_journal_private_text_stays_off_screen_until_shown(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """A private entry's words are in no widget of any page (what a screenshot would
    carry) until "Show private text" is ticked; written by keys, it is private by default.
    """
    store = store_with_profile
    window = open_window(qtbot, store)
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_End)  # the last page: no Ctrl+digit left
    page = window.development
    assert window.current_page() is page
    qtbot.keyClick(page, Qt.Key.Key_J, CTRL)
    dialog = page.dialog_journal
    assert dialog.private.isChecked()
    qtbot.keyClicks(dialog.title, "Wombat5521 week")
    qtbot.keyClicks(dialog.text, SECRET)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
    assert wellbeing_store.list_journal(store)[0].private
    assert "Wombat5521" not in window.undo_stack.text(0)
    qtbot.waitUntil(lambda: not page.findChildren(JournalDialog))
    page.journal_table.setCurrentIndex(page.journal.index(0, 0))
    assert page.entry_text.toPlainText().startswith("Private entry")
    for number in range(len(window.pages())):
        window.show_page(number)
        QApplication.processEvents()
        assert "wombat5521" not in _texts(window).casefold()
    window.show_widget(page)
    page.journal_table.setCurrentIndex(page.journal.index(0, 0))
    page.reveal.setChecked(True)
    assert SECRET in page.entry_text.toPlainText()
    window.close()


def test_check_in_shows_trend_and_prompt(qtbot: QtBot, store_with_profile: Store) -> None:
    """Three weeks of falling check-ins then this week's lower one prompt on the page and
    the dashboard; undoing this week's check-in removes the prompt.
    """
    store = store_with_profile
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    for weeks_ago, energy in ((3, 5), (2, 4), (1, 3)):
        day = monday - dt.timedelta(weeks=weeks_ago)
        wellbeing_store.save_checkin(store, CheckInDraft(day, energy, 2, ""), TODAY)
    window = open_window(qtbot, store)
    page = window.development
    window.show_widget(page)
    page.tabs.setCurrentIndex(1)
    page.energy.setValue(2)
    page.workload.setValue(2)
    qtbot.keyClicks(page.line, "Long week")
    qtbot.keyClick(page.line, Qt.Key.Key_Return)
    assert "3 weeks running" in page.pace_prompt.text()
    assert page.checkins.rowCount() == 4
    assert page.chart.figure is not None
    window.show_widget(window.dashboard)
    assert window.dashboard.celebrate.wellbeing_line.isVisibleTo(window.dashboard)
    window.undo_stack.undo()
    assert wellbeing_store.checkin_for(store, TODAY) is None
    assert window.dashboard.celebrate.wellbeing_line.text() == ""
    window.close()


def test_something_to_celebrate_starts_a_recognition(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Ticking "something to celebrate" in quick capture opens a recognition of the visit's
    team, for what is going well, linked to the visit.
    """
    store = store_with_profile
    hub, _ot = _teams(store)
    window = open_window(qtbot, store)
    window.log_visit((hub,), ())
    visit = window.visit_dialog
    assert visit is not None
    qtbot.keyClicks(visit.ui.goingWellEdit, "Brilliant duty desk")
    visit.celebrate.setChecked(True)
    visit.save()
    assert window.current_page() is window.recognition
    dialog = window.recognition.dialog
    assert dialog.team.currentData() == hub
    assert dialog.what_for.toPlainText() == "Brilliant duty desk"
    dialog.save()
    (row,) = recognition_store.list_recognitions(store)
    assert row.engagement_id == visit.saved_id
    window.close()


def test_awards_sheet_from_the_recognition_page(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """The awards sheet button opens the export dialog with the sheet of the chosen round; the
    page written names the round and category, and without names the person is not named.
    """
    from pypdf import PdfReader

    from dass_desktop.domain import award_store
    from dass_desktop.domain.award_terms import NominationDraft

    store = store_with_profile
    round_id, _ = award_store.add_round(store, "Winter awards", dt.date(2027, 1, 20))
    category, _ = award_store.add_category(store, round_id, "Unsung hero")
    winner, _ = award_store.add_nomination(
        store, category, NominationDraft("person", "Dev Okafor", reason="Kept the rota going")
    )
    award_store.set_winner(store, winner, True)
    window = open_window(qtbot, store)
    window.show_widget(window.recognition)
    window.recognition._export()
    dialog = window.export_dialog
    assert dialog is not None
    assert dialog.awards.isChecked()
    assert not dialog.ui.appendix.isEnabled()
    assert "staff-awards-sheet" in dialog.ui.fileEdit.text()
    dialog.ui.noNames.setChecked(True)
    dialog.ui.fileEdit.setText(str(tmp_path / "sheet.pdf"))
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    dialog.wait()
    assert dialog.written is not None
    pages = PdfReader(dialog.written).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert "Winter awards" in text
    assert "Unsung hero" in text
    assert "Okafor" not in text
    assert "A colleague" in text
    dialog.reject()
    window.close()
