"""Editing on the Teams page: deleting with the keys and undoing, and editing notes and gaps in
place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import team_gap_store, team_store
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import (
    GapStatus,
    NoteKind,
    Role,
)
from dass_desktop.store import Store
from tests.conftest import TODAY
from tests.ui.teams_support import CTRL, choose, open_teams, team_names, two_teams


def test_delete_team_with_the_delete_key_and_undo(qtbot: QtBot, store: Store) -> None:
    """Delete removes the chosen team at once; Ctrl+Z brings it back with its notes."""
    first, _ = two_teams(store)
    team_store.add_note(
        store, first, NoteKind.STRENGTH, "Timely enquiries", noted_on=TODAY, today=TODAY
    )
    window, page = open_teams(qtbot, store)
    page.select_team(first)
    page.ui.teamTable.setFocus()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(page.ui.teamTable, Qt.Key.Key_Delete)
    assert team_names(page) == ["Reablement North"]
    assert page.current_team() is not None, "the next team is chosen, ready for the keyboard"
    assert window.undo_notice.isVisible()
    assert "Adult Safeguarding Hub" in window.undo_notice.label.text()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(page.ui.teamTable, Qt.Key.Key_Z, CTRL)
    assert team_names(page) == ["Adult Safeguarding Hub", "Reablement North"]
    assert not window.undo_notice.isVisible()
    page.select_team(first)
    assert page.ui.detailTabs.tabText(0) == "Strengths (1)"


def test_delete_note_and_gap_then_undo_from_the_status_bar(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Deleting a note and a gap can each be undone, most recent first."""
    first, _ = two_teams(store_with_profile)
    team_store.add_note(
        store_with_profile,
        first,
        NoteKind.DEVELOPMENT,
        "Supervision overdue for a third of staff",
        noted_on=TODAY,
        today=TODAY,
    )
    team_gap_store.add_gap(
        store_with_profile, first, GapDraft(role=Role.SENIOR_PRACTITIONER, gap_fte=1)
    )
    window, page = open_teams(qtbot, store_with_profile)
    page.select_team(first)
    page.ui.detailTabs.setCurrentWidget(page.ui.developmentTab)
    qtbot.mouseClick(page.ui.deleteDevelopmentButton, Qt.MouseButton.LeftButton)
    page.ui.detailTabs.setCurrentWidget(page.ui.gapsTab)
    qtbot.mouseClick(page.ui.deleteGapButton, Qt.MouseButton.LeftButton)
    assert page.development_model.rowCount() == 0
    assert page.gap_model.rowCount() == 0
    notice = window.undo_notice
    assert notice.label.text() == (
        "Deleted the senior practitioner gap (1.0 FTE) in Adult Safeguarding Hub. "
        "Press Ctrl+Z to undo."
    )
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert page.gap_model.rowCount() == 1
    assert page.development_model.rowCount() == 0
    assert not notice.isVisible(), "the offer goes once the change it offered is undone"
    window.undo_stack.undo()
    assert page.development_model.rowCount() == 1


def test_edit_team_note_and_gap_in_place(qtbot: QtBot, store_with_profile: Store) -> None:
    """Enter edits the chosen team; a strength can become an area for development; a gap
    can be marked as being mitigated.
    """
    first, _ = two_teams(store_with_profile)
    team_store.add_note(
        store_with_profile, first, NoteKind.STRENGTH, "Good huddles", noted_on=TODAY, today=TODAY
    )
    team_gap_store.add_gap(store_with_profile, first, GapDraft(role=Role.AMHP, gap_fte=1))
    window, page = open_teams(qtbot, store_with_profile)
    page.select_team(first)
    page.ui.teamTable.setFocus()
    qtbot.keyClick(page.ui.teamTable, Qt.Key.Key_Return)
    dialog = page.team_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Edit team: Adult Safeguarding Hub"
    assert dialog.ui.establishmentEdit.text() == "11.0"
    assert dialog.ui.vacanciesEdit.text() == ""
    dialog.ui.nameEdit.setText("Safeguarding Adults Hub")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert page.current_team() is not None
    assert page.current_team().name == "Safeguarding Adults Hub"  # type: ignore[union-attr]

    page.edit_note(NoteKind.STRENGTH)
    note = page.note_dialog
    assert note is not None
    assert note.ui.textEdit.toPlainText() == "Good huddles"
    choose(note.ui.kindCombo, NoteKind.DEVELOPMENT.value)
    with qtbot.waitSignal(window.bus.changed):
        note.save()
    assert page.strengths_model.rowCount() == 0
    assert [n.text for n in page.development_model.rows()] == ["Good huddles"]
    assert page.ui.detailTabs.currentWidget() is page.ui.developmentTab

    page.ui.detailTabs.setCurrentWidget(page.ui.gapsTab)
    qtbot.keyClick(page.ui.gapsTable, Qt.Key.Key_Return)
    gap_dialog = page.gap_dialog
    assert gap_dialog is not None
    assert gap_dialog.ui.fteEdit.text() == "1.0"
    choose(gap_dialog.ui.statusCombo, GapStatus.MITIGATING.value)
    with qtbot.waitSignal(window.bus.changed):
        gap_dialog.save()
    (gap,) = page.gap_model.rows()
    assert gap.status is GapStatus.MITIGATING
