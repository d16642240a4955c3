"""The Recognition page: the log of thanks and shout-outs, and staff award rounds.

The log says who has been thanked and which teams never have; the awards tab keeps a
round's categories, nominations and winners, and exports the one-page awards sheet. Every
change goes through the operation runner, so Ctrl+Z takes it back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import (
    award_store,
    recognition_log,
    recognition_store,
    stakeholder_store,
    team_sql,
)
from dass_desktop.domain.award_terms import NominationRow, RoundRow
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.recognition_rules import teams_never_recognised
from dass_desktop.domain.recognition_terms import RecognitionDraft, RecognitionRow
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.list_page import page_action
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.recognition_dialogs import NominationDialog, RecognitionDialog, RoundDialog
from dass_desktop.ui.recognition_models import NominationModel, RecognitionFilter, RecognitionModel
from dass_desktop.ui.row_models import RowRole, SortRole, choose_row
from dass_desktop.ui.shortcuts import shortcut
from dass_desktop.ui.tab_pages import tab_parent
from dass_desktop.ui.table_columns import fit_columns, widths_kept


def table(parent: QWidget, name: str, model: QAbstractItemModel, stretch: int) -> QTableView:
    """A sortable, whole-row table view of ``model`` with an accessible name; the columns
    fit their contents and column ``stretch`` takes the width left.
    """
    view = QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(False)
    view.setModel(model)
    fit_columns(view, stretch)  # fitted to the view, cut text shown whole on hover
    return view


def button(parent: QWidget, text: str, tip: str, slot: object) -> QPushButton:
    """A push button with a tooltip, connected to ``slot``."""
    made = QPushButton(text, parent)
    made.setToolTip(tip)
    made.clicked.connect(slot)
    return made


class RecognitionPage(RefreshWhenShown, QWidget):
    """Thanks and shout-outs on one tab, staff award rounds on the other.

    Signals:
        export_awards(int): the director asked for the awards sheet of a round.
    """

    title = "Recognition"
    AREAS = (Area.RECOGNITION, Area.TEAMS, Area.CONTACTS)
    export_awards = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rounds: list[RoundRow] = []
        layout = QVBoxLayout(self)
        heading = QLabel("Recognition: who has been thanked, and who has not", self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "muted")
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        log = QWidget(tab_parent(self.tabs))
        log_layout = QVBoxLayout(log)
        self.search = QLineEdit(log)
        self.search.setPlaceholderText("Search the log (Ctrl+F)")
        self.search.setAccessibleName("Search the recognition log")
        self.search.setClearButtonEnabled(True)
        log_layout.addWidget(self.search)
        self.model = RecognitionModel(context.store, self)
        self.proxy = RecognitionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = table(log, "Recognition log", self.proxy, 2)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.activated.connect(lambda _index: self.edit())
        shortcut("F2", self.table, self.edit)
        shortcut("Delete", self.table, self.delete)
        log_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(button(log, "Log a recognition…", "Ctrl+N", self.new))
        row.addWidget(button(log, "Edit…", "F2 or Enter", self.edit))
        row.addWidget(button(log, "Delete", "Delete", self.delete))
        row.addStretch(1)
        log_layout.addLayout(row)
        self.search.textChanged.connect(self._search)
        self.tabs.addTab(log, "Thanks and shout-outs")

        awards = QWidget(tab_parent(self.tabs))
        awards_layout = QVBoxLayout(awards)
        top = QHBoxLayout()
        self.round_combo = QComboBox(awards)
        self.round_combo.setAccessibleName("Award round")
        self.round_combo.currentIndexChanged.connect(self._show_round)
        top.addWidget(QLabel("Round:", awards))
        top.addWidget(self.round_combo, 1)
        top.addWidget(button(awards, "New round…", "Start an award round", self.new_round))
        top.addWidget(button(awards, "Add category…", "Add a category", self.add_category))
        awards_layout.addLayout(top)
        self.round_line = QLabel(awards)
        self.round_line.setProperty("role", "muted")
        awards_layout.addWidget(self.round_line)
        self.nominations = NominationModel(self)
        self.nomination_table = table(awards, "Nominations", self.nominations, 3)
        self.nomination_table.setSortingEnabled(False)
        self.nomination_table.activated.connect(lambda _index: self.edit_nomination())
        shortcut("Delete", self.nomination_table, self.delete_nomination)
        awards_layout.addWidget(self.nomination_table, 1)
        actions = QHBoxLayout()
        actions.addWidget(button(awards, "Nominate…", "Add a nomination", self.nominate))
        actions.addWidget(button(awards, "Winner on/off", "Ctrl+Shift+W", self.toggle_winner))
        actions.addWidget(button(awards, "Delete", "Delete the nomination", self.delete_nomination))
        actions.addStretch(1)
        actions.addWidget(
            button(awards, "Awards sheet (PDF)…", "One page for the event", self._export)
        )
        awards_layout.addLayout(actions)
        self.tabs.addTab(awards, "Staff awards")

        page_action(self, "Log a recognition", "Ctrl+N", self.new)
        page_action(self, "Find a recognition", "Ctrl+F", self._focus_search)
        page_action(self, "Mark or unmark the winner", "Ctrl+Shift+W", self.toggle_winner)
        self._stale = True

    # --- reading -------------------------------------------------------------------------
    def _teams(self) -> list[tuple[int, str]]:
        return team_sql.team_names(self.context.store.quick())

    def _contacts(self) -> list[tuple[int, str]]:
        return [
            (p.id, p.name)
            for p in stakeholder_store.list_stakeholders(self.context.store, self.context.today())
        ]

    def refresh(self) -> None:
        """Reload the log, the summary and the rounds."""
        self._stale = False
        store = self.context.store
        chosen = self.current()
        self.model.reload()
        teams = self._teams()
        # The counts summarise() gives, without its tallies by theme and way.
        thanked = recognition_log.teams_thanked(store.quick())
        never = teams_never_recognised(teams, thanked)
        names = ", ".join(name for _, name in never[:6]) + (" and more" if len(never) > 6 else "")
        count = self.model.total()
        self.summary.setText(
            f"{count} recognitions logged; {len(thanked)} of {len(teams)} teams thanked."
            + (f" Never recognised: {names}." if never else "")
        )
        if chosen is not None:
            self.select(chosen.id)
        picked = self.round_combo.currentData()
        self._rounds = award_store.list_rounds(store)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for award_round in self._rounds:
            when = f" ({award_round.event_on:%d %b %Y})" if award_round.event_on else ""
            self.round_combo.addItem(award_round.name + when, award_round.id)
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(picked), 0))
        self.round_combo.blockSignals(False)
        self._show_round()

    def current(self) -> RecognitionRow | None:
        """The recognition chosen in the log."""
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def select(self, recognition_id: int) -> None:
        """Choose ``recognition_id`` in the log (clearing the search if it hides it)."""
        source = self.model.row_of(recognition_id)
        if source < 0:
            if not self.model.holds(recognition_id):
                return
            self.search.clear()
            source = self.model.row_of(recognition_id)
        choose_row(self.table, self.proxy.mapFromSource(self.model.index(source, 0)))

    def _search(self, text: str) -> None:
        """Show the recognitions holding every word typed; the chosen one stays chosen
        while it is shown, without moving the list.
        """
        chosen = self.current()
        with widths_kept(self.table):  # the columns stay put as the list narrows
            self.proxy.set_search(text)
        source = -1 if chosen is None else self.model.row_of(chosen.id)
        if source >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.proxy.mapFromSource(self.model.index(source, 0)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def current_round(self) -> RoundRow | None:
        """The round chosen on the awards tab."""
        round_id = self.round_combo.currentData()
        return next((r for r in self._rounds if r.id == round_id), None)

    def current_nomination(self) -> NominationRow | None:
        """The nomination chosen on the awards tab."""
        index = self.nomination_table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _show_round(self, *_args: object) -> None:
        award_round = self.current_round()
        self.nominations.set_categories(award_round.categories if award_round else ())
        if award_round is None:
            self.round_line.setText("No award rounds yet: start one with New round.")
            return
        cats = len(award_round.categories)
        winners = sum(len(c.winners) for c in award_round.categories)
        self.round_line.setText(
            f"{cats} categories, {award_round.nomination_count} nominations, {winners} winners"
            + (f" · {award_round.venue}" if award_round.venue else "")
        )

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- the log -------------------------------------------------------------------------
    def new(self, start: RecognitionDraft | None = None) -> RecognitionDialog:
        """Open the editor for a new recognition (prefilled from ``start``, if given)."""
        dialog = RecognitionDialog(
            self.context.ops,
            self.context.store,
            self.context.today(),
            None,
            teams=self._teams(),
            contacts=self._contacts(),
            start=start if isinstance(start, RecognitionDraft) else None,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._after(dialog.saved_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit(self) -> None:
        """Edit the chosen recognition."""
        current = self.current()
        if current is None:
            return
        dialog = RecognitionDialog(
            self.context.ops,
            self.context.store,
            self.context.today(),
            current,
            teams=self._teams(),
            contacts=self._contacts(),
            parent=self,
        )
        self.dialog = dialog
        dialog.open()

    def _after(self, saved: int | None) -> None:
        if saved is not None:
            self.tabs.setCurrentIndex(0)
            self.select(saved)

    def delete(self) -> None:
        """Delete the chosen recognition (Ctrl+Z brings it back)."""
        current, store = self.current(), self.context.store
        if current is None:
            return
        self.context.ops.run(
            f"Deleted the recognition of {current.who}.",
            lambda: recognition_store.delete_recognition(store, current.id, dt.datetime.now()),
            lambda: recognition_store.restore_recognition(store, current.id),
            parent=self,
        )

    # --- awards --------------------------------------------------------------------------
    def new_round(self) -> None:
        """Start an award round."""
        dialog = RoundDialog(self.context.ops, self.context.store, self.context.today(), None, self)
        dialog.accepted.connect(lambda: self._choose_round(dialog.saved_id))
        self.dialog_round = dialog
        dialog.open()

    def _choose_round(self, round_id: int | None) -> None:
        self.tabs.setCurrentIndex(1)
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(round_id), 0))

    def add_category(self) -> None:
        """Add a category to the chosen round."""
        award_round, store = self.current_round(), self.context.store
        if award_round is None:
            return
        name, ok = QInputDialog.getText(self, "Add a category", "Category name:")
        if not ok:
            return
        made: list[int] = []

        def do() -> Changes:
            new_id, changes = award_store.add_category(store, award_round.id, name)
            made[:] = [new_id]
            return changes

        self.context.ops.run(
            f"Added the category {' '.join(name.split())}.",
            do,
            lambda: award_store.remove_category(store, made[0]),
            parent=self,
        )

    def nominate(self) -> None:
        """Add a nomination to the chosen round."""
        award_round = self.current_round()
        if award_round is None or not award_round.categories:
            self.round_line.setText("Add a category to the round first.")
            return
        dialog = NominationDialog(
            self.context.ops,
            self.context.store,
            [(c.id, c.name) for c in award_round.categories],
            None,
            teams=self._teams(),
            parent=self,
        )
        self.dialog_nomination = dialog
        dialog.open()

    def edit_nomination(self) -> None:
        """Edit the chosen nomination."""
        award_round, current = self.current_round(), self.current_nomination()
        if award_round is None or current is None:
            return
        dialog = NominationDialog(
            self.context.ops,
            self.context.store,
            [(c.id, c.name) for c in award_round.categories],
            current,
            teams=self._teams(),
            parent=self,
        )
        self.dialog_nomination = dialog
        dialog.open()

    def toggle_winner(self) -> None:
        """Mark the chosen nomination as a winner, or not."""
        current, store = self.current_nomination(), self.context.store
        if current is None:
            return
        now = not current.is_winner
        self.context.ops.run(
            f"{'Marked' if now else 'Unmarked'} {current.nominee} as a winner.",
            lambda: award_store.set_winner(store, current.id, now),
            lambda: award_store.set_winner(store, current.id, not now),
            parent=self,
        )

    def delete_nomination(self) -> None:
        """Delete the chosen nomination (Ctrl+Z brings it back)."""
        current, store = self.current_nomination(), self.context.store
        if current is None:
            return
        self.context.ops.run(
            f"Deleted the nomination of {current.nominee}.",
            lambda: award_store.delete_nomination(store, current.id),
            lambda: award_store.restore_nomination(store, current),
            parent=self,
        )

    def _export(self) -> None:
        award_round = self.current_round()
        if award_round is not None:
            self.export_awards.emit(award_round.id)
