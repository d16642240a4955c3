"""Where the director's data lives.

One data directory per director holds the database, its backups, the log and the window
settings. By default it is the per-user data directory that appdirs gives for this
operating system; ``--data-dir`` overrides it for the window and every command.
"""

from __future__ import annotations

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


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` if needed; on POSIX make it readable by its owner only (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)


def resolve(data_dir: str | os.PathLike[str] | None) -> DataPaths:
    """Return the data paths for ``data_dir``, or for the default directory when None."""
    root = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
    return DataPaths(root.absolute())
