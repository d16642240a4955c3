"""Undo for deletions: a bar that says what was deleted and brings it back on request."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel

from dass_desktop.domain.changes import Changes

Restore = Callable[[], Changes]


class UndoBar(QObject):
    """Keeps a page's deletions and undoes them, most recent first.

    The bar (a frame with a label and Undo and Dismiss buttons, laid out in the page's
    form) shows while there is something to undo. Undoing calls the restore function the
    deletion left and hands its :class:`Changes` to ``publish``.
    """

    def __init__(
        self,
        frame: QFrame,
        label: QLabel,
        undo_button: QAbstractButton,
        dismiss_button: QAbstractButton,
        publish: Callable[[Changes], None],
    ) -> None:
        super().__init__(frame)
        self._frame = frame
        self._label = label
        self._publish = publish
        self._stack: list[tuple[str, Restore]] = []
        frame.setObjectName("undoBar")
        label.setTextFormat(Qt.TextFormat.PlainText)
        undo_button.clicked.connect(self.undo)
        dismiss_button.clicked.connect(self.dismiss)
        self._show()

    def push(self, text: str, restore: Restore) -> None:
        """Record a deletion described by ``text`` that ``restore`` can undo."""
        self._stack.append((text, restore))
        self._show()

    def undo(self) -> None:
        """Bring back the most recent deletion (nothing happens when there is none)."""
        if not self._stack:
            return
        _, restore = self._stack.pop()
        self._show()
        self._publish(restore())

    def dismiss(self) -> None:
        """Hide the bar; the deletions stand."""
        self._stack.clear()
        self._show()

    def __len__(self) -> int:
        return len(self._stack)

    def _show(self) -> None:
        if not self._stack:
            self._frame.hide()
            return
        text, _ = self._stack[-1]
        more = len(self._stack) - 1
        self._label.setText(text + (f" ({more} more to undo)" if more else ""))
        self._frame.show()
