"""Where the director's data lives.

One data directory per director holds the database, its backups, the log and the window
settings. By default it is the per-user data directory that appdirs gives for this
operating system; ``--data-dir`` overrides it for the window and every command.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "DASS Desktop"
DATABASE_NAME = "dass-desktop.sqlite3"
LOCK_NAME = "dass-desktop.lock"


def default_data_dir() -> Path:
    """Return the operating system's per-user data directory for the app."""
    import appdirs

    return Path(appdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


@dataclass(frozen=True)
class DataPaths:
    """The files inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.root / DATABASE_NAME

    @property
    def lock(self) -> Path:
        """The file held locked while the data is open, so that only one app uses it."""
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        """The folder of automatic and manual backups."""
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        """The folder of the app's log files."""
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        """The window settings (size, position), kept beside the data they belong to."""
        return self.root / "window.ini"

    def ensure(self) -> DataPaths:
        """Create the directory (private to the user on POSIX) and return self."""
        ensure_private_dir(self.root)
        return self


class DataDirRefused(ValueError):
    """The ``--data-dir`` value cannot name a data folder (empty, or only spaces)."""


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and any missing parents) readable by its owner only (0700).

    A folder that already exists is left exactly as it is: the app never changes the mode
    of a folder it did not create (a shared folder keeps its sticky bit and its sharing).
    A path that exists but is not a folder raises ``NotADirectoryError``.
    """
    if path.is_dir():
        return
    if path.exists():
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(path))
    missing: list[Path] = []
    walk = path
    while not walk.exists() and walk != walk.parent:
        missing.append(walk)
        walk = walk.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue
        if os.name == "posix":
            os.chmod(folder, 0o700)  # ours: made just now; the umask must not widen it


def create_private_file(path: Path) -> int:
    """Create ``path`` as a new file readable by its owner only (0600); return its descriptor.

    Fails with ``FileExistsError`` rather than touch a file that is already there.
    """
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return fd


def resolve(data_dir: str | os.PathLike[str] | None) -> DataPaths:
    """Return the data paths for ``data_dir``, or for the default directory when None.

    Raises:
        DataDirRefused: ``data_dir`` is empty or only spaces (it would mean "here", by
            accident).
    """
    if data_dir is not None and not str(os.fspath(data_dir)).strip():
        raise DataDirRefused("--data-dir needs the name of a folder; an empty value was given")
    root = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
    return DataPaths(root.absolute())
