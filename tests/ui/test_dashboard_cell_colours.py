"""The dashboard's tables and lists lay out their cells with no Python step per painted
cell, and each cell looks as the shared cut-text delegate would have drawn it: the theme
table's RAG cells in dark text on their pale fill, in the light and the dark theme alike.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
)
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.store import Store
from dass_desktop.ui.table_columns import DARK_TEXT, CutTextTips, ModelColouredTips
from dass_desktop.ui.theme import apply_theme
from tests.conftest import TODAY
from tests.ui.cell_looks import look
from tests.ui.test_first_run import make_window


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_dashboard_cells_look_as_the_shared_delegate_drew_them(
    qtbot: QtBot, store: Store, dark: bool
) -> None:
    """Every cell of every dashboard view gets the same text, text colour and fill from
    its delegate as from ``CutTextTips``, and no view's delegate steps into Python for it.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), QPalette(app.palette())
    write_demo(store, TODAY)
    apply_theme(app, dark=dark)
    try:
        window = make_window(qtbot, store)
        views = [
            view
            for view in window.dashboard.findChildren(QAbstractItemView)
            if not isinstance(view, QHeaderView)
        ]
        assert len(views) >= 7
        rag_cells = 0
        for view in views:
            delegate = view.itemDelegate()
            assert type(delegate) is ModelColouredTips, view.objectName()
            shared = CutTextTips(view)
            model = view.model()
            columns = model.columnCount(QModelIndex()) if isinstance(view, QTableView) else 1
            for row in range(model.rowCount()):
                for column in range(columns):
                    index = model.index(row, column)
                    assert look(delegate, index) == look(shared, index)
                    if index.data(Qt.ItemDataRole.BackgroundRole) is not None:  # a RAG cell
                        rag_cells += 1
                        assert look(delegate, index)[1] == DARK_TEXT.lower()
        assert rag_cells > 0
    finally:
        app.setStyleSheet("")
        app.setProperty("darkTheme", False)
        app.setStyle(style)
        app.setPalette(palette)
