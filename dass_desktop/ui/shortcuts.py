"""The one way the app makes keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = str | QKeySequence | QKeySequence.StandardKey


def shortcut(
    keys: Keys,
    widget: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QShortcut:
    """A key that calls ``slot``; by default only while ``widget`` has the focus.

    The context is set after construction: PySide6's QShortcut constructor taking a
    callable ignores the context argument, leaving a window-wide (and clashing) shortcut.

    Args:
        keys: The key sequence, as text, a sequence or a standard key.
        widget: The widget the shortcut belongs to.
        slot: What the key does.
        context: Where the key works: the widget alone (the default), the widget and its
            children, or the whole window.

    Returns:
        The shortcut, owned by ``widget``.
    """
    made = QShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys), widget)
    made.setContext(context)
    made.activated.connect(slot)
    return made
