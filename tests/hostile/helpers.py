"""Shared pieces of the bad-input corpus: snapshots of a data folder, running a command
in-process, and the small file makers the cases use.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
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


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, the command, the exit status and words expected."""

    name: str
    args: Callable[[Path, Path], list[str]]  # (data folder, scratch folder) -> arguments
    code: int
    words: str


def write_file(scratch: Path, name: str, content: bytes) -> str:
    """Write ``content`` to ``scratch/name``; return its path."""
    path = scratch / name
    path.write_bytes(content)
    return str(path)


def sqlite_file(scratch: Path, name: str, *statements: str) -> str:
    """A new SQLite file in ``scratch`` built by ``statements``; return its path."""
    path = scratch / name
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()
    return str(path)


def copy_with(data: Path, scratch: Path, name: str, *statements: str) -> str:
    """A copy of the data folder's database changed by ``statements``; return its path."""
    path = scratch / name
    shutil.copy(data / "dass-desktop.sqlite3", path)
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    return str(path)


def truncated(data: Path, scratch: Path) -> str:
    """The data folder's database cut to a third of its length; return its path."""
    raw = (data / "dass-desktop.sqlite3").read_bytes()
    return write_file(scratch, "cut.sqlite3", raw[: len(raw) // 3])


def export_all(data: Path, scratch: Path) -> dict[str, object]:
    """The data folder exported as JSON (once per scratch folder), parsed."""
    out = scratch / "all.json"
    if not out.exists():
        old = os.umask(0o022)
        assert main(["export", "json", "--data-dir", str(data), "--out", str(out)]) == 0
        os.umask(old)
    document: dict[str, object] = json.loads(out.read_text())
    return document


def changed_json(data: Path, scratch: Path, change: Callable[[dict[str, object]], object]) -> str:
    """A JSON export changed by ``change``; return its path."""
    document = export_all(data, scratch)
    change(document)
    return write_file(scratch, "changed.json", json.dumps(document).encode())


def tables_of(document: dict[str, object]) -> dict[str, list[dict[str, object]]]:
    """The tables of a JSON export."""
    tables = document["tables"]
    assert isinstance(tables, dict)
    return tables


D = "--data-dir"
CSV_HEAD = b"Month,Team,Headcount,FTE,Vacancy rate\n"
GOOD_ROW = b"2026-03,Reablement,40,38.5,12.5\n"


def csv_case(content: bytes) -> Callable[[Path, Path], list[str]]:
    """Arguments importing a workforce CSV holding ``content``."""
    return lambda d, s: ["import", "workforce", write_file(s, "f.csv", content), D, str(d)]


def import_json_case(make: Callable[[Path, Path], str]) -> Callable[[Path, Path], list[str]]:
    """Arguments importing the JSON file ``make`` writes into a fresh folder."""
    return lambda d, s: ["import", "json", make(d, s), D, str(s / "fresh")]


def folder_in(scratch: Path, name: str) -> Path:
    """A folder ``name`` inside ``scratch`` (made if missing)."""
    folder = scratch / name
    folder.mkdir(exist_ok=True)
    return folder


def export_path(data: Path, scratch: Path) -> Path:
    """The path of the JSON export of the data folder."""
    export_all(data, scratch)
    return scratch / "all.json"
