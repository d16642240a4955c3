"""Choosing a row in a list page shows its detail once: a detail may read the database and
lay out a history, so showing it twice doubles what a click costs.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QSplitter, QTableView
from pytestqt.qtbot import QtBot

from dass_desktop.ui.list_page import ListPanel
from dass_desktop.ui.row_models import RowRole


def test_choosing_a_row_shows_it_once_and_a_fresh_read_of_it_again(qtbot: QtBot) -> None:
    """A new row is shown once; the same row chosen again after its record was read afresh
    is shown again, with the new record.
    """
    model = QStandardItemModel(3, 1)
    for row in range(3):
        item = QStandardItem(f"row {row}")
        item.setData(f"record {row}", RowRole)
        model.setItem(row, 0, item)
    splitter = QSplitter()
    view = QTableView(splitter)
    qtbot.addWidget(splitter)
    shown: list[str | None] = []
    panel: ListPanel[str] = ListPanel(
        view=view,
        model=model,
        proxy=QSortFilterProxyModel(),
        search=QLineEdit(),
        splitter=splitter,
        sizes=(300, 200),
        show=shown.append,
        edit=lambda: None,
        delete=lambda: None,
        clear_filters=lambda: None,
    )
    panel.choose(panel.proxy.index(1, 0))
    assert shown == ["record 1"]
    panel.choose(panel.proxy.index(2, 0))
    assert shown == ["record 1", "record 2"]
    model.item(2, 0).setData("record 2, edited", RowRole)
    panel.choose(panel.proxy.index(2, 0))
    assert shown == ["record 1", "record 2", "record 2, edited"]
    assert panel.current() == "record 2, edited"
