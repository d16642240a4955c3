"""Searching and scrolling the Visits log read nothing from the database; the Recognition
log reads a screenful of rows at a time, never every row.

The Visits log is read once per refresh (see test_statement_counts.py, which holds that
count equal at two sizes); what the director then types or scrolls is answered from the
rows already read. The Recognition log keeps only the ids: it reads the rows the table
shows, a block at a time, and a search is one statement, at any size of log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.store import Store, open_store
from dass_desktop.ui import table_columns
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.navigation import LATER_PAGES
from dass_desktop.ui.recognition_models import RecognitionModel
from dass_desktop.ui.recognition_page import RecognitionPage
from dass_desktop.ui.visits_page import VisitsPage
from tests.conftest import TODAY


@pytest.fixture(scope="module", params=[1, 3])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The demo council at scale 1, then at scale 3."""
    store = open_store(paths.resolve(tmp_path_factory.mktemp(f"scale-{request.param}")))
    write_demo(store, TODAY, scale=request.param)
    yield store
    store.close()


def _watch(demo: Store, sent: list[str]) -> Callable[[], None]:
    """Count every statement sent to ``demo`` into ``sent``; the returned call stops it."""

    def count(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(demo.engine, "before_cursor_execute", count)
    demo.quick().set_trace_callback(sent.append)

    def stop() -> None:
        event.remove(demo.engine, "before_cursor_execute", count)
        demo.quick().set_trace_callback(None)

    return stop


def _show(window: MainWindow, title: str) -> QWidget:
    window.show_page(1 + [title for _n, title, _m, _c in LATER_PAGES].index(title))
    page = window.current_page()
    assert page is not None
    return page


def test_visit_search_and_scroll_send_no_statements(qtbot: QtBot, demo: Store) -> None:
    """On the Visits log, typing words, clearing them and scrolling to the end send nothing."""
    window = MainWindow(demo, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    page = _show(window, "Visits")
    assert isinstance(page, VisitsPage)
    search, table, shown = page.ui.searchEdit, page.ui.table, page.proxy.rowCount
    everything = shown()
    assert everything > 0
    sent: list[str] = []
    stop = _watch(demo, sent)
    try:
        search.setText("team")
        assert 0 < shown() < everything
        search.setText("team nothing-matches-this")
        assert shown() == 0
        search.clear()
        table.scrollToBottom()
        qtbot.wait(1)
    finally:
        stop()
    assert shown() == everything
    assert sent == []
    window.close()


def test_recognition_log_reads_what_it_shows(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the Recognition log makes the rows shown and measured for the column widths
    (a block or two of them), not every row; scrolling to the end reads a block or two
    more; each search is one statement and clearing it none. Blocks and the rows measured
    are made few, so that the demo's log is many blocks long at either size.
    """
    monkeypatch.setattr(RecognitionModel, "block", 4)
    monkeypatch.setattr(table_columns, "SAMPLE_ROWS", 3)
    window = MainWindow(demo, lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1024, 560)
    window.show()
    sent: list[str] = []
    stop = _watch(demo, sent)
    try:
        page = _show(window, "Recognition")
        assert isinstance(page, RecognitionPage)
        qtbot.wait(1)
        model, table = page.model, page.table
        everything = model.total()
        assert everything > 2 * model.block  # the demo at either size
        assert model.rowCount() == everything
        opened = [s for s in sent if "what_for" in s]
        assert all("WHERE id IN" in s for s in opened)
        shows = table.viewport().height() // table.rowHeight(0) + 1  # rows on show
        assert len(model._made) == len(opened) * model.block <= shows + 2 * model.block
        assert len(model._made) < everything
        sent.clear()
        table.scrollToBottom()
        qtbot.wait(1)
        assert all("WHERE id IN" in s for s in sent)
        assert len(model._made) <= (len(opened) + len(sent)) * model.block
        assert len(sent) * model.block <= shows + 2 * model.block
        sent.clear()
        page.search.setText("team")
        assert 0 < model.rowCount() < everything
        page.search.setText("team nothing-matches-this")
        assert model.rowCount() == 0
        searches = [s for s in sent if "WHERE id IN" not in s]
        assert len(searches) == 2
        sent.clear()
        page.search.clear()
        assert [s for s in sent if "WHERE id IN" not in s] == []
    finally:
        stop()
    assert model.rowCount() == everything
    window.close()
