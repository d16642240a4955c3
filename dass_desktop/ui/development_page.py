"""The My development page: development records, the weekly check-in, and the journal.

The journal keeps private entries' text out of sight until "Show private text" is ticked
(it starts unticked every time the page is made, so a screenshot never carries it). Every
change goes through the operation runner, so Ctrl+Z takes it back.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import development_store, plan_store, wellbeing_store
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.development_terms import DevelopmentRow
from dass_desktop.domain.wellbeing_rules import monday_of, trend, wellbeing_prompt
from dass_desktop.domain.wellbeing_terms import CheckInDraft, JournalRow
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.development_dialogs import DevelopmentDialog, JournalDialog
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.list_page import page_action
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.recognition_models import CheckInModel, DevelopmentModel, JournalModel
from dass_desktop.ui.recognition_page import button, table
from dass_desktop.ui.row_models import RowRole, choose_row
from dass_desktop.ui.shortcuts import shortcut
from dass_desktop.ui.tab_pages import tab_parent

if TYPE_CHECKING:
    from matplotlib.figure import Figure

HIDDEN = "Private entry: tick “Show private text” to read it here."


class DevelopmentPage(RefreshWhenShown, QWidget):
    """Records of the director's own development, their pace, and their journal."""

    title = "My development"
    AREAS = (Area.DEVELOPMENT, Area.PLAN)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        heading = QLabel("My development, wellbeing and pace", self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self._build_records()
        self._build_wellbeing()
        self._build_journal()
        page_action(self, "New development record", "Ctrl+N", self.new_record)
        page_action(self, "New journal entry", "Ctrl+J", self.new_entry)
        self._stale = True

    # --- building ------------------------------------------------------------------------
    def _build_records(self) -> None:
        tab = QWidget(tab_parent(self.tabs))
        box = QVBoxLayout(tab)
        split = QSplitter(tab)
        self.records = DevelopmentModel(self)
        self.record_table = table(split, "Development records", self.records, 2)
        self.record_table.setSortingEnabled(False)
        self.record_table.activated.connect(lambda _index: self.edit_record())
        self.record_table.selectionModel().currentRowChanged.connect(self._show_record)
        shortcut("F2", self.record_table, self.edit_record)
        shortcut("Delete", self.record_table, self.delete_record)
        self.record_detail = QLabel(split)
        self.record_detail.setWordWrap(True)
        self.record_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.record_detail.setMargin(8)
        self.record_detail.setAccessibleName("The record chosen")
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 340])
        box.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(button(tab, "New record…", "Ctrl+N", self.new_record))
        row.addWidget(button(tab, "Edit…", "F2 or Enter", self.edit_record))
        row.addWidget(button(tab, "Action done…", "Tick off an action", self.tick_action))
        row.addWidget(button(tab, "Delete", "Delete", self.delete_record))
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(tab, "Development record")

    def _build_wellbeing(self) -> None:
        tab = QWidget(tab_parent(self.tabs))
        box = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.energy = QSpinBox(tab)
        self.workload = QSpinBox(tab)
        for spin, name in ((self.energy, "Energy"), (self.workload, "Workload")):
            spin.setRange(1, 5)
            spin.setValue(3)
            spin.setAccessibleName(f"{name} this week, 1 low to 5 high")
            row.addWidget(QLabel(f"{name} (1–5):", tab))
            row.addWidget(spin)
        self.line = QLineEdit(tab)
        self.line.setPlaceholderText("One line about the week")
        self.line.setAccessibleName("One line about the week")
        self.line.returnPressed.connect(self.check_in)
        row.addWidget(self.line, 1)
        self.check_in_button = QPushButton("Check in", tab)
        self.check_in_button.clicked.connect(self.check_in)
        row.addWidget(self.check_in_button)
        box.addLayout(row)
        self.pace_prompt = QLabel(tab)
        self.pace_prompt.setWordWrap(True)
        self.pace_prompt.setProperty("role", "muted")
        box.addWidget(self.pace_prompt)
        self.chart = ChartCanvas(
            self._trend_figure,
            title="Energy and workload",
            empty_text="Check in for two weeks to see your trend.",
            parent=tab,
        )
        box.addWidget(self.chart, 2)
        self.checkins = CheckInModel(self)
        self.checkin_table = table(tab, "Check-ins", self.checkins, 3)
        self.checkin_table.setSortingEnabled(False)
        box.addWidget(self.checkin_table, 1)
        self.tabs.addTab(tab, "Wellbeing and pace")

    def _build_journal(self) -> None:
        tab = QWidget(tab_parent(self.tabs))
        box = QVBoxLayout(tab)
        self.reveal = QCheckBox("Show private text", tab)
        self.reveal.setToolTip("Private entries stay hidden on screen until you tick this")
        self.reveal.toggled.connect(self._reveal)
        box.addWidget(self.reveal)
        split = QSplitter(tab)
        self.journal = JournalModel(self)
        self.journal_table = table(split, "Journal entries", self.journal, 1)
        self.journal_table.setSortingEnabled(False)
        self.journal_table.activated.connect(lambda _index: self.edit_entry())
        self.journal_table.selectionModel().currentRowChanged.connect(self._show_entry)
        shortcut("Delete", self.journal_table, self.delete_entry)
        self.entry_text = QPlainTextEdit(split)
        self.entry_text.setReadOnly(True)
        self.entry_text.setAccessibleName("The entry chosen")
        box.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(button(tab, "New entry…", "Ctrl+J", self.new_entry))
        row.addWidget(button(tab, "Edit…", "Enter", self.edit_entry))
        row.addWidget(button(tab, "Delete", "Delete", self.delete_entry))
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(tab, "Journal")

    # --- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the records, check-ins, trend and journal."""
        self._stale = False
        store, today = self.context.store, self.context.today()
        chosen = self.current_record()
        self.records.set_rows(development_store.list_records(store))
        row = self.records.row_of(chosen.id) if chosen is not None else 0
        if self.records.rowCount() and row >= 0:  # keep the choice, or choose the newest
            choose_row(self.record_table, self.records.index(row, 0))
        self._show_record()
        rows = wellbeing_store.list_checkins(store)
        self.checkins.set_rows(list(reversed(rows)))
        this_week = next((r for r in rows if r.week_of == monday_of(today)), None)
        if this_week is not None:
            self.energy.setValue(this_week.energy)
            self.workload.setValue(this_week.workload)
            self.line.setText(this_week.line)
        prompt = wellbeing_prompt(rows, today)
        done = "You have checked in this week." if this_week else "No check-in yet this week."
        self.pace_prompt.setText(f"{done} {prompt.text}" if prompt else done)
        self.chart.refresh()
        entry = self.current_entry()
        self.journal.set_rows(wellbeing_store.list_journal(store))
        if entry is not None and self.journal.row_of(entry.id) >= 0:
            choose_row(self.journal_table, self.journal.index(self.journal.row_of(entry.id), 0))
        self._show_entry()

    def _trend_figure(self) -> Figure | None:
        from dass_desktop.charts.wellbeing import wellbeing_trend

        return wellbeing_trend(trend(wellbeing_store.list_checkins(self.context.store)))

    def current_record(self) -> DevelopmentRow | None:
        """The record chosen."""
        index = self.record_table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def current_entry(self) -> JournalRow | None:
        """The journal entry chosen."""
        index = self.journal_table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _show_record(self, *_args: object) -> None:
        row = self.current_record()
        if row is None:
            self.record_detail.setText("Choose a record to see its themes and actions.")
            return
        lines = []
        if row.themes:
            lines.append(f"Themes: {row.themes}")
        if row.will_try:
            lines.append(f"What I will try: {row.will_try}")
        lines += [f"{'☑' if a.done else '☐'} {a.text}" for a in row.actions]
        lines += [f"Plan item: {title}" for _, title in row.plan_items]
        parts = [f"<b>{escape(row.heading)}</b> · {row.kind.label} · {row.held_on:%d %b %Y}"]
        parts += [escape(line) for line in lines]
        self.record_detail.setText("<br>".join(p.replace("\n", "<br>") for p in parts))

    def _show_entry(self, *_args: object) -> None:
        row = self.current_entry()
        if row is None:
            self.entry_text.setPlainText("")
        elif row.private and not self.reveal.isChecked():
            self.entry_text.setPlainText(HIDDEN)
        else:
            self.entry_text.setPlainText(row.text)

    def _reveal(self, on: bool) -> None:
        self.journal.set_reveal(on)
        self._show_entry()

    # --- changing ------------------------------------------------------------------------
    def _plan_items(self) -> list[tuple[int, str]]:
        return [(i.id, i.title) for i in plan_store.list_items(self.context.store, None)]

    def new_record(self) -> DevelopmentDialog:
        """Open the editor for a new development record."""
        self.tabs.setCurrentIndex(0)
        dialog = DevelopmentDialog(
            self.context.ops,
            self.context.store,
            self.context.today(),
            None,
            self._plan_items(),
            self,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_record(self) -> None:
        """Edit the chosen record."""
        current = self.current_record()
        if current is None:
            return
        dialog = DevelopmentDialog(
            self.context.ops,
            self.context.store,
            self.context.today(),
            current,
            self._plan_items(),
            self,
        )
        self.dialog = dialog
        dialog.open()

    def delete_record(self) -> None:
        """Delete the chosen record (Ctrl+Z brings it back)."""
        current, store = self.current_record(), self.context.store
        if current is None:
            return
        self.context.ops.run(
            "Deleted a development record.",
            lambda: development_store.delete_record(store, current.id, dt.datetime.now()),
            lambda: development_store.restore_record(store, current.id),
            parent=self,
        )

    def tick_action(self) -> None:
        """Tick off one of the chosen record's open actions."""
        current, store = self.current_record(), self.context.store
        open_actions = [a for a in current.actions if not a.done] if current else []
        if not open_actions:
            return
        text, ok = QInputDialog.getItem(
            self, "Action done", "Which action is done?", [a.text for a in open_actions], 0, False
        )
        action = next((a for a in open_actions if a.text == text), None)
        if not ok or action is None:
            return
        self.context.ops.run(
            "Ticked off an action.",
            lambda: development_store.set_action_done(store, action.id, True),
            lambda: development_store.set_action_done(store, action.id, False),
            parent=self,
        )

    def check_in(self) -> None:
        """Save this week's check-in (replacing one already made this week)."""
        store, today = self.context.store, self.context.today()
        draft = CheckInDraft(today, self.energy.value(), self.workload.value(), self.line.text())
        before = wellbeing_store.checkin_for(store, today)

        def undo() -> Changes:
            if before is None:
                return wellbeing_store.remove_checkin(store, today)
            return wellbeing_store.save_checkin(store, before.draft(), today)

        self.context.ops.run(
            "Saved this week's check-in.",
            lambda: wellbeing_store.save_checkin(store, draft, today),
            undo,
            parent=self,
        )

    def new_entry(self) -> JournalDialog:
        """Open the editor for a new journal entry."""
        self.tabs.setCurrentIndex(2)
        dialog = JournalDialog(
            self.context.ops, self.context.store, self.context.today(), None, self
        )
        self.dialog_journal = dialog
        dialog.open()
        return dialog

    def edit_entry(self) -> None:
        """Edit the chosen journal entry."""
        current = self.current_entry()
        if current is None:
            return
        dialog = JournalDialog(
            self.context.ops, self.context.store, self.context.today(), current, self
        )
        self.dialog_journal = dialog
        dialog.open()

    def delete_entry(self) -> None:
        """Delete the chosen journal entry (Ctrl+Z brings it back)."""
        current, store = self.current_entry(), self.context.store
        if current is None:
            return
        self.context.ops.run(
            "Deleted a journal entry.",
            lambda: wellbeing_store.delete_entry(store, current.id, dt.datetime.now()),
            lambda: wellbeing_store.restore_entry(store, current.id),
            parent=self,
        )
