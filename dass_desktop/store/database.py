"""Opening the director's database safely.

:func:`open_store` is the only way in. In order it: creates the data directory (private to
the user), takes the one-app lock, checks the file is a sound SQLite database, backs it up
(before an upgrade, and once a day), applies any Alembic migrations, and returns a
:class:`Store` whose transactions commit at once and translate the user's environment
problems into plain sentences.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from dass_desktop.paths import DataPaths
from dass_desktop.store import backup, migrations
from dass_desktop.store.errors import (
    DatabaseDamaged,
    DatabaseFromNewerRelease,
    EnvironmentProblem,
    ReadOnlyData,
    classify,
)
from dass_desktop.store.lock import DataDirectoryLock

BUSY_TIMEOUT_MS = 5000


class Store:
    """An open database: a session factory, the lock that guards it, and its paths.

    Use :meth:`transaction` for every change (it commits once, or rolls back on error) and
    :meth:`read` for short-lived reads. Close the store when the app ends.
    """

    def __init__(self, paths: DataPaths, engine: Engine, lock: DataDirectoryLock | None) -> None:
        self.paths = paths
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed in one transaction when the block ends.

        Any exception rolls everything back; SQLite errors caused by the user's environment
        are re-raised as :class:`EnvironmentProblem` with a plain message.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except Exception as exc:
            problem = classify(exc, self.paths.database)
            if problem is not None and problem is not exc:
                raise problem from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short-lived session for reading; nothing done in it is committed."""
        try:
            with self._sessions() as session:
                yield session
        except Exception as exc:
            problem = classify(exc, self.paths.database)
            if problem is not None and problem is not exc:
                raise problem from exc
            raise

    def revision(self) -> str | None:
        """The schema revision the database is at."""
        return current_revision(self.paths.database)

    def backup_to(self, target: Path) -> Path:
        """Write a consistent copy of the database to ``target``."""
        return backup.backup_database(self.paths.database, target)

    def close(self) -> None:
        """Dispose of connections and release the data directory lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def make_engine(path: Path) -> Engine:
    """An engine for the database file with WAL, foreign keys and a busy timeout."""
    # Pooled connections may be used from a worker thread (PDF export), one thread at a time.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


def open_store(
    paths: DataPaths, *, take_lock: bool = True, now: dt.datetime | None = None
) -> Store:
    """Open (creating if needed) the database in ``paths`` and bring it up to date.

    Raises:
        DataDirectoryInUse: another app has this data directory open.
        DatabaseDamaged: the file is not a sound SQLite database.
        DatabaseFromNewerRelease: a later release wrote the file.
        EnvironmentProblem: some other problem with the user's files, in a plain sentence.
    """
    now = now or dt.datetime.now()
    try:
        paths.ensure()
    except PermissionError:
        raise ReadOnlyData(paths.root) from None
    lock = DataDirectoryLock(paths.lock, paths.root) if take_lock else None
    if lock is not None:
        lock.acquire()
    try:
        engine = _prepare(paths, now)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Store(paths, engine, lock)


def _prepare(paths: DataPaths, now: dt.datetime) -> Engine:
    db = paths.database
    is_new = not db.exists() or db.stat().st_size == 0
    if is_new:
        _create_private_file(db)
        revision = None
    else:
        _make_private(db)
        problem = integrity_problem(db, quick=True)
        if problem is not None:
            latest = next(iter(backup.list_backups(paths.backups)), None)
            raise DatabaseDamaged(db, problem, latest)
        revision = current_revision(db)
        if revision is None and _has_tables(db):
            raise EnvironmentProblem(
                f"The file {db} is not a DASS Desktop database. "
                "Move it aside, or choose another folder with --data-dir."
            )
        if revision is not None and revision not in migrations.KNOWN_REVISIONS:
            raise DatabaseFromNewerRelease(db, revision)
        try:
            if revision != migrations.HEAD:
                backup.automatic_backup(db, paths.backups, f"before-upgrade-{revision}", now)
            elif not backup.has_backup_from(paths.backups, now.date()):
                backup.automatic_backup(db, paths.backups, "daily", now)
        except (OSError, sqlite3.Error) as exc:
            backup_problem = classify(exc, paths.backups)
            if backup_problem is None:
                raise
            raise backup_problem from exc
    engine = make_engine(db)
    if revision != migrations.HEAD:
        try:
            migrations.upgrade(engine)
        except Exception as exc:
            engine.dispose()
            migration_problem = classify(exc, db)
            if migration_problem is not None:
                raise migration_problem from exc
            raise
    return engine


def current_revision(db: Path) -> str | None:
    """The Alembic revision recorded in the file, or None if it has none yet."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        con.close()


def integrity_problem(db: Path, *, quick: bool = False) -> str | None:
    """Run SQLite's integrity check on ``db``; None when sound, else what SQLite reported."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        return None
    return "; ".join(str(r) for r in rows[:5])


@dataclass(frozen=True)
class CheckReport:
    """What ``dass-desktop check`` found."""

    path: Path
    exists: bool
    problem: str | None
    revision: str | None

    @property
    def ok(self) -> bool:
        """True when the file exists and passed the full integrity check."""
        return self.exists and self.problem is None

    @property
    def up_to_date(self) -> bool:
        """True when the schema is at this release's head revision."""
        return self.revision == migrations.HEAD


def check_database(paths: DataPaths) -> CheckReport:
    """Run the full integrity check without locking, changing or migrating anything."""
    db = paths.database
    if not db.exists():
        return CheckReport(db, False, None, None)
    problem = integrity_problem(db)
    revision = None if problem else current_revision(db)
    return CheckReport(db, True, problem, revision)


def _has_tables(db: Path) -> bool:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return (
            con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
        )
    finally:
        con.close()


def _create_private_file(db: Path) -> None:
    try:
        fd = os.open(db, os.O_CREAT | os.O_WRONLY, 0o600)
    except PermissionError:
        raise ReadOnlyData(db.parent) from None
    os.close(fd)
    _make_private(db)


def _make_private(db: Path) -> None:
    if os.name == "posix":
        try:
            os.chmod(db, 0o600)
        except PermissionError:
            raise ReadOnlyData(db) from None
