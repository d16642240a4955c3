"""Column widths: measured from the rows' own values as Qt's data() would give them, and
measured again exactly when the rows may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from dass_desktop.ui import table_columns
from dass_desktop.ui.row_models import CellTableModel, Column, RowTableModel
from dass_desktop.ui.table_columns import compact_widths, content_widths, fit_columns
from dass_desktop.ui.word_filter import WordFilterModel


@dataclass(frozen=True)
class _Row:
    id: int
    name: str
    figure: float


class _Rows(RowTableModel[_Row]):
    columns = (
        Column[_Row]("Name", lambda r: r.name),
        Column[_Row]("Figure", lambda r: f"{r.figure:,.1f}", lambda r: r.figure, numeric=True),
        Column[_Row]("Id", lambda r: str(r.id), lambda r: r.id, numeric=True),
    )


class _Cells(CellTableModel[_Row]):
    headers = ("Name", "Figure")

    def cell(self, row: _Row, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return row.name if column == 0 else f"{row.figure:.2f}"


def _rows(count: int) -> list[_Row]:
    return [_Row(i, "team " + "x" * (i % 37), i * 1234.5 % 99999) for i in range(count)]


def _widths_through_data(view: QTableView, stretch: int) -> dict[int, int]:
    """The widths as measured cell by cell through model indexes (the plain way)."""
    model = view.model()
    metrics, heading = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    found = {}
    for column in range(model.columnCount()):
        if column == stretch:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = heading.horizontalAdvance(title) + table_columns.HEADING_ROOM
        for row in range(min(model.rowCount(), table_columns.SAMPLE_ROWS)):
            text = model.index(row, column).data()
            if text is not None:
                width = max(width, metrics.horizontalAdvance(str(text)) + table_columns.CELL_ROOM)
        found[column] = width
    return found


def test_widths_from_row_values_equal_widths_through_data(qtbot: QtBot) -> None:
    """Over a sorted, searched proxy and over the models themselves, the widths measured
    from the rows' values equal those measured cell by cell through ``data()``.
    """
    model = _Rows()
    model.set_rows(_rows(500))
    proxy = WordFilterModel()
    proxy.setSourceModel(model)
    cells = _Cells(_rows(300))
    for shown in (proxy, model, cells):
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(shown)
        view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        if shown is proxy:
            proxy.set_search("xxxxxxxxxxxxxxxxxxxx")
            assert 0 < proxy.rowCount() < model.rowCount()
        assert content_widths(view, 0, None) == _widths_through_data(view, 0)


def test_columns_are_measured_again_only_when_rows_may_have_changed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reset measures once; asking again with nothing changed measures nothing; a change
    in place or a new cap measures again.
    """
    measured: list[int] = []
    real = table_columns.content_widths

    def counting(view: QTableView, stretch: int, widest: int | None) -> dict[int, int]:
        measured.append(stretch)
        return real(view, stretch, widest)

    monkeypatch.setattr(table_columns, "content_widths", counting)
    model = _Rows()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view, 0)
    measured.clear()
    model.set_rows(_rows(50))
    assert len(measured) == 1  # the reset
    compact_widths(view, 0)
    assert len(measured) == 1  # nothing changed since
    model.dataChanged.emit(model.index(0, 0), model.index(0, 2))
    compact_widths(view, 0)
    assert len(measured) == 2
    compact_widths(view, 0, widest=80)
    assert len(measured) == 3
    assert view.horizontalHeader().sectionSize(1) <= 80
    compact_widths(view, 0, widest=80)
    assert len(measured) == 3
