"""The status bar's word on the last change, with an Undo button while undo still applies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from dass_desktop.ui.operations import OperationRunner


class UndoNotice(QWidget):
    """Says what the last change did and offers to undo it.

    It disappears as soon as it no longer applies: once that change is undone, or anything
    else moves the undo stack.
    """

    def __init__(self, runner: OperationRunner, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName("undoNotice")
        self._stack = runner.stack
        self._index = -1
        self._bar = bar
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton("Undo", self)
        self.button.setAccessibleName("Undo the last change")
        self.button.setToolTip("Undo the last change (Ctrl+Z)")
        self.button.clicked.connect(self._stack.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        bar.addWidget(self, 1)
        self.hide()
        runner.done.connect(self._on_done)
        self._stack.indexChanged.connect(self._on_index)

    def _on_done(self, text: str) -> None:
        self._index = self._stack.index()
        self._bar.clearMessage()  # a passing message would hide this one
        self.label.setText(f"{text} Press Ctrl+Z to undo.")
        self.show()

    def _on_index(self, index: int) -> None:
        if index != self._index:
            self.hide()
            self._index = -1
