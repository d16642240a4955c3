"""``dass-desktop search``: one line a hit, plain failures, no Qt, works beside the window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.store import open_store
from tests.test_cli import ENV, run

FIXTURE = Path(__file__).parent / "fixtures" / "databases" / "0007.sqlite3"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder holding the upgrade fixture at the newest revision."""
    folder = tmp_path / "data"
    resolved = paths.resolve(folder)
    resolved.ensure()
    shutil.copy(FIXTURE, resolved.database)
    with open_store(resolved):
        pass
    return folder


def test_search_prints_kind_title_and_date(data: Path) -> None:
    """Each hit is one tab-separated line: kind, title (on one line) and ISO date or nothing."""
    result = run("search", "fixture infirmary", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Visit\tTeam meeting at Fixture Infirmary\t2026-10-14" in lines
    assert "Team\tFixture Hospital Discharge\t" in lines
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert result.stderr == ""


def test_search_leaves_out_deleted_records(data: Path) -> None:
    """Deleted records are not printed; a query finding nothing says so and exits 0."""
    result = run("search", "deleted", "--data-dir", str(data))
    assert result.returncode == 0
    assert result.stdout == ""
    assert "nothing matches 'deleted'" in result.stderr


@pytest.mark.parametrize("query", ['"', "*", "🙂", "   "])
def test_query_without_words_is_a_plain_failure(data: Path, query: str) -> None:
    """A query with no letters or digits is explained in a sentence, exit 1."""
    result = run("search", query, "--data-dir", str(data))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no letters or digits" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("query", ["AND", "NEAR(", 'fixture" OR', "title:x", "care -home"])
def test_query_syntax_is_searched_as_words(data: Path, query: str) -> None:
    """FTS5 operators typed on the command line never make it fail."""
    result = run("search", query, "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_missing_database_and_usage(tmp_path: Path) -> None:
    """No database: exit 1 with a sentence; no query: usage, exit 2."""
    missing = run("search", "x", "--data-dir", str(tmp_path / "nothing"))
    assert missing.returncode == 1
    assert "there is no database" in missing.stderr
    assert run("search", "--data-dir", str(tmp_path)).returncode == 2


def test_search_works_while_the_data_is_open_and_imports_no_qt(data: Path) -> None:
    """Search reads without the lock (the window may be open) and never imports Qt."""
    code = (
        "import sys\n"
        "from dass_desktop import paths\n"
        "from dass_desktop.cli import main\n"
        "from dass_desktop.store import open_store\n"
        f"with open_store(paths.resolve({str(data)!r})):\n"
        f"    status = main(['search', 'fixture', '--data-dir', {str(data)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('STATUS:', status, 'QT:', qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "STATUS: 0 QT: []" in result.stdout
    assert "Plan item\tFixture question\t" in result.stdout
