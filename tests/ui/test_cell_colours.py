"""Every table, tree and list in the window lays out its cells with Qt alone, and every cell
given a pale fill is written in dark text, in the light and the dark theme alike.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import workforce_store
from dass_desktop.store import Store
from dass_desktop.ui.table_columns import DARK_TEXT, CutTextTips
from dass_desktop.ui.theme import apply_theme
from tests.conftest import TODAY
from tests.ui.cell_looks import look
from tests.ui.test_first_run import make_window


def _cells(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every cell of the model: each row's columns, and the rows under it (trees)."""
    parent = parent or QModelIndex()
    # A list model's column count is private to Qt: it has the one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    found: list[QModelIndex] = []
    for row in range(model.rowCount(parent)):
        found += [model.index(row, column, parent) for column in range(columns)]
        found += _cells(model, model.index(row, 0, parent))
    return found


def _qt_s_own(view: QAbstractItemView) -> bool:
    """A view inside one of Qt's own widgets: a combo box's drop-down list, laid out with
    a delegate of Qt's, or a date field's calendar (named ``qt_…``), coloured by Qt.
    """
    if view.objectName().startswith("qt_"):
        return True
    widget = view.parentWidget()
    while widget is not None and not isinstance(widget, QComboBox):
        widget = widget.parentWidget()
    return widget is not None


def _is_pale(fill: object) -> bool:
    colour = fill.color() if isinstance(fill, QBrush) else fill
    return isinstance(colour, QColor) and colour.lightness() > 160


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_pale_cell_in_the_window_is_written_dark(
    qtbot: QtBot, store: Store, dark: bool
) -> None:
    """On the demo council with a workforce target set, with every page opened and each of
    its tabs shown: no view's delegate steps into Python to lay out a cell, and every cell
    filled pale (RAG ratings on the dashboard, the plan and the Workforce page) is written
    in the dark text kept for pale fills.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), QPalette(app.palette())
    write_demo(store, TODAY)
    workforce_store.set_target(store, "sickness_days", 5.0)
    apply_theme(app, dark=dark)
    try:
        window = make_window(qtbot, store)
        for row in range(len(window.titles())):
            window.show_page(row)
            for tabs in window.current_page().findChildren(QTabWidget):
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
        views = [
            view
            for view in window.findChildren(QAbstractItemView)
            if not isinstance(view, QHeaderView)
            and view.model() is not None
            and not _qt_s_own(view)
        ]
        assert len(views) >= 25
        pale: dict[str, int] = {}
        for view in views:
            delegate = view.itemDelegate()
            assert isinstance(delegate, QStyledItemDelegate)
            name = view.objectName() or type(view.model()).__name__
            assert type(delegate).initStyleOption is QStyledItemDelegate.initStyleOption, name
            for index in _cells(view.model()):
                if _is_pale(index.data(Qt.ItemDataRole.BackgroundRole)):
                    pale[name] = pale.get(name, 0) + 1
                    assert look(delegate, index)[1] == DARK_TEXT, (name, index.data())
        assert {"themeTable", "tree", "figuresTable"} <= set(pale), pale
        assert sum(isinstance(v.itemDelegate(), CutTextTips) for v in views) >= 20
    finally:
        app.setStyleSheet("")
        app.setProperty("darkTheme", False)
        app.setStyle(style)
        app.setPalette(palette)
