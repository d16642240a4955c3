"""The rows of the search box: a heading for each kind, then its hits, best first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from dass_desktop.domain.dates import long_date
from dass_desktop.domain.search_terms import Hit, HitKind, SearchResult
from dass_desktop.ui.row_models import RowRole

_Index = QModelIndex | QPersistentModelIndex
# One row of the list: a group's heading (its kind and how many matched) or a hit under it.
_Row = tuple[HitKind, int] | Hit


class SearchResultsModel(QAbstractListModel):
    """A flat list of headings and hits; only hits can be chosen.

    ``RowRole`` gives a hit row's :class:`Hit` (None on a heading).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_result(self, result: SearchResult) -> None:
        """Show ``result``, group by group."""
        self.beginResetModel()
        self._rows = []
        for group in result.groups:
            self._rows.append((group.kind, group.total))
            self._rows.extend(group.hits)
        self.endResetModel()

    def hit_rows(self) -> list[int]:
        """The rows that hold hits, in order."""
        return [n for n, row in enumerate(self._rows) if isinstance(row, Hit)]

    def hit_at(self, row: int) -> Hit | None:
        """The hit in ``row`` (None for a heading or no such row)."""
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Hit) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many headings and hits (a list: nothing under a row)."""
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Hits can be chosen; headings are only read."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], Hit):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A heading in bold ("Plan items (3)"), or a hit's title and date, its snippet as
        the tooltip and its words for screen readers.
        """
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, Hit):
            when = f"  ·  {long_date(row.date)}" if row.date else ""
            if role == Qt.ItemDataRole.DisplayRole:
                # The words found, when the title alone does not show why it matched.
                shown = row.snippet.strip("…") in row.title
                context = f"  —  {row.snippet}" if row.snippet and not shown else ""
                return f"    {row.title}{when}{context}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.snippet or row.title
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{row.kind.label}: {row.title}{when}"
            if role == RowRole:
                return row
            return None
        kind, total = row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{kind.heading} ({total})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
