"""Every control can be found by a screen reader, and nothing is said by colour alone.

Each page of the demo council (with each of its tabs) and each main dialog is walked: every
button, box, list and table must have a name Qt exposes to assistive technology (its own
accessible name, its text, or a label that is its buddy).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dass_desktop.ui.main_window import MainWindow
from tests.ui.conftest import main_dialogs
from tests.ui.layout_audit import colour_alone, on_every_tab, unnamed_controls


def test_every_control_on_every_page_has_a_name(small_window: MainWindow) -> None:
    """No interactive control on any page is announced as just "button" or "edit"."""
    window = small_window
    found: list[str] = []
    for row, page in enumerate(window.pages()):
        title = str(getattr(page, "title", ""))
        window.show_page(row)
        QApplication.processEvents()
        found += [f"{title}: {problem}" for problem in on_every_tab(window, unnamed_controls)]
    assert found == [], "\n".join(found)


def test_every_control_in_every_main_dialog_has_a_name(
    qtbot: QtBot, small_window: MainWindow, tmp_path: Path
) -> None:
    """The editors, export and import dialogs name every control too."""
    found: list[str] = []
    for name, opener in main_dialogs(small_window, tmp_path):
        dialog = opener()
        qtbot.waitExposed(dialog)
        found += [f"{name}: {problem}" for problem in on_every_tab(dialog, unnamed_controls)]
        dialog.reject()
    assert found == [], "\n".join(found)


def test_no_cell_says_something_by_colour_alone(small_window: MainWindow) -> None:
    """A coloured cell (a RAG rating, a late date) always carries the word as well."""
    window = small_window
    found: list[str] = []
    for row, page in enumerate(window.pages()):
        title = str(getattr(page, "title", ""))
        window.show_page(row)
        QApplication.processEvents()
        found += [f"{title}: {problem}" for problem in on_every_tab(window, colour_alone)]
    assert found == [], "\n".join(found)
