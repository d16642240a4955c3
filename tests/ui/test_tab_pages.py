"""A tab's page made with ``tab_parent`` stays where it was made when the tab is added.

A page moved by ``addTab`` is styled again, widget by widget, under the app's style sheet;
the pages with tabs built in code make each tab's page inside the tab widget's own stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.tab_pages import tab_parent
from tests.conftest import TODAY


class _Moves(QObject):
    """Counts the times a widget is given a new parent."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count a parent change; let every event through."""
        if event.type() == QEvent.Type.ParentChange:
            self.count += 1
        return False


def _page(parent: QWidget) -> tuple[QWidget, _Moves]:
    page = QWidget(parent)
    QVBoxLayout(page).addWidget(QLabel("Decisions", page))
    moves = _Moves()
    page.installEventFilter(moves)
    return page, moves


def test_a_page_made_on_the_tab_parent_is_not_moved(qtbot: QtBot) -> None:
    """AddTab keeps a page made on tab_parent where it is; one made on the tabs is moved."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    inside = tab_parent(tabs)
    assert isinstance(inside, QStackedWidget)
    assert inside.parent() is tabs

    kept, kept_moves = _page(inside)
    tabs.addTab(kept, "Kept")
    moved, moved_moves = _page(tabs)
    tabs.addTab(moved, "Moved")

    assert tabs.widget(0) is kept
    assert kept.parent() is inside
    assert kept_moves.count == 0
    assert moved_moves.count == 1
    assert moved.parent() is inside


def test_no_page_with_tabs_moves_a_tab_page_as_it_is_built(qtbot: QtBot, store: Store) -> None:
    """Building the One-to-ones, Recognition and My development pages moves none of their
    tab pages (nor the meeting's inner tabs) into a tab widget.
    """
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert app is not None
    moved: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ParentChange and isinstance(watched, QWidget):
                parent = watched.parentWidget()
                # A page made inside has no children yet when Qt first gives it its parent.
                built = watched.findChildren(QWidget)
                inside = parent is not None and parent.objectName() == "qt_tabwidget_stackedwidget"
                if inside and built:
                    moved.append(f"{type(watched).__name__} of {len(built)} widgets")
            return False

    watch = Watch()
    app.installEventFilter(watch)
    try:
        for title in ("One-to-ones", "Recognition", "My development"):
            window.show_page(window.titles().index(title))
    finally:
        app.removeEventFilter(watch)
    assert moved == []
