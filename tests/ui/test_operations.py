"""Every change goes through one runner and one undo stack, whichever page made it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import plan_store, plan_terms, stakeholder_store, team_store
from dass_desktop.domain.guidance import seed_from_templates
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.store import Store
from tests.conftest import TODAY
from tests.ui.test_first_run import make_window

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def test_plan_item_then_team_deleted_ctrl_z_twice_restores_both_then_redo(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Deleting a plan item and then a team, Ctrl+Z twice brings back both; Redo deletes again.

    The status bar offers Undo for the last change only, and says nothing once it is undone.
    """
    store = store_with_profile
    seed_from_templates(store)
    team_id, _ = team_store.add_team(
        store, TeamDraft("Adult Safeguarding Hub", ServiceArea.SAFEGUARDING, "Tom", "", 11, 10)
    )
    item = plan_store.list_items(store, None)[0]
    window = make_window(qtbot, store)
    notice = window.undo_notice

    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_2, CTRL)
    plan = window.plan_page
    assert plan.select_item(item.id)
    plan.ui.tree.setFocus()
    qtbot.keyClick(plan.ui.tree, Qt.Key.Key_Delete)
    assert plan_store.get_item(store, item.id, None) is None
    assert notice.isVisible()
    assert notice.label.text().startswith(f"Deleted “{item.title[:60]}”.")

    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_3, CTRL)
    teams = window.teams
    teams.select_team(team_id)
    teams.ui.teamTable.setFocus()
    qtbot.keyClick(teams.ui.teamTable, Qt.Key.Key_Delete)
    assert team_store.list_teams(store) == []
    assert "Adult Safeguarding Hub" in notice.label.text()
    assert window.undo_stack.count() == 2

    qtbot.keyClick(teams.ui.teamTable, Qt.Key.Key_Z, CTRL)
    assert [t.id for t in team_store.list_teams(store)] == [team_id]
    assert not notice.isVisible(), "the offer to undo goes once it no longer applies"
    assert plan_store.get_item(store, item.id, None) is None, "one step per Ctrl+Z"
    qtbot.keyClick(teams.ui.teamTable, Qt.Key.Key_Z, CTRL)
    assert plan_store.get_item(store, item.id, None) is not None
    assert not notice.isVisible()

    qtbot.keyClick(teams.ui.teamTable, Qt.Key.Key_Z, CTRL_SHIFT)
    assert plan_store.get_item(store, item.id, None) is None
    assert [t.id for t in team_store.list_teams(store)] == [team_id]
    window.undo_stack.redo()
    assert team_store.list_teams(store) == []
    assert not window.undo_stack.canRedo()
    assert plan.model.row(item.id) is None
    assert teams.team_model.rowCount() == 0


def test_a_new_change_drops_what_could_have_been_redone(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """After an undo, making another change leaves nothing stale to redo."""
    store = store_with_profile
    seed_from_templates(store)
    first, second = plan_store.list_items(store, None)[:2]
    window = make_window(qtbot, store)
    plan = window.plan_page
    plan.delete_items([first.id])
    window.undo_stack.undo()
    assert window.undo_stack.canRedo()
    plan.delete_items([second.id])
    assert not window.undo_stack.canRedo()
    assert window.undo_stack.undoText() == f"Deleted “{second.title[:60]}”."


def test_adding_and_editing_a_team_are_undoable(qtbot: QtBot, store: Store) -> None:
    """A team added in its dialog goes with Ctrl+Z and comes back (same team) with Redo.

    An edit is undone to the figures as they were; a refused edit pushes nothing.
    """
    window = make_window(qtbot, store)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_3, CTRL)
    page = window.teams
    page.new_team()
    dialog = page.team_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.nameEdit, "Reablement South")
    qtbot.keyClicks(dialog.ui.establishmentEdit, "12")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [team] = team_store.list_teams(store)
    assert window.undo_notice.label.text().startswith("Added the team Reablement South.")
    window.undo_stack.undo()
    assert team_store.list_teams(store) == []
    window.undo_stack.redo()
    assert [t.id for t in team_store.list_teams(store)] == [team.id]

    page.select_team(team.id)
    page.edit_team()
    dialog = page.team_dialog
    assert dialog is not None
    dialog.ui.establishmentEdit.setText("twelve")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "refused beside the field"
    assert window.undo_stack.count() == 1, "nothing pushed for a refused edit"
    dialog.ui.establishmentEdit.setText("20")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert team_store.list_teams(store)[0].establishment == 20
    window.undo_stack.undo()
    assert team_store.list_teams(store)[0].establishment == 12
    assert page.team_model.rowCount() == 1


def test_marking_done_and_moving_are_undone_in_turn(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Space (done) and a move are one step each; a move past the end pushes nothing."""
    store = store_with_profile
    seed_from_templates(store)
    first, second = plan_store.list_items(store, None)[:2]
    window = make_window(qtbot, store)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_2, CTRL)
    plan = window.plan_page
    assert plan.select_item(first.id)
    plan.toggle_done()
    done = plan_store.get_item(store, first.id, None)
    assert done is not None
    assert done.status is plan_terms.Status.DONE
    plan.delete_items([])  # nothing chosen: nothing happens
    plan._move(first.id, -1)  # already first in its theme
    assert window.undo_stack.count() == 1
    plan._move(first.id, +1)
    assert [r.id for r in plan_store.list_items(store, None)[:2]] == [second.id, first.id]
    window.undo_stack.undo()
    assert [r.id for r in plan_store.list_items(store, None)[:2]] == [first.id, second.id]
    window.undo_stack.undo()
    again = plan_store.get_item(store, first.id, None)
    assert again is not None
    assert again.status is first.status
    assert again.completed_on is None


def test_a_contact_added_then_edited_is_undone_step_by_step(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Adding a contact and then editing them are two steps; Ctrl+Z takes back each in turn."""
    store = store_with_profile
    window = make_window(qtbot, store)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_4, CTRL)
    page = window.stakeholders
    page.new()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.nameEdit, "Lee Carter")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    (saved,) = stakeholder_store.list_stakeholders(store, TODAY)
    page.select_stakeholder(saved.id)
    page.edit()
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.roleEdit.setText("UNISON branch secretary")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    (edited,) = stakeholder_store.list_stakeholders(store, TODAY)
    assert edited.role == "UNISON branch secretary"
    assert window.undo_stack.undoText() == "Edited the contact Lee Carter."
    window.undo_stack.undo()
    (back,) = stakeholder_store.list_stakeholders(store, TODAY)
    assert back.role == ""
    window.undo_stack.undo()
    assert stakeholder_store.list_stakeholders(store, TODAY) == []
    window.undo_stack.redo()
    assert [p.id for p in stakeholder_store.list_stakeholders(store, TODAY)] == [saved.id]
