"""The whole database as JSON and back: nothing lost, old files upgraded, bad files refused."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.interchange.json_dump import JsonRefused, export_json, import_json
from dass_desktop.store import migrations, open_store
from dass_desktop.store.database import current_revision
from tests.conftest import TODAY
from tests.fixtures.make_fixture_db import snapshot

NOW = dt.datetime(2026, 11, 26, 12, 0)


@pytest.fixture
def demo_paths(tmp_path: Path) -> paths.DataPaths:
    """A data folder holding the demo council (closed)."""
    data = paths.resolve(tmp_path / "demo")
    with open_store(data) as store:
        write_demo(store, TODAY)
    return data


def test_round_trip_keeps_every_row(demo_paths: paths.DataPaths, tmp_path: Path) -> None:
    """Export (private journal entries asked for) then import into an empty folder gives
    the same rows in every table; by default the private entries alone are left out.
    """
    out = tmp_path / "all.json"
    exported = export_json(demo_paths, out, NOW, include_private=True)
    assert exported.revision == migrations.HEAD
    assert exported.rows > 1000
    assert exported.private_left_out == 0
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    target = paths.resolve(tmp_path / "new")
    assert import_json(out, target) == exported.rows
    assert snapshot(target.database) == snapshot(demo_paths.database)
    with open_store(target):  # opens as a normal database, at head
        assert current_revision(target.database) == migrations.HEAD
    default = export_json(demo_paths, tmp_path / "default.json", NOW)
    assert default.private_left_out == 3
    assert default.rows == exported.rows - 3
    shared = paths.resolve(tmp_path / "shared")
    import_json(tmp_path / "default.json", shared)
    journal = snapshot(shared.database)["journal_entry"]
    assert [row["private"] for row in journal] == [0]


def test_file_from_an_earlier_release_is_upgraded(tmp_path: Path) -> None:
    """A file at revision 0001 (profile only) imports and is upgraded with its data."""
    document = {
        "format": "dass-desktop",
        "format_version": 1,
        "schema_revision": "0001",
        "tables": {
            "profile": [
                {
                    "id": 1,
                    "director_name": "Old Release Director",
                    "council_name": "Leeds",
                    "council_code": "E08000035",
                    "region": "Yorkshire and The Humber",
                    "start_date": "2026-09-07",
                    "chief_executive_name": "Someone",
                    "protective_marking": "OFFICIAL",
                    "updated_at": "2026-11-01T10:00:00",
                }
            ]
        },
    }
    source = tmp_path / "old.json"
    source.write_text(json.dumps(document))
    target = paths.resolve(tmp_path / "new")
    assert import_json(source, target) == 1
    assert current_revision(target.database) == migrations.HEAD
    rows = snapshot(target.database)["profile"]
    assert rows[0]["director_name"] == "Old Release Director"
    assert rows[0]["start_date"] == "2026-09-07"
    assert rows[0]["updated_at"] == "2026-11-01 10:00:00"  # stored as SQLite stores it
    from dass_desktop.domain.profile import load_profile

    with open_store(target) as store:
        profile = load_profile(store)
        assert profile is not None
        assert profile.start_date == dt.date(2026, 9, 7)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json at all", "could not be read as JSON"),
        ('{"format": "something-else"}', "not a DASS Desktop export"),
        ('{"format": "dass-desktop", "schema_revision": "9999", "tables": {}}', "newer release"),
        (
            '{"format": "dass-desktop", "schema_revision": "0001", "tables": '
            '{"recipes": [{"a": 1}]}}',
            "tables this schema lacks",
        ),
        (
            '{"format": "dass-desktop", "schema_revision": "0001", "tables": '
            '{"profile": [{"id": 1, "director_name": "X", "council_name": "Y", "region": "Z", '
            '"start_date": "26/11/2026", "chief_executive_name": "", '
            '"protective_marking": "OFFICIAL"}]}}',
            "not a date",
        ),
        (
            '{"format": "dass-desktop", "schema_revision": "0001", "tables": '
            '{"profile": [{"id": 1}]}}',
            "does not fit together",
        ),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(
    content: str, reason: str, tmp_path: Path
) -> None:
    """Each bad file gets a plain reason; the folder is left without a database."""
    source = tmp_path / "bad.json"
    source.write_text(content)
    target = paths.resolve(tmp_path / "new")
    with pytest.raises(JsonRefused, match=reason):
        import_json(source, target)
    assert not target.database.exists()
    left = list(target.root.iterdir()) if target.root.exists() else []
    assert [p.name for p in left if ".sqlite3" in p.name] == []


def test_folder_with_data_is_refused_untouched(demo_paths: paths.DataPaths, tmp_path: Path) -> None:
    """Importing over a council's data is refused and the data is byte-for-byte unchanged."""
    out = export_json(demo_paths, tmp_path / "all.json", NOW).path
    before = demo_paths.database.read_bytes()
    with pytest.raises(JsonRefused, match="already holds data"):
        import_json(out, demo_paths)
    assert demo_paths.database.read_bytes() == before


def test_commands(demo_paths: paths.DataPaths, tmp_path: Path) -> None:
    """`export json` and `import json` work headless with plain exit codes."""
    from tests.test_cli import run

    out = tmp_path / "all.json"
    result = run("export", "json", "--data-dir", str(demo_paths.root), "--out", str(out))
    assert result.returncode == 0, result.stderr
    new = tmp_path / "new"
    assert run("import", "json", str(out), "--data-dir", str(new)).returncode == 0
    again = run("import", "json", str(out), "--data-dir", str(new))
    assert again.returncode == 1
    assert "already holds data" in again.stderr
    assert (
        run("export", "json", "--data-dir", str(new), "--out", str(tmp_path / "x.txt")).returncode
        == 2
    )
