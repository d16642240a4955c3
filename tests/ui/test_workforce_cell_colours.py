"""The Workforce page's tables lay out their cells with no Python step per painted cell, and
each cell looks as the shared cut-text delegate would have drawn it: dark text on a pale RAG
fill, in both themes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.store import Store
from dass_desktop.ui import theme
from dass_desktop.ui.table_columns import DARK_TEXT, CutTextTips, ModelColouredTips
from tests.conftest import TODAY
from tests.ui.cell_looks import look
from tests.ui.test_workforce_page import open_page


def _cells(model: QAbstractItemModel) -> list[QModelIndex]:
    return [
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


@pytest.mark.parametrize("dark", [False, True])
def test_workforce_cells_look_as_the_shared_delegate_drew_them(
    qtbot: QtBot, qapp: QApplication, store: Store, dark: bool
) -> None:
    """Every cell of the page's four tables, on the demo council with a target set, gets
    the same text, text colour and fill from the page's delegate as from ``CutTextTips``;
    the RAG and target cells dark text; and no delegate steps into Python to lay out a cell.
    """
    from dass_desktop.domain import workforce_store

    write_demo(store, TODAY)
    workforce_store.set_target(store, "sickness_days", 5.0)
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    if dark:
        theme.apply_theme(qapp, dark=True)
    try:
        _window, page = open_page(qtbot, store)
        for tab in (page.ui.diversityTab, page.ui.comparatorsTab):
            page.ui.tabs.setCurrentWidget(tab)
        views = (
            page.ui.figuresTable,
            page.ui.diversityTable,
            page.ui.familyTable,
            page.ui.comparatorTable,
        )
        assert ModelColouredTips.initStyleOption is QStyledItemDelegate.initStyleOption
        on_rag = 0
        for view in views:
            assert isinstance(view, QTableView)
            delegate = view.itemDelegate()
            assert type(delegate) is ModelColouredTips
            shared = CutTextTips(view)
            model = view.model()
            assert model.rowCount() > 0
            for index in _cells(model):
                seen = look(delegate, index)
                assert seen == look(shared, index)
                if index.data(Qt.ItemDataRole.BackgroundRole) is not None:
                    on_rag += 1
                    assert seen[1] == DARK_TEXT
        assert on_rag >= 3
    finally:
        qapp.setStyleSheet("")
        qapp.setProperty("darkTheme", False)
        qapp.setStyle(style)
        qapp.setPalette(palette)
