"""Esc takes back a new plan item left untouched; every page has a key; clear page names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_store
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.shortcut_list import shortcut_lines
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _plan_with_new_item(qtbot: QtBot, store: Store) -> tuple[MainWindow, int, int]:
    """The demo plan on show, Ctrl+N pressed: the window, items before, and the new id."""
    write_demo(store, TODAY)
    window = _window(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.plan_page
    before = len(plan_store.list_items(store, None))
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_N, CTRL)
    assert len(plan_store.list_items(store, None)) == before + 1
    new_id = page.selected_item_id()
    assert new_id is not None
    assert QApplication.focusWidget() is page.editor.ui.titleEdit
    return window, before, new_id


def _titles(store: Store) -> list[str]:
    return [row.title for row in plan_store.list_items(store, None)]


def test_esc_on_a_new_untouched_item_takes_it_away_with_nothing_to_redo(
    qtbot: QtBot, store: Store
) -> None:
    """Ctrl+N then Esc: the item is gone, focus is on the list, and neither Ctrl+Z nor
    Ctrl+Shift+Z brings it back (the stack is as it was before Ctrl+N).
    """
    window, before, new_id = _plan_with_new_item(qtbot, store)
    page, stack = window.plan_page, window.undo_stack
    qtbot.keyClick(page.editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert len(plan_store.list_items(store, None)) == before
    assert page.model.row(new_id) is None
    assert QApplication.focusWidget() is page.ui.tree
    assert stack.count() == 0
    assert not stack.canRedo()
    assert not stack.canUndo()
    assert not window.undo_notice.isVisible()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Y, CTRL)
    assert len(plan_store.list_items(store, None)) == before
    assert "New item" not in _titles(store)
    window.close()


def test_esc_after_typing_only_leaves_the_editor(qtbot: QtBot, store: Store) -> None:
    """Once a title is typed, Esc keeps the item (with its title) and goes back to the list;
    Ctrl+Z then undoes the new item as one step, and Ctrl+Shift+Z brings it back.
    """
    window, before, new_id = _plan_with_new_item(qtbot, store)
    page = window.plan_page
    qtbot.keyClicks(page.editor.ui.titleEdit, "Meet the carers' forum")
    qtbot.keyClick(page.editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page.ui.tree
    assert len(plan_store.list_items(store, None)) == before + 1
    assert "Meet the carers' forum" in _titles(store)
    assert page.selected_item_id() == new_id
    assert window.undo_stack.canUndo()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Z, CTRL)
    assert len(plan_store.list_items(store, None)) == before
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Z, CTRL_SHIFT)
    assert "Meet the carers' forum" in _titles(store)
    window.close()


def test_esc_after_another_change_leaves_the_new_item(qtbot: QtBot, store: Store) -> None:
    """A change made since Ctrl+N (the item marked done) means Esc no longer deletes it."""
    window, before, new_id = _plan_with_new_item(qtbot, store)
    page = window.plan_page
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Space)
    page.editor.focus_title()
    qtbot.keyClick(page.editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert len(plan_store.list_items(store, None)) == before + 1
    assert page.model.row(new_id) is not None
    window.close()


def test_every_page_has_a_key_listed_in_help(qtbot: QtBot, store_with_profile: Store) -> None:
    """Ctrl+1..9, Ctrl+0 and Ctrl+Shift+D reach all eleven pages, and F1's list names each
    key once with the page it goes to.
    """
    window = _window(qtbot, store_with_profile)
    titles = window.titles()
    assert len(titles) == 11
    lines = shortcut_lines(window, list(zip(titles, window.pages(), strict=True)))
    keys = [*(f"Ctrl+{n}" for n in range(1, 10)), "Ctrl+0", "Ctrl+Shift+D"]
    for key, title in zip(keys, titles, strict=True):
        assert f"    {key}\tGo to {title}" in lines
    assert not any("Ctrl+11" in line for line in lines)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    assert window.current_page() is window.pages()[10]
    assert window.current_page().title == "My development"  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)
    assert window.current_page().title == "Briefing"  # type: ignore[attr-defined]
    tip = window.ui.navigation.model().index(10, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "My development (Ctrl+Shift+D)"
    window.close()


def test_the_briefing_and_the_meetings_have_names_told_apart(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """The page of the director's own words is "Briefing", the meetings "One-to-ones"."""
    window = _window(qtbot, store_with_profile)
    titles = window.titles()
    assert "Briefing" in titles
    assert "One-to-ones" in titles
    assert "One-to-one" not in titles
    window.show_widget(window.narrative_page)
    assert window.narrative_page.ui.pageTitle.text() == "Briefing for the chief executive"
    window.close()


def test_sidebar_shows_every_page_name_whole_at_both_sizes(small_window: MainWindow) -> None:
    """The sidebar, styled as the app styles it, is never narrower than its longest page
    name ("My development"): no sideways scroll bar, and every name's box lies inside it,
    at 1024×700 and 1366×768.
    """
    window = small_window
    navigation = window.ui.navigation
    model = navigation.model()
    for width, height in ((1024, 700), (1366, 768)):
        window.resize(width, height)
        QApplication.processEvents()
        assert navigation.horizontalScrollBar().maximum() == 0
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            needed = navigation.sizeHintForIndex(index).width()
            assert needed <= navigation.viewport().width(), index.data()
