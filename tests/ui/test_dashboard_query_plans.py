"""The dashboard reads through indexes: none of its statements scans a table that grows with
use (visits, recognitions, the practice log, check-ins ...). Each statement the window sends
on its plain connection, from opening to the dashboard painted, is put to SQLite's
``EXPLAIN QUERY PLAN`` on the demo council. Nothing here is timed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain import overview_sql_plan
from dass_desktop.domain.guidance import templates
from dass_desktop.store import Store, open_store
from dass_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY

# Tables a dashboard statement may read whole, and why. Any other SCAN fails the test, and an
# entry no statement needs any more fails it too, so the list cannot silently grow stale.
SMALL_TABLES = {
    "profile": "one row",
    "theme": "the plan's themes, about ten; each theme's items are then found by index",
    "seeded_template": "one row per built-in template, a fixed number",
    "team": "the council's teams: tens, changed by a restructure, not by use",
}
_NAMED = re.compile(
    r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!WHERE|JOIN|ON|ORDER|GROUP|LIMIT|LEFT|INNER|CROSS|USING)(\w+))?",
    re.I,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo council, written once for the module."""
    store = open_store(paths.resolve(tmp_path_factory.mktemp("demo")))
    write_demo(store, TODAY, scale=1)
    yield store
    store.close()


def dashboard_statements(qtbot: QtBot, store: Store) -> list[str]:
    """Every statement the plain connection runs from start-up's seeding check and the
    window's making to the dashboard painted and refreshed once more, values in place.
    """
    sent: list[str] = []
    store.quick().set_trace_callback(sent.append)
    try:
        overview_sql_plan.needs_seeding(store.quick(), templates())  # as start-up asks first
        window = MainWindow(store, lambda: TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_page(0)
        window.current_page().refresh()  # type: ignore[attr-defined]
        window.close()
    finally:
        store.quick().set_trace_callback(None)
    return list(dict.fromkeys(s for s in sent if s.lstrip().upper().startswith("SELECT")))


def scanned_tables(con: sqlite3.Connection, sql: str) -> set[str]:
    """The tables (by their real names) a statement's query plan reads whole without an
    index; a covering index and the rows of a VALUES list do not count.
    """
    names = {}
    for table, alias in _NAMED.findall(sql):
        names[table.lower()] = table.lower()
        if alias:
            names[alias.lower()] = table.lower()
    found = set()
    for _id, _parent, _unused, detail in con.execute("EXPLAIN QUERY PLAN " + sql):
        words = detail.split()
        if words[0] != "SCAN" or "CONSTANT" in words or "COVERING" in words:
            continue
        found.add(names.get(words[1].lower(), words[1].lower()))
    return found


def test_no_dashboard_statement_scans_a_growing_table(qtbot: QtBot, demo: Store) -> None:
    """Every statement of the first paint finds its rows by index, except in small tables."""
    statements = dashboard_statements(qtbot, demo)
    assert len(statements) > 20  # the whole dashboard was read, not just the profile
    con = demo.quick()
    scans = {sql: scanned_tables(con, sql) for sql in statements}
    growing = {sql[:160]: tables - set(SMALL_TABLES) for sql, tables in scans.items()}
    assert {sql: t for sql, t in growing.items() if t} == {}
    used = set().union(*scans.values())
    assert set(SMALL_TABLES) <= used, f"no longer read whole: {set(SMALL_TABLES) - used}"


def test_the_check_finds_a_scan(demo: Store) -> None:
    """The plan reader sees a scan of a big table, through an alias too, and not an index."""
    con = demo.quick()
    assert scanned_tables(con, "SELECT count(*) FROM recognition r WHERE r.what_for = 'x'") == {
        "recognition"
    }
    assert (
        scanned_tables(con, "SELECT id FROM engagement WHERE occurred_on = '2026-11-30'") == set()
    )
