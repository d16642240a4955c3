"""Starting the app: recovery from a damaged database."""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain.profile import DirectorProfile, load_profile, save_profile
from dass_desktop.paths import DataPaths
from dass_desktop.store import DatabaseDamaged, open_store
from dass_desktop.store.backup import list_backups
from dass_desktop.ui.app import open_or_recover
from tests.conftest import TODAY


def _damage(data_paths: DataPaths, profile: DirectorProfile) -> None:
    with open_store(data_paths) as store:
        save_profile(store, profile, TODAY)
    with open_store(data_paths, now=dt.datetime(2026, 11, 27, 9)):
        pass  # the next day's open takes a backup
    assert list_backups(data_paths.backups)
    data_paths.database.write_bytes(b"\x00garbage" * 2000)
    for suffix in ("-wal", "-shm"):
        data_paths.database.with_name(data_paths.database.name + suffix).unlink(missing_ok=True)


def test_damaged_file_restored_from_backup_when_director_agrees(
    data_paths: DataPaths, profile: DirectorProfile
) -> None:
    """Agreeing to the offer restores the newest backup and keeps the damaged file aside."""
    _damage(data_paths, profile)
    asked: list[DatabaseDamaged] = []

    def agree(damaged: DatabaseDamaged) -> bool:
        asked.append(damaged)
        return True

    store = open_or_recover(data_paths, ask=agree)
    assert store is not None
    try:
        assert load_profile(store) == profile
    finally:
        store.close()
    assert len(asked) == 1
    assert "damaged" in asked[0].message
    (aside,) = data_paths.root.glob(data_paths.database.name + ".damaged-*")
    assert aside.read_bytes().startswith(b"\x00garbage")


def test_declining_leaves_the_file_alone(data_paths: DataPaths, profile: DirectorProfile) -> None:
    """Declining the offer opens nothing and changes nothing."""
    _damage(data_paths, profile)
    before = data_paths.database.read_bytes()
    assert open_or_recover(data_paths, ask=lambda _damaged: False) is None
    assert data_paths.database.read_bytes() == before
