"""The CSV import dialog: choose a file, check the column mapping, import with progress.

The preview shows what each column was recognised as (or remembered from last time) with a
drop-down to change it, and the file's first rows numbered by their line in the file. Once
every column is accounted for, the whole file goes through the same checks as the import (in
a worker thread): problems are listed by line, the wrong cells are highlighted in the
preview, and Import stays disabled until the file is clean. The preview also says how many
figures already held the import would change. Importing checks again and saves everything in
one transaction; it is one step on the window's undo stack.

Signals:
    imported(str): a summary, after a successful import.
"""

from __future__ import annotations

from dass_desktop.ui.workforce_import_models import (
    ColumnMappingModel,
    ProblemModel,
    SampleModel,
    TargetDelegate,
)

__all__ = ["ColumnMappingModel", "ProblemModel", "SampleModel", "WorkforceImportDialog"]

import datetime as dt
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QThread,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QWidget,
)

from dass_desktop.domain.changes import Changes
from dass_desktop.domain.workforce_import import (
    ImportBatch,
    Overwritten,
    apply_import,
    overwritten,
    saved_mapping,
    undo_import,
)
from dass_desktop.interchange.tabular import CsvProblem
from dass_desktop.interchange.workforce_csv import check, context_for
from dass_desktop.interchange.workforce_file import (
    Context,
    Outcome,
    Preview,
    preview,
)
from dass_desktop.store import Store
from dass_desktop.store.errors import EnvironmentProblem
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.forms.ui_workforce_import_dialog import Ui_WorkforceImportDialog
from dass_desktop.ui.operations import OperationRunner


class ImportWorker(QThread):
    """Checks the file and, if it is clean, saves it, away from the window's thread.

    Signals:
        progressed(str, int, int): stage ("Checking" or "Saving"), done, total.
        checked(object, object): the :class:`Outcome` (and, when it is clean, the figures
            it would overwrite) after a check only, or when there are problems or a question.
        saved(object, object, object): the :class:`Outcome`, the :class:`Changes` and the
            :class:`Overwritten` figures as they were, once saved.
        failed(str): a plain message about the user's environment (disk full, locked…).
        crashed(str): the traceback of an unexpected error (a bug).
    """

    progressed = Signal(str, int, int)
    checked = Signal(object, object)
    saved = Signal(object, object, object)
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
        *,
        save: bool = True,
    ) -> None:
        super().__init__(parent)
        self.save = save
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
                self.checked.emit(outcome, None)
                return
            before = overwritten(self._store, outcome.batch)
            if not self.save:
                self.checked.emit(outcome, before)
                return
            changes = apply_import(
                self._store,
                outcome.batch,
                progress=lambda done, total: self.progressed.emit("Saving", done, total),
            )
            self.saved.emit(outcome, changes, before)
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
        ops: OperationRunner,
        store: Store,
        bus: DataBus,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkforceImportDialog()
        self.ui.setupUi(self)
        self._ops = ops
        self.ready = False  # the last check of the whole file found nothing wrong
        self._recheck = False
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
        self.ready = False
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
        lines = [line for line, _ in view.table.rows[: len(view.sample)]]
        self.sample.load([c.header for c in view.columns], view.sample, lines)
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
        self.ready = False
        self.import_button.setEnabled(False)
        if unmapped:
            names = ", ".join(f"'{n}'" for n in unmapped)
            self._say(f"Say what these columns hold, or ignore them: {names}.")
            return
        self.check_file()

    def check_file(self) -> None:
        """Run the import's checks over the whole file, saving nothing (in a worker)."""
        if self._view is None:
            return
        if self.worker is not None:
            self._recheck = True
            return
        self._start_worker(save=False)

    def _reset_answer(self) -> None:
        for radio in (self.ui.fractionsRadio, self.ui.pointsRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)

    def _answered(self) -> None:
        if self.ui.questionFrame.isVisible() and self.fractions() is not None:
            self.check_file()

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
        if self._view is None or self.worker is not None or not self.ready:
            return
        if self.ui.questionFrame.isVisible() and self.fractions() is None:
            self._say("Answer the question about percentages first.", error=True)
            return
        self._start_worker(save=True)

    def _start_worker(self, *, save: bool) -> None:
        assert self._view is not None
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
            save=save,
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

    def _checked(self, outcome: Outcome, before: Overwritten | None) -> None:
        self.last_outcome = outcome
        self.ready = outcome.ok
        self.sample.mark(outcome.problems)
        if outcome.ambiguous:
            self.ui.questionLabel.setText(outcome.question)
            self.ui.questionFrame.show()
            self._say("Answer the question above; the file is checked again then.")
            return
        if outcome.ok and outcome.batch is not None:
            self._say(" ".join([_ready_text(outcome.batch, before), *outcome.notes]))
            return
        self.problems.load(outcome.problems)
        self.ui.problemsPanel.show()
        self.ui.problemsView.resizeColumnsToContents()
        count = sum(1 for p in outcome.problems if p.line)
        lines = (
            f"{count:,} line{'s' if count != 1 else ''} need{'s' if count == 1 else ''} correcting"
        )
        self._say(
            f"Nothing can be imported yet: {lines if count else 'the file needs correcting'}. "
            "Correct the file and choose it again; every problem is listed above.",
            error=True,
        )

    def _saved(self, outcome: Outcome, changes: Changes, before: Overwritten) -> None:
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
        if before.changed:
            summary += f" {_figures(before.changed)} already held changed."
        store = self._store
        self._ops.record(
            f"Imported {batch.file_name}.",
            changes,
            lambda: undo_import(store, batch, before),
            lambda: apply_import(store, batch),
        )
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
        if self._recheck:
            self._recheck = False
            self.check_file()
            return
        outcome = self.last_outcome
        if worker is not None and worker.save and outcome is not None and outcome.ok:
            if self.isVisible():
                self.accept()
            return
        self.import_button.setEnabled(self._view is not None and self.ready)

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


def _figures(count: int) -> str:
    return f"{count:,} figure{'s' if count != 1 else ''}"


def _ready_text(batch: ImportBatch, before: Overwritten | None) -> str:
    """What pressing Import will do, once the whole file has passed the checks."""
    text = f"Every line passed the checks. Ready to import {_figures(batch.size)}."
    if before is not None and before.changed:
        text += (
            f" {_figures(before.changed)} you already hold will change"
            " (Ctrl+Z after importing puts them back)."
        )
    return text


def _empty_preview(name: str) -> Preview:
    from dass_desktop.interchange.tabular import Table

    return Preview(name, Table((), [], ",", "", 0), (), "", None)
