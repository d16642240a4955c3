"""One app per data directory.

The lock is an operating-system lock on a small file beside the database, so it is
released by the OS even if the app crashes. Taking it never touches the database.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from dass_desktop.store.errors import DataDirectoryInUse, classify


class DataDirectoryLock:
    """An exclusive, non-blocking lock on one data directory."""

    def __init__(self, lock_path: Path, root: Path) -> None:
        self._path = lock_path
        self._root = root
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`DataDirectoryInUse` if another app holds it."""
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            problem = classify(exc, self._root)
            if problem is None:
                raise
            raise problem from None
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DataDirectoryInUse(self._root) from None
        # The process id is only a courtesy to whoever looks: a full disk must not stop work.
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Give the lock back (safe to call twice)."""
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> DataDirectoryLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
