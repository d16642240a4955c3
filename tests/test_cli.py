"""The command-line contract, run as a user would run it: in a separate process."""

from __future__ import annotations

import os
import sqlite3
import stat
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
    """Two demos for the same date hold the same profile and workforce figures."""
    rows = []
    for name in ("a", "b"):
        data = tmp_path / name
        assert run("demo", "--data-dir", str(data), "--as-of", "2026-11-26").returncode == 0
        con = sqlite3.connect(data / "dass-desktop.sqlite3")
        row = con.execute("SELECT * FROM profile").fetchone()
        figures = con.execute(
            "SELECT scope_id, metric, period, value FROM workforce_value ORDER BY id"
        ).fetchall()
        rows.append((row[:-1], figures))  # all but updated_at, the time of writing
        con.close()
    assert rows[0] == rows[1]
    assert rows[0][0][1] == "Alex Morgan"
    assert len(rows[0][1]) > 1500


def test_demo_refuses_a_folder_with_data(tmp_path: Path) -> None:
    """The demo never writes over a council's data."""
    data = str(tmp_path / "d")
    assert run("demo", "--data-dir", data).returncode == 0
    result = run("demo", "--data-dir", data)
    assert result.returncode == 1
    assert "already holds" in result.stderr


def test_check_damaged_file_exits_1(tmp_path: Path) -> None:
    """Check on a damaged file exits 1 with a plain sentence, not a traceback."""
    tmp_path.joinpath("dass-desktop.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("check", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_missing_database_exits_1(tmp_path: Path) -> None:
    """Check where there is no database says so."""
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
    assert refused.returncode == 1
    assert "not changed" in refused.stderr
    assert run("restore", str(copy), "--data-dir", str(data)).returncode == 0
    con = sqlite3.connect(data / "dass-desktop.sqlite3")
    assert con.execute("SELECT director_name FROM profile").fetchone()[0] == "Alex Morgan"
    con.close()
    assert len(list((data / "backups").glob("before-restore-*.sqlite3"))) == 1


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
    # What the window created is its owner's alone.
    made = [data / "logs" / "dass-desktop.log", *data.glob("*.ini")]
    assert (data / "logs" / "dass-desktop.log").exists()
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE((data / "logs").stat().st_mode) == 0o700
    # A data folder that is a file, or an empty one, is refused in a sentence.
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    refused = run("--data-dir", str(a_file))
    assert refused.returncode == 1
    assert "not a folder" in refused.stderr
    assert "Traceback" not in refused.stderr
    empty = run("--data-dir", "")
    assert empty.returncode == 2
    assert "Traceback" not in empty.stderr


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


def test_import_workforce(tmp_path: Path) -> None:
    """A clean CSV imports (exit 0); importing it again updates rather than duplicates."""
    data = tmp_path / "d"
    assert run("demo", "--data-dir", str(data), "--as-of", "2026-11-26").returncode == 0
    csv_file = tmp_path / "hr.csv"
    csv_file.write_text("Month,Team,FTE,Vacancy rate\n2026-10,New team,4,12.5%\n")
    for _ in range(2):
        result = run("import", "workforce", str(csv_file), "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Imported 2 of your figures from hr.csv.")
    con = sqlite3.connect(data / "dass-desktop.sqlite3")
    rows = con.execute(
        "SELECT v.metric, v.value, v.source_file, v.source_row FROM workforce_value v "
        "JOIN workforce_scope s ON s.id = v.scope_id WHERE s.name = 'New team' ORDER BY 1"
    ).fetchall()
    con.close()
    assert rows == [("fte", 4.0, "hr.csv", 2), ("vacancy_rate", 12.5, "hr.csv", 2)]


def test_import_workforce_refusals_leave_the_database_alone(tmp_path: Path) -> None:
    """Unmapped columns, bad rows and unanswered fraction questions exit 1, changing nothing;
    a mapping remembered from the app lets the same columns through.
    """
    data = tmp_path / "d"
    assert run("demo", "--data-dir", str(data), "--as-of", "2026-11-26").returncode == 0
    db = data / "dass-desktop.sqlite3"
    before = db.read_bytes()
    unmapped = tmp_path / "unmapped.csv"
    unmapped.write_text("Month,Morale index,Mood\n2026-10,7,ok\n")
    result = run("import", "workforce", str(unmapped), "--data-dir", str(data))
    assert result.returncode == 1
    assert "'Morale index', 'Mood'" in result.stderr
    assert "Traceback" not in result.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("Month,Vacancy rate\n2026-09,12\n2026-10,112\n2026-11,abc\n")
    result = run("import", "workforce", str(bad), "--data-dir", str(data))
    assert result.returncode == 1
    assert "Line 3 (Vacancy rate): 112% is over 100%" in result.stderr
    assert "Line 4 (Vacancy rate): 'abc' is not a number" in result.stderr
    fractions = tmp_path / "fractions.csv"
    fractions.write_text("Month,Vacancy rate\n2026-10,0.125\n")
    result = run("import", "workforce", str(fractions), "--data-dir", str(data))
    assert result.returncode == 1
    assert "--percentages fractions" in result.stderr
    assert db.read_bytes() == before

    # The app remembers a mapping for these columns; the command line then uses it.
    from dass_desktop import paths
    from dass_desktop.domain.workforce_import import ImportBatch, apply_import
    from dass_desktop.store import open_store

    with open_store(paths.resolve(data)) as store:
        apply_import(
            store,
            ImportBatch(
                "earlier.csv",
                signature="month|morale_index|mood",
                mapping={"month": "period", "morale_index": "engagement_snap", "mood": "ignore"},
            ),
        )
    result = run("import", "workforce", str(unmapped), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    result = run(
        "import", "workforce", str(fractions), "--data-dir", str(data), "--percentages", "fractions"
    )
    assert result.returncode == 0, result.stderr


def test_import_workforce_usage_and_missing_files(tmp_path: Path) -> None:
    """Usage mistakes exit 2; a missing file or database exits 1 with a plain message."""
    assert run("import").returncode == 2
    assert run("import", "workforce").returncode == 2
    assert run("import", "workforce", "f.csv", "--percentages", "maybe").returncode == 2
    csv_file = tmp_path / "f.csv"
    csv_file.write_text("Month,FTE\n2026-10,1\n")
    missing = run("import", "workforce", str(tmp_path / "none.csv"), "--data-dir", str(tmp_path))
    assert missing.returncode == 1
    assert "there is no file" in missing.stderr
    no_db = run("import", "workforce", str(csv_file), "--data-dir", str(tmp_path / "empty"))
    assert no_db.returncode == 1
    assert "no database" in no_db.stderr
    assert not (tmp_path / "empty").exists()


def test_import_workforce_imports_no_qt(tmp_path: Path) -> None:
    """The headless import never imports PySide6."""
    csv_file = tmp_path / "f.csv"
    csv_file.write_text("Month,FTE\n2026-10,1\n")
    code = (
        "import sys\n"
        "from dass_desktop.cli import main\n"
        f"d = {str(tmp_path / 'd')!r}\n"
        "assert main(['demo', '--data-dir', d]) == 0\n"
        f"assert main(['import', 'workforce', {str(csv_file)!r}, '--data-dir', d]) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:', qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


@pytest.mark.slow
def test_start_up_imports_nothing_heavy(tmp_path: Path) -> None:
    """Opening the window on an up-to-date database imports no matplotlib, reportlab,
    Alembic or SQLAlchemy: they load when a chart, an export, an upgrade or any page but the
    dashboard first needs them (the dashboard's first paint reads through plain sqlite3).
    """
    data = tmp_path / "d"
    assert run("demo", "--data-dir", str(data)).returncode == 0
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "dass_desktop", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines()}
    assert "dass_desktop" in imported  # the measurement saw the app's own imports
    assert not imported & {"matplotlib", "reportlab", "alembic", "svglib", "sqlalchemy"}
