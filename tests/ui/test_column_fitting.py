"""Column fitting keeps up with a long table whose filter is cleared, at a bounded cost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from dass_desktop.ui import table_columns
from dass_desktop.ui.table_columns import fit_columns
from tests.ui.test_row_sorting import ThingFilter, ThingModel, things


def test_clearing_a_filter_measures_the_columns_at_most_twice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clearing a search over thousands of rows (one insertion per gap) refits the
    columns once at once and once more when the event loop runs, not once per gap, and
    the widths end as a fresh fit of the whole table gives.
    """
    model, proxy = ThingModel(), ThingFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(700, 400)
    fit_columns(view, 0)
    model.set_rows(things(3000))
    view.show()
    qtbot.waitExposed(view)
    proxy.set_search("care")
    qtbot.wait(1)
    measured = []
    real = table_columns.content_widths

    def counting(*args: object, **kwargs: object) -> dict[int, int]:
        measured.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(table_columns, "content_widths", counting)
    proxy.set_search("")
    qtbot.wait(1)
    assert proxy.rowCount() == 3000
    assert 1 <= len(measured) <= 2
    after_clear = [view.horizontalHeader().sectionSize(c) for c in range(3)]
    model.set_rows(model.rows())  # a reset measures afresh
    assert [view.horizontalHeader().sectionSize(c) for c in range(3)] == after_clear
