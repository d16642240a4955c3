"""Quick capture on a fresh council: a new team, person and place typed there are added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import engagement_store, plan_store, stakeholder_store, team_store
from dass_desktop.store import Store
from tests.conftest import TODAY
from tests.ui.test_visit_dialog import enter, open_window, quick_capture

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _counts(store: Store) -> tuple[int, int, int, int]:
    return (
        len(team_store.list_teams(store)),
        len(stakeholder_store.list_stakeholders(store, TODAY, None)),
        len(engagement_store.list_engagements(store)),
        len(plan_store.list_items(store, None)),
    )


def test_new_team_person_and_place_are_said_then_added_in_one_undo_step(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """On a council with no teams or contacts, typing a team and a person then Enter says
    what will be added; saving adds them with the visit; one Ctrl+Z takes all of it back
    and Ctrl+Shift+Z brings all of it again.
    """
    store = store_with_profile
    before = _counts(store)
    assert before[:3] == (0, 0, 0)
    window = open_window(qtbot, store)
    window.resize(1024, 700)
    dialog = quick_capture(qtbot, window)
    ui, note = dialog.ui, dialog.new_records.note
    assert not note.isVisible()
    qtbot.keyClicks(ui.teamFilter, "Hospital discharge")
    assert note.isVisible()
    assert "press Enter to add it as a new team" in note.text()
    enter(qtbot, ui.teamFilter)
    assert dialog.isVisible()  # Enter added the team, it did not save the form
    assert ui.teamFilter.text() == ""
    assert "New team: “Hospital discharge” will be added." in note.text()
    ui.peopleFilter.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Alt+P, its label's key
    qtbot.keyClicks(ui.peopleFilter, "Sam Patel, Ward manager")
    assert "Nobody called “Sam Patel”" in note.text()
    enter(qtbot, ui.peopleFilter)
    assert "New person: “Sam Patel” (Ward manager) will be added" in note.text()
    ui.placeCombo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(ui.placeCombo, "Ward 7, Northmoor")
    assert "New place: “Ward 7, Northmoor” will be offered next time." in note.text()
    qtbot.keyClicks(ui.goingWellEdit, "Discharge huddle works")
    assert _counts(store) == before  # nothing is added before saving
    grab = tmp_path / "quick-capture-new.png"
    assert dialog.grab().save(str(grab))
    enter(qtbot, ui.timeEdit)  # Enter in a one-line field saves
    assert not dialog.isVisible(), ui.errorText.text()
    teams = team_store.list_teams(store)
    people = stakeholder_store.list_stakeholders(store, TODAY, None)
    assert [t.name for t in teams] == ["Hospital discharge"]
    assert [(p.name, p.role) for p in people] == [("Sam Patel", "Ward manager")]
    (visit,) = engagement_store.list_engagements(store)
    assert [t.name for t in visit.teams] == ["Hospital discharge"]
    assert [p.name for p in visit.people] == ["Sam Patel"]
    assert visit.place == "Ward 7, Northmoor"
    stack = window.undo_stack
    assert stack.count() == 1  # one step for the visit and its new records
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Z, CTRL)
    assert _counts(store) == before
    assert not stack.canUndo()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _counts(store)[:3] == (1, 1, 1)
    window.close()


def test_enter_on_a_known_name_still_ticks_it(qtbot: QtBot, store_with_profile: Store) -> None:
    """A team added once is offered next time: Enter ticks it, nothing new is added."""
    store = store_with_profile
    window = open_window(qtbot, store)
    dialog = quick_capture(qtbot, window)
    qtbot.keyClicks(dialog.ui.teamFilter, "Front door")
    enter(qtbot, dialog.ui.teamFilter)
    qtbot.keyClicks(dialog.ui.goingWellEdit, "Calls answered")
    enter(qtbot, dialog.ui.timeEdit)
    assert not dialog.isVisible(), dialog.ui.errorText.text()
    dialog = quick_capture(qtbot, window)
    qtbot.keyClicks(dialog.ui.teamFilter, "front")
    assert "New team" not in dialog.new_records.note.text()
    enter(qtbot, dialog.ui.teamFilter)
    assert dialog.new_records.teams == []
    assert len(dialog.team_model.ticked()) == 1
    qtbot.keyClicks(dialog.ui.goingWellEdit, "Again")
    enter(qtbot, dialog.ui.timeEdit)
    assert not dialog.isVisible(), dialog.ui.errorText.text()
    assert len(team_store.list_teams(store)) == 1
    assert len(engagement_store.list_engagements(store)) == 2
    window.close()


def test_enter_on_an_empty_or_blank_name_adds_nobody(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Enter in the Teams or People box with nothing typed, only spaces, or only a role
    after a comma keeps no new team or person: the note stays silent.
    """
    window = open_window(qtbot, store_with_profile)
    dialog = quick_capture(qtbot, window)
    ui, new = dialog.ui, dialog.new_records
    for typed in ("", "   "):
        ui.teamFilter.setText(typed)
        enter(qtbot, ui.teamFilter)
        ui.peopleFilter.setText(typed)
        enter(qtbot, ui.peopleFilter)
    ui.peopleFilter.setText(" , Ward manager")
    enter(qtbot, ui.peopleFilter)
    assert new.teams == []
    assert new.people == []
    assert "will be added" not in new.note.text()
    window.close()
