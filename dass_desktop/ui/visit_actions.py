"""The actions part of the visit form: actions already in the plan and new ones to add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from dass_desktop.domain.dates import short_date
from dass_desktop.domain.engagement_terms import ActionDraft, EngagementDraft
from dass_desktop.domain.recognition_terms import RecognitionDraft, WhoKind
from dass_desktop.ui.date_field import from_qdate
from dass_desktop.ui.forms.ui_visit_dialog import Ui_VisitDialog
from dass_desktop.ui.row_models import Column, RowTableModel
from dass_desktop.ui.table_columns import fit_columns


@dataclass(frozen=True)
class ActionLine:
    """An action in the form's list: new (saved to the plan with the visit) or in the plan."""

    title: str
    owner: str
    due: dt.date | None
    in_plan: str = ""  # the plan status, for actions already in the plan


class ActionListModel(RowTableModel[ActionLine]):
    """The actions arising: title, owner, due date, and whether each is in the plan yet."""

    columns = (
        Column[ActionLine]("Action", lambda a: a.title),
        Column[ActionLine]("Owner", lambda a: a.owner or "—"),
        Column[ActionLine]("Due", lambda a: short_date(a.due) if a.due else "—"),
        Column[ActionLine]("In the plan", lambda a: a.in_plan or "Added when you save"),
    )


class VisitActions:
    """The list of actions in the visit form and the boxes to type a new one in.

    Args:
        ui: The visit form.
        changed: Called after the new actions change (to keep the draft).
        parent: The owner of the list's model.
    """

    def __init__(self, ui: Ui_VisitDialog, changed: Callable[[], Any], parent: QObject) -> None:
        self.ui = ui
        self._changed = changed
        self.model = ActionListModel(parent)
        ui.actionsTable.setModel(self.model)
        fit_columns(ui.actionsTable, 0)
        self.existing: list[ActionLine] = []
        self.new: list[ActionLine] = []

    def add(self) -> None:
        """Add the action typed to the list (it goes into the plan when the form is saved)."""
        ui = self.ui
        title = " ".join(ui.actionTitleEdit.text().split())
        if not title:
            ui.actionTitleEdit.setFocus()
            return
        owner = " ".join(ui.actionOwnerEdit.text().split())
        self.new.append(ActionLine(title, owner, from_qdate(ui.actionDueEdit.date())))
        ui.actionTitleEdit.clear()
        ui.actionOwnerEdit.clear()
        ui.actionTitleEdit.setFocus()
        self.show()
        self._changed()

    def remove(self) -> None:
        """Take the chosen new action off the list."""
        row = self.ui.actionsTable.currentIndex().row() - len(self.existing)
        if 0 <= row < len(self.new):
            del self.new[row]
            self.show()
            self._changed()

    def show(self) -> None:
        """Show the actions in the plan, then the new ones."""
        self.model.set_rows([*self.existing, *self.new])
        self.update_remove()

    def update_remove(self, *_args: object) -> None:
        """Only a new action can be taken off; those in the plan are changed in the plan."""
        row = self.ui.actionsTable.currentIndex().row() - len(self.existing)
        self.ui.removeActionButton.setEnabled(0 <= row < len(self.new))

    def drafts(self) -> list[ActionDraft]:
        """The new actions, including one typed but not yet added to the list."""
        lines = list(self.new)
        typed = " ".join(self.ui.actionTitleEdit.text().split())
        if typed:
            owner = " ".join(self.ui.actionOwnerEdit.text().split())
            lines.append(ActionLine(typed, owner, from_qdate(self.ui.actionDueEdit.date())))
        return [ActionDraft(a.title, a.owner, a.due) for a in lines]


def celebration_draft(
    draft: EngagementDraft, engagement_id: int, today: dt.date
) -> RecognitionDraft:
    """A recognition started from a visit ("something to celebrate" in quick capture).

    It thanks the first team ticked (or a person, for the director to name), for what is
    going well, on the visit's date (today for a visit still to come).
    """
    teams = draft.team_ids
    return RecognitionDraft(
        given_on=min(draft.occurred_on, today),
        who_kind=WhoKind.TEAM if teams else WhoKind.PERSON,
        what_for=draft.going_well,
        who_id=teams[0] if teams else None,
        engagement_id=engagement_id,
    )
