"""The agenda's commands: add, edit, tick, move and remove points, and propose again.

Each is one step on the window's undo stack through the operation runner. A point added
and then undone is deleted outright (so it may be proposed again); a point removed stays
on record as removed, so it is not proposed again for that meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QWidget

from dass_desktop.domain import meeting_agenda, meeting_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.meeting_terms import MeetingRow, PointRow, ProposedPoint
from dass_desktop.ui.one_to_ones_dialogs import FormDialog, PointDialog
from dass_desktop.ui.row_models import RowRole

if TYPE_CHECKING:
    from dass_desktop.ui.one_to_ones_models import AgendaModel
    from dass_desktop.ui.page_context import PageContext


class AgendaCommands(QWidget):
    """What the meeting detail does to its agenda (a mixin over the detail widget)."""

    if TYPE_CHECKING:
        context: PageContext
        meeting: MeetingRow | None
        agenda: QTableView
        agenda_model: AgendaModel
        point_edit: QLineEdit
        dialog: FormDialog | None

        def choose_point(self, point_id: int) -> None: ...

    def current_point(self) -> PointRow | None:
        """The point chosen in the agenda."""
        index = self.agenda.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _fetch_points(self, ids: list[int]) -> list[PointRow]:
        meeting = meeting_store.get_meeting(
            self.context.store, self.meeting.id if self.meeting else 0
        )
        return [p for p in meeting.points if p.id in ids] if meeting else []

    def add_point(self) -> None:
        """Put the typed point at the end of the agenda."""
        meeting, words = self.meeting, self.point_edit.text()
        if meeting is None:
            return
        store = self.context.store
        made: list[PointRow] = []

        def do() -> Changes:
            if made:
                return meeting_store.restore_points(store, made)
            point_id, changes = meeting_store.add_point(store, meeting.id, ProposedPoint(words, ""))
            made.extend(self._fetch_points([point_id]))
            return changes

        if self.context.ops.run(
            "Added a point to the agenda.",
            do,
            lambda: meeting_store.delete_points(store, [p.id for p in made]),
            parent=self,
        ):
            self.point_edit.clear()
            if made:
                self.choose_point(made[0].id)

    def add_prompts(self) -> None:
        """Add the conversation prompts not on the agenda yet (nor removed)."""
        self.propose_again(prompts=True)

    def propose_again(self, prompts: bool = False) -> None:
        """Add what the agenda proposes now and is not on it yet (nor removed)."""
        meeting = self.meeting
        if meeting is None:
            return
        store, today = self.context.store, self.context.today()
        made: list[PointRow] = []

        def do() -> Changes:
            if made:
                return meeting_store.restore_points(store, made)
            ids, changes = meeting_agenda.accept_proposal(store, meeting.id, today, prompts=prompts)
            made.extend(self._fetch_points(ids))
            return changes

        if not self.context.ops.run(
            "Added the conversation prompts." if prompts else "Added the points proposed now.",
            do,
            lambda: meeting_store.delete_points(store, [p.id for p in made]),
            parent=self,
        ):
            window = self.window()
            if isinstance(window, QMainWindow):
                what = "no prompts left to add" if prompts else "nothing new to propose"
                window.statusBar().showMessage(f"The agenda has {what}.", 6000)

    def _edit(self, point: PointRow, text: str, title: str, covered: bool, notes: str) -> bool:
        store = self.context.store
        return self.context.ops.run(
            text,
            lambda: meeting_store.edit_point(
                store, point.id, title=title, covered=covered, notes=notes
            ),
            lambda: meeting_store.edit_point(
                store, point.id, title=point.title, covered=point.covered, notes=point.notes
            ),
            parent=self,
            raise_invalid=True,
        )

    def tick(self, point: PointRow, covered: bool) -> None:
        """Mark a point covered, or not."""
        if covered != point.covered:
            what = "covered" if covered else "not covered"
            self._edit(point, f"Marked a point {what}.", point.title, covered, point.notes)

    def edit_point(self) -> None:
        """Edit the chosen point's words, tick and notes in a dialog."""
        point = self.current_point()
        if point is None:
            return

        def save() -> None:
            self._edit(
                point,
                "Edited a point.",
                dialog.title.text(),
                dialog.covered.isChecked(),
                dialog.notes.toPlainText(),
            )

        dialog = PointDialog(point, save, self)
        self.dialog = dialog
        dialog.open()

    def move_point(self, step: int) -> None:
        """Move the chosen point up (-1) or down (+1) the agenda."""
        meeting, point = self.meeting, self.current_point()
        if meeting is None or point is None:
            return
        before = [p.id for p in meeting.agenda]
        row = before.index(point.id)
        target = row + step
        if not 0 <= target < len(before):
            return
        after = list(before)
        after[row], after[target] = after[target], after[row]
        store = self.context.store
        if self.context.ops.run(
            "Moved a point.",
            lambda: meeting_store.reorder(store, meeting.id, after),
            lambda: meeting_store.reorder(store, meeting.id, before),
            parent=self,
        ):
            self.choose_point(point.id)

    def remove_point(self) -> None:
        """Remove the chosen point (it is not proposed again for this meeting)."""
        point = self.current_point()
        if point is None:
            return
        store = self.context.store
        self.context.ops.run(
            "Removed a point from the agenda.",
            lambda: meeting_store.set_removed(store, point.id, True),
            lambda: meeting_store.set_removed(store, point.id, False),
            parent=self,
        )
