"""Copies of the database: automatic (daily, before every upgrade), on request, and before a
restore.

Every copy goes the same way, so that recovery never makes things worse:

- SQLite's online backup API reads the database consistently, committed edits still in the
  write-ahead log included, while the app has it open;
- into a new temporary file (0600) beside the target, switched to a rollback journal
  (``journal_mode=DELETE``) so that the copy opens from read-only media without a ``-shm``;
- fsynced, then renamed into place, so a crash or a full disk never leaves half a copy where
  a good one is expected; a temporary file left by a crash is removed at the next start.

Automatic copies are rotated by kind: the 14 newest daily copies, one a week for 8 weeks,
and every before-upgrade copy, so a repeated failure can never evict the daily history.
Copies taken before a restore carry a timestamp and are never overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from dass_desktop.paths import ensure_private_dir
from dass_desktop.store import cipher

KEEP_DAILY = 14
KEEP_WEEKLY = 8
AUTO_PREFIX = "auto-"
BEFORE_RESTORE_PREFIX = "before-restore-"
PARTIAL_SUFFIX = ".partial"
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = re.compile(r"(\d{8})-(\d{6})")


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """An SQLite URI opening ``path`` read-only (any character in the path is safe)."""
    # Percent-encode the characters a URI gives meaning to (?, #, %), and nothing else.
    quoted = "".join(
        c if c.isalnum() or c in "/-_.~" else "".join(f"%{b:02X}" for b in c.encode())
        for c in str(path.absolute())
    )
    return f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only, committed edits in its write-ahead log included.

    A WAL-mode file on read-only media cannot have its ``-shm`` created; when it has no WAL
    beside it (so nothing is missed), it is opened as immutable instead.
    """
    con: sqlite3.Connection = cipher.connect(path, uri=readonly_uri(path))
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except cipher.errors() as exc:
        con.close()
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        wal = path.with_name(path.name + "-wal")
        if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY) and not wal.exists():
            immutable: sqlite3.Connection = cipher.connect(
                path, uri=readonly_uri(path, immutable=True)
            )
            return immutable
        raise


def is_sqlite_file(path: Path) -> bool:
    """True when ``path`` starts with SQLite's 16-byte header."""
    with open(path, "rb") as file:
        return file.read(16) == SQLITE_HEADER


def copy_database(
    source: Path, target: Path, *, source_open: bool = False, replace: bool = False
) -> Path:
    """Copy the database at ``source`` to the new file ``target`` and return ``target``.

    Raises ``FileExistsError`` rather than overwrite a file, and ``IsADirectoryError`` when
    ``target`` is a folder (``replace`` swaps a file the director chose to replace, in one
    step). The target's folder is used as it is (never created or chmodded here).
    ``source_open`` opens the source read-write, so that a live
    write-ahead log left by a crash is read in full.
    """
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    if target.exists() and not replace:
        raise FileExistsError(17, "File exists", str(target))
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent
    )
    os.close(handle)
    partial = Path(name)
    passphrase = cipher.passphrase_for(source)  # a protected file's copies stay protected
    cipher.remember(partial, passphrase)
    try:
        src = cipher.connect(source) if source_open else open_readonly(source)
        try:
            dst = cipher.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(partial)
        if target.exists() and not replace:  # appeared meanwhile: never overwrite
            raise FileExistsError(17, "File exists", str(target))
        os.replace(partial, target)
        cipher.remember(target, passphrase)
        _fsync_dir(target.parent)
    finally:
        cipher.forget(partial)
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return target


def backup_database(source: Path, target: Path, *, replace: bool = False) -> Path:
    """Write a consistent copy of the database at ``source`` to the new file ``target``
    (``replace``: or in place of the file there, which the director chose to replace).
    """
    return copy_database(source, target, replace=replace)


def automatic_backup(source: Path, folder: Path, reason: str, now: dt.datetime) -> Path:
    """Take an automatic backup named after the time and reason, then rotate old ones."""
    ensure_private_dir(folder)
    target = _unique(folder, f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}-{reason}")
    copy_database(source, target)
    prune(folder)
    return target


def before_restore_copy(source: Path, folder: Path, now: dt.datetime) -> Path:
    """Keep the current database (its live WAL included) before a restore; never overwrites."""
    ensure_private_dir(folder)
    target = _unique(folder, f"{BEFORE_RESTORE_PREFIX}{now:%Y%m%d-%H%M%S}")
    return copy_database(source, target, source_open=True)


def _unique(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}.sqlite3"
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}.sqlite3"
        n += 1
    return target


def has_backup_from(folder: Path, day: dt.date) -> bool:
    """True when a daily automatic backup was already taken on ``day``."""
    prefix = f"{AUTO_PREFIX}{day:%Y%m%d}-"
    return folder.is_dir() and any(
        p.name.startswith(prefix) and "-daily" in p.name for p in folder.iterdir()
    )


def has_upgrade_copy(folder: Path, revision: str | None, database: Path) -> bool:
    """True when a before-upgrade copy from ``revision`` is newer than the database file.

    A migration that failed leaves the file untouched, so the next start need not take
    (and keep) yet another identical copy.
    """
    if not folder.is_dir():
        return False
    changed = database.stat().st_mtime
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return any(
        p.name.endswith(f"-before-upgrade-{revision}.sqlite3") and p.stat().st_mtime >= changed
        for p in folder.glob(f"{AUTO_PREFIX}*.sqlite3")
    )


def list_backups(folder: Path) -> list[Path]:
    """Return the backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite3") if p.is_file() and not p.name.startswith(".")]
    return sorted(found, key=_taken_at, reverse=True)


def _taken_at(path: Path) -> tuple[str, float]:
    match = _STAMP.search(path.name)
    return (match.group(0) if match else "", path.stat().st_mtime)


def prune(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> None:
    """Rotate automatic daily backups: keep the newest ``keep_daily`` and the newest of each
    of the last ``keep_weekly`` weeks. Before-upgrade, before-restore and manual copies are
    never pruned.
    """
    daily = [
        p for p in list_backups(folder) if p.name.startswith(AUTO_PREFIX) and "-daily" in p.name
    ]
    keep = set(daily[:keep_daily])
    weeks: dict[tuple[int, int], Path] = {}
    for copy in daily:  # newest first, so the first seen in a week is its newest
        match = _STAMP.search(copy.name)
        if match is None:
            continue
        day = dt.datetime.strptime(match.group(1), "%Y%m%d").date()
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks[week] = copy
    keep |= set(weeks.values())
    for old in daily:
        if old not in keep:
            old.unlink(missing_ok=True)


def restore_database(
    backup: Path, target: Path, backups: Path, now: dt.datetime | None = None
) -> Path | None:
    """Replace the database at ``target`` with a copy of ``backup``; return where the old
    data was kept (None when there was none).

    The backup is first copied beside the target (so a failure there changes nothing). A
    sound current database is copied, its write-ahead log included, to a timestamped
    ``before-restore`` copy in ``backups``; a damaged or foreign one is moved aside whole
    (with its log) as ``*.damaged-<time>``. Only then is the new file renamed into place.
    """
    now = now or dt.datetime.now()
    handle, name = tempfile.mkstemp(prefix=".restoring-", suffix=".sqlite3", dir=target.parent)
    os.close(handle)
    staging = Path(name)
    staging.unlink()
    kept: Path | None = None
    try:
        copy_database(backup, staging)
        wal = target.with_name(target.name + "-wal")
        shm = target.with_name(target.name + "-shm")
        if target.exists() and target.stat().st_size > 0:
            if _sound(target):
                kept = before_restore_copy(target, backups, now)
                checkpoint(target)
            else:
                kept = target.with_name(f"{target.name}.damaged-{now:%Y%m%d-%H%M%S}")
                n = 2
                while kept.exists():
                    kept = target.with_name(f"{target.name}.damaged-{now:%Y%m%d-%H%M%S}-{n}")
                    n += 1
                if wal.exists():
                    os.replace(wal, kept.with_name(kept.name + "-wal"))
                os.replace(target, kept)
        # The old log must go before the new file arrives, or SQLite would replay it.
        wal.unlink(missing_ok=True)
        shm.unlink(missing_ok=True)
        os.replace(staging, target)
        cipher.remember(target, cipher.passphrase_for(staging))
        _fsync_dir(target.parent)
    finally:
        staging.unlink(missing_ok=True)
    return kept


def _sound(path: Path) -> bool:
    try:
        if not is_sqlite_file(path) and cipher.passphrase_for(path) is None:
            return False
        con = cipher.connect(path)
        try:
            return bool(con.execute("PRAGMA quick_check").fetchall() == [("ok",)])
        finally:
            con.close()
    except cipher.errors() as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return False
        raise


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file (its contents are already kept elsewhere)."""
    con = cipher.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        con.close()


def remove_leftovers(*folders: Path) -> None:
    """Delete temporary files a killed operation left behind (at the next start)."""
    for folder in folders:
        if not folder.is_dir():
            continue
        for pattern in (
            f".*{PARTIAL_SUFFIX}",
            f".*{PARTIAL_SUFFIX}-journal",
            ".restoring-*",
            ".import-*",
            ".upgrade-*",
            ".draft-*",
            ".cipher-*",
        ):
            for leftover in folder.glob(pattern):
                if leftover.is_file():
                    leftover.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s contents to the disk, so that a crash cannot leave it half written."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
