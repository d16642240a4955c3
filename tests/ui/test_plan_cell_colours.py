"""The plan tree lays out its cells with no Python step per painted cell, and each cell
looks as the shared cut-text delegate would have drawn it: dark text on a pale RAG fill.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.store import Store
from dass_desktop.ui.plan_model import PlanColumn
from dass_desktop.ui.table_columns import DARK_TEXT, CutTextTips, ModelColouredTips
from tests.conftest import TODAY
from tests.ui.cell_looks import look
from tests.ui.test_first_run import make_window


def _cells(model: object) -> list[QModelIndex]:
    """Every cell of every row of the tree's model, groups included."""
    found: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):  # type: ignore[attr-defined]
            found.extend(model.index(r, c, parent) for c in PlanColumn)  # type: ignore[attr-defined]
            walk(model.index(r, 0, parent))  # type: ignore[attr-defined]

    walk(QModelIndex())
    return found


def test_plan_cells_look_as_the_shared_delegate_drew_them(qtbot: QtBot, store: Store) -> None:
    """Every cell (items, themes, phases; straight and through a status filter) gets the
    same text, text colour and fill from the plan's delegate as from ``CutTextTips``, the
    RAG cells dark text; and the plan's delegate does not step into Python to lay a cell out.
    """
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_page(window.titles().index("Plan"))
    QApplication.processEvents()
    page = window.plan_page
    tree = page.ui.tree
    delegate = tree.itemDelegate()
    assert type(delegate) is ModelColouredTips
    assert ModelColouredTips.initStyleOption is QStyledItemDelegate.initStyleOption
    shared = CutTextTips(tree)
    rag_cells = 0
    for narrowed in (False, True):
        if narrowed:
            page.ui.statusFilter.setCurrentIndex(1)
            QApplication.processEvents()
        for index in _cells(tree.model()):
            seen = look(delegate, index)
            assert seen == look(shared, index)
            if index.column() == PlanColumn.RAG and index.data():
                rag_cells += 1
                assert seen[1] == DARK_TEXT
    assert rag_cells > 10
