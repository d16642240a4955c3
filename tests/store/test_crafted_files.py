"""Crafted files (extra objects, unknown columns, bad values, failing upgrades) are refused
before anything is written, and leave the file exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.cli import main
from dass_desktop.domain import engagement_store
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.store import backup as backups
from dass_desktop.store import open_store
from dass_desktop.store.database import verify_database
from dass_desktop.store.errors import NotOurFile, UpgradeFailed
from dass_desktop.store.schema import expected_objects
from tests.conftest import FIXTURES, TODAY


def _doctored(tmp_path: Path, statement: str) -> Path:
    """A real database with one extra object added by hand."""
    data_paths = paths.resolve(tmp_path / "source")
    with open_store(data_paths) as store:
        engagement_store.add_engagement(store, EngagementDraft(TODAY, place="x"), TODAY)
    con = sqlite3.connect(data_paths.database)
    con.execute(statement)
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return data_paths.database


HOSTILE = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON engagement BEGIN "
    "DELETE FROM stakeholder; UPDATE profile SET director_name = 'Mallory'; END",
    "view": "CREATE VIEW everything AS SELECT * FROM engagement",
    "column": "ALTER TABLE engagement ADD COLUMN secret TEXT",
    "table": "CREATE TABLE exfiltrate (a TEXT)",
    "index": "CREATE INDEX sneaky ON engagement (place)",
}


@pytest.mark.parametrize("extra", sorted(HOSTILE))
def test_extra_objects_are_refused_by_open_restore_and_check(
    tmp_path: Path, extra: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database carrying an extra trigger, view, column, table or index is refused when
    opened, restored or checked, and the data folder it was offered to is unchanged.
    """
    doctored = _doctored(tmp_path, HOSTILE[extra])
    with pytest.raises(NotOurFile):
        verify_database(doctored)
    with pytest.raises(NotOurFile):
        open_store(paths.resolve(doctored.parent))
    target = paths.resolve(tmp_path / "mine")
    with open_store(target):
        pass
    before = target.database.read_bytes()
    assert main(["restore", str(doctored), "--data-dir", str(target.root)]) == 1
    err = capsys.readouterr().err
    assert "not a DASS Desktop database" in err
    assert "not changed" in err
    assert target.database.read_bytes() == before
    assert main(["check", "--data-dir", str(doctored.parent)]) == 1


def test_json_with_unknown_columns_or_tables_is_refused(tmp_path: Path) -> None:
    """An export with an extra column or table (or wrong types) imports nothing."""
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    out = tmp_path / "all.json"
    assert main(["export", "json", "--data-dir", str(data), "--out", str(out)]) == 0
    document = json.loads(out.read_text())
    document["tables"]["engagement"][0]["secret"] = "x"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    assert main(["import", "json", str(bad), "--data-dir", str(tmp_path / "a")]) == 1
    document["tables"]["engagement"][0].pop("secret")
    document["tables"]["exfiltrate"] = [{"a": 1}]
    bad.write_text(json.dumps(document))
    assert main(["import", "json", str(bad), "--data-dir", str(tmp_path / "b")]) == 1
    for folder in ("a", "b"):
        assert not (tmp_path / folder / "dass-desktop.sqlite3").exists()


def test_json_values_are_checked_against_the_schema_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text in an integer column, a number in a date column, an unknown choice and a huge
    integer are all listed (table, row and column), at most ten, and nothing is written.
    """
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    out = tmp_path / "all.json"
    assert main(["export", "json", "--data-dir", str(data), "--out", str(out)]) == 0
    capsys.readouterr()
    document = json.loads(out.read_text())
    rows = document["tables"]["engagement"]
    rows[0]["staff_count"] = "lots"
    rows[1]["occurred_on"] = 20261126
    rows[2]["kind"] = "seance"
    rows[3]["staff_count"] = 2**70
    for row in rows[4:30]:
        row["place"] = "x" * 5000
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    target = tmp_path / "new"
    assert main(["import", "json", str(bad), "--data-dir", str(target)]) == 1
    err = capsys.readouterr().err
    assert "table engagement, row 1, column staff_count" in err
    assert "row 2, column occurred_on" in err
    assert "row 3, column kind" in err
    assert "row 4, column staff_count" in err
    assert "more)" in err
    assert err.count("table engagement, row") == 10
    assert not (target / "dass-desktop.sqlite3").exists()


def test_failing_upgrade_leaves_the_file_exactly_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that fails (here: after doing all its work, on purpose) leaves the
    database byte for byte as it was, says which release to keep using, and repeated
    failures take one before-upgrade copy, not one per start, so daily copies survive.
    """
    from dass_desktop.store import migrations

    data_paths = paths.resolve(tmp_path / "data")
    data_paths.ensure()
    data_paths.database.write_bytes((FIXTURES / "databases" / "0005.sqlite3").read_bytes())
    real_upgrade = migrations.upgrade
    expected_objects("0005")  # built before the migrations are made to fail

    def upgrade_then_fail(engine: object, revision: str = "head") -> None:
        real_upgrade(engine, revision)  # type: ignore[arg-type]
        raise RuntimeError("a fault in a migration")

    monkeypatch.setattr(migrations, "upgrade", upgrade_then_fail)
    before = data_paths.database.read_bytes()
    for day in range(6, 10):
        with pytest.raises(UpgradeFailed) as caught:
            open_store(data_paths, now=dt.datetime(2026, 11, day, 9))
        assert "0.1.0" in caught.value.message
        assert "exactly as it was" in caught.value.message
        assert data_paths.database.read_bytes() == before
    names = [p.name for p in backups.list_backups(data_paths.backups)]
    assert sum("before-upgrade" in n for n in names) == 1
    assert not [p for p in data_paths.root.iterdir() if p.name.startswith(".")]
    monkeypatch.setattr(migrations, "upgrade", real_upgrade)
    with open_store(data_paths, now=dt.datetime(2026, 11, 10, 9)) as store:
        assert store.revision() == migrations.HEAD
