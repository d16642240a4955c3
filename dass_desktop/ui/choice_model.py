"""A tickable list of choices (teams, people) with a type-to-find filter.

The quick capture form uses one for the teams involved and one for the people met. Ticked
choices stay in view whatever is typed in the filter, so the director always sees what
they have chosen.

Signals:
    ChoiceModel.ticked_changed(): a choice was ticked or unticked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dass_desktop.ui.word_filter import WordFilterModel

_Index = QModelIndex | QPersistentModelIndex
ChoiceIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choice:
    """One thing that can be ticked: its id, its name and a line of detail."""

    id: int
    label: str
    detail: str = ""


class ChoiceModel(QAbstractListModel):
    """Choices in the order given, each tickable; shows "name — detail"."""

    ticked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._ticked: set[int] = set()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Replace the choices; ticks on choices that remain are kept."""
        self.beginResetModel()
        self._choices = list(choices)
        self._ticked &= {c.id for c in self._choices}
        self.endResetModel()

    def ticked(self) -> tuple[int, ...]:
        """The ids ticked, in list order."""
        return tuple(c.id for c in self._choices if c.id in self._ticked)

    def set_ticked(self, ids: Iterable[int]) -> None:
        """Tick exactly ``ids`` (unknown ids are ignored)."""
        self._ticked = set(ids) & {c.id for c in self._choices}
        if self._choices:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._choices) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.ticked_changed.emit()

    def tick(self, choice_id: int, on: bool = True) -> None:
        """Tick (or untick) one choice."""
        row = next((i for i, c in enumerate(self._choices) if c.id == choice_id), -1)
        if row >= 0:
            self.setData(
                self.index(row),
                (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value,
                Qt.ItemDataRole.CheckStateRole,
            )

    def is_ticked(self, choice_id: int) -> bool:
        """True when ``choice_id`` is ticked."""
        return choice_id in self._ticked

    def choice(self, choice_id: int) -> Choice | None:
        """The choice with ``choice_id``, if it is in the list."""
        return next((c for c in self._choices if c.id == choice_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else len(self._choices)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """What can be done with the item at ``index``."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{choice.label} — {choice.detail}" if choice.detail else choice.label
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = choice.id in self._ticked
            return (Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (choice.label, choice.detail) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return choice.label
        if role == ChoiceIdRole:
            return choice.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change the item at ``index`` (e.g. tick or untick it)."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        choice = self._choices[index.row()]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._ticked.add(choice.id)
        else:
            self._ticked.discard(choice.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True


class ChoiceFilterModel(WordFilterModel):
    """Shows choices whose name or detail has every word typed, and every ticked choice."""

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether a source row passes the search and filters."""
        model = self.sourceModel()
        assert isinstance(model, ChoiceModel)
        index = model.index(source_row, 0, source_parent)
        if not self._words or model.is_ticked(index.data(ChoiceIdRole)):
            return True
        return self.matches(str(index.data(Qt.ItemDataRole.DisplayRole)))

    def first_unticked(self) -> int | None:
        """The id of the first choice shown that is not yet ticked (for Enter in the filter)."""
        model = self.sourceModel()
        assert isinstance(model, ChoiceModel)
        for row in range(self.rowCount()):
            choice_id = self.index(row, 0).data(ChoiceIdRole)
            if not model.is_ticked(choice_id):
                return int(choice_id)
        return None
