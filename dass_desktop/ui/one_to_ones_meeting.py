"""The chosen meeting: its agenda, the decisions recorded and the commitments both ways.

The director reorders, edits, ticks and removes points (a removed point is not proposed
again for the meeting), types decisions and commitments in as they are made, and edits or
deletes them afterwards. Each change is one step on the window's undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import meeting_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.meeting_terms import (
    CONVERSATION_PROMPTS,
    CommitmentRow,
    CommitmentStatus,
    DecisionRow,
    Direction,
    MeetingRow,
)
from dass_desktop.ui.date_field import from_qdate
from dass_desktop.ui.one_to_ones_agenda import AgendaCommands
from dass_desktop.ui.one_to_ones_dialogs import (
    CommitmentDialog,
    DecisionDialog,
    FormDialog,
    date_box,
)
from dass_desktop.ui.one_to_ones_models import AgendaModel, CommitmentModel, DecisionModel
from dass_desktop.ui.one_to_ones_widgets import buttons, chosen, table
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import choose_row
from dass_desktop.ui.shortcuts import shortcut
from dass_desktop.ui.tab_pages import tab_parent
from dass_desktop.ui.table_columns import compact_widths, fit_columns


class MeetingDetail(AgendaCommands, QWidget):
    """The agenda, decisions and commitments of one meeting."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingRow | None = None
        self.dialog: FormDialog | None = None  # the editor last opened
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setProperty("role", "muted")
        layout.addWidget(self.facts)
        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split, 1)

        top = QWidget(split)
        agenda_box = QVBoxLayout(top)
        agenda_box.setContentsMargins(0, 0, 0, 0)
        agenda_box.addWidget(QLabel("Agenda: tick what was covered", top))
        self.agenda = table(top, "Agenda", 0)
        self.agenda_model = AgendaModel(self.tick, self)
        self.agenda.setModel(self.agenda_model)
        fit_columns(self.agenda, 0)
        agenda_box.addWidget(self.agenda, 1)
        self.point_edit = QLineEdit(top)
        self.point_edit.setPlaceholderText("Type a new point and press Enter")
        self.point_edit.setAccessibleName("New agenda point")
        self.point_edit.setAccessibleName("New point")
        agenda_box.addWidget(self.point_edit)
        row, made = buttons(
            top, "Edi&t…", "Move &up", "Move do&wn", "&Remove", "&Propose again", "Prompts"
        )
        self.edit_button, self.up_button, self.down_button, self.remove_button = made[:4]
        self.propose_button, self.prompts_button = made[4:]
        self.prompts_button.setToolTip(
            "Add the prompts for a conversation with your boss: "
            + "; ".join(p.lower() for p in CONVERSATION_PROMPTS)
        )
        self.propose_button.setToolTip(
            "Add what the agenda would propose now and is not on it yet (nor removed)"
        )
        agenda_box.addLayout(row)

        self.records = QTabWidget(split)
        self._decisions_tab(self.records)
        self._commitments_tab(self.records)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 200])

        self.point_edit.returnPressed.connect(self.add_point)
        self.edit_button.clicked.connect(self.edit_point)
        self.up_button.clicked.connect(lambda: self.move_point(-1))
        self.down_button.clicked.connect(lambda: self.move_point(1))
        self.remove_button.clicked.connect(self.remove_point)
        self.propose_button.clicked.connect(lambda: self.propose_again())
        self.prompts_button.clicked.connect(self.add_prompts)
        self.agenda.activated.connect(lambda _i: self.edit_point())
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        shortcut(delete, self.agenda, self.remove_point)
        shortcut("F2", self.agenda, self.edit_point)
        shortcut("Ctrl+Up", self.agenda, lambda: self.move_point(-1))
        shortcut("Ctrl+Down", self.agenda, lambda: self.move_point(1))
        shortcut(delete, self.decisions, self.delete_decision)
        shortcut(delete, self.commitments, self.delete_commitment)
        self.show_meeting(None)

    def _decisions_tab(self, tabs: QTabWidget) -> None:
        tab = QWidget(tab_parent(tabs))
        box = QVBoxLayout(tab)
        self.decisions = table(tab, "Decisions", 0)
        self.decision_model = DecisionModel(self)
        self.decisions.setModel(self.decision_model)
        fit_columns(self.decisions, 0)
        box.addWidget(self.decisions, 1)
        self.decision_edit = QLineEdit(tab)
        self.decision_edit.setPlaceholderText("Type a decision as it is made and press Enter")
        self.decision_edit.setAccessibleName("New decision")
        self.decision_edit.setAccessibleName("New decision")
        box.addWidget(self.decision_edit)
        row, (edit, delete) = buttons(tab, "Edit…", "Delete")
        box.addLayout(row)
        self.decision_edit.returnPressed.connect(self.record_decision)
        edit.clicked.connect(self.edit_decision)
        delete.clicked.connect(self.delete_decision)
        self.decisions.activated.connect(lambda _i: self.edit_decision())
        tabs.addTab(tab, "Decisions")

    def _commitments_tab(self, tabs: QTabWidget) -> None:
        tab = QWidget(tab_parent(tabs))
        box = QVBoxLayout(tab)
        self.commitments = table(tab, "Commitments", 1)
        self.commitment_model = CommitmentModel(self.context.today, self)
        self.commitments.setModel(self.commitment_model)
        fit_columns(self.commitments, 1, compact=True)
        box.addWidget(self.commitments, 1)
        new = QHBoxLayout()
        self.whose = QComboBox(tab)
        for direction in Direction:
            self.whose.addItem(direction.label, direction)
        self.whose.setAccessibleName("Whose commitment")
        self.commitment_edit = QLineEdit(tab)
        self.commitment_edit.setPlaceholderText("A commitment, mine or theirs")
        self.commitment_edit.setAccessibleName("New commitment")
        self.commitment_edit.setAccessibleName("New commitment")
        self.due = date_box(tab, self.context.today() + dt.timedelta(days=14), "Due on")
        self.add_commitment_button = QPushButton("Add", tab)
        new.addWidget(self.whose)
        new.addWidget(self.commitment_edit, 1)
        new.addWidget(QLabel("due", tab))
        new.addWidget(self.due)
        new.addWidget(self.add_commitment_button)
        box.addLayout(new)
        row, (edit, done, delete) = buttons(tab, "Edit…", "Mark done", "Delete")
        box.addLayout(row)
        self.add_commitment_button.clicked.connect(self.record_commitment)
        self.commitment_edit.returnPressed.connect(self.record_commitment)
        edit.clicked.connect(self.edit_commitment)
        done.clicked.connect(self.mark_done)
        delete.clicked.connect(self.delete_commitment)
        self.commitments.activated.connect(lambda _i: self.edit_commitment())
        tabs.addTab(tab, "Commitments both ways")

    # --- showing -------------------------------------------------------------------------
    def show_meeting(self, meeting: MeetingRow | None) -> None:
        """Show ``meeting`` (keeping the chosen rows where they still are), or nothing."""
        self.meeting = meeting
        for widget in (
            self.agenda,
            self.point_edit,
            self.records,
            self.propose_button,
            self.prompts_button,
        ):
            widget.setEnabled(meeting is not None)
        if meeting is None:
            self.heading.setText("No meeting chosen")
            self.facts.setText("Choose a meeting on the left, or arrange one with New meeting.")
            for model in (self.agenda_model, self.decision_model, self.commitment_model):
                model.set_rows([])
            return
        self.heading.setText(meeting.title)
        facts = [f"With {meeting.attendees}" if meeting.attendees else "No attendees noted"]
        covered = sum(1 for p in meeting.agenda if p.covered)
        facts.append(f"{covered} of {len(meeting.agenda)} points covered")
        if meeting.notes:
            facts.append("Notes: " + " ".join(meeting.notes.split())[:200])
        self.facts.setText(" · ".join(facts))
        self._reload(self.agenda, self.agenda_model, meeting.agenda)
        self.agenda.setColumnHidden(1, not any(p.notes for p in meeting.agenda))
        self._reload(self.decisions, self.decision_model, list(meeting.decisions))
        self._reload(self.commitments, self.commitment_model, list(meeting.commitments))
        compact_widths(self.commitments, 1)
        self.records.setTabText(0, f"Decisions ({len(meeting.decisions)})")
        late = sum(1 for c in meeting.commitments if c.is_overdue(self.context.today()))
        self.records.setTabText(
            1,
            f"Commitments both ways ({len(meeting.commitments)}"
            + (f", {late} overdue)" if late else ")"),
        )

    @staticmethod
    def _reload(
        view: QTableView,
        model: AgendaModel | DecisionModel | CommitmentModel,
        rows: Sequence[object],
    ) -> None:
        before = chosen(view)
        old_row = view.currentIndex().row()
        model.set_rows(rows)
        if not rows:
            return
        row = model.row_of(getattr(before, "id", -1))
        if row < 0:
            row = min(max(old_row, 0), len(rows) - 1)
        choose_row(view, model.index(row, 0))

    def choose_point(self, point_id: int) -> None:
        """Make point ``point_id`` the chosen one."""
        row = self.agenda_model.row_of(point_id)
        if row >= 0:
            choose_row(self.agenda, self.agenda_model.index(row, 0))

    # --- decisions -----------------------------------------------------------------------
    def _ops_run(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> bool:
        return self.context.ops.run(text, do, undo, parent=self)

    def record_decision(self) -> None:
        """Record the typed decision against the meeting."""
        meeting, words = self.meeting, self.decision_edit.text()
        if meeting is None:
            return
        store = self.context.store
        made: list[DecisionRow] = []

        def do() -> Changes:
            if made:
                return meeting_store.restore_decision(store, made[0])
            decision_id, changes = meeting_store.add_decision(store, meeting.id, words)
            made.append(DecisionRow(decision_id, meeting.id, words.strip()))
            return changes

        if self._ops_run(
            "Recorded a decision.", do, lambda: meeting_store.delete_decision(store, made[0].id)
        ):
            self.decision_edit.clear()

    def edit_decision(self) -> None:
        """Change the words of the chosen decision."""
        decision = chosen(self.decisions)
        if not isinstance(decision, DecisionRow):
            return
        store = self.context.store

        def save() -> None:
            words = dialog.text.toPlainText()
            self.context.ops.run(
                "Edited a decision.",
                lambda: meeting_store.edit_decision(store, decision.id, words),
                lambda: meeting_store.edit_decision(store, decision.id, decision.text),
                raise_invalid=True,
            )

        dialog = DecisionDialog(decision.text, save, self)
        self.dialog = dialog
        dialog.open()

    def delete_decision(self) -> None:
        """Delete the chosen decision; Ctrl+Z brings it back."""
        decision = chosen(self.decisions)
        if isinstance(decision, DecisionRow):
            store = self.context.store
            self._ops_run(
                "Deleted a decision.",
                lambda: meeting_store.delete_decision(store, decision.id),
                lambda: meeting_store.restore_decision(store, decision),
            )

    # --- commitments ---------------------------------------------------------------------
    def record_commitment(self) -> None:
        """Record the typed commitment, mine or theirs, with its due date."""
        meeting = self.meeting
        if meeting is None:
            return
        store, whose = self.context.store, Direction(self.whose.currentData())
        words, due = self.commitment_edit.text(), from_qdate(self.due.date())
        made: list[CommitmentRow] = []

        def do() -> Changes:
            if made:
                return meeting_store.restore_commitment(store, made[0])
            new_id, changes = meeting_store.add_commitment(store, meeting.id, whose, words, due)
            made.append(
                CommitmentRow(
                    new_id,
                    meeting.id,
                    meeting.held_on,
                    whose,
                    words.strip(),
                    due,
                    CommitmentStatus.OPEN,
                )
            )
            return changes

        if self._ops_run(
            f"Recorded a commitment ({whose.label.lower()}).",
            do,
            lambda: meeting_store.delete_commitment(store, made[0].id),
        ):
            self.commitment_edit.clear()

    def _set_commitment(
        self,
        before: CommitmentRow,
        text: str,
        after: tuple[Direction, str, dt.date | None, CommitmentStatus],
    ) -> bool:
        store = self.context.store
        return self.context.ops.run(
            text,
            lambda: meeting_store.update_commitment(store, before.id, *after),
            lambda: meeting_store.update_commitment(
                store, before.id, before.direction, before.text, before.due_on, before.status
            ),
            parent=self,
            raise_invalid=True,
        )

    def edit_commitment(self) -> None:
        """Edit the chosen commitment in a dialog."""
        current = chosen(self.commitments)
        if not isinstance(current, CommitmentRow):
            return

        def save() -> None:
            self._set_commitment(current, "Edited a commitment.", dialog.values())

        dialog = CommitmentDialog(current, self.context.today(), save, self)
        self.dialog = dialog
        dialog.open()

    def mark_done(self) -> None:
        """Mark the chosen commitment done."""
        c = chosen(self.commitments)
        if isinstance(c, CommitmentRow) and c.status is not CommitmentStatus.DONE:
            self._set_commitment(
                c,
                "Marked a commitment done.",
                (c.direction, c.text, c.due_on, CommitmentStatus.DONE),
            )

    def delete_commitment(self) -> None:
        """Delete the chosen commitment; Ctrl+Z brings it back."""
        c = chosen(self.commitments)
        if isinstance(c, CommitmentRow):
            store = self.context.store
            self._ops_run(
                "Deleted a commitment.",
                lambda: meeting_store.delete_commitment(store, c.id),
                lambda: meeting_store.restore_commitment(store, c),
            )
