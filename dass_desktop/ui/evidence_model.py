"""The evidence links of one plan item, as a list model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl

from dass_desktop.domain.dates import long_date
from dass_desktop.domain.plan_terms import Evidence

_Index = QModelIndex | QPersistentModelIndex
EvidenceRole = Qt.ItemDataRole.UserRole + 1


def evidence_url(target: str) -> QUrl:
    """The URL to open for an evidence target: a web address or a local file."""
    if target.lower().startswith(("http://", "https://", "mailto:")):
        return QUrl(target, QUrl.ParsingMode.StrictMode)
    return QUrl.fromLocalFile(target)


class EvidenceListModel(QAbstractListModel):
    """Evidence rows shown as their label (or file name / address) and date added."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._links: list[Evidence] = []

    def set_links(self, links: Sequence[Evidence]) -> None:
        """Replace the links shown."""
        self.beginResetModel()
        self._links = list(links)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else len(self._links)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._links):
            return None
        link = self._links[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = link.label or (
                link.target if "://" in link.target else Path(link.target).name or link.target
            )
            return f"{name} · added {long_date(link.added_on)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return link.target
        if role == EvidenceRole:
            return link
        return None
