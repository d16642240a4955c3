"""The plan tree's filter: status, RAG, owner, overdue and the words typed.

Groups (phases and themes) show when any item under them does. Split from
:mod:`plan_model`, whose tree it filters.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from typing import Any, TypedDict, Unpack

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import QComboBox

from dass_desktop.domain.plan_terms import PlanRow, Status
from dass_desktop.ui.plan_model import PlanTreeModel
from dass_desktop.ui.row_models import SortRole
from dass_desktop.ui.word_filter import WordFilterModel

_Index = QModelIndex | QPersistentModelIndex


class StatusFilter(enum.Enum):
    """Choices of the status filter."""

    ALL = "All statuses"
    OPEN = "Open (not done)"
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    DONE = "Done"
    NOT_APPLICABLE = "Not applicable"


class RagFilter(enum.Enum):
    """Choices of the RAG filter."""

    ALL = "Any RAG"
    RED = "Red"
    AMBER = "Amber"
    GREEN = "Green"
    UNRATED = "Not rated"


ANY_OWNER = "Any owner"
NO_OWNER = "No owner"


class FilterChange(TypedDict, total=False):
    """Filters to change (any left out stay as they are): see :meth:`PlanFilter.set_filters`."""

    status: StatusFilter
    rag: RagFilter
    owner: str
    overdue_only: bool
    text: str


_WANTED: dict[StatusFilter, tuple[Status, ...] | None] = {
    StatusFilter.ALL: None,
    StatusFilter.OPEN: (Status.NOT_STARTED, Status.IN_PROGRESS),
    StatusFilter.NOT_STARTED: (Status.NOT_STARTED,),
    StatusFilter.IN_PROGRESS: (Status.IN_PROGRESS,),
    StatusFilter.DONE: (Status.DONE,),
    StatusFilter.NOT_APPLICABLE: (Status.NOT_APPLICABLE,),
}


class PlanFilterModel(WordFilterModel):
    """Filters items by status, RAG, owner, overdue and text; groups show when any child does."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SortRole)
        self.status = StatusFilter.ALL
        self.rag = RagFilter.ALL
        self.owner = ANY_OWNER
        self.overdue_only = False
        # Each row's searched text, case-folded, by the row's identity (the row is kept, so
        # its identity is not reused while it is here).
        self._haystacks: dict[int, tuple[PlanRow, str]] = {}
        self._narrowed = False  # whether any filter narrows the list (see ``active``)

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        """Filter ``source``; its searched texts are forgotten whenever its rows change."""
        super().setSourceModel(source)
        source.modelReset.connect(self._forget_texts)
        source.dataChanged.connect(self._forget_texts)

    def _forget_texts(self, *_signal: object) -> None:
        self._haystacks.clear()

    def set_filters(self, **change: Unpack[FilterChange]) -> None:
        """Change any of the filters and re-filter once."""
        self.beginFilterChange()
        self.status = change.get("status", self.status)
        self.rag = change.get("rag", self.rag)
        self.owner = change.get("owner", self.owner)
        self.overdue_only = change.get("overdue_only", self.overdue_only)
        if "text" in change:
            self._words = change["text"].casefold().split()
        self._narrowed = self.active
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Show only items matching every word of ``text`` (case-insensitive)."""
        self.set_filters(text=text)

    @property
    def active(self) -> bool:
        """True when any filter narrows the list."""
        return self.would_narrow()

    def would_narrow(self, **change: Unpack[FilterChange]) -> bool:
        """Whether any filter would narrow the list after :meth:`set_filters` with these."""
        return bool(
            change.get("status", self.status) is not StatusFilter.ALL
            or change.get("rag", self.rag) is not RagFilter.ALL
            or change.get("owner", self.owner) != ANY_OWNER
            or change.get("overdue_only", self.overdue_only)
            or (change["text"].casefold().split() if "text" in change else self.words)
        )

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether a source row passes the search and filters."""
        # Asked for every row as the tree opens: the answer while nothing narrows the list
        # is kept, not worked out each time (see set_filters).
        if not self._narrowed:  # nothing narrows the list: every row shows
            return True
        model = self.sourceModel()
        assert isinstance(model, PlanTreeModel)
        row = model.item_under(source_row, source_parent)
        if row is None:  # a phase or theme: shown only for the items under it
            return False
        return self.accepts(row)

    def accepts(self, row: PlanRow) -> bool:
        """Whether an item passes every filter."""
        wanted = _WANTED[self.status]
        if wanted is not None and row.status not in wanted:
            return False
        if self.rag is RagFilter.UNRATED and row.rag is not None:
            return False
        if self.rag not in (RagFilter.ALL, RagFilter.UNRATED) and (
            row.rag is None or row.rag.label != self.rag.value
        ):
            return False
        if self.owner == NO_OWNER and row.owner:
            return False
        if self.owner not in (ANY_OWNER, NO_OWNER) and row.owner != self.owner:
            return False
        if self.overdue_only and not row.is_overdue(self._today()):
            return False
        if not self._words:
            return True
        # Each row's text is put together and case-folded once, not at every key typed.
        known = self._haystacks.get(id(row))
        if known is None or known[0] is not row:
            text = f"{row.title} {row.findings} {row.owner} {row.help}".casefold()
            known = self._haystacks[id(row)] = (row, text)
        return all(word in known[1] for word in self._words)


def offer_owners(combo: QComboBox, rows: Sequence[PlanRow]) -> bool:
    """Offer any owner, no owner and each owner of ``rows`` by name in ``combo``, keeping
    the choice while it is still offered (else any owner), its signals held.

    Returns:
        True when the choices changed: the owner filter is then to be set again.
    """
    current = combo.currentText() or ANY_OWNER
    owners = sorted({r.owner for r in rows if r.owner}, key=str.casefold)
    wanted = [ANY_OWNER, NO_OWNER, *owners]
    if [combo.itemText(i) for i in range(combo.count())] == wanted:
        return False
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(wanted)
    combo.setCurrentText(current if current in wanted else ANY_OWNER)
    combo.blockSignals(False)
    return True
