"""Encryption at rest: protect, reopen, wrong passphrase, change, remove, encrypted backups."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.domain import engagement_store
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.store import cipher, open_store
from dass_desktop.store.backup import list_backups
from dass_desktop.store.errors import NotOurFile
from tests.conftest import TODAY

pytest.importorskip("sqlcipher3", reason="sqlcipher3 (SQLCipher) is not installed here")


@pytest.fixture(autouse=True)
def _forget_passphrases() -> Iterator[None]:
    """Each test starts (and ends) as a fresh process would: no passphrase in memory."""
    cipher._KEYS.clear()
    yield
    cipher._KEYS.clear()


def _plain_readable(path: Path) -> bool:
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def _protected_folder(tmp_path: Path, passphrase: str = "correct horse") -> paths.DataPaths:
    data_paths = paths.resolve(tmp_path / "data")
    with open_store(data_paths) as store:
        engagement_store.add_engagement(store, EngagementDraft(TODAY, place="Kept secret"), TODAY)
    import datetime as dt

    with open_store(data_paths, now=dt.datetime(2030, 1, 1)) as store:  # a daily backup
        store.set_passphrase(passphrase)
    cipher._KEYS.clear()
    return data_paths


def _places(data_paths: paths.DataPaths) -> list[str]:
    with open_store(data_paths) as store:
        return [row.place for row in engagement_store.list_engagements(store)]


def test_protect_reopen_and_wrong_passphrase(tmp_path: Path) -> None:
    """Protecting encrypts the database and its backups; it reopens with the passphrase
    only; a wrong one is refused in a sentence and changes nothing.
    """
    data_paths = _protected_folder(tmp_path)
    files = [data_paths.database, *list_backups(data_paths.backups)]
    assert len(files) >= 2
    for path in files:
        assert b"Kept secret" not in path.read_bytes()
        assert not _plain_readable(path)
    with pytest.raises(NotOurFile, match="protected by a passphrase"):
        open_store(data_paths)
    before = data_paths.database.read_bytes()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(data_paths.database, "wrong")
    assert data_paths.database.read_bytes() == before
    cipher.unlock(data_paths.database, "correct horse")
    assert _places(data_paths) == ["Kept secret"]


def test_change_and_remove_the_passphrase(tmp_path: Path) -> None:
    """A changed passphrase replaces the old one on every file; removing it leaves plain
    SQLite files with every row.
    """
    data_paths = _protected_folder(tmp_path)
    cipher.unlock(data_paths.database, "correct horse")
    with open_store(data_paths) as store:
        store.set_passphrase("battery staple")
    cipher._KEYS.clear()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(data_paths.database, "correct horse")
    cipher.unlock(data_paths.database, "battery staple")
    for copy in list_backups(data_paths.backups):
        cipher.unlock(copy, "battery staple")
    with open_store(data_paths) as store:
        store.set_passphrase(None)
    cipher._KEYS.clear()
    for path in [data_paths.database, *list_backups(data_paths.backups)]:
        assert _plain_readable(path)
    assert _places(data_paths) == ["Kept secret"]


def test_encrypted_backup_restores_from_the_command_line(tmp_path: Path) -> None:
    """`backup` of protected data writes a protected copy; `restore` of it (passphrase from
    DASS_DESKTOP_PASSPHRASE_FILE) brings the data back, still protected; without the
    passphrase the command says so in a sentence.
    """
    data_paths = _protected_folder(tmp_path)
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse\n")
    env = {**os.environ, "DASS_DESKTOP_PASSPHRASE_FILE": str(secret)}

    def run(*args: str, with_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "dass_desktop", *args],
            capture_output=True,
            text=True,
            env=with_env,
            stdin=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )

    copy = tmp_path / "copy.sqlite3"
    done = run("backup", "--data-dir", str(data_paths.root), "--out", str(copy), with_env=env)
    assert done.returncode == 0, done.stderr
    assert not _plain_readable(copy)
    other = tmp_path / "other"
    done = run("restore", str(copy), "--data-dir", str(other), with_env=env)
    assert done.returncode == 0, done.stderr
    assert not _plain_readable(other / "dass-desktop.sqlite3")
    done = run("check", "--data-dir", str(other), with_env=env)
    assert done.returncode == 0, done.stderr
    assert "integrity ok" in done.stdout, done.stderr
    bare = {k: v for k, v in os.environ.items() if k != "DASS_DESKTOP_PASSPHRASE_FILE"}
    refused = run("check", "--data-dir", str(other), with_env=bare)
    assert refused.returncode == 1
    assert "protected by a passphrase" in refused.stderr
    assert "Traceback" not in refused.stderr
    secret.write_text("wrong\n")
    wrong = run("check", "--data-dir", str(other), with_env=env)
    assert wrong.returncode == 1
    assert "does not open" in wrong.stderr
    cipher.unlock(other / "dass-desktop.sqlite3", "correct horse")
    assert _places(paths.resolve(other)) == ["Kept secret"]


def test_quick_reads_work_on_a_protected_store(tmp_path: Path) -> None:
    """The dashboard's plain-SQL reads open a protected file with its passphrase, agree with
    the ORM, and follow a change of passphrase made while the store is open.
    """
    from dass_desktop.domain import overview_sql, stakeholder_store

    data_paths = _protected_folder(tmp_path)
    cipher.unlock(data_paths.database, "correct horse")
    with open_store(data_paths) as store:
        held = overview_sql.kinds_held(store.quick(), TODAY, TODAY)
        assert sum(held.values()) == 1
        assert overview_sql.load_profile(store.quick()) is None
        store.set_passphrase("battery staple")  # the quick connection is made afresh
        assert overview_sql.kinds_held(store.quick(), TODAY, TODAY) == held
        assert not stakeholder_store.list_stakeholders(store, TODAY)
