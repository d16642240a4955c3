"""The risks, issues, decisions and asks register: the list, the chosen entry, the heat map.

Entries are added, edited, reviewed (the score before the review is kept for the trend),
deleted, and linked to plan items, gaps, teams and contacts. Every change is one step on
the window's undo stack; a link stays when either end is deleted and brought back.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from dass_desktop.domain import register_rules, register_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.register_terms import EntryRow, Link
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.list_page import ListPanel
from dass_desktop.ui.one_to_ones_dialogs import FormDialog
from dass_desktop.ui.one_to_ones_models import LinkModel, RegisterFilter, RegisterModel, entry_flag
from dass_desktop.ui.one_to_ones_register_dialogs import (
    LINK_LABELS,
    EntryDialog,
    LinkDialog,
    ReviewDialog,
)
from dass_desktop.ui.one_to_ones_widgets import buttons, chosen, table
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import SortRole
from dass_desktop.ui.table_columns import compact_widths, fit_columns

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def raise_gap_as_risk(context: PageContext, gap_id: int, parent: QWidget) -> int | None:
    """Raise a team's gap as a workforce risk in one undoable step; return the risk's id.

    When the gap is in the register already, nothing changes and that risk's id comes back.
    """
    store, today = context.store, context.today()
    made: list[int] = []

    def do() -> Changes:
        if made:
            return register_store.restore_entry(store, made[0])
        entry_id, changes = register_store.gap_to_risk(store, gap_id, today)
        made.append(entry_id)
        return changes

    raised = context.ops.run(
        "Raised the gap as a risk in the register (One-to-ones page).",
        do,
        lambda: register_store.delete_entry(store, made[0], dt.datetime.now()),
        parent=parent,
        title="Not raised",
    )
    window = parent.window()
    if made and not raised and isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            "This gap is in the risk register already (One-to-ones page).", 8000
        )
    return made[0] if made else None


class RegisterPanel(QWidget):
    """The register's list on the left; the chosen entry, its links and the heat map."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: FormDialog | None = None  # the editor last opened
        layout = QVBoxLayout(self)
        split = QSplitter(self)
        layout.addWidget(split, 1)
        left = QWidget(split)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText("Find an entry by any words (title, category, owner…)")
        self.search.setAccessibleName("Find a register entry")
        self.search.setClearButtonEnabled(True)
        left_box.addWidget(self.search)
        self.table = table(left, "Register", 2)
        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSortRole(SortRole)
        self.count = QLabel(left)
        self.count.setProperty("role", "note")
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.count)
        row, (self.new_button, self.edit_button, self.review_button, self.delete_button) = buttons(
            left, "&New entry…", "Edit…", "Re&view…", "Delete"
        )
        left_box.addLayout(row)

        right = QWidget(split)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(right)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right_box.addWidget(self.detail)
        self.links = table(right, "Links", 1)
        self.link_model = LinkModel(self)
        self.links.setModel(self.link_model)
        fit_columns(self.links, 1)
        self.links.setMaximumHeight(130)
        right_box.addWidget(self.links)
        row, (self.link_button, self.unlink_button) = buttons(right, "&Link…", "&Unlink")
        right_box.addLayout(row)
        self.heat_map = ChartCanvas(self._heat_map, title="Risk heat map", parent=right)
        right_box.addWidget(self.heat_map, 1)

        self.list: ListPanel[EntryRow] = ListPanel(
            view=self.table,
            model=self.model,
            proxy=self.proxy,
            search=self.search,
            splitter=split,
            sizes=(680, 320),
            show=self._show,
            edit=self.edit_entry,
            delete=self.delete_entry,
            clear_filters=self.search.clear,
        )
        fit_columns(self.table, 2, compact=True)
        self.search.textChanged.connect(self._filtered)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.review_button.clicked.connect(self.review_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.link_button.clicked.connect(self.add_link)
        self.unlink_button.clicked.connect(self.remove_link)
        self._show(None)

    def _heat_map(self) -> Figure:
        from dass_desktop.charts.register import heat_map

        return heat_map(register_rules.heat_counts(self.model.rows()))

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the register in its order (highest score first), keeping the chosen entry."""
        before = self.list.current()
        self.model.set_rows(register_rules.ordered(register_store.list_entries(self.context.store)))
        compact_widths(self.table, 2, widest=100)
        if before is not None and self.model.row_of(before.id) >= 0:
            self.choose(before.id)
        else:
            self.list.after_filter()
        self._count()
        self.heat_map.refresh()

    def choose(self, entry_id: int) -> None:
        """Make entry ``entry_id`` the chosen one."""
        index = self.list.index_of(entry_id)
        if index is not None:
            self.list.choose(index)

    def _filtered(self, text: str) -> None:
        self.proxy.set_search(text)
        self.list.after_filter()
        self._count()

    def _count(self) -> None:
        rows = self.model.rows()
        waiting = len(register_rules.decisions_waiting(rows))
        asks = len(register_rules.asks(rows))
        self.count.setText(
            f"{self.list.count_text('entries')} · {waiting} needing a decision · "
            f"{asks} ask{'' if asks == 1 else 's'}"
        )

    def _show(self, entry: EntryRow | None) -> None:
        for button in (
            self.edit_button,
            self.review_button,
            self.delete_button,
            self.link_button,
            self.unlink_button,
        ):
            button.setEnabled(entry is not None)
        if entry is None:
            self.detail.setText(
                "No entry chosen. New entry… records a risk, issue, decision or ask."
                if self.model.rowCount()
                else "The register is empty. New entry… records a risk, issue, decision or ask "
                "of the chief executive; a team's gap can be raised as a risk from Teams."
            )
            self.link_model.set_rows([])
            return
        review = long_date(entry.review_on) if entry.review_on else "no review date"
        lines = [
            entry.title,
            f"{entry.kind.label} · {entry.category.label} · likelihood {entry.likelihood}, "
            f"impact {entry.impact}: score {entry.score}, {entry.rag} ({entry.trend.value})",
            f"Owner: {entry.owner or 'none yet'} · review: {review}",
        ]
        if entry.mitigation:
            lines.append(f"Mitigation: {entry.mitigation}")
        if entry_flag(entry):
            lines.append(f"Needs: {entry_flag(entry).lower()} of the chief executive")
        self.detail.setText("\n".join(lines))
        self.link_model.set_rows(list(entry.links))
        self.unlink_button.setEnabled(bool(entry.links))

    # --- changing ------------------------------------------------------------------------
    def new_entry(self) -> None:
        """Record a new entry in a dialog."""
        store, today = self.context.store, self.context.today()

        def save() -> None:
            draft = dialog.draft()
            new_id = self.context.ops.run_create(
                f"Added “{draft.title.strip()}” to the register.",
                lambda: register_store.add_entry(store, draft, today),
                lambda entry_id: register_store.delete_entry(store, entry_id, dt.datetime.now()),
                lambda entry_id: register_store.restore_entry(store, entry_id),
                raise_invalid=True,
            )
            if new_id is not None:
                self.choose(new_id)

        dialog = EntryDialog(None, today, save, self)
        self.dialog = dialog
        dialog.open()

    def edit_entry(self) -> None:
        """Edit the chosen entry in a dialog."""
        entry = self.list.current()
        if entry is None:
            return
        store = self.context.store

        def save() -> None:
            draft = dialog.draft()
            self.context.ops.run(
                f"Edited “{entry.title}”.",
                lambda: register_store.update_entry(store, entry.id, draft),
                lambda: register_store.update_entry(store, entry.id, entry.draft()),
                raise_invalid=True,
            )

        dialog = EntryDialog(entry, self.context.today(), save, self)
        self.dialog = dialog
        dialog.open()

    def review_entry(self) -> None:
        """Record a review of the chosen entry's score."""
        entry = self.list.current()
        if entry is None:
            return
        store = self.context.store

        def save() -> None:
            self.context.ops.run(
                f"Reviewed “{entry.title}”.",
                lambda: register_store.review_entry(
                    store,
                    entry.id,
                    dialog.likelihood.value(),
                    dialog.impact.value(),
                    dialog.next_review.value(),
                ),
                lambda: register_store.restore_review(store, entry),
                raise_invalid=True,
            )

        dialog = ReviewDialog(entry, self.context.today(), save, self)
        self.dialog = dialog
        dialog.open()

    def delete_entry(self) -> None:
        """Delete the chosen entry; Ctrl+Z brings it back with its links."""
        entry = self.list.current()
        if entry is None:
            return
        store = self.context.store
        self.context.ops.run(
            f"Deleted “{entry.title}” from the register.",
            lambda: register_store.delete_entry(store, entry.id, dt.datetime.now()),
            lambda: register_store.restore_entry(store, entry.id),
            parent=self,
            title="Not deleted",
        )

    def add_link(self) -> None:
        """Link the chosen entry to a plan item, gap, team or contact."""
        entry = self.list.current()
        if entry is None:
            return
        store = self.context.store

        def save() -> None:
            kind, target = dialog.chosen_kind(), dialog.chosen_id()
            if target is None:
                raise InvalidInput("link", f"There is no {LINK_LABELS[kind].lower()} to link to.")
            if any(lk.kind is kind and lk.target_id == target for lk in entry.links):
                raise InvalidInput("link", "The entry is linked to that already.")
            self.context.ops.run(
                f"Linked “{entry.title}” to a {LINK_LABELS[kind].lower()}.",
                lambda: register_store.link(store, entry.id, kind, target),
                lambda: register_store.unlink(store, entry.id, kind, target),
                raise_invalid=True,
            )

        dialog = LinkDialog(store, entry, self.context.today(), save, self)
        self.dialog = dialog
        dialog.open()

    def remove_link(self) -> None:
        """Remove the chosen link (Ctrl+Z puts it back)."""
        entry, link = self.list.current(), chosen(self.links)
        if entry is None or not isinstance(link, Link):
            return
        store = self.context.store
        self.context.ops.run(
            f"Unlinked “{entry.title}” from {link.name}.",
            lambda: register_store.unlink(store, entry.id, link.kind, link.target_id),
            lambda: register_store.link(store, entry.id, link.kind, link.target_id),
            parent=self,
            title="Not unlinked",
        )
