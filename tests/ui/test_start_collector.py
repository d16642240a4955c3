"""Python's cycle collector is off while the window starts, and on once it first idles.

Start-up makes some 50,000 objects that live as long as the app; the collector's walks over
them were wasted work. The command line turns it off before the window's modules load, and
the window turns it back on when the event loop first waits for input.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dass_desktop.cli import main
from dass_desktop.domain.profile import DirectorProfile, save_profile
from dass_desktop.paths import DataPaths
from dass_desktop.store import open_store
from dass_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


def test_collector_off_while_starting_and_on_when_idle(
    qtbot: QtBot,
    data_paths: DataPaths,
    profile: DirectorProfile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Off while the window is built; on again before the first idle moment ends."""
    with open_store(data_paths) as store:
        save_profile(store, profile, TODAY)
    monkeypatch.setenv("DASS_DESKTOP_EXIT_WHEN_IDLE", "1")
    while_built: list[bool] = []
    at_quit: list[bool] = []
    build = MainWindow.__init__

    def watched(window: MainWindow, *args: object, **kwargs: object) -> None:
        while_built.append(gc.isenabled())
        build(window, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(MainWindow, "__init__", watched)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.connect(lambda: at_quit.append(gc.isenabled()))
    assert gc.isenabled()
    try:
        status = main(["--data-dir", str(data_paths.root), "--as-of", TODAY.isoformat()])
    finally:
        app.aboutToQuit.disconnect()
    assert status == 0
    assert while_built == [False]
    assert at_quit == [True]
    assert gc.isenabled()


def test_collector_back_on_when_start_up_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start that stops early (a data folder that is a file) leaves the collector on."""
    monkeypatch.setenv("DASS_DESKTOP_EXIT_WHEN_IDLE", "1")  # said on stderr, not in a box
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a folder")
    assert gc.isenabled()
    assert main(["--data-dir", str(not_a_folder)]) != 0
    assert gc.isenabled()
