"""No page reads the database row by row: its statements per refresh do not grow with the data.

Each page of the window (and the dashboard) is refreshed on the demo council and on the demo
at three times its size, counting the SQL statements sent (SQLAlchemy's
``before_cursor_execute``, and the trace of the store's plain connection, which the
dashboard reads through). A page whose count grows with the data runs a query per row
somewhere; the count must be the same at both sizes. Nothing here is timed.
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
from tests.conftest import TODAY

SCALES = (1, 3)
TITLES = ["Dashboard", *(title for _name, title, _module, _class in LATER_PAGES)]


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Store]]:
    """The demo council at each scale, written once for the module."""
    stores = {}
    for scale in SCALES:
        store = open_store(paths.resolve(tmp_path_factory.mktemp(f"scale-{scale}")))
        write_demo(store, TODAY, scale=scale)
        stores[scale] = store
    yield stores
    for store in stores.values():
        store.close()


def statements_per_refresh(qtbot: QtBot, store: Store) -> dict[str, int]:
    """Statements each page sends to refresh once, shown in a window on ``store``."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    sent: list[str] = []

    def count(*args: object) -> None:
        sent.append(str(args[2]))

    found = {}
    event.listen(store.engine, "before_cursor_execute", count)
    store.quick().set_trace_callback(sent.append)
    try:
        for row, title in enumerate(TITLES):
            window.show_page(row)
            page = window.current_page()
            # The Briefing page (the director's own words) reloads by _load().
            reload = getattr(page, "refresh", None) or getattr(page, "_load")  # noqa: B009
            sent.clear()
            reload()
            found[title] = len(sent)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
        store.quick().set_trace_callback(None)
        window.close()
    return found


def test_every_page_refreshes_in_the_same_statements_at_any_size(
    qtbot: QtBot, demos: dict[int, Store]
) -> None:
    """Each page's statement count on the demo three times the size equals the demo's own."""
    small, large = (statements_per_refresh(qtbot, demos[scale]) for scale in SCALES)
    assert all(small[title] > 0 for title in TITLES), small  # each page did read something
    grown = {t: (small[t], large[t]) for t in TITLES if large[t] != small[t]}
    assert grown == {}, f"statements at scale {SCALES[0]} and {SCALES[1]}: {grown}"
