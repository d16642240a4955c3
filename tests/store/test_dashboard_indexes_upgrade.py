"""Revision 0012: a database from 0011 keeps every row and gains the dashboard's indexes."""

from __future__ import annotations

import json
import shutil
import sqlite3

from dass_desktop.paths import DataPaths
from dass_desktop.store import migrations, open_store
from dass_desktop.store.database import current_revision
from tests.conftest import FIXTURES

FIXTURE_0011 = FIXTURES / "databases" / "0011.sqlite3"
NEW = {
    "ix_recognition_who": ("recognition", ["who_kind", "who_id"]),
    "ix_engagement_kind_occurred_on": ("engagement", ["kind", "occurred_on"]),
    "ix_engagement_follow_up_on": ("engagement", ["follow_up_on"]),
    "ix_plan_item_kind": ("plan_item", ["kind"]),
    "ix_plan_item_open_due": (
        "plan_item",
        ["status", "kind", "deleted_at", "phase", "day_offset", "due_date", "theme_id", "position"],
    ),
    "ix_plan_item_progress": (
        "plan_item",
        ["theme_id", "deleted_at", "kind", "status", "rag", "phase"],
    ),
    "ix_plan_item_day_offset": ("plan_item", ["day_offset"]),
}


def _indexes(con: sqlite3.Connection) -> dict[str, tuple[str, list[str]]]:
    found = {}
    for name, table in con.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ):
        columns = [row[2] for row in con.execute(f"PRAGMA index_info('{name}')")]
        found[name] = (table, columns)
    return found


def _rows(con: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search%' AND name != 'alembic_version' ORDER BY name"
        )
    ]
    return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def test_upgrade_from_0011_keeps_rows_and_adds_the_indexes(data_paths: DataPaths) -> None:
    """Every row of the 0011 file is there after the upgrade, and each new index exists."""
    assert json.loads(FIXTURE_0011.with_suffix(".json").read_text())
    before_con = sqlite3.connect(FIXTURE_0011)
    try:
        before = _rows(before_con)
        assert not set(NEW) & set(_indexes(before_con))
    finally:
        before_con.close()
    assert all(before[table] for table, _columns in NEW.values())
    data_paths.ensure()
    shutil.copy(FIXTURE_0011, data_paths.database)
    assert current_revision(data_paths.database) == "0011"
    with open_store(data_paths) as store:
        assert store.revision() == migrations.HEAD == "0012"
    con = sqlite3.connect(data_paths.database)
    try:
        assert _rows(con) == before
        indexes = _indexes(con)
    finally:
        con.close()
    for name, where in NEW.items():
        assert indexes.get(name) == where, name
