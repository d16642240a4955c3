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
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dass_desktop.paths import DataPaths
from dass_desktop.store import backup, cipher, migrations
from dass_desktop.store.errors import (
    DatabaseDamaged,
    DatabaseFromNewerRelease,
    EnvironmentProblem,
    NotOurFile,
    PathIsFolder,
    UpgradeFailed,
    classify,
)
from dass_desktop.store.lock import DataDirectoryLock

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


class Store:
    """An open database: a session factory, the lock that guards it, and its paths.

    Use :meth:`transaction` for every change (it commits once, or rolls back on error) and
    :meth:`read` for short-lived reads. Transactions nest: a domain function that opens one
    inside another's joins it, so one user operation (a visit with its actions, the demo)
    commits whole or not at all. Close the store when the app ends.

    The engine (and with it SQLAlchemy, a third of the start-up's imports) is made on first
    use: opening, checking, backing up and locking the data need only :mod:`sqlite3`.
    """

    def __init__(
        self, paths: DataPaths, engine: Engine | None, lock: DataDirectoryLock | None
    ) -> None:
        self.paths = paths
        self._engine = engine
        self._made: sessionmaker[Session] | None = None
        self._making = threading.Lock()
        self._lock = lock
        # Plain sentences about things that did not stop the data opening (a daily backup
        # skipped on a full disk), for the window or the command to pass on.
        self.notices: list[str] = []
        self._local = threading.local()
        self._plain: sqlite3.Connection | None = None  # see quick()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine on the database file, made on first use."""
        with self._making:
            if self._engine is None:
                self._engine = make_engine(self.paths.database)
            return self._engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._made is None:
            from sqlalchemy.orm import sessionmaker

            self._made = sessionmaker(self.engine, expire_on_commit=False)
        return self._made

    def quick(self) -> sqlite3.Connection:
        """A plain :mod:`sqlite3` connection for reads that SQLAlchemy would slow down: the
        dashboard's first paint, and the long lists (plan, visit and recognition logs).
        Kept until the store closes (keyed once if protected); main thread, SELECTs only.
        """
        if self._plain is None:
            self._plain = cipher.connect(self.paths.database, isolation_level=None)
            self._plain.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return self._plain

    def _dispose(self) -> None:
        if self._plain is not None:
            self._plain.close()
            self._plain = None
        if self._engine is not None:
            self._engine.dispose()

    def _open_session(self) -> Session | None:
        return getattr(self._local, "session", None)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed in one transaction when the outermost block ends.

        Any exception rolls everything back; errors caused by the user's environment are
        re-raised as :class:`EnvironmentProblem` with a plain message.
        """
        joined = self._open_session()
        if joined is not None:
            yield joined
            joined.flush()
            return
        try:
            with self._sessions.begin() as session:
                self._local.session = session
                try:
                    yield session
                finally:
                    self._local.session = None
        except Exception as exc:
            problem = classify(exc, self.paths.database)
            if problem is not None and problem is not exc:
                raise problem from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short-lived session for reading (inside a transaction: that transaction's)."""
        joined = self._open_session()
        if joined is not None:
            joined.flush()
            yield joined
            return
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

    def backup_to(self, target: Path, *, replace: bool = False) -> Path:
        """Write a consistent copy of the database to the new file ``target`` (or in place of
        one the director chose to replace).
        """
        try:
            return backup.backup_database(self.paths.database, target, replace=replace)
        except (OSError, sqlite3.Error) as exc:
            problem = classify(exc, target)
            if problem is None:
                raise
            raise problem from exc

    def set_passphrase(self, passphrase: str | None) -> None:
        """Protect the database and every backup with ``passphrase`` (a new one replaces the
        old; None removes it). Each file is rewritten whole, then renamed into place.
        """
        if not cipher.available():
            raise cipher.EncryptionUnavailable()
        if passphrase is not None:
            from dass_desktop.store.search_index import require_fts5

            require_fts5(protected=True)
        old = cipher.passphrase_for(self.paths.database)
        self._dispose()
        files = [self.paths.database, *backup.list_backups(self.paths.backups)]
        try:
            cipher.protect_files(files, old, passphrase)
        except Exception as exc:
            if not isinstance(exc, (OSError, *cipher.errors())):
                raise
            problem = classify(exc, self.paths.database)
            if problem is None:
                raise
            raise problem from exc

    def close(self) -> None:
        """Dispose of connections and release the data directory lock."""
        self._dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def make_engine(path: Path) -> Engine:
    """An engine for the database file with WAL, full sync, foreign keys and a busy timeout."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    # Pooled connections may be used from a worker thread (PDF export), one thread at a time.
    # The file is opened by name (a creator), never through a URL: a folder named with "?"
    # or "#" must not turn into URL query parameters and open some other file.
    engine = create_engine(
        "sqlite://",
        creator=lambda: cipher.connect(path, check_same_thread=False),
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # A single director's edits are small; losing the last ones to a power cut is not.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    return engine


def open_store(
    paths: DataPaths, *, take_lock: bool = True, now: dt.datetime | None = None
) -> Store:
    """Open (creating if needed) the database in ``paths`` and bring it up to date.

    Raises:
        DataDirectoryInUse: another app has this data directory open.
        DatabaseDamaged: the file fails SQLite's integrity check.
        DatabaseFromNewerRelease: a later release wrote the file.
        NotOurFile: another program's file, or a schema the migrations do not build.
        FullTextSearchMissing: this Python's SQLite lacks FTS5, which search needs.
        UpgradeFailed: a migration failed (the file is left exactly as it was).
        EnvironmentProblem: some other problem with the user's files, in a plain sentence.
    """
    now = now or dt.datetime.now()
    from dass_desktop.store.search_index import require_fts5

    require_fts5(protected=cipher.passphrase_for(paths.database) is not None)
    try:
        paths.ensure()
        lock = DataDirectoryLock(paths.lock, paths.root) if take_lock else None
        if lock is not None:
            lock.acquire()
    except OSError as exc:
        problem = classify(exc, paths.root)
        if problem is None:
            raise
        raise problem from None
    try:
        notices: list[str] = []
        clean = lock is not None and lock.left_cleanly
        _prepare(paths, now, writable=take_lock, notices=notices, left_cleanly=clean)
    except BaseException as exc:
        if lock is not None:
            lock.release()
        if isinstance(exc, (OSError, *cipher.errors())):
            problem = classify(exc, paths.database)
            if problem is not None:
                raise problem from exc
        raise
    store = Store(paths, None, lock)
    store.notices = notices
    return store


def _prepare(
    paths: DataPaths,
    now: dt.datetime,
    *,
    writable: bool,
    notices: list[str],
    left_cleanly: bool = False,
) -> None:
    db = paths.database
    if writable:
        backup.remove_leftovers(paths.root, paths.backups, paths.root / "drafts")
    if db.is_dir():
        raise PathIsFolder(db)
    is_new = not db.exists() or db.stat().st_size == 0
    if is_new:
        revision = None
    else:
        # SQLite's check reads every page (60 ms at 50 times the demo, growing with the data).
        # It runs at the day's first open, before the daily backup copies the file, and after
        # an app that did not end; a later open that day checks the header and the schema.
        whole = not (
            writable and left_cleanly and backup.has_backup_from(paths.backups, now.date())
        )
        revision = verify_database(db, backups=paths.backups, whole=whole)
        if writable:
            if revision != migrations.HEAD:
                if not backup.has_upgrade_copy(paths.backups, revision, db):
                    backup.automatic_backup(db, paths.backups, f"before-upgrade-{revision}", now)
            elif not backup.has_backup_from(paths.backups, now.date()):
                try:
                    backup.automatic_backup(db, paths.backups, "daily", now)
                except (OSError, sqlite3.Error) as exc:
                    # Today's copy is a nicety; a full disk must not lock the director out.
                    problem = classify(exc, paths.backups)
                    if problem is None:
                        raise
                    notices.append(f"Today's automatic backup was not taken: {problem.message}")
    if revision != migrations.HEAD:
        if not writable:
            raise EnvironmentProblem(
                f"The database {db} needs upgrading first; open the app once, then try again."
            )
        _upgrade_on_a_copy(db, revision)


def verify_database(db: Path, *, backups: Path | None = None, whole: bool = True) -> str:
    """Check that ``db`` is a sound database built by this app's migrations; return its
    revision. With ``whole`` false, SQLite's quick check of every page is left out unless
    the file needs upgrading (its header, schema and revision are still checked).

    Raises:
        NotOurFile: not an SQLite file, no DASS Desktop schema, or a schema with objects
            the migrations do not build (an extra trigger, view, table or column).
        DatabaseDamaged: SQLite's integrity check fails.
        DatabaseFromNewerRelease: a later release wrote it.
    """
    latest = next(iter(backup.list_backups(backups)), None) if backups else None
    if not backup.is_sqlite_file(db) and cipher.passphrase_for(db) is None:
        if cipher.looks_protected(db):
            raise NotOurFile(db, "it is not an SQLite database, or it is protected by a passphrase")
        if latest is not None:  # our own file, overwritten by something else
            raise DatabaseDamaged(db, "not an SQLite file any more", latest)
        raise NotOurFile(db, "it is not an SQLite database")
    if whole:
        _check_every_page(db, latest)
    try:
        revision = current_revision(db)
    except cipher.errors() as exc:
        if whole or (getattr(exc, "sqlite_errorcode", 0) & 0xFF) != sqlite3.SQLITE_CORRUPT:
            raise
        raise DatabaseDamaged(db, str(exc), latest) from exc
    if not whole and revision != migrations.HEAD:
        _check_every_page(db, latest)  # a file to upgrade is checked whole
    if revision is None:
        raise NotOurFile(db, "it has no DASS Desktop schema")
    if revision not in migrations.KNOWN_REVISIONS:
        raise DatabaseFromNewerRelease(db, revision)
    from dass_desktop.store.schema import schema_difference

    difference = schema_difference(db, revision)
    if difference:
        raise NotOurFile(db, difference)
    return revision


def _check_every_page(db: Path, latest: Path | None) -> None:
    """Raise DatabaseDamaged, naming the ``latest`` backup, if SQLite's quick check of
    every page finds a fault.
    """
    problem = integrity_problem(db, quick=True)
    if problem is not None:
        raise DatabaseDamaged(db, problem, latest)


def _upgrade_on_a_copy(db: Path, revision: str | None) -> None:
    """Migrate a copy of ``db`` and rename it into place only when every step succeeded, so
    that a failing migration leaves the file exactly as it was.
    """
    handle, name = tempfile.mkstemp(prefix=".upgrade-", suffix=".sqlite3", dir=db.parent)
    os.close(handle)
    work = Path(name)
    try:
        if revision is not None:
            work.unlink()
            backup.copy_database(db, work, source_open=True)
        engine = make_engine(work)
        try:
            try:
                migrations.upgrade(engine)
                with engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception as exc:
                problem = classify(exc, db)
                if problem is not None and not isinstance(problem, DatabaseDamaged):
                    raise problem from exc
                raise UpgradeFailed(
                    db, revision or "new", migrations.release_for(revision)
                ) from exc
        finally:
            engine.dispose()
        backup.fsync_file(work)
        if db.exists() and revision is not None:
            backup.checkpoint(db)  # the copy holds it all; the log must not outlive the file
        for suffix in ("-wal", "-shm"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(work, db)
    finally:
        for leftover in (work, *(work.with_name(work.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def current_revision(db: Path) -> str | None:
    """The Alembic revision recorded in the file, or None if it has none yet."""
    con = backup.open_readonly(db)
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
    """Run SQLite's integrity check on ``db``; None when sound, else what SQLite reported.

    Only SQLite's corruption codes count as a problem; a full disk, a read-only folder or a
    refused permission raise the matching :class:`EnvironmentProblem` instead.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = backup.open_readonly(db)
        try:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            con.close()
    except cipher.errors() as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return str(exc)
        problem = classify(exc, db)
        if problem is None:
            raise
        raise problem from exc
    if rows == ["ok"]:
        return None
    return "; ".join(str(r) for r in rows[:5])
