"""The One-to-ones page: meetings with their agenda, the register, and the expectations ledger.

A new meeting starts with the proposed agenda accepted (carried-forward points, commitments
due, risks, decisions waiting, figures that moved, red and newly amber themes). The
director reorders, edits, ticks and removes points and records decisions and commitments
against the same meeting. The Register tab keeps risks, issues, decisions and asks; the
Expectations tab keeps what was agreed as success, dated. Every change goes through the
window's operation runner: one undo stack, published on the bus.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import meeting_agenda, meeting_store
from dass_desktop.domain.changes import Area
from dass_desktop.domain.meeting_terms import MeetingRow, WithWhom
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.editor_dialog import fill_combo
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.list_page import ListPanel, page_action
from dass_desktop.ui.one_to_ones_dialogs import FormDialog, MeetingDialog, date_box
from dass_desktop.ui.one_to_ones_ledger import LedgerPanel
from dass_desktop.ui.one_to_ones_meeting import MeetingDetail
from dass_desktop.ui.one_to_ones_models import MeetingTableModel
from dass_desktop.ui.one_to_ones_register import RegisterPanel
from dass_desktop.ui.one_to_ones_widgets import buttons, table
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import SortRole
from dass_desktop.ui.tab_pages import tab_parent
from dass_desktop.ui.table_columns import compact_widths, fit_columns
from dass_desktop.ui.word_filter import WordFilterModel


class OneToOnesPage(RefreshWhenShown, QWidget):
    """Meetings, the register and the ledger, each on a tab."""

    title = "One-to-ones"
    AREAS = (Area.MEETINGS, Area.REGISTER, Area.TEAMS, Area.PLAN, Area.CONTACTS, Area.WORKFORCE)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: FormDialog | None = None  # the editor last opened
        self.today = context.today
        layout = QVBoxLayout(self)
        heading = QLabel("One-to-ones with the chief executive", self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.next_label = QLabel(self)
        self.next_label.setProperty("role", "note")
        self.next_label.setWordWrap(True)
        layout.addWidget(self.next_label)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        self.meetings_tab = QWidget(tab_parent(self.tabs))
        split = QSplitter(self.meetings_tab)
        QVBoxLayout(self.meetings_tab).addWidget(split)
        left = QWidget(split)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText("Find a meeting")
        self.search.setAccessibleName("Find a meeting")
        self.search.setClearButtonEnabled(True)
        left_box.addWidget(self.search)
        self.meeting_table = table(left, "Meetings", 1)
        self.meeting_model = MeetingTableModel(self.today, self)
        self.meeting_filter = WordFilterModel(self)
        self.meeting_filter.setSortRole(SortRole)
        left_box.addWidget(self.meeting_table, 1)
        new_row = QHBoxLayout()
        self.new_date = date_box(left, self.today() + dt.timedelta(days=7), "New meeting's date")
        self.with_whom = QComboBox(left)
        fill_combo(self.with_whom, list(WithWhom), WithWhom.CHIEF_EXECUTIVE)
        self.with_whom.setAccessibleName("With whom")
        new_row.addWidget(self.new_date)
        new_row.addWidget(self.with_whom, 1)
        left_box.addLayout(new_row)
        row, (self.new_button, self.edit_button, self.delete_button) = buttons(
            left, "New &meeting", "Edit…", "Delete"
        )
        self.new_button.setToolTip("Arrange a meeting on the date chosen, its agenda proposed")
        left_box.addLayout(row)
        self.detail = MeetingDetail(context, split)
        self.list: ListPanel[MeetingRow] = ListPanel(
            view=self.meeting_table,
            model=self.meeting_model,
            proxy=self.meeting_filter,
            search=self.search,
            splitter=split,
            sizes=(330, 700),
            show=self._show_meeting,
            edit=self.edit_meeting,
            delete=self.delete_meeting,
            clear_filters=self.search.clear,
        )
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        fit_columns(self.meeting_table, 1, compact=True)
        self.tabs.addTab(self.meetings_tab, "Meetings")
        self.register = RegisterPanel(context, tab_parent(self.tabs))
        self.tabs.addTab(self.register, "Risks, issues, decisions and asks")
        self.ledger = LedgerPanel(context, tab_parent(self.tabs))
        self.tabs.addTab(self.ledger, "Expectations ledger")

        self.search.textChanged.connect(self._filtered)
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        page_action(self, "New meeting", "Ctrl+N", self.new_meeting)
        page_action(self, "Find a meeting", "Ctrl+F", self.list.focus_search)
        self._stale = True
        self._first = True

    # --- reading -------------------------------------------------------------------------
    def current_meeting(self) -> MeetingRow | None:
        """The meeting chosen in the list."""
        return self.list.current()

    def select_meeting(self, meeting_id: int) -> None:
        """Choose a meeting in the list (clearing the search if it hides it)."""
        index = self.list.index_of(meeting_id)
        if index is not None:
            self.list.choose(index)

    def refresh(self) -> None:
        """Reload meetings, the register and the ledger, keeping what is chosen."""
        self._stale = False
        chosen = self.current_meeting()
        today = self.today()
        meetings = meeting_store.list_meetings(self.context.store)
        self.meeting_model.set_rows(meetings)
        compact_widths(self.meeting_table, 1)
        if meetings and self._first:  # suggest a date after the last meeting arranged
            last = meetings[-1].held_on
            self.new_date.setDate(
                to_qdate(max(today, last) + dt.timedelta(days=28 if last >= today else 7))
            )
        self.next_label.setText(meeting_agenda.next_meeting_words(self.context.store, today))
        upcoming = meeting_store.next_meeting(meetings, today)
        if chosen is not None and self.meeting_model.row_of(chosen.id) >= 0:
            self.select_meeting(chosen.id)
        elif upcoming is not None and (self._first or chosen is None):
            self.select_meeting(upcoming.id)
        elif meetings:
            self.select_meeting(meetings[-1].id)
        else:
            self._show_meeting(None)
        self._first = False
        self.register.refresh()
        self.ledger.refresh()

    def _filtered(self, text: str) -> None:
        self.meeting_filter.set_search(text)
        self.list.after_filter()

    def _show_meeting(self, meeting: MeetingRow | None) -> None:
        self.edit_button.setEnabled(meeting is not None)
        self.delete_button.setEnabled(meeting is not None)
        self.detail.show_meeting(meeting)

    # --- changing ------------------------------------------------------------------------
    def new_meeting(self) -> None:
        """Arrange a meeting on the chosen date, its proposed agenda accepted (one step)."""
        store, today = self.context.store, self.today()
        day, whom = from_qdate(self.new_date.date()), WithWhom(self.with_whom.currentData())
        new_id = self.context.ops.run_create(
            f"Arranged the one-to-one of {day:%d/%m/%Y}.",
            lambda: meeting_agenda.arrange(store, day, today, whom),
            lambda i: meeting_store.delete_meeting(store, i, dt.datetime.now()),
            lambda i: meeting_store.restore_meeting(store, i),
            parent=self,
        )
        if new_id is not None:
            self.tabs.setCurrentWidget(self.meetings_tab)
            self.select_meeting(new_id)
            self.detail.agenda.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_meeting(self) -> None:
        """Edit the chosen meeting's day, attendees and notes."""
        meeting = self.current_meeting()
        if meeting is None:
            return
        store = self.context.store

        def save() -> None:
            held_on, whom, attendees, notes = dialog.values()
            self.context.ops.run(
                "Edited the meeting.",
                lambda: meeting_store.update_meeting(
                    store,
                    meeting.id,
                    held_on=held_on,
                    attendees=attendees,
                    notes=notes,
                    with_whom=whom,
                ),
                lambda: meeting_store.update_meeting(
                    store,
                    meeting.id,
                    held_on=meeting.held_on,
                    attendees=meeting.attendees,
                    notes=meeting.notes,
                    with_whom=meeting.with_whom,
                ),
                raise_invalid=True,
            )

        dialog = MeetingDialog(meeting, save, self)
        self.dialog = dialog
        dialog.open()

    def delete_meeting(self) -> None:
        """Delete the chosen meeting with its agenda and records; Ctrl+Z brings it back."""
        meeting = self.current_meeting()
        if meeting is None:
            return
        store = self.context.store
        self.context.ops.run(
            f"Deleted the one-to-one of {meeting.held_on:%d/%m/%Y}.",
            lambda: meeting_store.delete_meeting(store, meeting.id, dt.datetime.now()),
            lambda: meeting_store.restore_meeting(store, meeting.id),
            parent=self,
            title="Not deleted",
        )
