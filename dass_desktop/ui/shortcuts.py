"""Keyboard shortcuts that belong to one widget rather than the whole window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def widget_shortcut(keys: QKeySequence, widget: QWidget, slot: Callable[[], object]) -> None:
    """A key that works only while ``widget`` has the focus.

    The context is set after construction: PySide6's QShortcut constructor taking a
    callable ignores the context argument, leaving a window-wide (and clashing) shortcut.
    """
    shortcut = QShortcut(keys, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
