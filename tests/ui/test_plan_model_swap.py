"""The plan tree shows its model straight while nothing narrows or sorts it, and through the
filter proxy otherwise: the director sees the same rows, choice, groups and scroll either way.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain.plan_terms import PlanRow
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.plan_filter import StatusFilter
from dass_desktop.ui.plan_model import NodeKeyRole, PlanColumn
from dass_desktop.ui.plan_page import PlanPage
from dass_desktop.ui.row_models import RowRole
from tests.conftest import TODAY
from tests.ui.test_first_run import make_window


def _plan(qtbot: QtBot, store: Store) -> tuple[MainWindow, PlanPage]:
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_page(window.titles().index("Plan"))
    QApplication.processEvents()
    return window, window.plan_page


def _key(index: QModelIndex) -> object:
    row = index.data(RowRole)
    return row.id if isinstance(row, PlanRow) else index.data(NodeKeyRole)


def _shown(tree: QTreeView) -> list[tuple[object, str, str, bool]]:
    """Every row the tree shows, in order: what it is, its title and due cells, and whether
    it is open.
    """
    model, rows = tree.model(), []

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            due = model.index(r, PlanColumn.DUE, parent).data() or ""
            rows.append((_key(index), index.data(), due, tree.isExpanded(index)))
            if tree.isExpanded(index):
                walk(index)

    walk(QModelIndex())
    return rows


def _state(page: PlanPage) -> tuple[object, list[object], object]:
    """The current row, the selected rows and the item in the editor."""
    tree = page.ui.tree
    chosen = [_key(i) for i in tree.selectionModel().selectedRows()]
    current = tree.currentIndex()
    return (_key(current) if current.isValid() else None), chosen, page.editor.item_id


def _text(row: PlanRow) -> str:
    """What the search looks in, case-folded."""
    return f"{row.title} {row.findings} {row.owner} {row.help}".casefold()


def _word_not_in(page: PlanPage, row: PlanRow) -> tuple[str, PlanRow]:
    """A word of another item of ``row``'s theme and phase, after it, not in ``row``'s text."""
    rows = page.model.rows()
    text = _text(row)
    for other in rows:
        if (other.theme_id, other.phase, other.id) <= (row.theme_id, row.phase, row.id):
            continue
        if (other.theme_id, other.phase) != (row.theme_id, row.phase):
            continue
        for word in other.title.casefold().split():
            if len(word) > 4 and word.isalpha() and word not in text:
                return word, other
    raise AssertionError("no word to filter by")


def test_the_tree_shows_the_model_itself_until_something_narrows_or_sorts_it(
    qtbot: QtBot, store: Store
) -> None:
    """Opening lays the tree out straight from the model (the proxy would add a few Python
    calls an item); a search, a status filter or a sort puts the proxy in, and the proxy
    goes again once nothing narrows, unless a column sorts the tree.
    """
    _window, page = _plan(qtbot, store)
    tree = page.ui.tree
    assert tree.model() is page.model
    page.ui.searchEdit.setText("care")
    assert tree.model() is page.proxy
    page.ui.searchEdit.clear()
    assert tree.model() is page.model
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData(StatusFilter.DONE))
    assert tree.model() is page.proxy
    page.clear_filters()
    assert tree.model() is page.model
    page.ui.overdueOnly.setChecked(True)
    page.ui.overdueOnly.setChecked(False)
    assert tree.model() is page.model
    tree.header().setSortIndicator(PlanColumn.DUE, Qt.SortOrder.DescendingOrder)
    assert tree.model() is page.proxy
    page.ui.searchEdit.setText("care")
    page.ui.searchEdit.clear()
    assert tree.model() is page.proxy  # still sorted


def test_a_filter_set_and_cleared_gives_back_the_same_rows_choice_and_groups(
    qtbot: QtBot, store: Store
) -> None:
    """After a filter is cleared the tree shows the same rows in the same order, with the
    same groups folded, the same item chosen and selected, and the editor still on it,
    keeping what is typed there; clearing keeps the scroll position; Down moves on from it.
    """
    _window, page = _plan(qtbot, store)
    tree = page.ui.tree
    folded = tree.model().index(1, 0, tree.model().index(0, 0))  # a theme of the first phase
    tree.collapse(folded)
    before = _shown(tree)
    assert [r[3] for r in before if r[0] == folded.data(NodeKeyRole)] == [False]
    row = next(r for r in page.model.rows() if "care" in r.title.casefold() and r.status.is_open)
    assert page.select_item(row.id)
    page.editor.ui.findingsEdit.setPlainText("Typed, not yet saved")
    tree.verticalScrollBar().setValue(3)
    chosen = _state(page)
    assert chosen == (row.id, [row.id], row.id)

    for narrow, clear in (
        (
            lambda: page.ui.statusFilter.setCurrentIndex(
                page.ui.statusFilter.findData(StatusFilter.OPEN)
            ),
            lambda: page.ui.statusFilter.setCurrentIndex(0),
        ),
        (lambda: page.ui.searchEdit.setText("care"), page.ui.searchEdit.clear),
    ):
        narrow()
        QApplication.processEvents()
        assert _state(page) == chosen
        shown = [page.model.row(r[0]) for r in _shown(tree) if isinstance(r[0], int)]
        assert 0 < len(shown) < len(page.model.rows())
        clear()
        QApplication.processEvents()
        assert _shown(tree) == before
        assert _state(page) == chosen
        assert page.editor.ui.findingsEdit.toPlainText() == "Typed, not yet saved"
    tree.verticalScrollBar().setValue(3)
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData(StatusFilter.OPEN))
    QApplication.processEvents()
    place = tree.verticalScrollBar().value()  # where the filtered list is scrolled to
    assert place > 0
    page.ui.statusFilter.setCurrentIndex(0)
    QApplication.processEvents()
    assert tree.verticalScrollBar().value() == place
    below = tree.indexBelow(tree.currentIndex())
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert _state(page)[0] == _key(below)


def test_a_search_that_hides_the_chosen_item_moves_the_choice_as_before(
    qtbot: QtBot, store: Store
) -> None:
    """A search that hides the chosen item but not its theme chooses the next item shown in
    the theme (as Qt does when a filter takes the chosen row away), and the editor shows
    it; one that hides the whole theme chooses nothing and empties the editor. Clearing the
    search keeps what is chosen then.
    """
    _window, page = _plan(qtbot, store)
    row = page.model.rows()[0]
    word, other = _word_not_in(page, row)
    assert page.select_item(row.id)
    page.ui.searchEdit.setText(word)
    QApplication.processEvents()
    current = _state(page)[0]
    assert isinstance(current, int)
    moved = page.model.row(current)
    assert moved is not None
    assert word in _text(moved)
    assert (moved.theme_id, moved.phase) == (row.theme_id, row.phase)
    assert moved.id <= other.id
    assert _state(page) == (moved.id, [moved.id], moved.id)
    page.ui.searchEdit.clear()
    assert _state(page) == (moved.id, [moved.id], moved.id)

    page.ui.searchEdit.setText("no item says this")
    QApplication.processEvents()
    assert _state(page) == (None, [], None)
    page.ui.searchEdit.clear()
    QApplication.processEvents()
    assert _state(page) == (None, [], None)
    assert len([r for r in _shown(page.ui.tree) if isinstance(r[0], int)]) == len(page.model.rows())


def test_edits_deletes_and_undo_keep_the_choice_with_and_without_a_search(
    qtbot: QtBot, store: Store
) -> None:
    """Marking done, deleting and undoing act on the chosen item and choose it again,
    whether the tree shows the model straight or through a search.
    """
    window, page = _plan(qtbot, store)
    tree = page.ui.tree
    row = next(r for r in page.model.rows() if "care" in r.title.casefold() and r.status.is_open)
    for search in ("", "care"):
        page.ui.searchEdit.setText(search)
        assert page.select_item(row.id)
        tree.setFocus()
        qtbot.keyClick(tree, Qt.Key.Key_Space)
        assert page.model.row(row.id).status.label == "Done"  # type: ignore[union-attr]
        assert _state(page) == (row.id, [row.id], row.id)
        window.context.undo_stack.undo()
        assert page.model.row(row.id).status is row.status  # type: ignore[union-attr]
        page.delete_selected()
        assert page.model.row(row.id) is None
        assert _state(page) == (None, [], None)
        window.context.undo_stack.undo()
        assert _state(page) == (row.id, [row.id], row.id)
        page.ui.searchEdit.clear()
        assert _state(page) == (row.id, [row.id], row.id)
        assert tree.model() is page.model


def test_sorting_a_column_sorts_the_items_within_their_themes(qtbot: QtBot, store: Store) -> None:
    """Clicking a header sorts each theme's items by that column (through the proxy) and
    keeps the chosen item, its selection and the column widths the director set.
    """
    _window, page = _plan(qtbot, store)
    tree, header = page.ui.tree, page.ui.tree.header()
    header.resizeSection(PlanColumn.OWNER, 171)
    widths = [header.sectionSize(c) for c in PlanColumn][1:]  # the title's stretches
    modes = [header.sectionResizeMode(c) for c in PlanColumn]
    assert modes[PlanColumn.TITLE] == QHeaderView.ResizeMode.Stretch
    row = page.model.rows()[3]
    assert page.select_item(row.id)
    where = QPoint(header.sectionViewportPosition(PlanColumn.OWNER) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert header.sortIndicatorSection() == PlanColumn.OWNER
    assert tree.model() is page.proxy
    assert _state(page) == (row.id, [row.id], row.id)
    assert [header.sectionSize(c) for c in PlanColumn][1:] == widths
    assert [header.sectionResizeMode(c) for c in PlanColumn] == modes
    shown = _shown(tree)
    themes = {r[0] for r in shown if isinstance(r[0], str) and r[0].startswith("theme:")}
    for theme in themes:
        at = next(i for i, r in enumerate(shown) if r[0] == theme)
        items = []
        for r in shown[at + 1 :]:
            if not isinstance(r[0], int):
                break
            items.append(page.model.row(r[0]))
        owners = [(i.owner.casefold() or "\uffff") for i in items if i is not None]
        order = header.sortIndicatorOrder()
        assert owners == sorted(owners, reverse=order == Qt.SortOrder.DescendingOrder)
