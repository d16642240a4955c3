"""Crashes lose no committed edit, and a restore never loses the last edits or the old data."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.cli import main
from dass_desktop.domain import engagement_store
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.store import backup as backups
from dass_desktop.store import open_store
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]

# A process that imports the app once, then forks a child per round: each child makes
# committed edits (or restores) until the test SIGKILLs it. Forking keeps 40 kills quick.
ZYGOTE = r"""
import datetime as dt, os, sys
sys.path.insert(0, sys.argv[1])
from dass_desktop import paths
from dass_desktop.store import open_store, backup
from dass_desktop.domain import engagement_store
from dass_desktop.domain.engagement_terms import ActionDraft, EngagementDraft

data = paths.resolve(sys.argv[2])
journal = sys.argv[3]
from sqlalchemy.orm import configure_mappers
configure_mappers()
with open_store(data) as warm:  # the daily copy and SQLAlchemy's caches, before forking
    engagement_store.list_engagements(warm)
print("ready", flush=True)  # the test opens the data itself only once this is closed

def edits(round_no):
    with open_store(data) as store:
        n = 0
        while True:
            n += 1
            draft = EngagementDraft(dt.date(2026, 11, 20), place=f"round {round_no} edit {n}")
            actions = [ActionDraft(f"act {round_no}.{n}.{i}") for i in range(3)]
            eid, _ = engagement_store.add_engagement(store, draft, dt.date(2026, 11, 26), actions)
            with open(journal, "a") as f:  # only after the commit returned
                f.write(f"{eid}\n")
                f.flush()
                os.fsync(f.fileno())

def restores(source):
    while True:
        backup.restore_database(paths.Path(source), data.database, data.backups)

for line in sys.stdin:
    what, arg = line.split()
    pid = os.fork()
    if pid == 0:
        try:
            edits(int(arg)) if what == "edit" else restores(arg)
        finally:
            os._exit(3)
    print(pid, flush=True)
    os.waitpid(pid, 0)
    print("reaped", flush=True)
"""


@pytest.fixture
def zygote(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path, Path]]:
    """The forking writer, on a fresh data folder with a journal of committed edits."""
    data = tmp_path / "data"
    journal = tmp_path / "journal.txt"
    journal.touch()
    with open_store(paths.resolve(data)):
        pass
    process = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(ROOT), str(data), str(journal)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process, data, journal
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.close()
    process.wait(timeout=30)
    process.stdout.close()


def _kill_round(process: subprocess.Popen[str], command: str, delay: float) -> None:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(command + "\n")
    process.stdin.flush()
    child = int(process.stdout.readline())
    time.sleep(delay)
    os.kill(child, signal.SIGKILL)
    assert process.stdout.readline().strip() == "reaped"


def _engagement_actions(db: Path) -> dict[int, int]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = con.execute(
            "SELECT e.id, count(a.plan_item_id) FROM engagement e "
            "LEFT JOIN engagement_action a ON a.engagement_id = e.id GROUP BY e.id"
        ).fetchall()
        return {int(eid): int(n) for eid, n in rows}
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_loses_no_committed_edit(zygote: tuple[subprocess.Popen[str], Path, Path]) -> None:
    """40 SIGKILLs at random moments of a writer: the file stays sound, every edit journaled
    as committed is there, and every visit has all three of its actions (never some).
    """
    process, data, journal = zygote
    rng = random.Random(12)
    db = paths.resolve(data).database
    for round_no in range(40):
        _kill_round(process, f"edit {round_no}", rng.uniform(0.05, 0.5))
        saved = _engagement_actions(db)
        journaled = [int(x) for x in journal.read_text().split()]
        missing = [e for e in journaled if e not in saved]
        assert not missing, f"round {round_no}: committed edits lost: {missing[:5]}"
        assert all(n == 3 for n in saved.values()), f"round {round_no}: a visit lost actions"
    assert len(journaled) >= 30  # the kills landed among real edits, not only at start-up
    with open_store(paths.resolve(data)):  # and it opens, leftovers cleared
        pass
    assert not [p for p in data.iterdir() if p.name.startswith(".")]


@pytest.mark.slow
def test_restore_killed_midway_keeps_old_or_new_and_the_old_data(
    zygote: tuple[subprocess.Popen[str], Path, Path], tmp_path: Path
) -> None:
    """A restore SIGKILLed at any moment leaves a sound database holding either the old
    data or the backup's, and the old data is always somewhere.
    """
    process, data, _journal = zygote
    data_paths = paths.resolve(data)
    with open_store(data_paths) as store:
        engagement_store.add_engagement(store, EngagementDraft(TODAY, place="old data"), TODAY)
    source = tmp_path / "source.sqlite3"
    fresh = paths.resolve(tmp_path / "other")
    with open_store(fresh) as other:
        engagement_store.add_engagement(other, EngagementDraft(TODAY, place="backup data"), TODAY)
        other.backup_to(source)
    rng = random.Random(7)
    for round_no in range(12):
        _kill_round(process, f"restore {source}", rng.uniform(0.0, 0.25))
        con = sqlite3.connect(f"file:{data_paths.database}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            places = {p for (p,) in con.execute("SELECT place FROM engagement")}
        finally:
            con.close()
        assert places in ({"old data"}, {"backup data"}), f"round {round_no}: {places}"
    kept = backups.list_backups(data_paths.backups)
    holding_old = []
    for copy in kept:
        con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            places = {p for (p,) in con.execute("SELECT place FROM engagement")}
        finally:
            con.close()
        holding_old.append("old data" in places)
    assert any(holding_old)
    with open_store(data_paths):
        pass
    assert not [p for p in data.iterdir() if p.name.startswith(".")]


def _crashed_with_live_wal(folder: Path) -> int:
    """Make a data folder whose last edits are only in the write-ahead log, as after a
    crash; return how many visits were committed.
    """
    data_paths = paths.resolve(folder)
    with open_store(data_paths):
        pass
    con = sqlite3.connect(data_paths.database)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(200):
        con.execute(
            "INSERT INTO engagement (occurred_on, kind, place, going_well, to_improve, "
            "you_said_we_did, created_at, updated_at) VALUES "
            "('2026-11-20', 'informal-visit', ?, '', '', '', '2026-11-20 10:00:00', "
            "'2026-11-20 10:00:00')",
            (f"visit {n}",),
        )
        con.commit()
    # The "crash": copy the file and its live log while the connection still holds them.
    crashed = folder.parent / "crashed"
    crashed.mkdir()
    for name in ("dass-desktop.sqlite3", "dass-desktop.sqlite3-wal"):
        (crashed / name).write_bytes((folder / name).read_bytes())
    con.close()
    assert (crashed / "dass-desktop.sqlite3-wal").stat().st_size > 0
    return 200


def _count_visits(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM engagement").fetchone()[0])
    finally:
        con.close()


def test_restore_after_a_crash_keeps_the_live_wal_and_two_restores_two_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Restoring over a folder with a live WAL keeps every committed edit in the
    before-restore copy; a second restore keeps a second copy beside the first.
    """
    committed = _crashed_with_live_wal(tmp_path / "data")
    crashed = tmp_path / "crashed"
    empty = paths.resolve(tmp_path / "empty")
    with open_store(empty) as store:
        source = store.backup_to(tmp_path / "empty.sqlite3")
    assert main(["restore", str(source), "--data-dir", str(crashed)]) == 0
    assert main(["restore", str(source), "--data-dir", str(crashed)]) == 0
    copies = sorted((crashed / "backups").glob("before-restore-*.sqlite3"))
    assert len(copies) == 2
    assert sorted(_count_visits(copy) for copy in copies) == [0, committed]
    for copy in copies:  # a rollback-journal file: opens read-only with nothing beside it
        assert copy.read_bytes()[18:20] == b"\x01\x01"
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert "kept in" in capsys.readouterr().out
