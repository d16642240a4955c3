"""The plan page opens with nothing chosen and makes its item editor only when an item is
chosen or added: the editor then works, and is laid out, as one made with the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain.plan_terms import Status
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.plan_page import PlanPage
from dass_desktop.ui.table_columns import CutTextTips
from tests.conftest import TODAY
from tests.ui.layout_audit import unnamed_controls
from tests.ui.test_first_run import make_window


def _opened(qtbot: QtBot, store: Store) -> tuple[MainWindow, PlanPage]:
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.resize(1024, 700)
    window.show_page(window.titles().index("Plan"))
    QApplication.processEvents()
    return window, window.plan_page


def test_choosing_an_item_makes_the_editor_laid_out_whole(qtbot: QtBot, store: Store) -> None:
    """No editor as the page opens; the first item chosen shows in a new editor that is
    on show and at least its minimum size (not squeezed into the folded pane), with every
    control named and cut text shown on hover; Esc in it goes back to the list, and Space
    then marks the item done.
    """
    _window, page = _opened(qtbot, store)
    assert page._editor is None
    assert page.ui.splitter.sizes()[1] == 0
    item = next(r for r in page.model.rows() if r.status is Status.NOT_STARTED)
    assert page.select_item(item.id)
    QApplication.processEvents()
    editor = page._editor
    assert editor is not None
    assert editor.item_id == item.id
    assert editor.isVisible()
    assert page.ui.splitter.sizes()[1] > 0
    assert editor.height() >= editor.minimumSizeHint().height()
    assert editor.width() >= editor.minimumSizeHint().width()
    assert type(editor.ui.evidenceList.itemDelegate()) is CutTextTips  # as the window gives
    assert unnamed_controls(editor) == []  # audited with the page when it was made with it
    editor.focus_title()
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert page.ui.tree.hasFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Space)
    row = page.model.row(item.id)
    assert row is not None
    assert row.status is Status.DONE


def test_ctrl_n_with_nothing_chosen_edits_the_new_item(qtbot: QtBot, store: Store) -> None:
    """Ctrl+N on the opened page (no editor yet) adds an item and puts the cursor in its
    title; Esc with nothing typed takes the new item away again.
    """
    _window, page = _opened(qtbot, store)
    before = len(page.model.rows())
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page._editor
    assert editor is not None
    assert len(page.model.rows()) == before + 1
    assert editor.ui.titleEdit.hasFocus()
    assert editor.item_id == page.selected_item_id()
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert len(page.model.rows()) == before
