"""Files the app writes are private and rotated; it changes nothing it did not create, and
every upgraded file has exactly the schema of a fresh one.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.cli import main
from dass_desktop.store import backup as backups
from dass_desktop.store import open_store
from dass_desktop.store.database import verify_database
from dass_desktop.store.schema import expected_objects
from tests.conftest import FIXTURES, TODAY


def test_rotation_keeps_daily_weekly_and_every_upgrade_copy(tmp_path: Path) -> None:
    """14 newest daily copies, the newest of each of 8 weeks, and all before-upgrade ones."""
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 9)
    for n in range(120):
        (folder / f"auto-{start + dt.timedelta(days=n):%Y%m%d-%H%M%S}-daily.sqlite3").touch()
    for n in range(20):
        name = f"auto-{start + dt.timedelta(days=n):%Y%m%d-%H%M%S}-before-upgrade-0005.sqlite3"
        (folder / name).touch()
    backups.prune(folder)
    kept = sorted(p.name for p in folder.glob("*-daily.sqlite3"))
    every = [start + dt.timedelta(days=n) for n in range(120)]
    for day in every[-14:]:
        assert f"auto-{day:%Y%m%d-%H%M%S}-daily.sqlite3" in kept
    weeks = {dt.datetime.strptime(n[5:13], "%Y%m%d").isocalendar()[:2] for n in kept}
    newest_weeks = sorted({d.isocalendar()[:2] for d in every})[-8:]
    assert weeks == set(newest_weeks)
    assert len(kept) == 14 + len(newest_weeks) - len({d.isocalendar()[:2] for d in every[-14:]})
    assert len(list(folder.glob("*-before-upgrade-*"))) == 20


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_created_files_are_private_and_other_folders_untouched(tmp_path: Path) -> None:
    """Everything the app creates is 0700/0600; a shared folder given to --out keeps its
    mode (sticky, world-writable) and only the new file appears in it.
    """
    data = tmp_path / "a" / "b" / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    with open_store(paths.resolve(data), now=dt.datetime(2030, 1, 1)):
        pass  # a daily backup
    for folder in (tmp_path / "a", tmp_path / "a" / "b", data, data / "backups"):
        assert _mode(folder) == 0o700, folder
    for file in [data / "dass-desktop.sqlite3", *(data / "backups").iterdir()]:
        assert _mode(file) == 0o600, file
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    out = shared / "b.sqlite3"
    assert main(["backup", "--data-dir", str(data), "--out", str(out)]) == 0
    assert _mode(shared) == 0o1777
    assert [p.name for p in shared.iterdir()] == ["b.sqlite3"]
    assert _mode(out) == 0o600
    json_out = shared / "all.json"
    assert main(["export", "json", "--data-dir", str(data), "--out", str(json_out)]) == 0
    assert _mode(json_out) == 0o600
    assert _mode(shared) == 0o1777


def test_a_read_only_file_is_not_made_writable(tmp_path: Path) -> None:
    """A database the director made read-only keeps its mode when opened."""
    data_paths = paths.resolve(tmp_path / "data")
    with open_store(data_paths):
        pass
    os.chmod(data_paths.database, 0o400)
    with open_store(data_paths):
        pass
    assert _mode(data_paths.database) == 0o400


def test_saved_head_schema_is_what_the_migrations_build() -> None:
    """The saved copy of the newest schema matches the migrations (if this fails after adding
    a revision, run ``python -m dass_desktop.store.schema``).
    """
    from dass_desktop.store import migrations
    from dass_desktop.store.schema import built_objects

    assert expected_objects(migrations.HEAD) == built_objects(migrations.HEAD)


@pytest.mark.parametrize("revision", ["0001", "0003", "0005"])
def test_an_upgraded_file_has_exactly_the_schema_of_a_fresh_one(
    tmp_path: Path, revision: str
) -> None:
    """A file from an earlier release, once upgraded, passes the schema check at every
    later open (so the check never locks a director out of their own data).
    """
    data_paths = paths.resolve(tmp_path / "data")
    data_paths.ensure()
    source = FIXTURES / "databases" / f"{revision}.sqlite3"
    data_paths.database.write_bytes(source.read_bytes())
    with open_store(data_paths):
        pass
    from dass_desktop.store import migrations

    assert verify_database(data_paths.database) == migrations.HEAD


def test_folders_named_with_uri_characters_hold_their_own_data(tmp_path: Path) -> None:
    """A folder named with ?, # and % is used as named, not read as a URL (which would
    open some other file).
    """
    data = tmp_path / "we#ird?%20 dir"
    assert main(["demo", "--data-dir", str(data)]) == 0
    copy = data / "b#1?.sqlite3"
    assert main(["backup", "--data-dir", str(data), "--out", str(copy)]) == 0
    assert main(["restore", str(copy), "--data-dir", str(data)]) == 0
    assert main(["check", "--data-dir", str(data)]) == 0
    out = data / "all.json"
    assert main(["export", "json", "--data-dir", str(data), "--out", str(out)]) == 0
    assert main(["import", "json", str(out), "--data-dir", str(data / "x")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["we#ird?%20 dir"]


def test_a_failing_demo_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo is one transaction: if its last part fails, none of the earlier parts (the
    profile, the plan, the teams, the workforce) is kept.
    """
    import dass_desktop.demo as demo
    from dass_desktop.domain.profile import load_profile
    from dass_desktop.domain.team_store import list_teams

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a fault in the last part")

    monkeypatch.setattr(demo, "write_contacts", fail)
    data_paths = paths.resolve(tmp_path / "data")
    with open_store(data_paths) as store:
        with pytest.raises(RuntimeError):
            demo.write_demo(store, TODAY)
        assert load_profile(store) is None
        assert list_teams(store) == []
