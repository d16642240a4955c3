"""Small models behind the dashboard's lists: progress by theme, and lists of plan items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from dass_desktop.domain.dates import long_date
from dass_desktop.domain.plan_terms import PlanRow, ThemeProgress
from dass_desktop.ui import theme
from dass_desktop.ui.row_models import ItemIdRole
from dass_desktop.ui.table_columns import ON_PALE

_Index = QModelIndex | QPersistentModelIndex


class ThemeProgressModel(QAbstractTableModel):
    """Theme, items done out of applicable, percentage and RAG roll-up."""

    HEADERS = ("Theme", "Done", "%", "RAG")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ThemeProgress] = []

    def set_rows(self, rows: Sequence[ThemeProgress]) -> None:
        """Replace the rows shown."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many columns the table has."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The header text (and tips) for ``section``."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.title
            if column == 1:
                return f"{row.done}/{row.applicable}"
            if column == 2:
                return f"{row.percent}%"
            if column == 3:
                return row.rag.label if row.rag else "–"
        if role == Qt.ItemDataRole.BackgroundRole and column == 3 and row.rag:
            return theme.RAG_BRUSHES[row.rag]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.rag:
            return ON_PALE  # on the pale fill, whatever the theme
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return row.rag_reason
            return f"{row.title}: {row.sentence}, {row.open_items} open"
        return None


class PlanItemListModel(QAbstractListModel):
    """Plan items as one line each: title, then due date and owner."""

    def __init__(self, today: Any, empty_text: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._empty_text = empty_text
        self._rows: list[PlanRow] = []

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        """Replace the items shown."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else max(len(self._rows), 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """What can be done with the item at ``index``."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._rows:  # the sentence row can be read but not chosen
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if not self._rows:  # a sentence rather than an empty box
            if role == Qt.ItemDataRole.DisplayRole:
                return self._empty_text
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.muted())
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{self._when(row)}" + (f" · {row.owner}" if row.owner else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.theme_title}: {row.title}\nPress Enter or double-click to open it."
        if role == ItemIdRole:
            return row.id
        return None

    def _when(self, row: PlanRow) -> str:
        if row.due is None:
            return "no due date"
        today: dt.date = self._today()
        days = (row.due - today).days
        if days < 0:
            return f"due {long_date(row.due)}, {-days} day{'s' if days != -1 else ''} late"
        if days == 0:
            return "due today"
        return f"due {long_date(row.due)}, in {days} day{'s' if days != 1 else ''}"


class LineListModel(QAbstractListModel):
    """Short one-line entries (a person, a follow-up, a team), each with an id to open.

    Shows ``empty_text`` as a sentence when there is nothing to list.
    """

    def __init__(self, empty_text: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self._rows: list[tuple[str, str, int]] = []  # (text, tooltip, id)

    def set_rows(self, rows: Sequence[tuple[str, str, int]], empty_text: str = "") -> None:
        """Replace the entries shown, and the sentence for none when ``empty_text`` is given."""
        self.beginResetModel()
        self._rows = list(rows)
        self._empty_text = empty_text or self._empty_text
        self.endResetModel()

    def ids(self) -> list[int]:
        """The ids listed, in order."""
        return [row[2] for row in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else max(len(self._rows), 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """What can be done with the item at ``index``."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._rows:  # the sentence cannot be chosen
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if not self._rows:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._empty_text
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.muted())
            return None
        text, tooltip, row_id = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == ItemIdRole:
            return row_id
        return None
