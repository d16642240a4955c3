"""A corpus of bad inputs across every command: each ends with the right exit status, one
plain sentence on stderr (no traceback, never "a fault in the app"), and the data folder
byte for byte as it was. Full disks and read-only folders are real tmpfs mounts (the tests
run as root in CI); if mounting fails the tests fail, they are not skipped.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dass_desktop.cli import main

Snapshot = dict[str, bytes]


def snapshot(folder: Path) -> Snapshot:
    """Every file under ``folder`` by content: but the lock (its content is a process id),
    SQLite's shared-memory index and an empty write-ahead log, which hold no data and which
    a read-only reader may leave behind.
    """
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.name != "dass-desktop.lock"
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run the command in-process; return its exit status and stderr."""
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    return code, capsys.readouterr().err


def assert_plain(err: str) -> None:
    """The error output opens with one plain sentence and holds no traceback or bug report."""
    assert "Traceback" not in err, err
    assert "fault in" not in err, err
    first = err.strip().splitlines()[0]
    assert first.startswith(("dass-desktop: ", "usage: ")) or "error:" in err, err
    assert len(err.strip().splitlines()) <= 53, "the problem list is capped at 50 lines"


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo council written once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    old = os.umask(0o022)
    try:
        assert main(["demo", "--data-dir", str(folder)]) == 0
        assert main(["check", "--data-dir", str(folder)]) == 0
        from dass_desktop import paths
        from dass_desktop.store import open_store

        with open_store(paths.resolve(folder)):  # today's daily copy, taken once
            pass
    finally:
        os.umask(old)
    return folder


@pytest.fixture
def data(demo_data: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo data folder; the process umask is put back afterwards."""
    copy = tmp_path / "data"
    shutil.copytree(demo_data, copy)
    old = os.umask(0o022)
    yield copy
    os.umask(old)


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, the command, the exit status and words expected."""

    name: str
    args: Callable[[Path, Path], list[str]]  # (data folder, scratch folder) -> arguments
    code: int
    words: str


def _file(scratch: Path, name: str, content: bytes) -> str:
    path = scratch / name
    path.write_bytes(content)
    return str(path)


def _sqlite(scratch: Path, name: str, *statements: str) -> str:
    path = scratch / name
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()
    return str(path)


def _copy_with(data: Path, scratch: Path, name: str, *statements: str) -> str:
    path = scratch / name
    shutil.copy(data / "dass-desktop.sqlite3", path)
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    return str(path)


def _truncated(data: Path, scratch: Path) -> str:
    raw = (data / "dass-desktop.sqlite3").read_bytes()
    return _file(scratch, "cut.sqlite3", raw[: len(raw) // 3])


def _export(data: Path, scratch: Path) -> dict[str, object]:
    out = scratch / "all.json"
    if not out.exists():
        old = os.umask(0o022)
        assert main(["export", "json", "--data-dir", str(data), "--out", str(out)]) == 0
        os.umask(old)
    document: dict[str, object] = json.loads(out.read_text())
    return document


def _json(data: Path, scratch: Path, change: Callable[[dict[str, object]], object]) -> str:
    document = _export(data, scratch)
    change(document)
    return _file(scratch, "changed.json", json.dumps(document).encode())


def _tables(document: dict[str, object]) -> dict[str, list[dict[str, object]]]:
    tables = document["tables"]
    assert isinstance(tables, dict)
    return tables


D = "--data-dir"
CSV_HEAD = b"Month,Team,Headcount,FTE,Vacancy rate\n"
GOOD_ROW = b"2026-03,Reablement,40,38.5,12.5\n"


def _csv(content: bytes) -> Callable[[Path, Path], list[str]]:
    return lambda d, s: ["import", "workforce", _file(s, "f.csv", content), D, str(d)]


def _import_json(make: Callable[[Path, Path], str]) -> Callable[[Path, Path], list[str]]:
    return lambda d, s: ["import", "json", make(d, s), D, str(s / "fresh")]


CASES = [
    # --- arguments ----------------------------------------------------------------------
    Case("as-of year 1", lambda d, s: ["check", D, str(d), "--as-of", "0001-01-01"], 2, "1900"),
    Case("as-of year 9999", lambda d, s: ["check", D, str(d), "--as-of", "9999-12-31"], 2, "2100"),
    Case("as-of UK style", lambda d, s: ["check", D, str(d), "--as-of", "26/11/2026"], 2, "date"),
    Case(
        "meeting in 1800",
        lambda d, s: [
            "export",
            "one-to-one",
            D,
            str(d),
            "--out",
            str(s / "o.pdf"),
            "--meeting",
            "1800-01-01",
        ],
        2,
        "1900",
    ),
    Case("scale 0", lambda d, s: ["demo", D, str(s / "n"), "--scale", "0"], 2, "1 to 200"),
    Case("scale 201", lambda d, s: ["demo", D, str(s / "n"), "--scale", "201"], 2, "1 to 200"),
    Case("scale text", lambda d, s: ["demo", D, str(s / "n"), "--scale", "lots"], 2, "1 to 200"),
    Case("empty data dir", lambda d, s: ["check", D, ""], 2, "empty"),
    Case("blank data dir", lambda d, s: ["demo", D, "   "], 2, "empty"),
    Case(
        "ics to .pdf",
        lambda d, s: ["export", "ics", D, str(d), "--out", str(s / "c.pdf")],
        2,
        ".ics",
    ),
    Case(
        "meeting with 100-day",
        lambda d, s: [
            "export",
            "100-day",
            D,
            str(d),
            "--out",
            str(s / "p.pdf"),
            "--meeting",
            "2026-11-26",
        ],
        2,
        "one-to-one",
    ),
    Case("unknown command", lambda d, s: ["frobnicate"], 2, "invalid choice"),
    Case("demo and command", lambda d, s: ["--demo", "check", D, str(d)], 2, "--demo"),
    Case(
        "bad percentages",
        lambda d, s: ["import", "workforce", "f.csv", D, str(d), "--percentages", "half"],
        2,
        "invalid choice",
    ),
    Case("demo needs a folder", lambda d, s: ["demo"], 2, "--data-dir"),
    # --- data folders ---------------------------------------------------------------------
    Case("data dir is a file", lambda d, s: ["check", D, _file(s, "f", b"x")], 1, "not a folder"),
    Case("demo into a file", lambda d, s: ["demo", D, _file(s, "f", b"x")], 1, "not a folder"),
    Case(
        "import json into a file",
        lambda d, s: ["import", "json", str(_export_path(d, s)), D, _file(s, "f", b"x")],
        1,
        "not a folder",
    ),
    Case("check with no database", lambda d, s: ["check", D, str(s)], 1, "no database"),
    Case(
        "backup with no database",
        lambda d, s: ["backup", D, str(s), "--out", str(s / "b.sqlite3")],
        1,
        "no database",
    ),
    Case(
        "demo into existing data",
        lambda d, s: ["demo", D, str(d)],
        1,
        "already holds",
    ),
    # --- restore --------------------------------------------------------------------------
    Case("restore missing", lambda d, s: ["restore", str(s / "none"), D, str(d)], 1, "no file"),
    Case("restore a folder", lambda d, s: ["restore", str(s), D, str(d)], 1, "is a folder"),
    Case(
        "restore text",
        lambda d, s: ["restore", _file(s, "t.sqlite3", b"hello" * 100), D, str(d)],
        1,
        "not changed",
    ),
    Case(
        "restore empty file",
        lambda d, s: ["restore", _file(s, "e.sqlite3", b""), D, str(d)],
        1,
        "not changed",
    ),
    Case(
        "restore another program's file",
        lambda d, s: ["restore", _sqlite(s, "o.sqlite3", "CREATE TABLE r (a)"), D, str(d)],
        1,
        "not a DASS Desktop database",
    ),
    Case(
        "restore from a newer release",
        lambda d, s: [
            "restore",
            _copy_with(d, s, "n.sqlite3", "UPDATE alembic_version SET version_num = '9999'"),
            D,
            str(d),
        ],
        1,
        "newer release",
    ),
    Case(
        "restore with a trigger",
        lambda d, s: [
            "restore",
            _copy_with(
                d,
                s,
                "t.sqlite3",
                "CREATE TRIGGER t AFTER INSERT ON engagement BEGIN DELETE FROM stakeholder; END",
            ),
            D,
            str(d),
        ],
        1,
        "trigger",
    ),
    Case(
        "restore with a view",
        lambda d, s: [
            "restore",
            _copy_with(d, s, "v.sqlite3", "CREATE VIEW v AS SELECT 1"),
            D,
            str(d),
        ],
        1,
        "view",
    ),
    Case(
        "restore with a column",
        lambda d, s: [
            "restore",
            _copy_with(d, s, "c.sqlite3", "ALTER TABLE profile ADD COLUMN x TEXT"),
            D,
            str(d),
        ],
        1,
        "not as DASS Desktop makes it",
    ),
    Case(
        "restore truncated", lambda d, s: ["restore", _truncated(d, s), D, str(d)], 1, "not changed"
    ),
    # --- backup and export targets ----------------------------------------------------------
    Case(
        "backup over a file",
        lambda d, s: ["backup", D, str(d), "--out", _file(s, "b.sqlite3", b"mine")],
        1,
        "already exists",
    ),
    Case(
        "backup to a folder", lambda d, s: ["backup", D, str(d), "--out", str(s)], 1, "is a folder"
    ),
    Case(
        "backup to a missing folder",
        lambda d, s: ["backup", D, str(d), "--out", str(s / "no" / "b.sqlite3")],
        1,
        "no file or folder",
    ),
    Case(
        "backup under a file",
        lambda d, s: ["backup", D, str(d), "--out", _file(s, "f", b"x") + "/b.sqlite3"],
        1,
        "not a folder",
    ),
    Case(
        "export json to a folder",
        lambda d, s: ["export", "json", D, str(d), "--out", str(_dir(s, "x.json"))],
        1,
        "is a folder",
    ),
    Case(
        "export json to a missing folder",
        lambda d, s: ["export", "json", D, str(d), "--out", str(s / "no" / "a.json")],
        1,
        "no file or folder",
    ),
    Case(
        "export ics to a missing folder",
        lambda d, s: ["export", "ics", D, str(d), "--out", str(s / "no" / "a.ics")],
        1,
        "no file or folder",
    ),
    Case(
        "export pdf to a folder",
        lambda d, s: ["export", "100-day", D, str(d), "--out", str(_dir(s, "p.pdf"))],
        1,
        "is a folder",
    ),
    Case(
        "export from no database",
        lambda d, s: ["export", "json", D, str(s / "none"), "--out", str(s / "a.json")],
        1,
        "no database",
    ),
    # --- workforce CSV ------------------------------------------------------------------------
    Case(
        "csv missing",
        lambda d, s: ["import", "workforce", str(s / "none.csv"), D, str(d)],
        1,
        "no file",
    ),
    Case(
        "csv is a folder",
        lambda d, s: ["import", "workforce", str(s), D, str(d)],
        1,
        "is a folder",
    ),
    Case("csv empty", _csv(b""), 1, "empty"),
    Case("csv is xlsx", _csv(b"PK\x03\x04\x14\x00rest"), 1, "spreadsheet"),
    Case("csv binary", _csv(b"Month,FTE\n\x00\x01\x02,3\n"), 1, "binary"),
    Case("csv one column", _csv(b"Month|FTE\n2026-03|1\n"), 1, "one column"),
    Case("csv header only", _csv(CSV_HEAD), 1, "no rows"),
    Case("csv text figure", _csv(CSV_HEAD + b"2026-03,Reablement,forty,38,12\n"), 1, "line"),
    Case("csv unknown columns", _csv(b"Month,Zodiac sign\n2026-03,Leo\n"), 1, "not recognised"),
    Case(
        "csv 5 MB cell",
        _csv(CSV_HEAD + b"2026-03,Re" + b"a" * 5_000_000 + b",1,1,1\n"),
        1,
        "longer than 1 MB",
    ),
    Case(
        "csv mixed encodings",
        _csv(CSV_HEAD + "2026-03,Équipe,40,38,12\n".encode() + b"2026-04,\xc9quipe,40,38,12\n"),
        1,
        "mixes two text encodings",
    ),
    Case(
        "csv unclosed quote",
        _csv(CSV_HEAD + b'2026-03,"Reablement,40,38,12\n' + GOOD_ROW),
        1,
        "never closed",
    ),
    Case("csv headcount 1e300", _csv(CSV_HEAD + b"2026-03,Reablement,1e300,38,12\n"), 1, "line"),
    Case("csv negative", _csv(CSV_HEAD + b"2026-03,Reablement,-4,38,12\n"), 1, "line"),
    Case("csv rate over 100", _csv(CSV_HEAD + b"2026-03,Reablement,40,38,140\n"), 1, "line"),
    Case(
        "csv 100,000 bad lines",
        _csv(CSV_HEAD + b"2026-03,Reablement,x,38,12\n" * 100_000),
        1,
        "and 99,949 more",
    ),
    Case("csv bad month", _csv(CSV_HEAD + b"Smarch 2026,Reablement,40,38,12\n"), 1, "line"),
    Case("csv false UTF-16", _csv(codecs.BOM_UTF16_LE + b"\x00\xd8M\x00"), 1, "UTF-16"),
    # --- JSON -----------------------------------------------------------------------------------
    Case("json not json", _import_json(lambda d, s: _file(s, "a.json", b"{nope")), 1, "JSON"),
    Case(
        "json a list",
        _import_json(lambda d, s: _file(s, "a.json", b"[1, 2]")),
        1,
        "not a DASS Desktop export",
    ),
    Case(
        "json other format",
        _import_json(lambda d, s: _file(s, "a.json", b'{"format": "other"}')),
        1,
        "not a DASS Desktop export",
    ),
    Case(
        "json newer schema",
        _import_json(lambda d, s: _json(d, s, lambda doc: doc.update(schema_revision="9999"))),
        1,
        "newer release",
    ),
    Case(
        "json tables a list",
        _import_json(lambda d, s: _json(d, s, lambda doc: doc.update(tables=[]))),
        1,
        "no tables",
    ),
    Case(
        "json nested deep",
        _import_json(lambda d, s: _file(s, "a.json", b"[" * 200_000 + b"]" * 200_000)),
        1,
        "nested too deeply",
    ),
    Case(
        "json NaN",
        _import_json(lambda d, s: _file(s, "a.json", b'{"format": "dass-desktop", "x": NaN}')),
        1,
        "numbers that JSON does not allow",
    ),
    Case(
        "json text in an integer",
        _import_json(
            lambda d, s: _json(
                d, s, lambda doc: _tables(doc)["stakeholder"][0].update(influence="high")
            )
        ),
        1,
        "column influence",
    ),
    Case(
        "json integer in a date",
        _import_json(
            lambda d, s: _json(d, s, lambda doc: _tables(doc)["profile"][0].update(start_date=7))
        ),
        1,
        "column start_date",
    ),
    Case(
        "json null in a required column",
        _import_json(
            lambda d, s: _json(
                d, s, lambda doc: _tables(doc)["profile"][0].update(council_name=None)
            )
        ),
        1,
        "must have a value",
    ),
    Case(
        "json not UTF-8",
        _import_json(lambda d, s: _file(s, "a.json", b'{"format": "\xff\xfe"}')),
        1,
        "not UTF-8",
    ),
    Case(
        "json into existing data",
        lambda d, s: ["import", "json", str(_export_path(d, s)), D, str(d)],
        1,
        "already holds data",
    ),
    Case(
        "json over another program's file",
        lambda d, s: [
            "import",
            "json",
            str(_export_path(d, s)),
            D,
            str(
                Path(_sqlite(_dir(s, "other"), "dass-desktop.sqlite3", "CREATE TABLE r (a)")).parent
            ),
        ],
        1,
        "already holds data",
    ),
    Case(
        "json from a folder",
        lambda d, s: ["import", "json", str(s), D, str(s / "n")],
        1,
        "is a folder",
    ),
]


def _dir(scratch: Path, name: str) -> Path:
    folder = scratch / name
    folder.mkdir(exist_ok=True)
    return folder


def _export_path(data: Path, scratch: Path) -> Path:
    _export(data, scratch)
    return scratch / "all.json"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_refused_plainly_and_changes_nothing(
    case: Case, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command fails with its status and one plain sentence; no data changes."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    args = case.args(data, scratch)
    capsys.readouterr()
    watched = {p: snapshot(p) for p in (data, scratch / "other") if p.exists()}
    code, err = run(capsys, *args)
    assert code == case.code, err
    assert_plain(err)
    assert case.words in err, err
    for folder, before in watched.items():
        assert snapshot(folder) == before, f"{folder} changed"
    assert not (scratch / "fresh" / "dass-desktop.sqlite3").exists()
    assert not list(scratch.rglob("*.partial"))


def test_the_corpus_is_large_enough() -> None:
    """At least 60 bad inputs across the commands."""
    assert len(CASES) >= 60


# --- full disks and read-only folders (real mounts) ----------------------------------------
@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small tmpfs mounted at ``where`` (the tests run as root)."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"these tests need root to mount a tmpfs: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextlib.contextmanager
def read_only_view(source: Path, where: Path) -> Iterator[Path]:
    """``source`` seen through a read-only bind mount at ``where``."""
    where.mkdir(parents=True, exist_ok=True)
    for command in (
        ["mount", "--bind", str(source), str(where)],
        ["mount", "-o", "remount,bind,ro", str(where)],
    ):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(where)], check=False)
            pytest.fail(f"these tests need root to bind-mount read-only: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> None:
    """Fill the disk holding ``folder`` to the last byte."""
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)


def test_a_full_disk_is_called_a_full_disk_and_loses_nothing(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a full disk: check still passes (never "damaged"), backup, JSON export, the demo
    and a CSV import each say the disk is full, leave no partial file, change nothing.
    """
    with tmpfs(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        shutil.copytree(demo_data, data)
        csv = tmp_path / "f.csv"
        csv.write_bytes(CSV_HEAD + GOOD_ROW)
        out = disk / "out"
        out.mkdir()
        fill(disk)
        before = snapshot(data)
        code, err = run(capsys, "check", D, str(data))
        assert code == 0, err
        assert "damaged" not in err, err
        for args in (
            ["backup", D, str(data), "--out", str(out / "b.sqlite3")],
            ["export", "json", D, str(data), "--out", str(out / "a.json")],
            ["demo", D, str(disk / "new")],
            ["import", "workforce", str(csv), D, str(data)],
        ):
            code, err = run(capsys, *args)
            assert code == 1, (args, err)
            assert_plain(err)
            assert "full" in err, (args, err)
            assert "damaged" not in err, (args, err)
            assert snapshot(data) == before, args
            assert list(out.iterdir()) == [], args


def test_read_only_folders_are_reported_and_still_readable(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only folder is reported as read-only (never chmodded); a data folder and a
    backup on read-only media can still be checked, exported and restored from.
    """
    source = tmp_path / "source"
    source.mkdir()
    shutil.copytree(demo_data, source / "data")
    assert main(["backup", D, str(source / "data"), "--out", str(source / "b.sqlite3")]) == 0
    capsys.readouterr()
    with read_only_view(source, tmp_path / "ro") as ro:
        before = snapshot(source)
        mode = os.stat(ro).st_mode
        for args in (
            ["backup", D, str(ro / "data"), "--out", str(ro / "c.sqlite3")],
            ["demo", D, str(ro / "new")],
            [
                "import",
                "workforce",
                _file(tmp_path, "f.csv", CSV_HEAD + GOOD_ROW),
                D,
                str(ro / "data"),
            ],
        ):
            code, err = run(capsys, *args)
            assert code == 1, (args, err)
            assert_plain(err)
            assert "read-only" in err, (args, err)
        assert os.stat(ro).st_mode == mode
        code, err = run(capsys, "check", D, str(ro / "data"))
        assert code == 0, err
        code, err = run(
            capsys, "export", "json", D, str(ro / "data"), "--out", str(tmp_path / "a.json")
        )
        assert code == 0, err
        code, err = run(capsys, "restore", str(ro / "b.sqlite3"), D, str(tmp_path / "new"))
        assert code == 0, err
        assert snapshot(source) == before


def test_a_full_disk_at_start_skips_the_daily_copy_but_opens(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When the disk is too full for today's automatic copy, the data still opens (read and
    exported), with a note saying the copy was not taken; nothing is changed.
    """
    with tmpfs(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        shutil.copytree(demo_data, data)
        for daily in (data / "backups").glob("*-daily.sqlite3"):
            daily.unlink()  # as on the first start of a new day
        fill(disk)
        before = snapshot(data)
        from dass_desktop import paths
        from dass_desktop.domain.profile import load_profile
        from dass_desktop.store import open_store

        with open_store(paths.resolve(data)) as store:
            assert load_profile(store) is not None
            (notice,) = store.notices
        assert "backup was not taken" in notice
        assert "full" in notice
        assert snapshot(data) == before
        code, err = run(capsys, "demo", D, str(data))  # the command line passes it on
        assert code == 1
        assert "backup was not taken" in err
        assert "already holds" in err
