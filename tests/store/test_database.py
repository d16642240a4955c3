"""The database file: created private, reopened intact, checked, locked and backed up."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
import subprocess
import sys

import pytest
from sqlalchemy import text

from dass_desktop.domain.profile import DirectorProfile, load_profile, save_profile
from dass_desktop.paths import DataPaths
from dass_desktop.store import (
    DatabaseDamaged,
    DatabaseFromNewerRelease,
    DataDirectoryInUse,
    EnvironmentProblem,
    migrations,
    open_store,
)
from dass_desktop.store.backup import list_backups
from dass_desktop.store.check import check_database
from dass_desktop.store.errors import DiskFull, ReadOnlyData, classify
from tests.conftest import TODAY


def test_profile_survives_close_and_reopen(data_paths: DataPaths, profile: DirectorProfile) -> None:
    """A profile saved, then the database closed and reopened, reads back unchanged."""
    with open_store(data_paths) as store:
        save_profile(store, profile, TODAY)
    with open_store(data_paths) as store:
        assert load_profile(store) == profile


def test_new_database_is_at_head_with_pragmas(data_paths: DataPaths) -> None:
    """A new file is created at the head revision, in WAL mode, with foreign keys on."""
    with open_store(data_paths) as store:
        assert store.revision() == migrations.HEAD
        with store.engine.connect() as con:
            assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert con.execute(text("PRAGMA busy_timeout")).scalar() == 5000


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_data_directory_and_database_are_private(data_paths: DataPaths) -> None:
    """On POSIX the data directory is 0700 and the database 0600."""
    with open_store(data_paths):
        pass
    assert stat.S_IMODE(data_paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(data_paths.database.stat().st_mode) == 0o600


def test_second_open_of_same_directory_fails_cleanly(data_paths: DataPaths) -> None:
    """While one store is open, opening the same directory raises a plain-English error."""
    with open_store(data_paths):
        before = data_paths.database.read_bytes()
        with pytest.raises(DataDirectoryInUse, match="already open"):
            open_store(data_paths)
        assert data_paths.database.read_bytes() == before
    with open_store(data_paths):  # released on close
        pass


def test_damaged_file_is_refused_with_backup_named(data_paths: DataPaths) -> None:
    """A file that is not a database is detected and the newest backup is suggested."""
    with open_store(data_paths):
        pass
    with open_store(data_paths, now=dt.datetime(2026, 11, 27, 9, 0)):
        pass  # the second day's open takes the daily backup
    backups = list_backups(data_paths.backups)
    assert backups
    data_paths.database.write_bytes(b"this is not a database" * 300)
    for suffix in ("-wal", "-shm"):
        data_paths.database.with_name(data_paths.database.name + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(data_paths)
    assert caught.value.latest_backup == backups[0]
    assert "damaged" in caught.value.message
    assert not check_database(data_paths).ok


def test_file_from_newer_release_is_left_alone(data_paths: DataPaths) -> None:
    """A database at a revision this release does not know is refused, unchanged."""
    with open_store(data_paths):
        pass
    con = sqlite3.connect(data_paths.database)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = data_paths.database.read_bytes()
    with pytest.raises(DatabaseFromNewerRelease):
        open_store(data_paths)
    assert data_paths.database.read_bytes() == before


def test_foreign_sqlite_file_is_refused(data_paths: DataPaths) -> None:
    """Some other program's SQLite file in the data directory is not taken over."""
    data_paths.ensure()
    con = sqlite3.connect(data_paths.database)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(EnvironmentProblem, match="not a DASS Desktop database"):
        open_store(data_paths)


def test_daily_backup_taken_once_a_day(data_paths: DataPaths) -> None:
    """Opening an existing database backs it up once a day, not on every open."""
    with open_store(data_paths, now=dt.datetime(2026, 11, 26, 8, 0)):
        pass
    assert list_backups(data_paths.backups) == []  # nothing to back up in a new file
    for hour in (9, 10):
        with open_store(data_paths, now=dt.datetime(2026, 11, 26, hour, 0)):
            pass
    assert len(list_backups(data_paths.backups)) == 1


def test_read_only_and_full_disk_errors_are_translated(data_paths: DataPaths) -> None:
    """SQLite's own read-only and disk-full errors become plain sentences, not tracebacks."""
    with open_store(data_paths):
        pass
    con = sqlite3.connect(f"file:{data_paths.database}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            con.execute("CREATE TABLE t (a)")
    finally:
        con.close()
    problem = classify(caught.value, data_paths.database)
    assert isinstance(problem, ReadOnlyData)
    assert "read-only" in problem.message
    full = classify(OSError(errno.ENOSPC, "No space left on device"), data_paths.database)
    assert isinstance(full, DiskFull)
    # The wording of SQLite's message is never trusted: only its result code.
    assert classify(sqlite3.OperationalError("disk is full"), data_paths.database) is None
    assert classify(ValueError("a bug"), data_paths.database) is None


def test_opening_an_up_to_date_database_needs_no_sqlalchemy(data_paths: DataPaths) -> None:
    """Opening a database already at the head revision locks, checks and backs it up with
    :mod:`sqlite3` alone; SQLAlchemy is imported only when the first read or change needs it,
    and that read then works. SQLCipher's driver is not even looked for: the file is not
    protected.
    """
    with open_store(data_paths):
        pass
    script = (
        "import sys\n"
        "class Watch:\n"
        "    sought = []\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.partition('.')[0] == 'sqlcipher3':\n"
        "            Watch.sought.append(name)\n"
        "sys.meta_path.insert(0, Watch())\n"
        "from pathlib import Path\n"
        "from dass_desktop.paths import DataPaths\n"
        "from dass_desktop.store import open_store\n"
        f"store = open_store(DataPaths(Path({str(data_paths.root)!r})))\n"
        "print('opened with sqlalchemy' if 'sqlalchemy' in sys.modules else 'opened without')\n"
        "print('sqlcipher3 sought' if Watch.sought else 'sqlcipher3 not sought')\n"
        "print(store.revision())\n"
        "from dass_desktop.domain.profile import load_profile\n"
        "print(load_profile(store))\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "opened without",
        "sqlcipher3 not sought",
        migrations.HEAD,
        "None",
    ]
