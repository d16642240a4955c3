"""Importing matplotlib in the background once the window has settled.

matplotlib, with its Qt canvas, takes about a second to import (several under load), and
the first page with a chart on show (Workforce) would otherwise wait for it. The window
asks for this a second after the event loop first waits for input, so start-up (measured
to that moment) is untouched; the import then runs in a background thread while the
director reads the dashboard. A page that needs matplotlib before the thread is done
simply waits for the rest of the import.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher

# What a chart on a page imports: the figure, and the canvas that shows it.
MODULES = ("matplotlib.figure", "matplotlib.backends.backend_qtagg")
# How long after the window's first idle moment to start.
AFTER_MS = 1000


def _import_all() -> None:
    for name in MODULES:
        __import__(name)


def warm_charts() -> threading.Thread | None:
    """Import matplotlib in a background thread (None when it is already imported)."""
    if all(name in sys.modules for name in MODULES):
        return None
    thread = threading.Thread(target=_import_all, name="import-matplotlib", daemon=True)
    thread.start()
    return thread


def when_idle(then: Callable[[], object]) -> None:
    """Call ``then`` once, the first time the event loop is about to wait for input."""
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None:  # no event loop yet: nothing will ever be idle
        return

    def once() -> None:
        dispatcher.aboutToBlock.disconnect(once)
        then()

    dispatcher.aboutToBlock.connect(once)
