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
        #: True when the app before this one let go of the lock itself (its process id was
        #: cleared), False after a crash or a power cut, or when that cannot be told (such
        #: as a lock file made just now).
        self.left_cleanly = False

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`DataDirectoryInUse` if another app holds it."""
        existed = self._path.exists()
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
        # It is cleared on release, so one still there tells that the last app did not end.
        self.left_cleanly = False
        with contextlib.suppress(OSError, ValueError):
            handle.seek(0)
            self.left_cleanly = existed and not handle.read().strip()
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Give the lock back (safe to call twice)."""
        if self._handle is None:
            return
        # Blanked in place, not truncated: on a full disk the block must stay this file's.
        with contextlib.suppress(OSError, ValueError):  # else the next app checks it all
            self._handle.seek(0)
            size = len(self._handle.read())
            self._handle.seek(0)
            self._handle.write(" " * size)
            self._handle.flush()
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
