"""Backups of the database: automatic (daily and before every upgrade) and on request.

``sqlite3.Connection.backup`` copies a live database consistently, so a backup can be taken
while the app is open. Automatic backups are pruned to the most recent few.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from dass_desktop.paths import ensure_private_dir

KEEP_AUTOMATIC = 14
AUTO_PREFIX = "auto-"


def backup_database(source: Path, target: Path) -> Path:
    """Copy the database at ``source`` to ``target`` consistently and return ``target``.

    The copy is written to a temporary name first, so a failure never leaves a half-written
    file where a good backup is expected.
    """
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _make_private(partial)
    os.replace(partial, target)
    return target


def automatic_backup(source: Path, folder: Path, reason: str, now: dt.datetime) -> Path:
    """Take an automatic backup named after the time and reason, then prune old ones."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{AUTO_PREFIX}{stamp}-{reason}.sqlite3"
    backup_database(source, target)
    prune(folder)
    return target


def has_backup_from(folder: Path, day: dt.date) -> bool:
    """True when an automatic backup was already taken on ``day``."""
    prefix = f"{AUTO_PREFIX}{day:%Y%m%d}-"
    return folder.is_dir() and any(p.name.startswith(prefix) for p in folder.iterdir())


def list_backups(folder: Path) -> list[Path]:
    """Return the backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def prune(folder: Path, keep: int = KEEP_AUTOMATIC) -> None:
    """Delete automatic backups beyond the newest ``keep``; manual backups are never pruned."""
    automatic = [p for p in list_backups(folder) if p.name.startswith(AUTO_PREFIX)]
    for old in automatic[keep:]:
        old.unlink(missing_ok=True)


def restore_database(backup: Path, target: Path) -> None:
    """Replace the database at ``target`` with the backup file, keeping the old one aside.

    The current file (if any) is renamed ``*.before-restore`` rather than deleted.
    """
    if target.exists():
        aside = target.with_name(target.name + ".before-restore")
        shutil.copy2(target, aside)
        _make_private(aside)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    backup_database(backup, target)


def _make_private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)
