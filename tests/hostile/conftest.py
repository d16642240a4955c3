"""Fixtures for the bad-input tests: one demo council, copied for each test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dass_desktop.cli import main


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
