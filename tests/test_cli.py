"""The command-line contract, run as a user would run it: in a separate process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dass_desktop import __version__
from dass_desktop.store import migrations

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DASS_DESKTOP_EXIT_WHEN_IDLE": "1"}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dass_desktop ARGS`` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "dass_desktop", *args],
        capture_output=True,
        text=True,
        env=env or ENV,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    """--version prints the name and version and exits 0."""
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"DASS Desktop {__version__}"


def test_demo_then_check(tmp_path: Path) -> None:
    """The demo writes a sound database; check reports integrity and the schema revision."""
    data = tmp_path / "demo"
    assert run("demo", "--data-dir", str(data), "--as-of", "2026-11-26").returncode == 0
    result = run("check", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "integrity ok" in result.stdout
    assert f"schema revision {migrations.HEAD}" in result.stdout


def test_demo_is_deterministic(tmp_path: Path) -> None:
    """Two demos for the same date hold the same profile."""
    rows = []
    for name in ("a", "b"):
        data = tmp_path / name
        assert run("demo", "--data-dir", str(data), "--as-of", "2026-11-26").returncode == 0
        con = sqlite3.connect(data / "dass-desktop.sqlite3")
        row = con.execute("SELECT * FROM profile").fetchone()
        rows.append(row[:-1])  # all but updated_at, the time of writing
        con.close()
    assert rows[0] == rows[1]
    assert rows[0][1] == "Alex Morgan"


def test_demo_refuses_a_folder_with_data(tmp_path: Path) -> None:
    """The demo never writes over a council's data."""
    data = str(tmp_path / "d")
    assert run("demo", "--data-dir", data).returncode == 0
    result = run("demo", "--data-dir", data)
    assert result.returncode == 1
    assert "already holds" in result.stderr


def test_check_damaged_file_exits_1(tmp_path: Path) -> None:
    """check on a damaged file exits 1 with a plain sentence, not a traceback."""
    tmp_path.joinpath("dass-desktop.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("check", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_missing_database_exits_1(tmp_path: Path) -> None:
    """check where there is no database says so."""
    result = run("check", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 1
    assert "no database" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    """Unknown commands, a bad scale or a bad date are usage errors (status 2)."""
    assert run("frobnicate").returncode == 2
    assert run("demo", "--data-dir", str(tmp_path), "--scale", "0").returncode == 2
    assert run("check", "--data-dir", str(tmp_path), "--as-of", "26/11/2026").returncode == 2
    assert run("demo").returncode == 2  # demo insists on --data-dir


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    """A backup restores the data; a file that is not a backup changes nothing."""
    data = tmp_path / "data"
    assert run("demo", "--data-dir", str(data)).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    assert run("backup", "--data-dir", str(data), "--out", str(copy)).returncode == 0
    assert run("backup", "--data-dir", str(data), "--out", str(copy)).returncode == 1
    con = sqlite3.connect(data / "dass-desktop.sqlite3")
    con.execute("UPDATE profile SET director_name = 'Changed'")
    con.commit()
    con.close()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a backup")
    refused = run("restore", str(bogus), "--data-dir", str(data))
    assert refused.returncode == 1 and "not changed" in refused.stderr
    assert run("restore", str(copy), "--data-dir", str(data)).returncode == 0
    con = sqlite3.connect(data / "dass-desktop.sqlite3")
    assert con.execute("SELECT director_name FROM profile").fetchone()[0] == "Alex Morgan"
    con.close()
    assert (data / "dass-desktop.sqlite3.before-restore").exists()


def test_headless_commands_import_no_qt(tmp_path: Path) -> None:
    """demo, check, backup and restore never import PySide6."""
    code = (
        "import sys\n"
        "from dass_desktop.cli import main\n"
        f"d = {str(tmp_path / 'd')!r}\n"
        "assert main(['demo', '--data-dir', d]) == 0\n"
        "assert main(['check', '--data-dir', d]) == 0\n"
        f"assert main(['backup', '--data-dir', d, '--out', {str(tmp_path / 'b.sqlite3')!r}]) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:', qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


@pytest.mark.slow
def test_window_opens_and_exits_when_idle(tmp_path: Path) -> None:
    """With DASS_DESKTOP_EXIT_WHEN_IDLE=1 the app shows its window and exits 0."""
    data = tmp_path / "d"
    assert run("demo", "--data-dir", str(data)).returncode == 0
    result = run("--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert run("--demo").returncode == 0


@pytest.mark.slow
def test_second_instance_is_refused(tmp_path: Path) -> None:
    """A second app on the same data directory exits 1 with a plain message, file untouched."""
    data = tmp_path / "d"
    assert run("demo", "--data-dir", str(data)).returncode == 0
    from dass_desktop import paths
    from dass_desktop.store import open_store

    db = data / "dass-desktop.sqlite3"
    with open_store(paths.resolve(data)):
        before = db.read_bytes()
        result = run("--data-dir", str(data))
        assert db.read_bytes() == before
    assert result.returncode == 1
    assert "already open" in result.stderr
