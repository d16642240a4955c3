"""The visit form as a draft: everything typed as plain values, and back into the form."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate

from dass_desktop.ui.choice_model import ChoiceModel
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.forms.ui_visit_dialog import Ui_VisitDialog
from dass_desktop.ui.visit_actions import ActionLine, VisitActions


def form_values(
    ui: Ui_VisitDialog, teams: ChoiceModel, people: ChoiceModel, actions: VisitActions
) -> dict[str, Any]:
    """Everything typed, as plain values (what the draft file holds)."""
    return {
        "occurred_on": from_qdate(ui.dateEdit.date()).isoformat(),
        "starts_at": ui.timeEdit.text(),
        "kind": ui.kindCombo.currentData(),
        "place": ui.placeCombo.currentText(),
        "staff_count": ui.staffEdit.text(),
        "team_ids": list(teams.ticked()),
        "stakeholder_ids": list(people.ticked()),
        "going_well": ui.goingWellEdit.toPlainText(),
        "to_improve": ui.toImproveEdit.toPlainText(),
        "themes": ui.themesEdit.text(),
        "actions": [[a.title, a.owner, a.due.isoformat() if a.due else None] for a in actions.new],
        "action_title": ui.actionTitleEdit.text(),
        "action_owner": ui.actionOwnerEdit.text(),
        "action_due": from_qdate(ui.actionDueEdit.date()).isoformat(),
        "follow_up_on": (
            from_qdate(ui.followUpEdit.date()).isoformat() if ui.followUpCheck.isChecked() else None
        ),
        "you_said_we_did": ui.youSaidEdit.toPlainText(),
        "kept_at": dt.datetime.now().isoformat(timespec="minutes"),
    }


def restore_form(
    ui: Ui_VisitDialog,
    saved: dict[str, Any],
    teams: ChoiceModel,
    people: ChoiceModel,
    actions: VisitActions,
) -> None:
    """Fill the form from a draft ``saved`` by :func:`form_values`, and say it was brought back."""

    def day(key: str) -> QDate | None:
        try:
            return to_qdate(dt.date.fromisoformat(str(saved[key])))
        except (KeyError, TypeError, ValueError):
            return None

    if (when := day("occurred_on")) is not None:
        ui.dateEdit.setDate(when)
    ui.timeEdit.setText(str(saved.get("starts_at", "")))
    ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(saved.get("kind")), 0))
    ui.placeCombo.setEditText(str(saved.get("place", "")))
    ui.staffEdit.setText(str(saved.get("staff_count", "")))
    teams.set_ticked(int(i) for i in saved.get("team_ids", []))
    people.set_ticked(int(i) for i in saved.get("stakeholder_ids", []))
    ui.goingWellEdit.setPlainText(str(saved.get("going_well", "")))
    ui.toImproveEdit.setPlainText(str(saved.get("to_improve", "")))
    ui.themesEdit.setText(str(saved.get("themes", "")))
    actions.new = []
    for title, owner, due in saved.get("actions", []):
        when_due = dt.date.fromisoformat(due) if due else None
        actions.new.append(ActionLine(str(title), str(owner), when_due))
    actions.show()
    ui.actionTitleEdit.setText(str(saved.get("action_title", "")))
    ui.actionOwnerEdit.setText(str(saved.get("action_owner", "")))
    if (due_day := day("action_due")) is not None:
        ui.actionDueEdit.setDate(due_day)
    follow = day("follow_up_on")
    ui.followUpCheck.setChecked(follow is not None)
    ui.followUpEdit.setEnabled(follow is not None)
    if follow is not None:
        ui.followUpEdit.setDate(follow)
    ui.youSaidEdit.setPlainText(str(saved.get("you_said_we_did", "")))
    kept = str(saved.get("kept_at", ""))[:16].replace("T", " at ")
    ui.restoredNote.setText(
        f"Brought back what you were typing{' on ' + kept if kept else ''}. "
        "Save it, carry on, or Discard to start again."
    )
    ui.restoredNote.show()
