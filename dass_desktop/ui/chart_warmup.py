"""Importing matplotlib in the background once the window has settled.

matplotlib, with its Qt canvas, takes about a second to import (several under load), and
the first page with a chart on show (Workforce) would otherwise wait for it. The window
asks for this a second after the event loop first waits for input, so start-up (measured
to that moment) is untouched; the import then runs in a background thread while the
director reads the dashboard. A page that needs matplotlib before the thread is done
simply waits for the rest of the import.

SQLAlchemy's ORM and the model classes go first, with the models' mappings set up: the
dashboard's first paint reads through plain :mod:`sqlite3` without them, and every other
page and command needs them. The Workforce page's non-Qt modules, and the published figures
it reads from files shipped with the app, are made ready the same way.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QObject

# The ORM every page but the dashboard reads through; then what a chart on a page imports:
# the figure, and the canvas that shows it.
MODULES = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",  # loaded by the store's first ORM session otherwise
    "dass_desktop.store.models",
    "matplotlib.figure",
    "matplotlib.backends.backend_qtagg",
    "dass_desktop.charts.agg_text",  # the renderer every chart canvas writes its text with
    # The Workforce page's workings and charts, the first page with a chart on show (no Qt
    # in these: they are only imported here, the page's widgets when it is first shown).
    "dass_desktop.domain.scorecard",
    "dass_desktop.domain.diversity",
    "dass_desktop.charts.workforce",
    "dass_desktop.charts.workforce_labels",
    "dass_desktop.charts.one_pass_layout",
)
# How long after the window's first idle moment to start.
AFTER_MS = 1000


def _import_all() -> None:
    for name in MODULES:
        __import__(name)
    # The first query through the ORM sets up every model's columns and relationships:
    # tens of milliseconds the first page after the dashboard would otherwise wait for.
    # SQLAlchemy does this under its own lock (``_CONFIGURE_MUTEX``, a re-entrant lock in
    # ``sqlalchemy.orm.mapper``), so a page that queries meanwhile waits for it to finish
    # instead of doing it again. Nothing here touches Qt or draws with matplotlib, which is
    # not thread-safe: the thread only imports, builds the ORM's mappings, and reads files
    # shipped with the app into plain values (each behind ``functools.cache``; were a page to
    # ask at the same moment, the file would be read twice, to the same values).
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    # The store makes its engine at its first ORM read, and SQLAlchemy compiles the pattern
    # it reads the database's address with then (a few milliseconds): compile it here.
    from sqlalchemy.engine import make_url

    make_url("sqlite://")
    # Files shipped with the app that the Workforce page reads, parsed once a process and
    # kept: the published comparator figures and the CIPFA nearest-neighbour lists.
    from dass_desktop.domain import benchmark_rules, comparator_family

    benchmark_rules.reference_figures()
    comparator_family.cipfa_neighbours(None)


def warm_charts() -> threading.Thread | None:
    """Import matplotlib in a background thread (None when it is already imported)."""
    if all(name in sys.modules for name in MODULES):
        return None
    thread = threading.Thread(target=_import_all, name="import-matplotlib", daemon=True)
    thread.start()
    return thread


class WhenIdle(QObject):
    """Calls ``then`` once, the first time the event loop is about to wait for input.

    A child of ``owner``: if the owner goes first, so does the call.
    """

    def __init__(self, owner: QObject, then: Callable[[], object]) -> None:
        super().__init__(owner)
        self._then = then
        self._dispatcher = QAbstractEventDispatcher.instance()
        if self._dispatcher is not None:  # none before there is an application
            self._dispatcher.aboutToBlock.connect(self._idle)

    def _idle(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._idle)
        self._then()
