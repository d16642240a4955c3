"""The CSV import dialog: choose a file, check the column mapping, import with progress.

The preview shows what each column was recognised as (or remembered from last time) with a
drop-down to change it, and the file's first rows. Importing runs in a worker thread: every
row is checked first, and the figures are saved in one transaction only when the whole file
is clean. Problems are listed with their line numbers and nothing is saved.

Signals:
    imported(str): a summary, after a successful import.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dass_desktop.domain.changes import Changes
from dass_desktop.domain.workforce_import import apply_import, saved_mapping
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.tabular import CsvProblem
from dass_desktop.interchange.workforce_csv import check, context_for
from dass_desktop.interchange.workforce_file import (
    Column,
    Context,
    Outcome,
    Preview,
    Problem,
    preview,
)
from dass_desktop.store import Store
from dass_desktop.store.errors import EnvironmentProblem
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.forms.ui_workforce_import_dialog import Ui_WorkforceImportDialog

_Index = QModelIndex | QPersistentModelIndex
TargetRole = Qt.ItemDataRole.UserRole + 1
UNMAPPED_FILL = "#fbe7b5"  # the columns still to choose for stand out


class ColumnMappingModel(QAbstractTableModel):
    """One row per file column: its name, an example value, and what it maps to (editable)."""

    headers = ("Column in the file", "Example", "Holds")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._examples: list[str] = []
        self._targets: list[str | None] = []

    def load(self, view: Preview) -> None:
        """Show the columns of a previewed file with their guessed targets."""
        self.beginResetModel()
        self._columns = list(view.columns)
        sample = view.sample
        self._examples = [
            next((row[c.index] for row in sample if row[c.index].strip()), "") for c in view.columns
        ]
        self._targets = view.targets
        self.endResetModel()

    def targets(self) -> list[str | None]:
        """The chosen target of each column, in file order."""
        return list(self._targets)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._columns):
            return None
        column, target = self._columns[index.row()], self._targets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (column.header, self._examples[index.row()], cols.label(target))[index.column()]
        if role in (TargetRole, Qt.ItemDataRole.EditRole) and index.column() == 2:
            return target
        if role == Qt.ItemDataRole.BackgroundRole and target is None:
            return QBrush(QColor(UNMAPPED_FILL))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return {
                "recognised": "Recognised from the column's name",
                "remembered": "Remembered from the last file with these columns",
                "ignored": "A column of published statistics the app does not use",
            }.get(column.how, "Choose what this column holds")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        if value is not None and value not in cols.TARGETS:
            return False
        self._targets[index.row()] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, TargetRole])
        return True


class TargetDelegate(QStyledItemDelegate):
    """A drop-down of what a column can hold."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName("What this column holds")
        editor.addItem(cols.label(None), None)
        for target in cols.TARGETS:
            editor.addItem(cols.label(target), target)
        editor.currentIndexChanged.connect(lambda _i, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(TargetRole))
        editor.blockSignals(True)
        editor.setCurrentIndex(max(found, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SampleModel(QAbstractTableModel):
    """The file's first rows under its own column names."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []

    def load(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Show ``rows`` under ``header``."""
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._header):
            return self._header[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if 0 <= index.column() < len(row) else None


class ProblemModel(QAbstractTableModel):
    """Every problem found in the file: line, column and what is wrong."""

    headers = ("Line", "Column", "What is wrong")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def load(self, problems: Sequence[Problem]) -> None:
        """Show ``problems``."""
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            line = str(problem.line) if problem.line else "whole file"
            return (line, problem.column, problem.message)[index.column()]
        return None


class ImportWorker(QThread):
    """Checks the file and, if it is clean, saves it, away from the window's thread.

    Signals:
        progressed(str, int, int): stage ("Checking" or "Saving"), done, total.
        checked(object): the :class:`Outcome` when there are problems or a question.
        saved(object, object): the :class:`Outcome` and the :class:`Changes` once saved.
        failed(str): a plain message about the user's environment (disk full, locked…).
        crashed(str): the traceback of an unexpected error (a bug).
    """

    progressed = Signal(str, int, int)
    checked = Signal(object)
    saved = Signal(object, object)
    failed = Signal(str)
    crashed = Signal(str)

    def __init__(
        self,
        store: Store,
        view: Preview,
        targets: list[str | None],
        context: Context,
        fractions: bool | None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._view = view
        self._targets = targets
        self._context = context
        self._fractions = fractions

    def run(self) -> None:
        """Check, then save (in this thread)."""
        try:
            outcome = check(
                self._view,
                self._targets,
                self._context,
                fractions=self._fractions,
                progress=lambda done, total: self.progressed.emit("Checking", done, total),
            )
            if not outcome.ok or outcome.batch is None:
                self.checked.emit(outcome)
                return
            changes = apply_import(
                self._store,
                outcome.batch,
                progress=lambda done, total: self.progressed.emit("Saving", done, total),
            )
            self.saved.emit(outcome, changes)
        except EnvironmentProblem as problem:
            self.failed.emit(problem.message)
        except Exception:
            self.crashed.emit(traceback.format_exc())


class WorkforceImportDialog(QDialog):
    """Imports a workforce CSV: preview and mapping, then checks and saves with progress.

    Signals:
        imported(str): a one-line summary of what was imported.
    """

    imported = Signal(str)

    def __init__(
        self,
        store: Store,
        bus: DataBus,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkforceImportDialog()
        self.ui.setupUi(self)
        self._store = store
        self._bus = bus
        self._today = today
        self._view: Preview | None = None
        self.worker: ImportWorker | None = None
        self.last_outcome: Outcome | None = None

        self.mapping = ColumnMappingModel(self)
        self.ui.mappingView.setModel(self.mapping)
        self.ui.mappingView.setItemDelegateForColumn(2, TargetDelegate(self))
        self.ui.mappingView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.ui.mappingView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping.dataChanged.connect(self._mapping_changed)
        self.sample = SampleModel(self)
        self.ui.sampleView.setModel(self.sample)
        self.problems = ProblemModel(self)
        self.ui.problemsView.setModel(self.problems)
        self.ui.problemsView.horizontalHeader().setStretchLastSection(True)

        self.import_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("&Import")
        self.import_button.setEnabled(False)
        self.ui.buttons.accepted.connect(self.start_import)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.fractionsRadio.toggled.connect(self._answered)
        self.ui.pointsRadio.toggled.connect(self._answered)
        self.ui.questionFrame.hide()
        self.ui.problemsPanel.hide()
        self.ui.progress.hide()
        self.ui.previewSplitter.setSizes([320, 170, 200])

    # --- the file --------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for a CSV file and preview it."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Import workforce figures", "", "CSV files (*.csv *.txt);;All files (*)"
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Preview ``path``; False (with the reason shown) when it cannot be read."""
        self._view = None
        self.ui.problemsPanel.hide()
        self.ui.questionFrame.hide()
        self._reset_answer()
        self.ui.fileLabel.setText(f"<b>{path.name}</b><br>{path.parent}")
        try:
            data = path.read_bytes()
            view = preview(data, path.name, lambda sig: saved_mapping(self._store, sig))
        except OSError as exc:
            self._say(f"The file cannot be read ({exc.strerror or exc}).", error=True)
            self.import_button.setEnabled(False)
            return False
        except CsvProblem as problem:
            self._say(problem.message, error=True)
            self.ui.layoutLabel.clear()
            self.mapping.load(_empty_preview(path.name))
            self.sample.load([], [])
            self.import_button.setEnabled(False)
            return False
        self._view = view
        remembered = (
            " Column choices remembered from the last file like it." if view.remembered else ""
        )
        self.ui.layoutLabel.setText(f"{view.describe}.{remembered}")
        self.mapping.load(view)
        self.sample.load([c.header for c in view.columns], view.sample)
        self.ui.sampleView.resizeColumnsToContents()
        for row in range(self.mapping.rowCount()):
            self.ui.mappingView.openPersistentEditor(self.mapping.index(row, 2))
        self.ui.mappingView.resizeColumnToContents(1)
        self._mapping_changed()
        return True

    def _mapping_changed(self) -> None:
        if self._view is None:
            return
        unmapped = [
            c.header
            for c, t in zip(self._view.columns, self.mapping.targets(), strict=True)
            if t is None
        ]
        if unmapped:
            names = ", ".join(f"'{n}'" for n in unmapped)
            self._say(f"Say what these columns hold, or ignore them: {names}.")
        else:
            self._say("Ready to import. Every row is checked before anything is saved.")
        self.import_button.setEnabled(not unmapped and self.worker is None)

    def _reset_answer(self) -> None:
        for radio in (self.ui.fractionsRadio, self.ui.pointsRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)

    def _answered(self) -> None:
        if self.ui.questionFrame.isVisible() and self.fractions() is not None:
            self._say("Thank you. Press Import to go on.")

    def fractions(self) -> bool | None:
        """The answer to the fractions question, if it has been asked and answered."""
        if self.ui.fractionsRadio.isChecked():
            return True
        if self.ui.pointsRadio.isChecked():
            return False
        return None

    def _say(self, text: str, *, error: bool = False) -> None:
        label = self.ui.statusLabel
        label.setProperty("role", "error" if error else "")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    # --- importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        """Check the whole file and save it in a worker thread, showing progress."""
        if self._view is None or self.worker is not None:
            return
        if self.ui.questionFrame.isVisible() and self.fractions() is None:
            self._say("Answer the question about percentages first.", error=True)
            return
        self.ui.problemsPanel.hide()
        self.import_button.setEnabled(False)
        self.ui.mappingView.setEnabled(False)
        self.ui.chooseButton.setEnabled(False)
        self.ui.progress.setRange(0, 0)
        self.ui.progress.show()
        self._say("Checking every row…")
        worker = ImportWorker(
            self._store,
            self._view,
            self.mapping.targets(),
            context_for(self._store, self._today()),
            self.fractions(),
            self,
        )
        worker.progressed.connect(self._progressed)
        worker.checked.connect(self._checked)
        worker.saved.connect(self._saved)
        worker.failed.connect(self._failed)
        worker.crashed.connect(self._crashed)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)
        self._say(f"{stage}: {done:,} of {total:,}…")

    def _checked(self, outcome: Outcome) -> None:
        self.last_outcome = outcome
        if outcome.ambiguous:
            self.ui.questionLabel.setText(outcome.question)
            self.ui.questionFrame.show()
            self._say("Answer the question, then press Import again.")
            return
        self.problems.load(outcome.problems)
        self.ui.problemsPanel.show()
        self.ui.problemsView.resizeColumnsToContents()
        count = sum(1 for p in outcome.problems if p.line)
        lines = (
            f"{count:,} line{'s' if count != 1 else ''} need{'s' if count == 1 else ''} correcting"
        )
        self._say(
            f"Nothing was imported: {lines if count else 'the file needs correcting'}. "
            "Correct the file and import it again; every problem is listed above.",
            error=True,
        )

    def _saved(self, outcome: Outcome, changes: Changes) -> None:
        self.last_outcome = outcome
        batch = outcome.batch
        assert batch is not None
        parts = []
        if batch.own:
            parts.append(f"{len(batch.own):,} of your figures")
        if batch.comparators:
            parts.append(f"{len(batch.comparators):,} comparator figures")
        if batch.diversity:
            parts.append(f"{len(batch.diversity):,} diversity figures")
        notes = " ".join(outcome.notes)
        summary = f"Imported {' and '.join(parts)} from {batch.file_name}. {notes}".strip()
        self._bus.publish(changes)
        self.imported.emit(summary)
        self._say(summary)

    def _failed(self, message: str) -> None:
        self._say(f"Nothing was imported. {message}", error=True)

    def _crashed(self, text: str) -> None:
        self._say("Nothing was imported: something went wrong inside the app.", error=True)
        raise RuntimeError(f"The import failed unexpectedly:\n{text}")

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.ui.progress.hide()
        self.ui.mappingView.setEnabled(True)
        self.ui.chooseButton.setEnabled(True)
        outcome = self.last_outcome
        if outcome is not None and outcome.ok and self.isVisible():
            self.accept()
            return
        self.import_button.setEnabled(self._view is not None)

    def reject(self) -> None:
        """Close, unless an import is being saved (it finishes first)."""
        if self.worker is not None:
            self._say("Please wait: the import is being checked and saved.")
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never close while the worker runs (its transaction must end cleanly)."""
        if self.worker is not None:
            event.ignore()
            return
        super().closeEvent(event)


def _empty_preview(name: str) -> Preview:
    from dass_desktop.interchange.tabular import Table

    return Preview(name, Table((), [], ",", "", 0), (), "", None)
