"""The log a start keeps, and what an everyday start loads before the window first idles.

The log is a plain file, started afresh at a start that finds it past its size, keeping the
logs before it; ``logging.handlers`` (with ``socket`` and ``pickle``) is loaded only then.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dass_desktop.cli import main
from dass_desktop.domain.profile import DirectorProfile, save_profile
from dass_desktop.paths import DataPaths
from dass_desktop.store import open_store
from dass_desktop.ui import app as app_module
from tests.conftest import TODAY


@pytest.fixture
def folder(data_paths: DataPaths, profile: DirectorProfile) -> DataPaths:
    """A data folder with the director's profile saved (so the window opens on it)."""
    with open_store(data_paths) as store:
        save_profile(store, profile, TODAY)
    return data_paths


def _start(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASS_DESKTOP_EXIT_WHEN_IDLE", "1")
    try:
        status = main(["--data-dir", str(data_paths.root), "--as-of", TODAY.isoformat()])
    finally:
        for handler in app_module.log.handlers[:]:  # each start adds its own
            app_module.log.removeHandler(handler)
            handler.close()
    assert status == 0


def _private(path: Path) -> bool:
    return os.name != "posix" or stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_start_adds_to_a_log_under_its_size(
    qtbot: QtBot,
    folder: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each start writes its line to the same file, the owner's alone; nothing is rolled."""
    _start(folder, monkeypatch)
    _start(folder, monkeypatch)
    log_file = folder.logs / "dass-desktop.log"
    assert log_file.read_text(encoding="utf-8").count(" started") == 2
    assert _private(log_file)
    assert sorted(p.name for p in folder.logs.iterdir()) == ["dass-desktop.log"]


def test_a_start_rolls_over_a_log_past_its_size(
    qtbot: QtBot,
    folder: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The full log becomes ``.1``, the older ones move up one, the oldest kept is dropped;
    the new log holds this start's line and is the owner's alone.
    """
    folder.logs.mkdir(parents=True, exist_ok=True)
    log_file = folder.logs / "dass-desktop.log"
    log_file.write_text("full\n" + "x" * app_module.LOG_BYTES, encoding="utf-8")
    for n in range(1, app_module.LOGS_KEPT + 1):
        Path(f"{log_file}.{n}").write_text(f"log {n}\n", encoding="utf-8")
    _start(folder, monkeypatch)
    assert Path(f"{log_file}.1").read_text(encoding="utf-8").startswith("full\n")
    for n in range(2, app_module.LOGS_KEPT + 1):
        assert Path(f"{log_file}.{n}").read_text(encoding="utf-8") == f"log {n - 1}\n"
    assert not Path(f"{log_file}.{app_module.LOGS_KEPT + 1}").exists()
    text = log_file.read_text(encoding="utf-8")
    assert text.count(" started") == 1
    assert len(text) < 1000
    assert _private(log_file)


def test_a_log_that_cannot_be_rolled_over_is_added_to(
    qtbot: QtBot,
    folder: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the logs cannot be moved up one (a folder of someone else's stands where the
    oldest would go), the start still logs, at the end of the full log, and moves nothing.
    """
    folder.logs.mkdir(parents=True, exist_ok=True)
    log_file = folder.logs / "dass-desktop.log"
    log_file.write_text("full\n" + "x" * app_module.LOG_BYTES + "\n", encoding="utf-8")
    older = Path(f"{log_file}.{app_module.LOGS_KEPT - 1}")
    older.write_text("older\n", encoding="utf-8")
    blocker = Path(f"{log_file}.{app_module.LOGS_KEPT}")
    blocker.mkdir()
    (blocker / "kept").write_text("kept", encoding="utf-8")
    _start(folder, monkeypatch)
    text = log_file.read_text(encoding="utf-8")
    assert text.startswith("full\n")
    assert text.count(" started") == 1
    assert older.read_text(encoding="utf-8") == "older\n"
    assert (blocker / "kept").read_text(encoding="utf-8") == "kept"


def test_an_everyday_start_loads_only_what_the_window_needs(folder: DataPaths) -> None:
    """In a fresh process, a start on a folder already set up (its checklist seeded by an
    earlier start) reaches its first idle moment without loading the log's rolling handler,
    the row types the dashboard only passes through (teams', for one), SQLAlchemy's ORM or
    matplotlib.
    """
    script = textwrap.dedent(
        f"""
        import sys
        from dass_desktop.cli import main
        status = main(["--data-dir", {str(folder.root)!r}, "--as-of", "{TODAY}"])
        later = (
            "logging.handlers",
            "dass_desktop.domain.team_terms",
            "sqlalchemy.orm",
            "matplotlib",
        )
        print(status, sorted(name for name in later if name in sys.modules))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DASS_DESKTOP_EXIT_WHEN_IDLE="1")
    starts = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
        )
        for _ in ("the first, which seeds the checklist", "an everyday one")
    ]
    assert all(done.returncode == 0 for done in starts), [done.stderr for done in starts]
    assert starts[1].stdout.strip() == "0 []"
