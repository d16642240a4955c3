"""The searchable list of councils in the profile dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dass_desktop.domain.councils import Council
from dass_desktop.ui.word_filter import WordFilterModel

CouncilRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class CouncilListModel(QAbstractListModel):
    """A read-only list of :class:`Council` rows, shown as "Name (Region)"."""

    def __init__(self, councils: tuple[Council, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._councils = councils

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else len(self._councils)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._councils):
            return None
        council = self._councils[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{council.name} ({council.region})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{council.official_name}: {council.kind}, {council.region}, {council.code}"
        if role == CouncilRole:
            return council
        return None

    def row_of(self, code: str) -> int:
        """The row of the council with ONS code ``code``, or -1."""
        return next((i for i, c in enumerate(self._councils) if c.code == code), -1)


class CouncilFilterModel(WordFilterModel):
    """Filters councils by every word typed, matched against name, official name and region."""

    def row_text(self, source_row: int, source_parent: _Index) -> str:
        """A council's name, official name and region."""
        council = self.sourceModel().index(source_row, 0, source_parent).data(CouncilRole)
        return f"{council.name} {council.official_name} {council.region}"
