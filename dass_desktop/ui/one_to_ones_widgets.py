"""Small widget makers the One-to-ones page's panels share: tables, button rows."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QWidget

from dass_desktop.ui.row_models import RowRole


def table(parent: QWidget, name: str, stretch: int) -> QTableView:
    """A read-only table chosen by whole rows, its column ``stretch`` taking spare width."""
    view = QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.stretch_column = stretch  # type: ignore[attr-defined]
    return view


def chosen(view: QTableView) -> object | None:
    """The row chosen in ``view``."""
    index = view.currentIndex()
    return index.data(RowRole) if index.isValid() else None


def buttons(parent: QWidget, *labels: str) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of buttons, in order."""
    row = QHBoxLayout()
    made = [QPushButton(text, parent) for text in labels]
    for button in made:
        row.addWidget(button)
    row.addStretch(1)
    return row, made
