"""The sidebar: a list model of the pages that exist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class PageListModel(QAbstractListModel):
    """Page titles with their keyboard shortcut shown as a tooltip."""

    def __init__(self, pages: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._pages = pages  # (title, shortcut text)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        title, shortcut = self._pages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title} ({shortcut})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return title
        return None
