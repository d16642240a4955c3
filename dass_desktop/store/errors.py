"""Errors sorted by whose fault they are.

An :class:`EnvironmentProblem` comes from the user's machine or file (locked, read-only,
full, damaged, newer than this release, another program's file). It carries a plain sentence
saying what happened and what to do; the app shows it and loses nothing. Every other
exception is a bug in the app and goes to the crash dialog (or, on the command line, a
sentence pointing at the log).

:func:`classify` decides by the operating system's ``errno`` and SQLite's extended result
code, never by the wording of a message. Only SQLite's own corruption codes (or a failed
integrity check) are called damage: a full disk or a read-only folder is never reported as a
damaged database.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path


class EnvironmentProblem(Exception):
    """A problem with the user's files or machine, explained in one plain sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DataDirectoryInUse(EnvironmentProblem):
    """Another copy of the app already has this data directory open."""

    def __init__(self, root: Path) -> None:
        super().__init__(
            f"Your data in {root} is already open in another DASS Desktop window. "
            "Switch to that window, or close it and try again."
        )


class DatabaseDamaged(EnvironmentProblem):
    """The database file fails SQLite's integrity check (real damage, nothing else)."""

    def __init__(self, path: Path, detail: str = "", latest_backup: Path | None = None) -> None:
        advice = (
            f"The most recent backup is {latest_backup}; restore it with "
            f"'dass-desktop restore \"{latest_backup}\"'."
            if latest_backup
            else "No backup was found beside it."
        )
        text = f"The database file {path} is damaged and cannot be used safely. {advice}"
        super().__init__(text)
        self.detail = detail
        self.latest_backup = latest_backup


class DatabaseFromNewerRelease(EnvironmentProblem):
    """The file was written by a later release whose changes this one does not know."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The database {path} was saved by a newer release of DASS Desktop "
            f"(schema {revision}). Install the newer release to open it; nothing was changed."
        )


class NotOurFile(EnvironmentProblem):
    """The file belongs to another program, or is not the database this release builds."""

    def __init__(self, path: Path, why: str = "") -> None:
        reason = f" ({why})" if why else ""
        super().__init__(
            f"The file {path} is not a DASS Desktop database{reason}, so it was not used "
            "and nothing was changed. Move it aside, or choose another file or folder."
        )


class UpgradeFailed(EnvironmentProblem):
    """A migration failed; the file was left exactly as it was."""

    def __init__(self, path: Path, revision: str, release: str) -> None:
        super().__init__(
            f"This release could not upgrade {path} (schema {revision}); the file was left "
            f"exactly as it was. Keep using DASS Desktop {release} for now, and report the fault."
        )


class ReadOnlyData(EnvironmentProblem):
    """The data directory or database file cannot be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"DASS Desktop cannot save to {path} because it is read-only. "
            "Check the folder's permissions, or choose another folder with --data-dir."
        )


class PermissionDenied(EnvironmentProblem):
    """The operating system refused access to a file or folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Permission to use {path} was refused by the system. "
            "Check who owns it and its permissions, or choose another place."
        )


class DiskFull(EnvironmentProblem):
    """The disk holding the data is full."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The disk holding {path} is full, so nothing was written there. "
            "Free some space and try again; your earlier work is safe."
        )


class PathIsFolder(EnvironmentProblem):
    """A file was expected but the path names a folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is a folder, not a file; give the name of a file.")


class PathIsFile(EnvironmentProblem):
    """A folder was expected but the path (or a part of it) names a file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is a file, not a folder; give the name of a folder.")


class PathExists(EnvironmentProblem):
    """A new file was to be written but one is already there (it is never overwritten)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; choose a new file name.")


class PathMissing(EnvironmentProblem):
    """A file or folder that should exist does not."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"There is no file or folder {path}.")


class DiskTrouble(EnvironmentProblem):
    """The system reported an input/output error: the disk or its connection failed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The system could not read or write {path} (an input/output error). Check the "
            "disk or the drive it is on, then try again; nothing was changed on purpose."
        )


class DatabaseBusy(EnvironmentProblem):
    """Another program held the database for longer than the busy timeout."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is busy in another program (perhaps a backup or sync tool). "
            "Wait a moment and try again."
        )


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM}


def classify_os_error(exc: OSError, path: Path) -> EnvironmentProblem | None:
    """The environment problem behind an operating-system error, by its errno."""
    # A rename names the destination second; a temporary file of ours (".name") is not
    # what the director chose, so the path the caller gave is named instead.
    named = exc.filename2 or exc.filename
    where = path
    if isinstance(named, str) and named and not Path(named).name.startswith("."):
        where = Path(named)
    code = exc.errno
    if code in _FULL:
        return DiskFull(where)
    if code == errno.EROFS:
        return ReadOnlyData(where)
    if code in _DENIED:
        return PermissionDenied(where)
    if code == errno.EISDIR:
        return PathIsFolder(where)
    if code == errno.ENOTDIR:
        return PathIsFile(where)
    if code == errno.EEXIST:
        return PathExists(where)
    if code == errno.ENOENT:
        return PathMissing(where)
    if code == errno.EIO:
        return DiskTrouble(where)
    return None


def _diagnose_cannot_open(path: Path) -> EnvironmentProblem:
    """SQLite could not open ``path``: ask the file system why."""
    if path.is_dir():
        return PathIsFolder(path)
    folder = path.parent
    if not folder.exists():
        return PathMissing(folder)
    if not folder.is_dir():
        return PathIsFile(folder)
    if is_read_only_mount(folder):
        return ReadOnlyData(folder)
    return PermissionDenied(path if path.exists() else folder)


def is_read_only_mount(path: Path) -> bool:
    """True when ``path`` lives on a file system mounted read-only."""
    if not hasattr(os, "statvfs"):  # pragma: no cover - Windows
        return False
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def classify_sqlite_error(exc: sqlite3.Error, path: Path) -> EnvironmentProblem | None:
    """The environment problem behind an SQLite error, by its extended result code."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull(path)
    if primary == sqlite3.SQLITE_READONLY:
        if code in (sqlite3.SQLITE_READONLY_DBMOVED, sqlite3.SQLITE_READONLY_ROLLBACK):
            return DatabaseBusy(path)
        folder = path.parent if path.suffix else path
        return ReadOnlyData(folder if is_read_only_mount(folder) else path)
    if primary in (sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return PermissionDenied(path)
    if primary == sqlite3.SQLITE_CANTOPEN:
        return _diagnose_cannot_open(path)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusy(path)
    if primary == sqlite3.SQLITE_NOTADB:
        return NotOurFile(path, "it is not an SQLite database")
    if primary == sqlite3.SQLITE_CORRUPT:
        return DatabaseDamaged(path, detail=str(exc))
    if primary == sqlite3.SQLITE_IOERR:
        return DiskTrouble(path)
    return None


def classify(exc: BaseException, path: Path) -> EnvironmentProblem | None:
    """Return the environment problem behind an exception, or None for a bug.

    Looks at ``errno`` for operating-system errors and at SQLite's extended result code for
    database errors (``sqlite_errorcode``), in one place, so no caller matches message text.
    """
    if isinstance(exc, EnvironmentProblem):
        return exc
    # SQLAlchemy wraps the driver's error; until it is imported nothing can be wrapped.
    wrapping = sys.modules.get("sqlalchemy.exc")
    original = exc.orig if wrapping and isinstance(exc, wrapping.DBAPIError) else exc
    # sqlite3's errors, and sqlcipher3's (same codes, classes of their own).
    if isinstance(original, sqlite3.Error) or (
        type(original).__module__.startswith("sqlcipher3") and isinstance(original, Exception)
    ):
        return classify_sqlite_error(original, path)  # type: ignore[arg-type]
    if isinstance(original, OSError):
        return classify_os_error(original, path)
    return None
