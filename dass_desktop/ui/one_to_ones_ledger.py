"""The expectations ledger: what was agreed as success, as it stood on any day, with history.

The table shows each expectation as it stood on the day chosen (today unless changed), so
"what did we agree in October?" is answered by choosing a day in October. Below it, every
dated version of the chosen expectation. Agreeing, changing and deleting are each one step
on the window's undo stack; a change adds a dated version and never overwrites one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import ledger_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.meeting_terms import ExpectationRow, ExpectationStatus
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.editor_dialog import fill_combo
from dass_desktop.ui.one_to_ones_dialogs import FormDialog, OptionalDate, date_box
from dass_desktop.ui.one_to_ones_models import HistoryModel, LedgerLine, LedgerModel
from dass_desktop.ui.one_to_ones_widgets import buttons, table
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import RowRole, choose_row
from dass_desktop.ui.table_columns import compact_widths, fit_columns


class ExpectationDialog(FormDialog):
    """An expectation agreed, or a dated change to one."""

    def __init__(
        self,
        current: ExpectationRow | None,
        today: dt.date,
        save: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Change what was agreed" if current else "Agree an expectation",
            "A change is kept as a new version dated the day it was agreed; earlier "
            "versions stay, so you can say what was agreed at any time.",
            save,
            parent,
        )
        version = current.current if current else None
        self.changed_on = date_box(self, today, "Agreed on")
        self.success = QPlainTextEdit(version.success if version else "", self)
        self.success.setMaximumHeight(80)
        self.measure = QLineEdit(version.measure if version else "", self)
        self.by_when = OptionalDate(
            "By", version.by_when if version else None, today + dt.timedelta(days=90), self
        )
        self.status = QComboBox(self)
        fill_combo(
            self.status,
            list(ExpectationStatus),
            version.status if version else ExpectationStatus.ON_TRACK,
        )
        self.row("&Agreed on", "changed_on", self.changed_on)
        self.row("What &success looks like", "success", self.success)
        self.row("&Measured by", "measure", self.measure)
        self.row("", "by_when", self.by_when)
        self.row("S&tatus", "status", self.status)
        self.ready()

    def values(self) -> tuple[dt.date, str, str, dt.date | None, ExpectationStatus]:
        """Day, success, measure, by when and status, as typed."""
        return (
            from_qdate(self.changed_on.date()),
            self.success.toPlainText(),
            self.measure.text(),
            self.by_when.value(),
            ExpectationStatus(self.status.currentData()),
        )


class LedgerPanel(QWidget):
    """The ledger as it stood on a chosen day, and the chosen expectation's history."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: FormDialog | None = None  # the editor last opened
        self._rows: list[ExpectationRow] = []
        layout = QVBoxLayout(self)
        when = QHBoxLayout()
        label = QLabel("What was agreed as it stood on", self)
        self.as_of = date_box(self, context.today(), "As it stood on")
        label.setBuddy(self.as_of)
        self.today_button = QPushButton("Today", self)
        when.addWidget(label)
        when.addWidget(self.as_of)
        when.addWidget(self.today_button)
        when.addStretch(1)
        layout.addLayout(when)
        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split, 1)
        top = QWidget(split)
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        self.table = table(top, "Expectations", 0)
        self.model = LedgerModel(self)
        self.table.setModel(self.model)
        fit_columns(self.table, 0, compact=True)
        top_box.addWidget(self.table, 1)
        row, (self.agree_button, self.change_button, self.delete_button) = buttons(
            top, "&Agree…", "C&hange…", "Delete"
        )
        top_box.addLayout(row)
        bottom = QWidget(split)
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        self.history_label = QLabel(bottom)
        bottom_box.addWidget(self.history_label)
        self.history = table(bottom, "History", 1)
        self.history_model = HistoryModel(self)
        self.history.setModel(self.history_model)
        fit_columns(self.history, 1, compact=True)
        bottom_box.addWidget(self.history, 1)

        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.today_button.clicked.connect(
            lambda: self.as_of.setDate(to_qdate(self.context.today()))
        )
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_history())
        self.table.activated.connect(lambda _i: self.change())
        self.agree_button.clicked.connect(self.agree)
        self.change_button.clicked.connect(self.change)
        self.delete_button.clicked.connect(self.delete)
        self._show_history()

    def shown_day(self) -> dt.date:
        """The day the ledger is shown as it stood on."""
        return from_qdate(self.as_of.date())

    def current(self) -> ExpectationRow | None:
        """The expectation chosen."""
        index = self.table.currentIndex()
        line = index.data(RowRole) if index.isValid() else None
        return line.expectation if isinstance(line, LedgerLine) else None

    def refresh(self) -> None:
        """Reload the ledger as it stood on the chosen day, keeping the chosen expectation."""
        before = self.current()
        day = self.shown_day()
        self._rows = ledger_store.list_expectations(self.context.store)
        self.model.set_rows([LedgerLine(e, e.as_of(day)) for e in self._rows])
        compact_widths(self.table, 0, widest=200)
        if self._rows:
            row = self.model.row_of(before.id) if before is not None else -1
            choose_row(self.table, self.model.index(max(row, 0), 0))
        self._show_history()

    def choose(self, expectation_id: int) -> None:
        """Make expectation ``expectation_id`` the chosen one."""
        row = self.model.row_of(expectation_id)
        if row >= 0:
            choose_row(self.table, self.model.index(row, 0))

    def _show_history(self) -> None:
        expectation = self.current()
        self.change_button.setEnabled(expectation is not None)
        self.delete_button.setEnabled(expectation is not None)
        if expectation is None:
            self.history_label.setText(
                "Nothing agreed yet: Agree… records what success looks like, how it is "
                "measured and by when."
                if not self._rows
                else "Choose an expectation to see every version of it."
            )
            self.history_model.set_rows([])
            return
        count = len(expectation.history)
        self.history_label.setText(
            f"Every version, dated ({count} version{'s' if count != 1 else ''})"
        )
        self.history_model.set_rows(list(expectation.history))
        compact_widths(self.history, 1, widest=200)

    # --- changing ------------------------------------------------------------------------
    def agree(self) -> None:
        """Record a newly agreed expectation."""
        store = self.context.store

        def save() -> None:
            day, success, measure, by_when, status = dialog.values()
            new_id = self.context.ops.run_create(
                "Agreed an expectation.",
                lambda: ledger_store.agree(store, day, success, measure, by_when, status),
                lambda i: ledger_store.delete_expectation(store, i, dt.datetime.now()),
                lambda i: ledger_store.restore_expectation(store, i),
                raise_invalid=True,
            )
            if new_id is not None:
                if day > self.shown_day():
                    self.as_of.setDate(to_qdate(day))
                self.choose(new_id)

        dialog = ExpectationDialog(None, self.context.today(), save, self)
        self.dialog = dialog
        dialog.open()

    def change(self) -> None:
        """Record a dated change to the chosen expectation (the earlier version is kept)."""
        expectation = self.current()
        if expectation is None:
            return
        store = self.context.store

        def save() -> None:
            values = dialog.values()

            def do() -> Changes:
                return ledger_store.change(store, expectation.id, *values)

            if (
                self.context.ops.run(
                    "Changed what was agreed.",
                    do,
                    lambda: ledger_store.withdraw_latest(store, expectation.id),
                    raise_invalid=True,
                )
                and values[0] > self.shown_day()
            ):
                self.as_of.setDate(to_qdate(values[0]))

        dialog = ExpectationDialog(expectation, self.context.today(), save, self)
        self.dialog = dialog
        dialog.open()

    def delete(self) -> None:
        """Delete the chosen expectation with its history; Ctrl+Z brings it back."""
        expectation = self.current()
        if expectation is None:
            return
        store = self.context.store
        self.context.ops.run(
            "Deleted an expectation.",
            lambda: ledger_store.delete_expectation(store, expectation.id, dt.datetime.now()),
            lambda: ledger_store.restore_expectation(store, expectation.id),
            parent=self,
            title="Not deleted",
        )
