"""``dass-desktop --self-test``: prove this copy of the app works, offscreen, and tidy up.

On a temporary demo council it opens the main window (always offscreen, so it runs on a
server or under an IT deployment tool), visits every page and every tab, draws every chart,
exports every PDF, the calendar and the JSON, reads each back, and removes the folder. It
prints one line per step; the first failure ends it with exit status 1 and the step's name.
It opens no socket: Python's audit events are watched for the whole run.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from dass_desktop import APP_NAME, __version__
from dass_desktop.self_test import (
    PREFIX,
    StepFailed,
    StepLog,
    export_everything,
    open_sockets,
    watching_sockets,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def run_self_test(
    today: dt.date | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the self-test and return the exit status: 0 passed, 1 a step failed."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    # Before any QApplication exists: the self-test never needs (or shows on) a screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    day = today or dt.date.today()
    started = time.perf_counter()
    print(f"{APP_NAME} {__version__} self-test", file=out, flush=True)
    steps = StepLog(out)
    folder: Path | None = None
    try:
        sockets_before = open_sockets()
        with watching_sockets() as sockets:
            with steps.step("create a temporary folder"):
                folder = Path(tempfile.mkdtemp(prefix=PREFIX))
            if "matplotlib" not in sys.modules and "MPLCONFIGDIR" not in os.environ:
                # matplotlib's font cache goes in the folder too, so nothing is left behind.
                os.environ["MPLCONFIGDIR"] = str(folder / "matplotlib")
            summary = _run_steps(steps, folder, day)
            with steps.step("open no network connection"):
                if sockets:
                    raise RuntimeError("Python used sockets: " + ", ".join(sorted(set(sockets))))
                if opened := open_sockets() - sockets_before:
                    raise RuntimeError(f"{len(opened)} sockets are open (opened by native code)")
        with steps.step("remove the temporary folder"):
            shutil.rmtree(folder)
            if folder.exists():
                raise RuntimeError(f"{folder} is still there")
            folder = None
    except StepFailed as failed:
        print(
            f"dass-desktop: self-test failed at step '{failed.step}': {failed.reason}",
            file=err,
            flush=True,
        )
        return 1
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - started
    print(f"Self-test passed in {seconds:.1f} s: {summary}.", file=out, flush=True)
    return 0


def _run_steps(steps: StepLog, folder: Path, today: dt.date) -> str:
    """Every step between making the folder and removing it; returns a one-line summary."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from dass_desktop import paths
    from dass_desktop.store import open_store

    with steps.step("write the demo council"):
        data = paths.resolve(folder / "data")
        store = open_store(data)
        try:
            from dass_desktop.demo import write_demo

            write_demo(store, today)
        except Exception:
            store.close()
            raise
    window = None
    try:
        with steps.step("open the main window"):
            app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
            assert isinstance(app, QApplication)
            # As the app starts: its icon and style sheet must be inside this copy.
            from PySide6.QtGui import QIcon

            from dass_desktop.resources import read_text, resource

            icon = QIcon(str(resource("icons/app.svg")))
            if icon.pixmap(32, 32).isNull():
                raise RuntimeError("the app's icon could not be read")
            app.setStyleSheet(read_text("style.qss"))
            from dass_desktop.ui.chart_canvas import ChartCanvas
            from dass_desktop.ui.main_window import MainWindow

            window = MainWindow(store, lambda: today, demo=True)
            # The size it opens at on a 13-inch laptop (the offscreen screen is smaller).
            window.resize(1280, 760)
            window.show()
            app.processEvents()
        pages = window.ui.pages
        charts: list[ChartCanvas] = []
        for row, title in enumerate(window.titles()):
            with steps.step(f"visit the {title} page"):
                window.show_page(row)  # each page is built on its first visit
                app.processEvents()
                page = pages.widget(row)
                if window.current_page() is not page or pages.currentIndex() != row:
                    raise RuntimeError(f"the window shows another page instead of {title}")
                for tabs in page.findChildren(QTabWidget):
                    for tab in range(tabs.count()):
                        tabs.setCurrentIndex(tab)
                        app.processEvents()
            for canvas in page.findChildren(ChartCanvas):
                charts.append(canvas)
                with steps.step(f"draw the chart '{canvas.title or canvas.objectName()}'"):
                    _bring_into_view(canvas)
                    app.processEvents()
                    if canvas.figure is None:
                        raise RuntimeError("it had nothing to draw")
                    canvas.figure.canvas.draw()
        found = export_everything(steps, store, data, today, folder / "exports")
        with steps.step("close the main window"):
            window.close()
            window.deleteLater()
            app.processEvents()
            window = None
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        store.close()
    exported = ", ".join(f"{name} ({held})" for name, held in found.items())
    return f"{pages.count()} pages, {len(charts)} charts, exported {exported}"


def _bring_into_view(widget: QWidget) -> None:
    """Make every stack and tab holding ``widget`` show the part it sits in."""
    from PySide6.QtWidgets import QStackedWidget

    child: QWidget = widget
    parent = child.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    if not widget.isVisible():
        raise RuntimeError("it could not be brought into view")
