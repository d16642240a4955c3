"""Shared fixtures. Qt runs offscreen; every test gets its own real data directory."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or matplotlib: no screen here, and matplotlib must use PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from dass_desktop import paths
from dass_desktop.domain.profile import DirectorProfile, save_profile
from dass_desktop.store import Store, open_store

TODAY = dt.date(2026, 11, 26)
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def data_paths(tmp_path: Path) -> paths.DataPaths:
    """A data directory inside the test's temporary folder (not yet created)."""
    return paths.resolve(tmp_path / "data")


@pytest.fixture
def store(data_paths: paths.DataPaths) -> Iterator[Store]:
    """A real, freshly created database, closed after the test."""
    opened = open_store(data_paths)
    yield opened
    opened.close()


@pytest.fixture
def profile() -> DirectorProfile:
    """A typical director's profile, started on a Monday in September."""
    return DirectorProfile(
        director_name="Sam Taylor",
        council_name="Leeds",
        council_code="E08000035",
        region="Yorkshire and The Humber",
        start_date=dt.date(2026, 9, 7),
        chief_executive_name="Jordan Ellis",
    )


@pytest.fixture
def store_with_profile(store: Store, profile: DirectorProfile) -> Store:
    """A database whose director has already set up their profile."""
    save_profile(store, profile, TODAY)
    return store
