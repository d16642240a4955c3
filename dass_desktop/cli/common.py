"""What every headless command shares: the as-of date, the data folder (unlocked if it is
protected), the ``--out`` file, and errors told in a sentence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dass_desktop.paths import DataPaths
    from dass_desktop.store import Store


def today_of(args: argparse.Namespace) -> dt.date:
    """The as-of date given, or today."""
    return args.as_of or dt.date.today()


def data_paths_of(args: argparse.Namespace) -> DataPaths:
    """The data folder named by ``--data-dir`` (or the default), unlocked if protected."""
    from dass_desktop import paths
    from dass_desktop.store.errors import PathIsFile

    resolved = paths.resolve(args.data_dir)
    if resolved.root.exists() and not resolved.root.is_dir():
        raise PathIsFile(resolved.root)
    unlock_if_protected(resolved.database)
    return resolved


def unlock_if_protected(db: Path) -> None:
    """Ask for the passphrase of a protected file: from the file named in
    ``DASS_DESKTOP_PASSPHRASE_FILE``, or on a terminal (three tries).
    """
    from dass_desktop.store import cipher
    from dass_desktop.store.errors import EnvironmentProblem

    if not db.is_file() or not cipher.looks_protected(db) or cipher.passphrase_for(db):
        return
    if not cipher.available():
        return  # opening it explains that it cannot be read
    named = os.environ.get(cipher.PASSPHRASE_FILE)
    if named:
        cipher.unlock(db, Path(named).read_text(encoding="utf-8").rstrip("\r\n"))
        return
    if not sys.stdin.isatty():
        raise EnvironmentProblem(
            f"{db} is protected by a passphrase: run the command on a terminal, or name a "
            f"file holding the passphrase in {cipher.PASSPHRASE_FILE}."
        )
    import getpass

    for attempt in range(3):
        try:
            cipher.unlock(db, getpass.getpass(f"Passphrase for {db}: "))
            return
        except cipher.WrongPassphrase:
            if attempt == 2:
                raise
            print("That passphrase does not open it; try again.", file=sys.stderr)


def opened(store: Store) -> Store:
    """Pass on what opening the data noted (a skipped daily backup), then use the store."""
    for notice in store.notices:
        print(f"dass-desktop: note: {notice}", file=sys.stderr)
    return store


def out_file(out: Path) -> Path:
    """Check that ``--out`` names a new file in a folder that exists (nothing is created but
    the file itself).
    """
    from dass_desktop.store.errors import PathIsFile, PathIsFolder, PathMissing

    if out.is_dir():
        raise PathIsFolder(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.exists():
        raise PathMissing(folder)
    if not folder.is_dir():
        raise PathIsFile(folder)
    return out


def raise_classified(exc: OSError, out: Path) -> None:
    """Raise ``exc`` as the environment problem it is (full disk, read-only...), if it is one."""
    from dass_desktop.store.errors import classify

    problem = classify(exc, out)
    if problem is None:
        raise exc
    raise problem from exc
