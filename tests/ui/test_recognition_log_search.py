"""The recognition log searched in its model shows what the old filter proxy showed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import recognition_store
from dass_desktop.domain.recognition_terms import (
    RecognitionDraft,
    RecognitionRow,
    ShareWay,
    WhoKind,
)
from dass_desktop.store import Store
from dass_desktop.ui.navigation import LATER_PAGES
from dass_desktop.ui.recognition_models import RecognitionFilter, RecognitionModel, search_text
from dass_desktop.ui.recognition_page import RecognitionPage
from dass_desktop.ui.row_models import RowRole, RowTableModel, SortRole
from dass_desktop.ui.word_filter import WordFilterModel
from tests.conftest import TODAY
from tests.domain.test_recognition_log_pieces import _log
from tests.ui.test_recognition_pages import open_window

_Index = QModelIndex | QPersistentModelIndex
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


class OldModel(RowTableModel[RecognitionRow]):
    """The log's model as it was, its columns borrowed."""

    columns = RecognitionModel.columns


class OldFilter(WordFilterModel):
    """The log's filter proxy as it was: every word in who, what for, theme and how."""

    def row_text(self, source_row: int, source_parent: _Index) -> str:
        """The text a recognition was searched by."""
        row = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        return " ".join((row.who, row.what_for, row.theme, row.shared_how.label))


def shown(proxy: RecognitionFilter | OldFilter) -> list[int]:
    """The ids as the table shows them, top to bottom."""
    return [proxy.index(r, 0).data(RowRole).id for r in range(proxy.rowCount())]


@pytest.mark.parametrize("scale", [1, 3])
def test_search_and_sorting_match_the_filter_proxy(store: Store, scale: int) -> None:
    """On the demo at two sizes, with deleted rows, a renamed team and texts beyond ASCII:
    searches (one word, several, none, accented, case-folded) and sorts by every column
    both ways, in turn, show the same rows in the same order as the old proxy over every
    row, and so do a refresh after deletions and a search after sorting.
    """
    rows = _log(store, scale)
    new, old = RecognitionModel(store), OldModel()
    proxies = (RecognitionFilter(), OldFilter())
    for model, proxy in zip((new, old), proxies, strict=True):
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        proxy.sort(0, DESC)
    new.reload()
    old.set_rows(rows)
    steps: list[tuple[str, int, Qt.SortOrder]] = [
        ("", 0, DESC),
        ("team", 1, ASC),
        ("TEAM the", 2, DESC),
        ("strasse", 3, ASC),
        ("zoë", 4, DESC),
        ("", 4, ASC),
        ("a", 0, ASC),
        ("a", 3, DESC),
        ("nothing-matches-this", 1, DESC),
        ("in", 2, ASC),
        ("", 1, DESC),
        ("hub", 0, DESC),
        ("", 3, ASC),
    ]
    seen = set()
    for words, column, order in steps:
        for proxy in proxies:
            proxy.set_search(words)
        assert shown(proxies[0]) == shown(proxies[1]), words
        for proxy in proxies:
            proxy.sort(column, order)
        found = shown(proxies[0])
        assert found == shown(proxies[1]), (words, column, order)
        seen.add(min(len(found), 2) if found != [r.id for r in rows] else -1)
    assert new.total() == len(rows)
    assert {0, 1, 2, -1} <= seen  # nothing, one row, several and the whole log were shown
    for rid in [r.id for r in rows[::7]]:  # a refresh keeps the search and the order
        recognition_store.delete_recognition(store, rid, dt.datetime(2026, 11, 27))
    for proxy in proxies:
        proxy.set_search("team")
    new.reload()
    old.set_rows(recognition_store.list_recognitions(store))
    assert shown(proxies[0]) == shown(proxies[1])
    for proxy in proxies:
        proxy.sort(2, ASC)
        proxy.set_search("")
    assert shown(proxies[0]) == shown(proxies[1])
    assert new.rows() == old.rows()


def test_the_chosen_recognition_stays_chosen_through_a_search(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Typing words the chosen row holds keeps it chosen; choosing a recognition the
    search hides clears the search to show it.
    """
    store = store_with_profile
    write_demo(store, TODAY, scale=1)
    window = open_window(qtbot, store)
    window.show_page(1 + [title for _n, title, _m, _c in LATER_PAGES].index("Recognition"))
    page = window.current_page()
    assert isinstance(page, RecognitionPage)
    page.table.selectRow(3)
    chosen = page.current()
    assert chosen is not None
    word = chosen.who.split()[0].casefold()
    page.search.setText(word)
    assert page.current() == chosen
    assert page.model.rowCount() < page.model.total()
    hidden = next(
        r for r in recognition_store.list_recognitions(store) if word not in search_text(r)
    )
    page.select(hidden.id)
    assert page.search.text() == ""
    assert page.current() == hidden
    assert page.model.rowCount() == page.model.total()


def test_columns_keep_their_widths_while_searching(qtbot: QtBot, store_with_profile: Store) -> None:
    """Typing a search that narrows the log to nothing, then clearing it, leaves the
    columns as wide as they were (they do not jump about as the director types).
    """
    write_demo(store_with_profile, TODAY, scale=1)
    window = open_window(qtbot, store_with_profile)
    window.show_page(1 + [title for _n, title, _m, _c in LATER_PAGES].index("Recognition"))
    page = window.current_page()
    assert isinstance(page, RecognitionPage)
    header = page.table.horizontalHeader()
    before = [header.sectionSize(c) for c in range(page.model.columnCount())]
    for text in ("team", "team nothing-matches-this", ""):
        page.search.setText(text)
        assert [header.sectionSize(c) for c in range(page.model.columnCount())] == before
    assert page.model.rowCount() == page.model.total() > 0


def test_rows_differing_only_in_how_shared_are_searched_apart(store: Store) -> None:
    """Rows saying the same share a search text, but one shared another way is found by
    that way's words alone, and both by the words they have in common.
    """
    made = [
        recognition_store.add_recognition(
            store,
            RecognitionDraft(TODAY, WhoKind.PERSON, "Cover", who_name="Ann", shared_how=way),
            TODAY,
        )[0]
        for way in (ShareWay.NEWSLETTER, ShareWay.IN_PERSON, ShareWay.IN_PERSON)
    ]
    model = RecognitionModel(store)
    model.reload()
    model.set_search("newsletter")
    assert [r.id for r in model.rows()] == [made[0]]
    model.set_search("IN PERSON")
    assert sorted(r.id for r in model.rows()) == made[1:]
    model.set_search("ann cover")
    assert sorted(r.id for r in model.rows()) == made


def test_the_log_read_in_blocks_is_a_well_behaved_model(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Filled, searched and sorted, the log's model passes Qt's model tester, with blocks
    smaller than the log so that rows are read as they are asked for.
    """
    write_demo(store, TODAY, scale=1)
    model = RecognitionModel(store)
    model.block = 4
    model.reload()
    assert model.total() > 3 * model.block
    qtmodeltester.check(model)
    model.sort_rows(1, ASC, SortRole)
    model.set_search("team")
    qtmodeltester.check(model)
