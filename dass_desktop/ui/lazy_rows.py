"""A table over a long list of record ids whose rows are read a block at a time, when shown.

A large council's logs run to tens of thousands of records. Making a row of each takes far
longer than the director should wait for a page, yet the table shows about thirty at once.
:class:`LazyRowModel` keeps only the ids, in the order shown, and asks its subclass for the
rows of a block of ids the first time the view wants one of them (about 2 ms for 200).

It behaves as :class:`~dass_desktop.ui.row_models.RowTableModel` does for the page over it:
the same declared columns, the same sorting (stable, each sort starting from the order
shown, the rows kept sorted across a reload) and an every-word search, but the search and
the sort values are worked out by the subclass from the database, not from built rows:

- :meth:`read_ids`: every id, in the order the rows are given (the order before any sort);
- :meth:`read_rows`: the rows of some ids;
- :meth:`read_sort_values`: every id's value to sort a column by (what the column's
  ``sort`` gives for the row);
- :meth:`read_matching`: the ids whose text holds every word.

Rows read are kept until the next :meth:`reload`; pages reload when their data changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dass_desktop.ui.row_models import RowTableModel, sort_key

_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class LazyRowModel(RowTableModel[R]):
    """A read-only table over record ids, its rows read a block at a time (see the module).

    Attributes:
        block: How many rows are read together when one of them is first wanted.
    """

    block = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._everything: list[int] = []  # every id, in the order shown
        self._shown: list[int] = []  # the ids the search shows, in the same order
        self._found: set[int] | None = None  # the ids the search found (None: no search)
        self._words: list[str] = []
        self._made: dict[int, R] = {}
        self._sort_values: dict[tuple[int, int], Mapping[int, Any]] = {}  # until reloaded

    # --- what a subclass says ------------------------------------------------------------
    def read_ids(self) -> list[int]:
        """Every id, in the order the rows come before any sort."""
        raise NotImplementedError

    def read_rows(self, ids: Sequence[int]) -> Mapping[int, R]:
        """The rows of ``ids`` by id (an id missing from the answer shows an empty row)."""
        raise NotImplementedError

    def read_sort_values(self, column: int, role: int) -> Mapping[int, Any]:
        """Every id's ``role`` value in ``column``, to sort by."""
        raise NotImplementedError

    def read_matching(self, words: Sequence[str]) -> set[int]:
        """The ids whose rows hold every one of ``words`` (case-folded, never empty)."""
        raise NotImplementedError

    def in_given_order(self, column: int, order: Qt.SortOrder, role: int) -> bool:
        """Whether :meth:`read_ids` already gives the rows sorted so (no sort needed)."""
        return False

    # --- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the ids again (the rows as they are shown), keeping the sort and search."""
        self.beginResetModel()
        self._made = {}
        self._sort_values = {}
        ids = self.read_ids()
        if self._sorted_by is not None and not self.in_given_order(*self._sorted_by):
            ids = self._sorted(ids, *self._sorted_by)
        self._everything = ids
        self._found = self.read_matching(self._words) if self._words else None
        self._shown = self._matching()
        self.endResetModel()

    def set_rows(self, rows: Sequence[R]) -> None:
        """Not for this model: it reads its rows itself (see :meth:`reload`)."""
        raise TypeError("a LazyRowModel reads its own rows: call reload()")

    def set_search(self, text: str) -> None:
        """Show only the rows holding every word of ``text`` (case-insensitive, any order)."""
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._found = self.read_matching(words) if words else None
        self._shown = self._matching()
        self.endResetModel()

    @property
    def words(self) -> list[str]:
        """The words searched for, case-folded."""
        return self._words

    def _matching(self) -> list[int]:
        found = self._found
        if found is None:
            return list(self._everything)
        return [rid for rid in self._everything if rid in found]

    # --- rows ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows the search shows."""
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role`` (its row read if need be)."""
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self.row_at(index.row())
        return None if row is None else self.value(row, index.column(), role)

    def row_at(self, row: int) -> R | None:
        """The row shown at ``row``, read with its block if not yet read (None if none)."""
        if not 0 <= row < len(self._shown):
            return None
        made = self._made.get(self._shown[row])
        if made is None:
            start = row - row % self.block
            wanted = [
                rid for rid in self._shown[start : start + self.block] if rid not in self._made
            ]
            self._made.update(self.read_rows(wanted))
            made = self._made.get(self._shown[row])
        return made

    def rows(self) -> list[R]:
        """Every row shown, in order (reads them all: for tests and small tables)."""
        found = [self.row_at(i) for i in range(len(self._shown))]
        return [row for row in found if row is not None]

    def ids(self) -> list[int]:
        """The ids shown, in order."""
        return list(self._shown)

    def row_of(self, row_id: int) -> int:
        """The model row showing ``row_id``, or -1."""
        try:
            return self._shown.index(row_id)
        except ValueError:
            return -1

    def holds(self, row_id: int) -> bool:
        """Whether ``row_id`` is in the table, shown or hidden by the search."""
        return row_id in self._everything

    def total(self) -> int:
        """How many rows there are, shown or not."""
        return len(self._everything)

    # --- sorting -------------------------------------------------------------------------
    def sort_rows(self, column: int, order: Qt.SortOrder, role: int) -> None:
        """Sort every row by ``column``'s ``role`` value, stably from the order shown; the
        rows stay sorted so across :meth:`reload`. Persistent indexes follow their rows.

        Sorting again as the rows are already sorted leaves them as they are (the sort is
        stable), so it is not done: a view asks twice for each click on a header.
        """
        if self._sorted_by == (column, order, role):
            return
        self._sorted_by = (column, order, role)
        if not self._everything:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._shown[i.row()] for i in before]
        self._everything = self._sorted(self._everything, column, order, role)
        self._shown = self._matching()
        if before:
            place = {rid: row for row, rid in enumerate(self._shown)}
            after = [self.index(place[rid], i.column()) for rid, i in zip(ids, before, strict=True)]
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, ids: list[int], column: int, order: Qt.SortOrder, role: int) -> list[int]:
        values = self._sort_values.get((column, role))
        if values is None:
            values = self._sort_values[column, role] = self.read_sort_values(column, role)
        keys: list[Any] = [values.get(rid) for rid in ids]
        # Wrapped only when a value is missing, as RowTableModel sorts.
        if any(key is None for key in keys):
            keys = [sort_key(key) for key in keys]
        moved = sorted(
            range(len(ids)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        return [ids[i] for i in moved]
