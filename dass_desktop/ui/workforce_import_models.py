"""The tables of the CSV import dialog: the column mapping, the file's first rows, problems.

All three are :class:`~dass_desktop.ui.row_models.CellTableModel` tables over frozen rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.workforce_file import Column, Preview, Problem
from dass_desktop.ui.row_models import CellTableModel
from dass_desktop.ui.table_columns import ON_PALE

_Index = QModelIndex | QPersistentModelIndex
TargetRole = Qt.ItemDataRole.UserRole + 3
UNMAPPED_FILL = "#fbe7b5"  # the columns still to choose for stand out
_UNMAPPED = QBrush(QColor(UNMAPPED_FILL))
_HOW_TIPS = {
    "recognised": "Recognised from the column's name",
    "remembered": "Remembered from the last file with these columns",
    "ignored": "A column of published statistics the app does not use",
}


@dataclass(frozen=True)
class MappedColumn:
    """A column of the file, an example value from it, and what it is taken to hold."""

    column: Column
    example: str
    target: str | None


class ColumnMappingModel(CellTableModel[MappedColumn]):
    """One row per file column: its name, an example value, and what it maps to (editable)."""

    headers = ("Column in the file", "Example", "Holds")

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), parent)

    def load(self, view: Preview) -> None:
        """Show the columns of a previewed file with their guessed targets."""
        sample = view.sample
        self.set_rows(
            [
                MappedColumn(
                    column,
                    next((row[column.index] for row in sample if row[column.index].strip()), ""),
                    target,
                )
                for column, target in zip(view.columns, view.targets, strict=True)
            ]
        )

    def targets(self) -> list[str | None]:
        """The chosen target of each column, in file order."""
        return [row.target for row in self._rows]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Only the third column, what a column holds, can be edited."""
        base = super().flags(index)
        if index.isValid() and index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell(self, row: MappedColumn, column: int, role: int) -> Any:
        """The column's name, example and target; the target's tip; unmapped rows filled."""
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.column.header, row.example, cols.label(row.target))[column]
        if role in (TargetRole, Qt.ItemDataRole.EditRole) and column == 2:
            return row.target
        if role == Qt.ItemDataRole.BackgroundRole and row.target is None:
            return _UNMAPPED
        if role == Qt.ItemDataRole.ForegroundRole and row.target is None:
            return ON_PALE  # on the pale fill, whatever the theme
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return _HOW_TIPS.get(row.column.how, "Choose what this column holds")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Choose what the column at ``index`` holds (a known target, or None)."""
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        if value is not None and value not in cols.TARGETS:
            return False
        row = index.row()
        self._rows[row] = dataclasses.replace(self._rows[row], target=value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, TargetRole])
        return True


class TargetDelegate(QStyledItemDelegate):
    """A drop-down of what a column can hold."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """A combo box of every target, committing as soon as one is chosen."""
        editor = QComboBox(parent)
        editor.setAccessibleName("What this column holds")
        editor.addItem(cols.label(None), None)
        for target in cols.TARGETS:
            editor.addItem(cols.label(target), target)
        editor.currentIndexChanged.connect(lambda _i, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Show the column's current target in the combo box."""
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(TargetRole))
        editor.blockSignals(True)
        editor.setCurrentIndex(max(found, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        """Store the target chosen in the combo box."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


@dataclass(frozen=True)
class SampleRow:
    """One line of the file as shown in the preview, with its line number in the file."""

    line: int
    cells: tuple[str, ...]


PROBLEM_FILL = "#f6c6c6"  # a cell the checks found wrong
_PROBLEM = QBrush(QColor(PROBLEM_FILL))


class SampleModel(CellTableModel[SampleRow]):
    """The file's first rows under its own column names, numbered by their line in the file.

    The numbers are the ones the problems list uses; a cell found wrong is filled and its
    tip says why.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), parent)
        self._problems: dict[tuple[int, str], str] = {}

    def load(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        lines: Sequence[int] = (),
    ) -> None:
        """Show ``rows`` under ``header``, numbered by ``lines`` (2, 3… when not given)."""
        numbers = list(lines) or list(range(2, len(rows) + 2))
        self.beginResetModel()
        self.headers = tuple(header)
        self._rows = [SampleRow(n, tuple(r)) for n, r in zip(numbers, rows, strict=False)]
        self._problems = {}
        self.endResetModel()

    def mark(self, problems: Sequence[Problem]) -> None:
        """Highlight the cells (or whole lines, for a problem with no column) found wrong."""
        self._problems = {}
        for problem in problems:
            key = (problem.line, problem.column)
            self._problems[key] = "; ".join(
                filter(None, (self._problems.get(key), problem.message))
            )
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.headers) - 1)
            )

    def problem_at(self, line: int, column: int) -> str | None:
        """Why the cell on file line ``line`` in ``column`` is wrong, if it is."""
        header = self.headers[column] if column < len(self.headers) else ""
        return self._problems.get((line, header)) or self._problems.get((line, ""))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The file's column names across the top and the file's line numbers down the side."""
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._rows)
        ):
            return str(self._rows[section].line)
        return super().headerData(section, orientation, role)

    def cell(self, row: SampleRow, column: int, role: int) -> Any:
        """The value as written (nothing past a short row's end); wrong cells filled."""
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else None
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            problem = self.problem_at(row.line, column)
            if problem is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Line {row.line}: {problem}"
            return _PROBLEM if role == Qt.ItemDataRole.BackgroundRole else ON_PALE
        return None


class ProblemModel(CellTableModel[Problem]):
    """Every problem found in the file: line, column and what is wrong."""

    headers = ("Line", "Column", "What is wrong")

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), parent)

    def load(self, problems: Sequence[Problem]) -> None:
        """Show ``problems``."""
        self.set_rows(problems)

    def cell(self, row: Problem, column: int, role: int) -> Any:
        """The line (or "whole file"), the column and the message, also as a tip."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            line = str(row.line) if row.line else "whole file"
            return (line, row.column, row.message)[column]
        return None
