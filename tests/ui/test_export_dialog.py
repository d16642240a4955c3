"""The export dialog: export on a worker thread, then open or print the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.store import Store
from dass_desktop.ui.export_dialog import ExportDialog, print_pages
from tests.conftest import TODAY


def test_export_six_month_without_names(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """Choosing the six-month plan with names left out writes that PDF and enables Open/Print."""
    write_demo(store, TODAY)
    dialog = ExportDialog(store, TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.ui.sixMonth.setChecked(True)
    dialog.ui.noNames.setChecked(True)
    assert dialog.ui.fileEdit.text().endswith("six-month-plan-2026-11-26-roles-only.pdf")
    assert not dialog.ui.openButton.isEnabled()
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    dialog.wait()
    assert dialog.ui.openButton.isEnabled()
    assert dialog.ui.printButton.isEnabled()
    assert dialog.ui.progress.value() == 100
    assert dialog.written is not None
    text = "".join(p.extract_text() for p in PdfReader(dialog.written).pages)
    assert "Six-month plan" in text
    assert "Morgan" not in text


def test_unwritable_target_is_explained(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """A folder where the file should be gives a plain sentence, and Open stays disabled."""
    dialog = ExportDialog(store, TODAY, tmp_path)
    qtbot.addWidget(dialog)
    target = tmp_path / "taken.pdf"
    target.mkdir()
    dialog.ui.fileEdit.setText(str(target))
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.ui.exportButton.isEnabled(), timeout=30_000)
    dialog.wait()
    assert dialog.ui.statusText.text().endswith("is a folder; give a file name ending in .pdf.")
    assert not dialog.ui.openButton.isEnabled()


def test_printing_sends_every_page(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """Printing paints each page of the PDF onto the printer (a PDF printer here)."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from dass_desktop.domain.narrative import PlanKind
    from dass_desktop.reports.plans import export_plan

    write_demo(store, TODAY)
    pdf = export_plan(store, PlanKind.HUNDRED_DAY, tmp_path / "plan.pdf", TODAY)
    document = QPdfDocument()
    document.load(str(pdf))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pages(document, printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == document.pageCount() > 1


def test_one_to_one_briefing_from_the_dialog(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """Choosing the one-to-one briefing writes it, dated for the meeting day chosen."""
    from PySide6.QtCore import QDate

    write_demo(store, TODAY)
    dialog = ExportDialog(store, TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.ui.oneToOne.setChecked(True)
    dialog.ui.asOfEdit.setDate(QDate(2026, 12, 3))
    assert dialog.ui.fileEdit.text().endswith("one-to-one-briefing-2026-12-03.pdf")
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    dialog.wait()
    assert dialog.written is not None
    text = "".join(p.extract_text() for p in PdfReader(dialog.written).pages)
    assert "One-to-one briefing" in text
    assert "3 Dec 2026" in text


def test_cancelling_a_running_export_leaves_no_file(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """Cancel (the Close button while an export runs) stops it; no PDF or partial is left."""
    write_demo(store, TODAY)
    out = tmp_path / "out"
    dialog = ExportDialog(store, TODAY, out)
    qtbot.addWidget(dialog)
    dialog.ui.sixMonth.setChecked(True)
    with qtbot.waitSignal(dialog.ui.progress.valueChanged, timeout=30_000):
        dialog.ui.exportButton.click()  # the first step is reported before any drawing
    assert dialog.busy
    assert dialog.ui.closeButton.text() == "Cancel"
    dialog.ui.closeButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    dialog.wait()
    assert dialog.written is None
    assert dialog.ui.statusText.text() == "Export cancelled; no file was written."
    assert not dialog.ui.openButton.isEnabled()
    assert dialog.ui.closeButton.text() == "Close"
    assert list(out.iterdir()) == [], "neither the PDF nor a partial file is left"


def test_open_falls_back_to_the_folder_and_says_so(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """With no PDF viewer set up, Open shows the file's folder and says why."""
    dialog = ExportDialog(store, TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.ui.oneToOne.setChecked(True)
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    dialog.wait()
    asked: list[str] = []

    def no_pdf_viewer(url: QUrl) -> bool:  # the system's answer when nothing opens PDFs
        asked.append(url.toLocalFile())
        return not url.toLocalFile().endswith(".pdf")

    dialog.opener = no_pdf_viewer
    dialog.ui.openButton.click()
    assert dialog.written is not None
    assert asked == [str(dialog.written), str(tmp_path)]
    assert dialog.ui.statusText.text().startswith(
        "No PDF viewer is set up on this computer, so its folder was opened instead"
    )


def test_one_to_one_pack_is_for_the_meeting_chosen(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """With the pack chosen, a meeting picker (not the as-of date) shows, the next meeting
    chosen; the pack written is for the meeting picked, as ``--meeting`` does.
    """
    import datetime as dt

    write_demo(store, TODAY)
    dialog = ExportDialog(store, TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.meeting_combo.isVisible()
    dialog.ui.oneToOne.setChecked(True)
    assert dialog.meeting_combo.isVisible()
    assert not dialog.ui.asOfEdit.isVisible()
    assert dialog.meeting_combo.count() == 4
    nxt = TODAY + dt.timedelta(days=7)
    assert dialog.meeting_day == nxt
    assert dialog.meeting_combo.currentText().endswith("(next)")
    assert dialog.ui.fileEdit.text().endswith(f"one-to-one-briefing-{nxt:%Y-%m-%d}.pdf")
    earlier = dialog.meeting_combo.itemData(1)
    dialog.meeting_combo.setCurrentIndex(1)
    held = dt.date.fromordinal(earlier)
    assert dialog.ui.fileEdit.text().endswith(f"one-to-one-briefing-{held:%Y-%m-%d}.pdf")
    dialog.meeting_combo.setCurrentIndex(0)
    dialog.choose_meeting(nxt)
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    dialog.wait()
    assert dialog.written is not None
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(dialog.written).pages)
    assert f"{nxt.day} {nxt:%b %Y}" in text
    assert len(PdfReader(dialog.written).pages) <= 4
