"""The export dialog: choose a plan, a date and names on or off; export; open or print.

The PDF is built on a worker thread so the window stays responsive and the progress bar
moves; reading the database from that thread is safe because each thread gets its own
pooled connection. While it runs, Close becomes Cancel: the export stops at its next step
and leaves no file. Open falls back to showing the file in its folder when no PDF viewer is
set up, and says so.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox, QRadioButton, QWidget

from dass_desktop.domain.narrative import PlanKind
from dass_desktop.store import Store
from dass_desktop.store.errors import EnvironmentProblem, classify
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.forms.ui_export_dialog import Ui_ExportDialog


class _ExportWorker(QObject):
    """Runs one export off the GUI thread.

    Signals:
        progressed(int, str): percentage and what is happening.
        finished(str): the path written.
        failed(str): a plain sentence saying what went wrong.
        cancelled(): the export was stopped on request; no file was written.
    """

    progressed = Signal(int, str)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        store: Store,
        kind: PlanKind | None,
        out: Path,
        as_of: dt.date,
        names: bool,
        appendix: bool = False,
        awards: int | bool = False,
    ) -> None:
        super().__init__()
        self._args = (store, kind, out, as_of, names, appendix)
        # The awards sheet instead: True for the latest round, or a round's id.
        self._awards = awards
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        """Export (a plan, or the one-to-one briefing when ``kind`` is None)."""
        from dass_desktop.reports.plans import (
            ExportCancelled,
            ExportFailed,
            export_awards,
            export_one_to_one,
            export_plan,
        )

        store, kind, out, as_of, names, appendix = self._args

        def progress(percent: int, message: str) -> None:
            if self.stop.is_set():
                raise ExportCancelled
            self.progressed.emit(percent, message)

        try:
            if self._awards is not False:
                which = None if self._awards is True else int(self._awards)
                path = export_awards(store, out, as_of, which=which, names=names, progress=progress)
            elif kind is None:
                path = export_one_to_one(store, out, as_of, names=names, progress=progress)
            else:
                path = export_plan(
                    store, kind, out, as_of, names=names, appendix=appendix, progress=progress
                )
        except ExportCancelled:
            self.cancelled.emit()
            return
        except ExportFailed as exc:
            self.failed.emit(str(exc))
            return
        except EnvironmentProblem as plain:
            self.failed.emit(plain.message)
            return
        except OSError as exc:
            problem = classify(exc, out)
            self.failed.emit(
                problem.message if problem else f"Could not write {out}: {exc.strerror or exc}."
            )
            return
        self.finished.emit(str(path))


class ExportDialog(QDialog):
    """Export the 100-day or six-month plan as a PDF, then open or print it."""

    def __init__(
        self, store: Store, today: dt.date, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._store = store
        self._folder = folder
        self._thread: QThread | None = None
        self._worker: _ExportWorker | None = None
        self.written: Path | None = None
        self.busy = False
        # How a file or folder is shown; returns False when nothing on the system can.
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.ui.asOfEdit.setDate(to_qdate(today))
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName("Meeting")
        self.meeting_combo.setToolTip("The one-to-one the pack is for")
        self.ui.form.insertRow(2, "&Meeting:", self.meeting_combo)
        self._fill_meetings(today)
        self.meeting_combo.currentIndexChanged.connect(self._suggest_name)
        self.ui.oneToOne.toggled.connect(self._meeting_or_date)
        # The one-page sheet for a staff awards event (the latest round, or one chosen).
        self.awards = QRadioButton("Staff awards sheet (one page)", self)
        self.awards.setAccessibleName("Staff awards sheet")
        self.ui.planChoice.addWidget(self.awards)
        self.awards_round: int | None = None
        self.awards.toggled.connect(self._suggest_name)
        self.awards.toggled.connect(self._appendix_allowed)
        self.ui.hundredDay.toggled.connect(self._suggest_name)
        self.ui.oneToOne.toggled.connect(self._suggest_name)
        self.ui.asOfEdit.dateChanged.connect(self._suggest_name)
        self.ui.noNames.toggled.connect(self._suggest_name)
        self.ui.oneToOne.toggled.connect(self._appendix_allowed)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.openButton.clicked.connect(self.open_pdf)
        self.ui.printButton.clicked.connect(self.print_pdf)
        self.ui.closeButton.clicked.connect(self._close_or_cancel)
        self._suggest_name()
        self._meeting_or_date()

    def _fill_meetings(self, today: dt.date) -> None:
        """List the meetings, the next one (on or after today) chosen."""
        from dass_desktop.domain import meeting_store

        meetings = meeting_store.list_meetings(self._store)
        for m in meetings:
            when = "next" if m.held_on >= today else "held"
            self.meeting_combo.addItem(
                f"{m.held_on:%d/%m/%Y} · {m.with_whom.label} ({when})", m.held_on.toordinal()
            )
        if not meetings:
            self.meeting_combo.addItem("No meeting arranged: a briefing as of today", None)
            return
        upcoming = meeting_store.next_meeting(meetings, today) or meetings[-1]
        self.meeting_combo.setCurrentIndex(meetings.index(upcoming))

    def _meeting_or_date(self) -> None:
        """The pack is for a meeting; the plans are as of a date."""
        one_to_one = self.kind is None
        self.ui.form.setRowVisible(self.meeting_combo, one_to_one)
        self.ui.form.setRowVisible(self.ui.asOfEdit, not one_to_one)

    def choose_meeting(self, day: dt.date) -> None:
        """Choose the one-to-one pack for the meeting on ``day`` (when listed)."""
        index = self.meeting_combo.findData(day.toordinal())
        if index >= 0:
            self.ui.oneToOne.setChecked(True)
            self.meeting_combo.setCurrentIndex(index)

    @property
    def meeting_day(self) -> dt.date:
        """The day of the meeting chosen for the pack (the as-of date when none is)."""
        value = self.meeting_combo.currentData()
        if isinstance(value, int):
            return dt.date.fromordinal(value)
        return from_qdate(self.ui.asOfEdit.date())

    @property
    def kind(self) -> PlanKind | None:
        """The plan chosen, or None for the one-to-one briefing or the awards sheet."""
        if self.ui.oneToOne.isChecked() or self.awards.isChecked():
            return None
        return PlanKind.HUNDRED_DAY if self.ui.hundredDay.isChecked() else PlanKind.SIX_MONTH

    def choose_awards(self, round_id: int | None) -> None:
        """Choose the awards sheet of round ``round_id`` (None: the latest round)."""
        self.awards_round = round_id
        self.awards.setChecked(True)

    def _appendix_allowed(self) -> None:
        """The briefing has no appendix: the option is for the plans only."""
        self.ui.appendix.setEnabled(self.kind is not None)

    def _suggest_name(self) -> None:
        as_of = self.meeting_day if self.kind is None else from_qdate(self.ui.asOfEdit.date())
        suffix = "-roles-only" if self.ui.noNames.isChecked() else ""
        what = "one-to-one-briefing" if self.kind is None else f"{self.kind.value}-plan"
        if self.awards.isChecked():
            what = "staff-awards-sheet"
        name = f"{what}-{as_of:%Y-%m-%d}{suffix}.pdf"
        self.ui.fileEdit.setText(str(self._folder / name))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the plan as", self.ui.fileEdit.text(), "PDF (*.pdf)"
        )
        if path:
            self.ui.fileEdit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export(self) -> None:
        """Start exporting with the choices made."""
        text = self.ui.fileEdit.text().strip()
        if not text:
            self.ui.statusText.setText("Choose where to save the PDF.")
            return
        out = Path(text).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        self._set_busy(True)
        self.ui.statusText.setText("Starting…")
        self._thread = QThread(self)
        self._worker = _ExportWorker(
            self._store,
            self.kind,
            out,
            self.meeting_day if self.kind is None else from_qdate(self.ui.asOfEdit.date()),
            not self.ui.noNames.isChecked(),
            self.ui.appendix.isChecked() and self.kind is not None,
            awards=(self.awards_round or True) if self.awards.isChecked() else False,
        )
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._worker.cancelled.connect(self._cancelled)
        # Quit straight from the worker (QThread.quit is thread-safe): a queued quit could
        # wait behind a main thread already blocked in wait(), and never arrive.
        direct = Qt.ConnectionType.DirectConnection
        self._worker.finished.connect(self._thread.quit, direct)
        self._worker.failed.connect(self._thread.quit, direct)
        self._worker.cancelled.connect(self._thread.quit, direct)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def wait(self) -> None:
        """Block until an export under way has finished (for closing and tests)."""
        if self._thread is not None:
            self._thread.wait()

    def cancel(self) -> None:
        """Stop the export under way at its next step; it leaves no file."""
        if self.busy and self._worker is not None:
            self._worker.stop.set()
            self.ui.closeButton.setEnabled(False)
            self.ui.statusText.setText("Cancelling…")

    def _close_or_cancel(self) -> None:
        if self.busy:
            self.cancel()
        else:
            self.reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.ui.exportButton, self.ui.browseButton):
            widget.setEnabled(not busy)
        self.ui.closeButton.setEnabled(True)
        self.ui.closeButton.setText("Cancel" if busy else "Close")
        self.ui.closeButton.setToolTip(
            "Stop the export; no file is left" if busy else "Close this window"
        )
        if busy:
            self.ui.openButton.setEnabled(False)
            self.ui.printButton.setEnabled(False)

    def _progressed(self, percent: int, message: str) -> None:
        self.ui.progress.setValue(percent)
        self.ui.statusText.setText(message + "…" if percent < 100 else message)

    def _finished(self, path: str) -> None:
        self.written = Path(path)
        self._set_busy(False)
        self.ui.progress.setValue(100)
        self.ui.statusText.setText(f"Saved {path}")
        self.ui.openButton.setEnabled(True)
        self.ui.printButton.setEnabled(True)
        self.ui.openButton.setFocus()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.ui.progress.setValue(0)
        self.ui.statusText.setText(message)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.ui.progress.setValue(0)
        self.ui.statusText.setText("Export cancelled; no file was written.")

    def open_pdf(self) -> None:
        """Open the PDF in the system's PDF viewer, or else show it in its folder."""
        if self.written is None:
            return
        if self.opener(QUrl.fromLocalFile(str(self.written))):
            return
        folder = self.written.parent
        if self.opener(QUrl.fromLocalFile(str(folder))):
            self.ui.statusText.setText(
                f"No PDF viewer is set up on this computer, so its folder was opened instead: "
                f"{self.written.name} is in {folder}."
            )
        else:
            self.ui.statusText.setText(
                f"No PDF viewer is set up on this computer. The file is {self.written}."
            )

    def print_pdf(self) -> None:
        """Print the PDF through Qt's print dialog, page by page at printer resolution."""
        if self.written is None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.written.stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QPdfDocument(self)
        document.load(str(self.written))
        if document.pageCount() == 0:
            QMessageBox.warning(self, "Not printed", "The PDF could not be read for printing.")
            return
        print_pages(document, printer)

    def reject(self) -> None:
        """Close, cancelling an export under way (and waiting for it) so no file is left."""
        self.cancel()
        self.wait()
        super().reject()


def print_pages(document: object, printer: object) -> None:
    """Paint every page of a QPdfDocument onto a QPrinter, scaled to the printable page."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(document, QPdfDocument) and isinstance(printer, QPrinter)
    painter = QPainter(printer)
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QSize(int(size.width() * scale), int(size.height() * scale))
            image = document.render(page, target)
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
