"""SQLite's check of every page runs once a day and after an app that did not end, not at
every open: it grows with the data, and a director opens the app many times a day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.paths import DataPaths
from dass_desktop.store import DatabaseDamaged, open_store
from dass_desktop.store.database import verify_database
from dass_desktop.store.lock import DataDirectoryLock
from tests.conftest import FIXTURES, TODAY

MORNING = dt.datetime.combine(TODAY, dt.time(9))


def _damage_a_middle_page(data_paths: DataPaths) -> None:
    """Overwrite one page in the middle of the file, leaving the header and schema sound."""
    db = data_paths.database
    page = 4096
    middle = (db.stat().st_size // page // 2) * page
    with db.open("r+b") as handle:
        handle.seek(middle)
        handle.write(b"\xa5" * page)


def test_a_clean_release_clears_the_lock_and_a_crash_leaves_it(data_paths: DataPaths) -> None:
    """A lock given back is empty, so the next app knows the last one ended; a process id
    left behind (an app that never let go) is told apart.
    """
    data_paths.ensure()
    with DataDirectoryLock(data_paths.lock, data_paths.root) as first:
        assert not first.left_cleanly  # a lock file never seen before
        assert data_paths.lock.read_text().strip()
    assert not data_paths.lock.read_text().strip()
    with DataDirectoryLock(data_paths.lock, data_paths.root) as second:
        assert second.left_cleanly
    data_paths.lock.write_text("4242\n")
    with DataDirectoryLock(data_paths.lock, data_paths.root) as third:
        assert not third.left_cleanly


def test_whole_file_checked_at_the_days_first_open_and_after_a_crash(
    data_paths: DataPaths,
) -> None:
    """A damaged page is found at the first open of a day and after an app that did not end;
    a later open the same day, after a clean close, reads only the header and the schema.
    """
    with open_store(data_paths, now=MORNING) as store:
        write_demo(store, TODAY, scale=1)
    with open_store(data_paths, now=MORNING):
        pass  # the day's first open of a file with data: checked whole, then backed up
    _damage_a_middle_page(data_paths)
    with open_store(data_paths, now=MORNING + dt.timedelta(hours=2)):
        pass  # same day, last app ended: no page-by-page read
    data_paths.lock.write_text("4242\n")  # as an app killed mid-session leaves it
    with pytest.raises(DatabaseDamaged):
        open_store(data_paths, now=MORNING + dt.timedelta(hours=3))
    assert not data_paths.lock.read_text().strip()
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(data_paths, now=MORNING + dt.timedelta(days=1))
    assert caught.value.latest_backup is not None


def test_a_file_due_an_upgrade_is_checked_whole_even_on_a_later_open(
    data_paths: DataPaths,
) -> None:
    """An open that would skip the page-by-page check still makes it when the file needs
    upgrading, so a damaged page is never carried into a migration.
    """
    data_paths.ensure()
    data_paths.database.write_bytes((FIXTURES / "databases" / "0011.sqlite3").read_bytes())
    assert verify_database(data_paths.database, whole=False) == "0011"
    _damage_a_middle_page(data_paths)
    with pytest.raises(DatabaseDamaged):
        verify_database(data_paths.database, whole=False)
