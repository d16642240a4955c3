"""The search index across upgrades, exports and imports: built from old files, never dumped."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.domain import plan_store, search_store
from dass_desktop.domain.search_terms import HitKind
from dass_desktop.interchange.json_dump import JsonRefused, export_json, import_json
from dass_desktop.store import Store, migrations, open_store
from dass_desktop.store.check import check_database
from dass_desktop.store.errors import NotOurFile
from dass_desktop.store.search_index import INDEX_TABLES, is_index_table, require_fts5

FIXTURE = Path(__file__).parent.parent / "fixtures" / "databases" / "0007.sqlite3"
NOW = dt.datetime(2026, 11, 27, 9, 0)


def _titles(store: Store, words: str) -> dict[str, HitKind]:
    found = search_store.search(store, words, per_kind=100)
    return {hit.title: hit.kind for hit in found.hits}


def test_upgrade_from_0007_indexes_what_was_there(data_paths: paths.DataPaths) -> None:
    """A file saved at 0007 opens with every live record searchable and no deleted one."""
    data_paths.ensure()
    shutil.copy(FIXTURE, data_paths.database)
    with open_store(data_paths) as store:
        assert store.revision() == migrations.HEAD
        found = _titles(store, "fixture")
        assert set(found.values()) == set(HitKind)  # every kind, from the old file's rows
        assert found["Fixture question"] is HitKind.PLAN_ITEM
        assert found["Fixture Stakeholder 🙂"] is HitKind.STAKEHOLDER
        assert found["Risk: Fixture risk"] is HitKind.REGISTER_ENTRY
        for gone in ("deleted", "Hall"):  # a deleted item, note, person, risk and visit
            assert _titles(store, gone) == {}, gone
        assert _titles(store, "covered point") == {
            "One-to-one with chief executive": HitKind.MEETING
        }
        assert _titles(store, "removed point") == {}  # taken off the agenda
        # The triggers came with the upgrade: a new item is found at once.
        plan_store.add_action(store, title="Upgrade fixture follow-up", due_date=None, source="")
        assert "Upgrade fixture follow-up" in _titles(store, "follow up")
    report = check_database(data_paths)
    assert report.ok
    assert report.up_to_date


def test_json_export_skips_the_index_and_import_rebuilds_it(
    data_paths: paths.DataPaths, tmp_path: Path
) -> None:
    """The export holds no index tables; importing it makes a database that finds the same."""
    data_paths.ensure()
    shutil.copy(FIXTURE, data_paths.database)
    with open_store(data_paths) as store:
        before = _titles(store, "fixture")
    out = tmp_path / "all.json"
    export_json(data_paths, out, NOW)
    tables = json.loads(out.read_text(encoding="utf-8"))["tables"]
    assert [name for name in tables if is_index_table(name)] == []
    target = paths.resolve(tmp_path / "new")
    import_json(out, target)
    with open_store(target) as store:
        assert _titles(store, "fixture") == before


def test_a_file_with_index_tables_in_its_json_is_refused(
    data_paths: paths.DataPaths, tmp_path: Path
) -> None:
    """An export that claims to carry the index (hand-made) is refused, changing nothing."""
    with open_store(data_paths) as store:
        plan_store.add_action(store, title="Something", due_date=None, source="")
    out = tmp_path / "all.json"
    export_json(data_paths, out, NOW)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["tables"]["search_index"] = [{"kind": "team", "title": "Injected"}]
    out.write_text(json.dumps(document), encoding="utf-8")
    target = paths.resolve(tmp_path / "new")
    with pytest.raises(JsonRefused, match="search_index"):
        import_json(out, target)
    assert not target.database.exists() or target.database.stat().st_size == 0


def test_the_schema_check_knows_the_index(data_paths: paths.DataPaths) -> None:
    """A database with the index passes the schema check; one with its index dropped does not."""
    with open_store(data_paths):
        pass
    assert check_database(data_paths).ok
    con = sqlite3.connect(data_paths.database)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names >= INDEX_TABLES
    con.execute("DROP TABLE search_index")
    con.commit()
    con.close()
    with pytest.raises(NotOurFile, match="search_index"):
        open_store(data_paths)


def test_this_python_has_fts5() -> None:
    """The start-up check passes here (a build without FTS5 would be told so in a sentence)."""
    require_fts5()


SOURCE_TABLES = (
    "plan_item",
    "team",
    "team_note",
    "team_gap",
    "stakeholder",
    "engagement",
    "meeting",
    "register_entry",
    "engagement_theme",
    "agenda_point",
    "meeting_decision",
    "commitment",
)


def test_every_source_table_keeps_its_triggers_at_head(data_paths: paths.DataPaths) -> None:
    """Each table the index reads has its insert, update and delete triggers at the newest
    revision: a later revision that rebuilds a table in batch mode drops its triggers, and
    must make them again (else search would silently fall behind).
    """
    with open_store(data_paths):
        pass
    con = sqlite3.connect(data_paths.database)
    try:
        triggers = {
            (str(table), str(name))
            for table, name in con.execute(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    finally:
        con.close()
    expected = {
        (table, f"search_{table}_{event}")
        for table in SOURCE_TABLES
        for event in ("insert", "update", "delete")
    }
    assert expected <= triggers
