"""Every page and main dialog fits a 1024×700 window: no text cut short, nothing overlapping.

The demo council is the fullest data the app ships, so its long names and full tables are
what a small screen must hold. Each page is shown with each of its tabs in turn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from dass_desktop.ui.main_window import MainWindow
from tests.ui.conftest import SMALL, main_dialogs
from tests.ui.layout_audit import layout_problems, on_every_tab


def _problems_on_every_tab(top: QWidget) -> list[str]:
    return on_every_tab(top, layout_problems)


def test_every_page_fits_a_small_screen(small_window: MainWindow) -> None:
    """No page cuts text short, overlaps widgets or pushes anything out of the window."""
    window = small_window
    assert (window.width(), window.height()) == SMALL
    found: list[str] = []
    for row, page in enumerate(window.pages()):
        title = str(getattr(page, "title", ""))
        window.show_page(row)
        QApplication.processEvents()
        found += [f"{title}: {problem}" for problem in _problems_on_every_tab(window)]
    assert found == [], "\n".join(found)


def test_every_main_dialog_fits_a_small_screen(
    qtbot: QtBot, small_window: MainWindow, tmp_path: Path
) -> None:
    """Each editor and the export and import dialogs open within 1024×700 and lay out cleanly."""
    found: list[str] = []
    for name, opener in main_dialogs(small_window, tmp_path):
        dialog = opener()
        qtbot.waitExposed(dialog)
        if hasattr(dialog, "worker"):  # the import preview checks the file in the background

            def checked(shown: QDialog = dialog) -> bool:
                return getattr(shown, "worker", None) is None

            qtbot.waitUntil(checked, timeout=20000)
        QApplication.processEvents()
        if dialog.width() > SMALL[0] or dialog.height() > SMALL[1]:
            found.append(f"{name}: opens at {dialog.width()}x{dialog.height()}")
        found += [f"{name}: {problem}" for problem in _problems_on_every_tab(dialog)]
        dialog.reject()
    assert found == [], "\n".join(found)


def test_workforce_trend_chart_draws_cleanly_at_the_narrowest(small_window: MainWindow) -> None:
    """Squeezed as far as the window allows, the trend chart still has room for its axes.

    matplotlib warns (an error here) when its layout collapses the axes to nothing.
    """
    window = small_window
    window.show_widget(window.workforce)
    window.resize(640, 480)  # smaller than any laptop; the window stops at its minimum
    QApplication.processEvents()
    canvas = window.workforce.trend_canvas
    assert canvas.figure is not None
    canvas.figure.canvas.draw()  # warnings are errors in the test run
    axes = canvas.figure.axes[0]
    assert axes.get_position().width > 0.2
    assert axes.get_position().height > 0.3
