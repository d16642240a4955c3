"""The floor start-up is judged against: a bare PySide6 1366x768 window, shown, then idle.

It quits the way the app does under ``DASS_DESKTOP_EXIT_WHEN_IDLE=1``: when the event loop
is about to wait for input with the window exposed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()


def _quit_if_shown() -> None:
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        app.quit()


dispatcher = QAbstractEventDispatcher.instance()
assert dispatcher is not None
dispatcher.aboutToBlock.connect(_quit_if_shown)
sys.exit(app.exec())
