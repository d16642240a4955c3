"""What every page is given: the store, the data bus, today's date, undo and the runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from dass_desktop.store import Store
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.operations import OperationRunner


@dataclass(frozen=True)
class PageContext:
    """The shared things a page works with, built once by the main window.

    Attributes:
        store: The open database.
        bus: Where pages announce and hear about changes to the data.
        today: Today's date as a callable, so tests and ``--as-of`` can fix it.
        undo_stack: The window's undo stack (Ctrl+Z and Ctrl+Shift+Z).
        ops: Through which every page changes the data (undoably, published on the bus).
    """

    store: Store
    bus: DataBus
    today: Callable[[], dt.date]
    undo_stack: QUndoStack
    ops: OperationRunner = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ops", OperationRunner(self.undo_stack, self.bus.publish))
