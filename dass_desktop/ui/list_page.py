"""The list half of a list page: a searchable, filtered list whose chosen row fills a detail.

The Plan, Stakeholders, Visits and Teams pages each hold one :class:`ListPanel` over their
own model and filter proxy (a table, or the Plan's tree of phases and themes); the panel
wires the view, its keys and the splitter, and knows which row is chosen, how to choose one
by id, and what the count line says.

A page may show its model straight, without the proxy, while nothing narrows or sorts the
list (``direct=True``), and put the proxy in only when something does
(:meth:`ListPanel.show_through_proxy`). A proxy that lets every row through shows what the
model does, yet the view lays out each row through it: the proxy asks the model for an index
and flags for every row, and whether to let it through, which for a model written in Python
is a few Python calls a row. The Plan's tree opens with some three thousand items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from dass_desktop.ui.row_models import RowRole, choose_row
from dass_desktop.ui.shortcuts import shortcut

R = TypeVar("R")


class FindsRows(Protocol):
    """A model that can say where a record is: row models and the Plan's tree."""

    def source_index(self, row_id: int) -> QModelIndex:
        """The first cell of record ``row_id`` (invalid when it is not shown)."""
        ...


def page_action(page: QWidget, text: str, keys: str, slot: Callable[[], object]) -> QAction:
    """A window-wide key for ``page`` that works only while the page is on show.

    Qt ignores the shortcuts of hidden widgets, so other pages can use the same keys.
    """
    action = QAction(text, page)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    page.addAction(action)
    return action


class ListPanel(Generic[R]):
    """A list over ``model`` through ``proxy`` whose chosen row is shown by ``show``.

    Args:
        view: The table (or tree).
        model: The rows, findable by id; a row's record is its ``RowRole`` data (None for a
            tree's group rows).
        proxy: The search and filters between the rows and the table.
        search: The search box.
        splitter: The splitter between the list and the detail.
        sizes: The splitter's first sizes (list, detail).
        show: Fills the detail with a row, or empties it for None.
        edit: Edits the chosen row (Enter, a double click or F2).
        delete: Deletes the chosen row (Delete).
        clear_filters: Clears the search and filters (to show a row they hide).
        tab: The tab and page the list is on, chosen before the list is used.
        direct: Show ``model`` straight until :meth:`show_through_proxy` puts the proxy in.
    """

    def __init__(
        self,
        *,
        view: QAbstractItemView,
        model: QAbstractItemModel,
        proxy: QSortFilterProxyModel,
        search: QLineEdit,
        splitter: QSplitter,
        sizes: tuple[int, int],
        show: Callable[[R | None], None],
        edit: Callable[[], object],
        delete: Callable[[], object],
        clear_filters: Callable[[], object],
        tab: tuple[QTabWidget, QWidget] | None = None,
        direct: bool = False,
    ) -> None:
        self.view = view
        self.model = model
        self.proxy = proxy
        self.search = search
        self._show = show
        self._clear_filters = clear_filters
        self._tab = tab
        proxy.setSourceModel(model)
        view.setModel(model if direct else proxy)
        view.selectionModel().currentRowChanged.connect(self._chosen)
        view.activated.connect(lambda _index: edit())
        shortcut(QKeySequence.StandardKey.Delete, view, delete)
        shortcut("F2", view, edit)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes(list(sizes))

    @property
    def shows_proxy(self) -> bool:
        """Whether the view shows the rows through the proxy (not the model straight)."""
        return self.view.model() is self.proxy

    def show_through_proxy(self, on: bool, arrange: Callable[[], object] | None = None) -> bool:
        """Show the rows through the proxy (``on``) or the model straight; True if it changed.

        Put the proxy in before it narrows the list, so that the view sees rows go as the
        proxy takes them away (and moves the chosen row as it always does), and take it out
        once nothing narrows or sorts. The view keeps its chosen row, its selection and its
        scroll position; ``arrange`` is called once the view has its new model, before
        those are set again, to open a tree's groups as they were.
        """
        view = self.view
        if self.shows_proxy == on:
            return False
        proxy, before = self.proxy, view.selectionModel()
        # Held as the model's rows: the proxy may sort as the view takes it.
        current, selection = view.currentIndex(), before.selection()
        if not on:
            current = proxy.mapToSource(current)
            selection = proxy.mapSelectionToSource(selection)
        bars = (view.verticalScrollBar(), view.horizontalScrollBar())
        places = [bar.value() for bar in bars]
        scrolls = view.hasAutoScroll()
        view.setAutoScroll(False)  # setting the chosen row again is no reason to scroll
        view.setModel(proxy if on else self.model)
        before.deleteLater()  # the view made itself a new one
        if arrange is not None:
            arrange()
        if on:
            current = proxy.mapFromSource(current)
            selection = proxy.mapSelectionFromSource(selection)
        chooser = view.selectionModel()
        # Quietly: told of it, the view would lay out every row at once to repaint the
        # chosen one, though it is laid out and painted anew anyway.
        chooser.blockSignals(True)
        if current.isValid():
            chooser.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        chooser.blockSignals(False)
        # The bars still have the old model's ranges, which held these places; they keep
        # them through the next layout unless the list has become shorter.
        for bar, place in zip(bars, places, strict=True):
            bar.setValue(place)
        view.setAutoScroll(scrolls)
        chooser.currentRowChanged.connect(self._chosen)
        return True

    def _shown(self, source: QModelIndex) -> QModelIndex:
        """The view's index of the model's ``source`` (invalid when the proxy hides it)."""
        return self.proxy.mapFromSource(source) if self.shows_proxy else source

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(current.data(RowRole) if current.isValid() else None)

    def current(self) -> R | None:
        """The row chosen in the table, if any."""
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def total(self) -> int:
        """How many rows there are."""
        return self.model.rowCount()

    def shown(self) -> int:
        """How many rows the search and filters let through."""
        return self.view.model().rowCount()

    def count_text(self, noun: str) -> str:
        """The count line: "12 teams", or "Showing 3 of 12 teams" while filtered."""
        total, shown = self.total(), self.shown()
        return f"{total} {noun}" if total == shown else f"Showing {shown} of {total} {noun}"

    def row(self, proxy_row: int) -> R:
        """The row shown at ``proxy_row`` of the table."""
        return self.view.model().index(proxy_row, 0).data(RowRole)

    def index_of(self, row_id: int) -> QModelIndex | None:
        """The table index of ``row_id``, clearing the filters if they hide it (None if gone)."""
        source = cast("FindsRows", self.model).source_index(row_id)
        if not source.isValid():
            return None
        index = self._shown(source)
        if not index.isValid():
            self._clear_filters()
            index = self._shown(source)
        return index

    def choose(self, index: QModelIndex) -> None:
        """Make ``index``'s row the chosen one (opening its groups in a tree) and show it."""
        if isinstance(self.view, QTreeView):
            parent = index.parent()
            while parent.isValid():
                self.view.expand(parent)
                parent = parent.parent()
        before = self.view.currentIndex()
        choose_row(self.view, index)
        # A new current row is shown by _chosen; the same row chosen again (its data read
        # afresh after a change) is shown here, so no row's detail is read and laid out twice.
        if before.row() == index.row() and before.parent() == index.parent():
            self._show(index.data(RowRole))

    def after_filter(self, choose_first: Callable[[], object] | None = None) -> None:
        """Keep a row chosen while any is shown; empty the detail when none is."""
        if self.current() is None and self.shown():
            if choose_first is not None:
                choose_first()
            else:
                self.choose(self.view.model().index(0, 0))
        elif not self.shown():
            self._show(None)

    def focus_search(self) -> None:
        """Go to the list and put the cursor in the search box."""
        if self._tab is not None:
            self._tab[0].setCurrentWidget(self._tab[1])
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
