"""The every-word search filter shared by the app's searchable lists and tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from dass_desktop.ui.row_models import SourceSortProxy

_Index = QModelIndex | QPersistentModelIndex


class WordFilterModel(SourceSortProxy):
    """Shows the rows whose text holds every word typed (case-insensitive, any order).

    Subclasses say what text a row is searched by (:meth:`row_text`); those with more
    filters override :meth:`filterAcceptsRow` and call :meth:`matches` for the words.
    Over a row model, the row model does the sorting (see :class:`SourceSortProxy`).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    @property
    def words(self) -> list[str]:
        """The words typed, case-folded."""
        return self._words

    def set_search(self, text: str) -> None:
        """Show only rows matching every word of ``text`` (case-insensitive)."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, text: str) -> bool:
        """Whether ``text`` holds every word typed (True when nothing is typed)."""
        haystack = text.casefold()
        return all(word in haystack for word in self._words)

    def row_text(self, source_row: int, source_parent: _Index) -> str:
        """The text a source row is searched by; the first column's text by default."""
        return str(self.sourceModel().index(source_row, 0, source_parent).data())

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Accept a row when nothing is typed or its text holds every word."""
        if not self._words:
            return True
        return self.matches(self.row_text(source_row, source_parent))
