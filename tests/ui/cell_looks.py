"""What a delegate sets up to paint a cell with (for the test of cell colours)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


def look(delegate: QStyledItemDelegate, index: QModelIndex) -> tuple[str, str, str]:
    """The text, text colour and fill ``delegate`` sets up to paint ``index`` with."""
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    return (
        option.text,
        option.palette.color(QPalette.ColorRole.Text).name(),
        option.backgroundBrush.color().name(),
    )
