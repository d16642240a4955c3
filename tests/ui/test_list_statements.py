"""Searching and scrolling the Visits and Recognition logs read nothing from the database.

The logs are read once per refresh (see test_statement_counts.py, which holds that count
equal at two sizes); what the director then types or scrolls is answered from the rows
already read, at any size of log.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.store import Store, open_store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.navigation import LATER_PAGES
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


def test_search_and_scroll_send_no_statements(qtbot: QtBot, demo: Store) -> None:
    """On both logs, typing words, clearing them and scrolling to the end send nothing."""
    window = MainWindow(demo, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    titles = [title for _n, title, _m, _c in LATER_PAGES]
    sent: list[str] = []

    def count(*args: object) -> None:
        sent.append(str(args[2]))

    for title in ("Visits", "Recognition"):
        window.show_page(1 + titles.index(title))
        page = window.current_page()
        if isinstance(page, VisitsPage):
            search, table, shown = page.ui.searchEdit, page.ui.table, page.proxy.rowCount
        else:
            assert isinstance(page, RecognitionPage)
            search, table, shown = page.search, page.table, page.model.rowCount
        everything = shown()
        assert everything > 0
        event.listen(demo.engine, "before_cursor_execute", count)
        demo.quick().set_trace_callback(sent.append)
        try:
            search.setText("team")
            assert 0 < shown() < everything
            search.setText("team nothing-matches-this")
            assert shown() == 0
            search.clear()
            table.scrollToBottom()
            qtbot.wait(1)
        finally:
            event.remove(demo.engine, "before_cursor_execute", count)
            demo.quick().set_trace_callback(None)
        assert shown() == everything
        assert sent == [], title
    window.close()
