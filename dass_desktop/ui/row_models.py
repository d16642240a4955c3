"""Read-only table models over lists of frozen rows, with declared columns.

Pages keep plain rows (never ORM objects) and swap them in after each change. Sorting uses
:data:`SortRole` so numbers and dates sort as themselves, and every row is reachable
through :data:`RowRole`. The teams, contacts and visits pages all build on these.

A table sorts in its row model, not in the filter proxy: :class:`SourceSortProxy` hands the
view's sort to the model, which works out each row's sort key once and sorts the list in
Python. A proxy's own sort would instead call ``data()`` for both rows of every comparison,
about 65,000 calls for the 3,900 visits of a large council and 875,000 for 53,000
recognitions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3  # the id of the record a row shows
_Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

R = TypeVar("R")


def sort_key(value: Any) -> tuple[int, Any]:
    """Order as Qt's proxy would: values as themselves, a missing value after every other."""
    return (1, 0) if value is None else (0, value)


class Column(Generic[R]):
    """One column: its header, how to show a row, how to sort it, and its alignment."""

    def __init__(
        self,
        header: str,
        show: Callable[[R], str],
        sort: Callable[[R], Any] | None = None,
        *,
        numeric: bool = False,
        tip: str = "",
    ) -> None:
        self.header = header
        self.show = show
        self.sort = sort or show
        self.align = RIGHT if numeric else LEFT
        self.tip = tip


class _RowsModel(QAbstractTableModel, Generic[R]):
    """The rows half of a read-only table: holding, replacing and counting frozen rows."""

    def __init__(self, rows: Sequence[R] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = list(rows)
        # The column, order and role the rows are kept sorted by (None: as given).
        self._sorted_by: tuple[int, Qt.SortOrder, int] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (views keep their place through the page's reselection)."""
        self.beginResetModel()
        self._rows = self._in_order(list(rows))
        self.endResetModel()

    def value(self, row: R, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` holds for ``role`` (subclasses say)."""
        raise NotImplementedError

    def sort_rows(self, column: int, order: Qt.SortOrder, role: int) -> None:
        """Sort by ``column``'s ``role`` value, each row's key worked out once.

        Equal rows keep their order, as in Qt's stable sort; the rows stay sorted so
        across :meth:`set_rows`. Selections and other persistent indexes follow their rows.
        """
        self._sorted_by = (column, order, role)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = self._order(self._rows)
        self._rows = [self._rows[i] for i in moved]
        new_place = [0] * len(moved)
        for new, old in enumerate(moved):
            new_place[old] = new
        self.changePersistentIndexList(
            before, [self.index(new_place[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def _in_order(self, rows: list[R]) -> list[R]:
        return [rows[i] for i in self._order(rows)] if self._sorted_by else rows

    def _order(self, rows: list[R]) -> list[int]:
        """The places of ``rows`` in sorted order."""
        if self._sorted_by is None:
            return list(range(len(rows)))
        column, order, role = self._sorted_by
        values = self.sort_values(rows, column, role)
        # Wrapped only when a value is missing: tens of thousands of rows sort by plain keys.
        keys = [sort_key(v) for v in values] if any(v is None for v in values) else values
        return sorted(
            range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort_values(self, rows: Sequence[R], column: int, role: int) -> list[Any]:
        """Each row's ``role`` value in ``column``, to sort by."""
        return [self.value(row, column, role) for row in rows]

    def rows(self) -> list[R]:
        """The rows shown, in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        """The row at ``row`` (None when out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        """The model row of the record whose ``id`` is ``row_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    def source_index(self, row_id: int) -> QModelIndex:
        """The first cell of record ``row_id`` (invalid when it is not shown)."""
        row = self.row_of(row_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


class CellTableModel(_RowsModel[R]):
    """A read-only table of frozen rows whose subclass says what each cell shows.

    Subclasses implement :meth:`cell`; this is for tables whose columns differ too much
    to declare.
    """

    headers: tuple[str, ...] = ()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many columns the table has."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The header text (and tips) for ``section``."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(self.headers):
            return None
        if role == RowRole:
            return row
        return self.cell(row, index.column(), role)

    def cell(self, row: R, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` shows for ``role``."""
        raise NotImplementedError

    def value(self, row: R, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` holds for ``role`` (its cell)."""
        return self.cell(row, column, role)


class RowTableModel(_RowsModel[R]):
    """A read-only table over a list of frozen rows with declared columns."""

    columns: Sequence[Column[R]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), parent)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many columns the table has."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The header text (and tips) for ``section``."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        return self.value(self._rows[index.row()], index.column(), role)

    def sort_values(self, rows: Sequence[R], column: int, role: int) -> list[Any]:
        """Each row's ``role`` value in ``column``, to sort by (the column's own functions
        called directly for its shown text and sort key).
        """
        if role == SortRole:
            return list(map(self.columns[column].sort, rows))
        if role == Qt.ItemDataRole.DisplayRole:
            return list(map(self.columns[column].show, rows))
        return super().sort_values(rows, column, role)

    def value(self, row: R, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` holds for ``role``."""
        declared = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return declared.show(row)
        if role == SortRole:
            return declared.sort(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(declared.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return self.extra(row, column, role)

    def tooltip(self, row: R) -> str | None:
        """A tooltip for the whole row (none by default)."""
        return None

    def extra(self, row: R, column: int, role: int) -> Any:
        """Any other role for a cell, such as a colour or a font (none by default)."""
        return None


class SourceSortProxy(QSortFilterProxyModel):
    """A filter proxy whose sort is done by its row model (see the module's note).

    Over any other model it sorts as Qt's proxy does.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (-1: as the model gives them) in ``order``."""
        source = self.sourceModel()
        if isinstance(source, _RowsModel) and column >= 0:
            if self.sortColumn() >= 0:
                super().sort(-1, order)  # stop sorting here, so the model's order shows
            source.sort_rows(column, order, self.sortRole())
            return
        super().sort(column, order)


def choose_row(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make ``index``'s whole row the view's current, selected row, and scroll to it."""
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
