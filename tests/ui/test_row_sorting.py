"""Tables sort in their row model: the same order as Qt's own proxy sort, at one key a row."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from dass_desktop.ui.row_models import Column, RowRole, RowTableModel, SortRole, SourceSortProxy
from dass_desktop.ui.word_filter import WordFilterModel


@dataclass(frozen=True)
class Thing:
    """A row with a name, a number that may be missing, and a bucket with many ties."""

    id: int
    name: str
    size: int | None
    bucket: str


class ThingModel(RowTableModel[Thing]):
    """Three columns: name, size (missing sizes sort after every other), bucket."""

    keys_worked_out = 0

    def __init__(self) -> None:
        super().__init__()
        self.columns = (
            Column("Name", lambda r: r.name),
            Column("Size", lambda r: "" if r.size is None else str(r.size), self._size),
            Column("Bucket", lambda r: r.bucket),
        )

    def _size(self, row: Thing) -> int | None:
        self.keys_worked_out += 1
        return row.size


class ThingFilter(WordFilterModel):
    """Searches a thing by its name."""


def things(count: int, seed: int = 7) -> list[Thing]:
    """``count`` rows in a shuffled order, some sizes missing, buckets repeating."""
    pick = random.Random(seed)
    rows = [
        Thing(
            i,
            f"{pick.choice(['care', 'home', 'team', 'Ward'])} {pick.randint(1, 999)}",
            None if i % 9 == 0 else pick.randint(-50, 50),
            pick.choice("ABC"),
        )
        for i in range(count)
    ]
    pick.shuffle(rows)
    return rows


def shown(proxy: QSortFilterProxyModel) -> list[int]:
    """The ids of the rows as the proxy shows them, top to bottom."""
    return [proxy.index(row, 0).data(RowRole).id for row in range(proxy.rowCount())]


def test_order_matches_qts_own_proxy_sort(qtbot: QtBot) -> None:
    """Every column, both ways, ties included, sorts as a plain Qt proxy sorts it."""
    rows = things(600)
    ours, theirs = ThingModel(), ThingModel()
    ours.set_rows(rows)
    theirs.set_rows(rows)
    mine, qt = ThingFilter(), QSortFilterProxyModel()
    mine.setSourceModel(ours)
    qt.setSourceModel(theirs)
    for proxy in (mine, qt):
        proxy.setSortRole(SortRole)
    for column in (1, 2, 0, 2, 1):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            mine.sort(column, order)
            qt.sort(column, order)
            assert shown(mine) == shown(qt), (column, order)


def test_sorting_works_out_each_rows_key_once(qtbot: QtBot) -> None:
    """A sort asks for one key per row, not two per comparison as a proxy sort does."""
    model = ThingModel()
    model.set_rows(things(2000))
    proxy = ThingFilter()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    model.keys_worked_out = 0
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.keys_worked_out == 2000
    sizes = [proxy.index(r, 0).data(RowRole).size for r in range(proxy.rowCount())]
    known = [s for s in sizes if s is not None]
    assert known == sorted(known)
    assert sizes[len(known) :] == [None] * (2000 - len(known))


def test_new_rows_keep_the_sort_and_the_filter_searches_them_all(qtbot: QtBot) -> None:
    """Rows swapped in are sorted as chosen, and the search still finds every match."""
    model = ThingModel()
    proxy = ThingFilter()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    rows = things(500, seed=3)
    model.set_rows(rows)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, reverse=True)
    proxy.set_search("care")
    expected = sorted((r for r in rows if "care" in r.name), key=lambda r: r.name, reverse=True)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [r.name for r in expected]


def test_chosen_row_stays_chosen_when_the_header_is_clicked(qtbot: QtBot) -> None:
    """Sorting by another column moves the selection and current row with their record."""
    model = ThingModel()
    model.set_rows(things(300, seed=11))
    proxy = SourceSortProxy()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.selectRow(40)
    chosen = view.currentIndex().data(RowRole)
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert view.currentIndex().data(RowRole) == chosen
    assert [i.data(RowRole) for i in view.selectionModel().selectedRows()] == [chosen]
    buckets = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert buckets == sorted(buckets)


def test_model_passes_qts_model_checks_while_sorted(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The sorted model and its proxy keep Qt's model rules."""
    model = ThingModel()
    model.set_rows(things(50))
    proxy = ThingFilter()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
