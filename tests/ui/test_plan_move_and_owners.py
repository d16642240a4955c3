"""Moving a plan item in the editor is one undoable step that keeps it chosen, and the
owner filter offers every owner of the plan, keeping the director's choice on a refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain.plan_terms import PlanRow
from dass_desktop.store import Store
from dass_desktop.ui.plan_filter import ANY_OWNER, NO_OWNER
from dass_desktop.ui.plan_page import PlanPage
from dass_desktop.ui.row_models import RowRole
from tests.conftest import TODAY
from tests.ui.test_first_run import make_window


def _page(qtbot: QtBot, store: Store) -> PlanPage:
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_page(window.titles().index("Plan"))
    QApplication.processEvents()
    return window.plan_page


def _theme_order(page: PlanPage, item_id: int) -> list[int]:
    item = page.model.row(item_id)
    assert item is not None
    same = [r for r in page.model.rows() if (r.theme_id, r.phase) == (item.theme_id, item.phase)]
    return [r.id for r in sorted(same, key=lambda r: (r.position, r.id))]


def test_move_down_moves_the_item_and_undo_moves_it_back(qtbot: QtBot, store: Store) -> None:
    """The editor's Move down swaps the chosen item with the next in its theme, says so on
    the undo stack, and undo puts it back; the item stays chosen throughout.
    """
    page = _page(qtbot, store)
    first = page.model.rows()[0]
    before = _theme_order(page, first.id)
    assert len(before) > 1
    assert page.select_item(first.id)
    page.editor.ui.moveDownButton.click()
    moved = _theme_order(page, first.id)
    assert moved.index(first.id) == before.index(first.id) + 1
    assert page.selected_item_id() == first.id
    stack = page.context.undo_stack
    assert stack.undoText() == "Moved an item down."
    stack.undo()
    QApplication.processEvents()
    assert _theme_order(page, first.id) == before
    assert page.selected_item_id() == first.id


def test_owner_filter_offers_every_owner_and_keeps_the_choice(qtbot: QtBot, store: Store) -> None:
    """Any owner, no owner, then each owner by name; a chosen owner stays chosen (and the
    list narrowed to them) when the plan is read again.
    """
    page = _page(qtbot, store)
    combo = page.ui.ownerFilter
    owners = sorted({r.owner for r in page.model.rows() if r.owner}, key=str.casefold)
    assert [combo.itemText(i) for i in range(combo.count())] == [ANY_OWNER, NO_OWNER, *owners]
    combo.setCurrentText(owners[0])
    QApplication.processEvents()
    page.refresh()
    QApplication.processEvents()
    assert combo.currentText() == owners[0]
    assert _owners_shown(page) == {owners[0]}


def _owners_shown(page: PlanPage) -> set[str]:
    """The owners of every item the tree shows."""
    model, found = page.ui.tree.model(), set()

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            row = index.data(RowRole)
            if isinstance(row, PlanRow):
                found.add(row.owner)
            walk(index)

    walk(QModelIndex())
    return found
