"""Errors sorted by whose fault they are.

An :class:`EnvironmentProblem` comes from the user's machine or file (locked, read-only,
full, damaged, newer than this release). It carries a plain sentence saying what happened
and what to do; the app shows it and loses nothing. Every other exception is a bug in the
app and goes to the crash dialog and the log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError


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
    """The database file fails SQLite's integrity check or is not a database at all."""

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


class ReadOnlyData(EnvironmentProblem):
    """The data directory or database file cannot be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"DASS Desktop cannot save to {path} because it is read-only. "
            "Check the folder's permissions, or choose another folder with --data-dir."
        )


class DiskFull(EnvironmentProblem):
    """The disk holding the data is full."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The disk holding {path} is full, so the last change was not saved. "
            "Free some space and try again; your earlier work is safe."
        )


class DatabaseBusy(EnvironmentProblem):
    """Another program held the database for longer than the busy timeout."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is busy in another program (perhaps a backup or sync tool). "
            "Wait a moment and try again."
        )


def classify(exc: BaseException, path: Path) -> EnvironmentProblem | None:
    """Return the environment problem behind a database exception, or None for a bug.

    SQLite reports the user's environment through ``OperationalError`` and
    ``DatabaseError`` messages; those are translated into plain sentences here, in one
    place, so no caller has to match message text.
    """
    if isinstance(exc, EnvironmentProblem):
        return exc
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error | OSError):
        return None
    text = str(original).lower()
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return ReadOnlyData(path)
    if "disk is full" in text or "no space left" in text:
        return DiskFull(path)
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusy(path)
    if "malformed" in text or "not a database" in text or "disk i/o error" in text:
        return DatabaseDamaged(path, detail=str(original))
    return None
