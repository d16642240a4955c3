"""Editors of the One-to-ones page: a meeting, an agenda point, a decision, a commitment.

Each is an :class:`EditorDialog` built on :class:`FormDialog`: the page hands it a ``save``
callable that makes the change through the operation runner; a refusal stays in the dialog,
said in a sentence beside the field at fault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain.meeting_terms import (
    CommitmentRow,
    CommitmentStatus,
    Direction,
    MeetingRow,
    PointRow,
    WithWhom,
)
from dass_desktop.ui.date_field import TypedDateEdit, from_qdate, to_qdate
from dass_desktop.ui.editor_dialog import EditorDialog, fill_combo


def date_box(parent: QWidget, value: dt.date, name: str) -> TypedDateEdit:
    """A typed date box holding ``value``."""
    box = TypedDateEdit(parent)
    box.setMinimumDate(QDate(2000, 1, 1))
    box.setDate(to_qdate(value))
    box.setAccessibleName(name)
    box.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return box


class OptionalDate(QWidget):
    """A tick box and a date: no date while the box is clear."""

    def __init__(
        self, label: str, value: dt.date | None, fallback: dt.date, parent: QWidget
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label, self)
        self.edit = date_box(self, value or fallback, label)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> dt.date | None:
        """The date, or None when the box is clear."""
        return from_qdate(self.edit.date()) if self.check.isChecked() else None


class FormDialog(EditorDialog):
    """A dialog of labelled rows, a refusal line and Save/Cancel, saving through ``save``."""

    def __init__(
        self, title: str, intro: str, save: Callable[[], object], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        layout = QVBoxLayout(self)
        if intro:
            words = QLabel(intro, self)
            words.setWordWrap(True)
            layout.addWidget(words)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        error = QLabel(self)
        error.setWordWrap(True)
        layout.addWidget(error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
        self.fields = {}
        self._error = error
        self.setMinimumWidth(460)

    def ready(self) -> None:
        """Call once the rows are in: wires Save, Cancel and Ctrl+Enter."""
        self.prepare_editor(self.buttons, self._error)

    def row(self, label: str, field: str, widget: QWidget) -> None:
        """Add a labelled row whose widget is marked when ``field`` is refused."""
        self.form.addRow(label, widget)
        self.fields[field] = widget

    def commit(self) -> None:
        """Save through the page's runner (refusals come back as InvalidInput)."""
        self._save()


class MeetingDialog(FormDialog):
    """A meeting's day, whom it is with, who attends and the notes taken."""

    def __init__(
        self, meeting: MeetingRow, save: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            f"Edit the meeting: {meeting.title}",
            "Notes are for what was said overall; notes on a point go against the point.",
            save,
            parent,
        )
        self.held_on = date_box(self, meeting.held_on, "Date")
        self.with_whom = QComboBox(self)
        fill_combo(self.with_whom, list(WithWhom), meeting.with_whom)
        self.attendees = QLineEdit(meeting.attendees, self)
        self.notes = QPlainTextEdit(meeting.notes, self)
        self.row("&Date", "held_on", self.held_on)
        self.row("&With", "with_whom", self.with_whom)
        self.row("&Attendees", "attendees", self.attendees)
        self.row("&Notes", "notes", self.notes)
        self.ready()

    def values(self) -> tuple[dt.date, WithWhom, str, str]:
        """Day, whom with, attendees and notes, as typed."""
        return (
            from_qdate(self.held_on.date()),
            WithWhom(self.with_whom.currentData()),
            self.attendees.text(),
            self.notes.toPlainText(),
        )


class PointDialog(FormDialog):
    """An agenda point's words, whether it was covered, and the notes against it."""

    def __init__(
        self, point: PointRow | None, save: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "Edit the point" if point else "Add a point",
            "After the meeting, note against each point what was said.",
            save,
            parent,
        )
        self.title = QLineEdit(point.title if point else "", self)
        self.covered = QCheckBox("Covered at the meeting", self)
        self.covered.setChecked(bool(point and point.covered))
        self.notes = QPlainTextEdit(point.notes if point else "", self)
        self.row("&Point", "title", self.title)
        self.row("", "covered", self.covered)
        self.row("&Notes", "notes", self.notes)
        self.ready()


class DecisionDialog(FormDialog):
    """The words of a decision."""

    def __init__(
        self, text: str, save: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__("Edit the decision", "", save, parent)
        self.text = QPlainTextEdit(text, self)
        self.row("&Decision", "decision", self.text)
        self.ready()


class CommitmentDialog(FormDialog):
    """A commitment: whose, what, due when, and where it stands."""

    def __init__(
        self,
        commitment: CommitmentRow,
        today: dt.date,
        save: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Edit the commitment",
            "Mine is what you promised; theirs is what was promised to you.",
            save,
            parent,
        )
        self.whose = QComboBox(self)
        fill_combo(self.whose, list(Direction), commitment.direction)
        self.text = QLineEdit(commitment.text, self)
        self.due = OptionalDate("Due on", commitment.due_on, today, self)
        self.status = QComboBox(self)
        for status in CommitmentStatus:
            self.status.addItem(status.value.capitalize(), status.value)
        self.status.setCurrentIndex(self.status.findData(commitment.status.value))
        self.row("&Whose", "direction", self.whose)
        self.row("&Commitment", "commitment", self.text)
        self.row("", "due_on", self.due)
        self.row("&Status", "status", self.status)
        self.ready()

    def values(self) -> tuple[Direction, str, dt.date | None, CommitmentStatus]:
        """Whose, the words, the due date and the status, as chosen."""
        return (
            Direction(self.whose.currentData()),
            self.text.text(),
            self.due.value(),
            CommitmentStatus(self.status.currentData()),
        )
