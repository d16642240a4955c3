"""Recovery never makes things worse: crashes, restores, hostile files and permissions."""

from __future__ import annotations

import datetime as dt
import json
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
from dass_desktop.store.database import verify_database
from dass_desktop.store.errors import NotOurFile, UpgradeFailed
from dass_desktop.store.schema import expected_objects
from tests.conftest import FIXTURES, TODAY

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
