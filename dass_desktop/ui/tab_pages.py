"""Making a tab's page where its tab widget keeps it, so that it is styled once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

# The name Qt gives the stacked widget inside every QTabWidget (style sheets use it too).
_INSIDE = "qt_tabwidget_stackedwidget"


def tab_parent(tabs: QTabWidget) -> QWidget:
    """The parent to make a page of ``tabs`` with, before ``tabs.addTab`` adds it.

    A tab widget keeps its pages in a stacked widget of its own, and ``addTab`` moves a page
    made anywhere else into it. Under the app's style sheet, Qt then styles every widget of
    that page a second time: 20 ms of the One-to-ones page's first open went on its three
    tabs. A page made inside the stack from the start is styled once.
    """
    inside = tabs.findChild(QStackedWidget, _INSIDE, Qt.FindChildOption.FindDirectChildrenOnly)
    return inside if inside is not None else tabs
