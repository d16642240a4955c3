"""The One-to-ones page: past and next meetings, the agenda, decisions, commitments, register.

A new meeting starts with the proposed agenda (carried-forward points, commitments due,
risks, decisions waiting, figures that moved). The director reorders, edits, ticks covered
and removes points, and records decisions and commitments against the same meeting. Every
change goes through a domain function, the undo stack where it can be undone, and the bus.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import meeting_agenda, meeting_store, register_rules, register_store
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.meeting_terms import Direction, MeetingRow
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.page_context import PageContext

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ID_ROLE = Qt.ItemDataRole.UserRole


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _NewMeeting(QUndoCommand):
    """Arranging a meeting with its proposed agenda; undo deletes it, redo restores it."""

    def __init__(self, page: OneToOnesPage, day: dt.date) -> None:
        super().__init__(f"arrange the one-to-one of {day:%d/%m/%Y}")
        self._page = page
        self._day = day
        self.meeting_id: int | None = None

    def redo(self) -> None:
        store = self._page.context.store
        if self.meeting_id is None:
            self.meeting_id, changes = meeting_store.add_meeting(store, self._day)
            proposed = meeting_agenda.propose_for(store, self.meeting_id, self._page.today())
            changes |= meeting_store.add_points(store, self.meeting_id, proposed)
        else:
            changes = meeting_store.restore_meeting(store, self.meeting_id)
        self._page.publish(changes)
        self._page.select_meeting(self.meeting_id)

    def undo(self) -> None:
        if self.meeting_id is not None:
            store = self._page.context.store
            self._page.publish(
                meeting_store.delete_meeting(store, self.meeting_id, dt.datetime.now())
            )


class _RemovePoint(QUndoCommand):
    """Removing a point from the agenda; undo puts it back."""

    def __init__(self, page: OneToOnesPage, point_id: int) -> None:
        super().__init__("remove an agenda point")
        self._page = page
        self._point_id = point_id

    def redo(self) -> None:
        store = self._page.context.store
        self._page.publish(meeting_store.set_removed(store, self._point_id, True))

    def undo(self) -> None:
        store = self._page.context.store
        self._page.publish(meeting_store.set_removed(store, self._point_id, False))


class OneToOnesPage(QWidget):
    """Meetings on the left; the chosen meeting's agenda, decisions and commitments; register."""

    title = "One-to-ones"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = context.today
        self._meetings: list[MeetingRow] = []
        layout = QVBoxLayout(self)
        heading = QLabel("One-to-ones with the chief executive", self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.next_label = QLabel(self)
        self.next_label.setProperty("role", "muted")
        layout.addWidget(self.next_label)
        split = QSplitter(self)
        layout.addWidget(split, 1)

        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        self.meeting_list = QListWidget(left)
        self.meeting_list.setAccessibleName("Meetings")
        left_layout.addWidget(self.meeting_list)
        row = QHBoxLayout()
        self.new_date = QDateEdit(left)
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("dd/MM/yyyy")
        self.new_button = QPushButton("New meeting", left)
        row.addWidget(self.new_date)
        row.addWidget(self.new_button)
        left_layout.addLayout(row)

        middle = QWidget(split)
        mid = QVBoxLayout(middle)
        mid.addWidget(QLabel("Agenda (tick what was covered)", middle))
        self.agenda = QListWidget(middle)
        self.agenda.setAccessibleName("Agenda")
        mid.addWidget(self.agenda, 1)
        buttons = QHBoxLayout()
        self.up_button = QPushButton("Move up", middle)
        self.down_button = QPushButton("Move down", middle)
        self.remove_button = QPushButton("Remove", middle)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        mid.addLayout(buttons)
        self.point_edit = QLineEdit(middle)
        self.point_edit.setPlaceholderText("Add a point, or edit the chosen one, and press Enter")
        mid.addWidget(self.point_edit)
        mid.addWidget(QLabel("Decisions", middle))
        self.decisions = QListWidget(middle)
        mid.addWidget(self.decisions)
        self.decision_edit = QLineEdit(middle)
        self.decision_edit.setPlaceholderText("Record a decision and press Enter")
        mid.addWidget(self.decision_edit)
        mid.addWidget(QLabel("Commitments both ways", middle))
        self.commitments = QListWidget(middle)
        mid.addWidget(self.commitments)
        crow = QHBoxLayout()
        self.whose = QComboBox(middle)
        for direction in Direction:
            self.whose.addItem(direction.label, direction)
        self.commitment_edit = QLineEdit(middle)
        self.commitment_edit.setPlaceholderText("A commitment")
        self.due = QDateEdit(middle)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.add_commitment_button = QPushButton("Add", middle)
        for widget in (self.whose, self.commitment_edit, self.due, self.add_commitment_button):
            crow.addWidget(widget)
        mid.addLayout(crow)
        self.error = QLabel(middle)
        self.error.setProperty("role", "error")
        mid.addWidget(self.error)

        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel("Risks, issues, decisions and asks", right))
        self.register = QListWidget(right)
        right_layout.addWidget(self.register, 1)
        self.heat_map = ChartCanvas(self._heat_map, title="Risk heat map", parent=right)
        right_layout.addWidget(self.heat_map, 1)

        self.meeting_list.currentRowChanged.connect(lambda _row: self._show_meeting())
        self.new_button.clicked.connect(self.new_meeting)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_point)
        self.point_edit.returnPressed.connect(self._point_typed)
        self.decision_edit.returnPressed.connect(self.record_decision)
        self.add_commitment_button.clicked.connect(self.record_commitment)
        self.commitment_edit.returnPressed.connect(self.record_commitment)
        self.agenda.itemChanged.connect(self._ticked)
        self.agenda.currentItemChanged.connect(lambda item, _prev: self._point_chosen(item))
        self._filling = False
        self._editing: int | None = None
        self.refresh()

    # --- reading -------------------------------------------------------------------------
    def _heat_map(self) -> Figure:
        from dass_desktop.charts.register import heat_map

        return heat_map(register_rules.heat_counts(register_store.list_entries(self.context.store)))

    def current_meeting(self) -> MeetingRow | None:
        """The meeting chosen in the list."""
        row = self.meeting_list.currentRow()
        return self._meetings[row] if 0 <= row < len(self._meetings) else None

    def select_meeting(self, meeting_id: int) -> None:
        """Choose a meeting in the list."""
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                self.meeting_list.setCurrentRow(row)
                return

    def select_entry(self, entry_id: int) -> None:
        """Choose a risk, issue, decision or ask in the register."""
        for row in range(self.register.count()):
            if self.register.item(row).data(ID_ROLE) == entry_id:
                self.register.setCurrentRow(row)
                return

    def refresh(self) -> None:
        """Reload meetings and the register, keeping the chosen meeting."""
        chosen = self.current_meeting()
        today = self.today()
        self._meetings = meeting_store.list_meetings(self.context.store)
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for m in self._meetings:
            when = "next" if m.held_on >= today else "held"
            self.meeting_list.addItem(f"{m.held_on:%d/%m/%Y} · {m.with_whom.label} ({when})")
        self.meeting_list.blockSignals(False)
        upcoming = meeting_store.next_meeting(self._meetings, today)
        self.next_label.setText(
            f"Next: {upcoming.title}, {len(upcoming.agenda)} points on the agenda."
            if upcoming
            else "No one-to-one arranged yet: choose a date and press New meeting."
        )
        if self.new_date.date() == QDate(2000, 1, 1):
            self.new_date.setDate(_qdate(today + dt.timedelta(days=7)))
            self.due.setDate(_qdate(today + dt.timedelta(days=14)))
        if chosen is not None:
            self.select_meeting(chosen.id)
        elif upcoming is not None:
            self.select_meeting(upcoming.id)
        elif self._meetings:
            self.meeting_list.setCurrentRow(len(self._meetings) - 1)
        self._show_meeting()
        entries = register_rules.ordered(register_store.list_entries(self.context.store))
        self.register.clear()
        for e in entries:
            flags = " · decision needed" if e.needs_decision else (" · ask" if e.is_ask else "")
            item = QListWidgetItem(
                f"{e.rag} {e.score} · {e.kind.label}: {e.title} ({e.trend.value}){flags}"
            )
            item.setData(ID_ROLE, e.id)
            self.register.addItem(item)
        self.heat_map.refresh()

    def _show_meeting(self) -> None:
        meeting = self.current_meeting()
        self._filling = True
        self._editing = None
        self.agenda.clear()
        self.decisions.clear()
        self.commitments.clear()
        if meeting is not None:
            for point in meeting.agenda:
                item = QListWidgetItem(point.label)
                item.setData(ID_ROLE, point.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if point.covered else Qt.CheckState.Unchecked
                )
                self.agenda.addItem(item)
            for decision in meeting.decisions:
                self.decisions.addItem(decision.text)
            today = self.today()
            for c in meeting.commitments:
                due = f"{c.due_on:%d/%m/%Y}" if c.due_on else "no date"
                late = " · overdue" if c.is_overdue(today) else ""
                self.commitments.addItem(f"{c.direction.label}: {c.text} (due {due}){late}")
        self._filling = False

    # --- changing ------------------------------------------------------------------------
    def publish(self, changes: Changes) -> None:
        """Broadcast committed changes (this page refreshes through the same signal)."""
        self.error.clear()
        self.context.bus.publish(changes)

    def new_meeting(self) -> None:
        """Arrange a meeting on the chosen date, with its proposed agenda."""
        day = _day(self.new_date.date())
        self.context.undo_stack.push(_NewMeeting(self, day))

    def _point_id(self, item: QListWidgetItem | None) -> int | None:
        return int(item.data(ID_ROLE)) if item is not None else None

    def _point_chosen(self, item: QListWidgetItem | None) -> None:
        meeting = self.current_meeting()
        point_id = self._point_id(item)
        if self._filling or meeting is None or point_id is None:
            return
        point = next((p for p in meeting.points if p.id == point_id), None)
        if point is not None:
            self._editing = point.id
            self.point_edit.setText(point.title)

    def _point_typed(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        words = self.point_edit.text()
        point = next((p for p in meeting.points if p.id == self._editing), None)
        self._editing = None
        try:
            if point is not None:
                changes = meeting_store.edit_point(
                    self.context.store,
                    point.id,
                    title=words,
                    covered=point.covered,
                    notes=point.notes,
                )
            else:
                from dass_desktop.domain.meeting_terms import ProposedPoint

                changes = meeting_store.add_points(
                    self.context.store, meeting.id, [ProposedPoint(words, "")]
                )
        except InvalidInput as error:
            self.error.setText(error.message)
            return
        self.point_edit.clear()
        self.publish(changes)

    def _ticked(self, item: QListWidgetItem) -> None:
        meeting = self.current_meeting()
        if self._filling or meeting is None:
            return
        point = next((p for p in meeting.points if p.id == self._point_id(item)), None)
        if point is not None:
            covered = item.checkState() == Qt.CheckState.Checked
            self.publish(
                meeting_store.edit_point(
                    self.context.store,
                    point.id,
                    title=point.title,
                    covered=covered,
                    notes=point.notes,
                )
            )

    def _move(self, step: int) -> None:
        meeting = self.current_meeting()
        row = self.agenda.currentRow()
        if meeting is None or row < 0:
            return
        ids = [p.id for p in meeting.agenda]
        target = row + step
        if not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self.publish(meeting_store.reorder(self.context.store, meeting.id, ids))
        self.agenda.setCurrentRow(target)

    def remove_point(self) -> None:
        """Remove the chosen point (it will not be proposed again for this meeting)."""
        point_id = self._point_id(self.agenda.currentItem())
        if point_id is not None:
            self.context.undo_stack.push(_RemovePoint(self, point_id))

    def record_decision(self) -> None:
        """Record the typed decision against the chosen meeting."""
        meeting = self.current_meeting()
        if meeting is None:
            return
        try:
            _, changes = meeting_store.add_decision(
                self.context.store, meeting.id, self.decision_edit.text()
            )
        except InvalidInput as error:
            self.error.setText(error.message)
            return
        self.decision_edit.clear()
        self.publish(changes)

    def record_commitment(self) -> None:
        """Record the typed commitment, mine or theirs, with its due date."""
        meeting = self.current_meeting()
        if meeting is None:
            return
        try:
            _, changes = meeting_store.add_commitment(
                self.context.store,
                meeting.id,
                self.whose.currentData(),
                self.commitment_edit.text(),
                _day(self.due.date()),
            )
        except InvalidInput as error:
            self.error.setText(error.message)
            return
        self.commitment_edit.clear()
        self.publish(changes)

    def on_changed(self, changes: Changes) -> None:
        """Refresh when meetings, the register, or anything proposed from changed."""
        if changes.touches(Area.MEETINGS, Area.REGISTER, Area.TEAMS, Area.PLAN):
            self.refresh()
