"""Encryption at rest with SQLCipher (optional: the ``sqlcipher3`` package).

A protected database is a SQLCipher file; its backups are protected with the same
passphrase. The passphrase is held in memory for the files it unlocks (``unlock``) and every
connection the store makes goes through :func:`connect`, which applies it. Where
``sqlcipher3`` cannot be installed, :func:`available` is False and protecting says so.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from dass_desktop.store.errors import EnvironmentProblem

_KEYS: dict[str, str] = {}
# The environment variable naming a file that holds the passphrase (for scripts and tests).
PASSPHRASE_FILE = "DASS_DESKTOP_PASSPHRASE_FILE"


class EncryptionUnavailable(EnvironmentProblem):
    """SQLCipher is not installed, so no passphrase can protect or open the data."""

    def __init__(self) -> None:
        super().__init__(
            "Protecting data with a passphrase needs the sqlcipher3 package, which is not "
            "installed with this copy of DASS Desktop; the data is not encrypted."
        )


class WrongPassphrase(EnvironmentProblem):
    """The passphrase does not open the file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"That passphrase does not open {path}; nothing was changed.")


def _module() -> ModuleType | None:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    module: ModuleType = dbapi2  # sqlcipher3 has no type hints
    return module


def errors() -> tuple[type[Exception], ...]:
    """The database error classes of both drivers (sqlcipher3's are not sqlite3's)."""
    module = _module()
    return (sqlite3.Error,) if module is None else (sqlite3.Error, module.Error)


def available() -> bool:
    """True when SQLCipher is installed."""
    return _module() is not None


def _key(path: Path) -> str:
    return os.path.realpath(path)


def looks_protected(path: Path) -> bool:
    """True when ``path`` may be a SQLCipher file: whole pages, no SQLite header."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            head = file.read(16)
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0 and head != b"SQLite format 3\x00"


def passphrase_for(path: Path) -> str | None:
    """The passphrase unlocking ``path`` in this process, if any."""
    return _KEYS.get(_key(path))


def forget(path: Path) -> None:
    """Stop using a passphrase for ``path`` (it is no longer protected)."""
    _KEYS.pop(_key(path), None)


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, *, uri: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to ``path`` (or ``uri``), keyed when the file is protected."""
    passphrase = passphrase_for(path)
    if passphrase is None:
        if uri is not None:
            return sqlite3.connect(uri, uri=True, **kwargs)
        return sqlite3.connect(str(path), **kwargs)
    module = _module()
    if module is None:
        raise EncryptionUnavailable()
    con = module.connect(uri, uri=True, **kwargs) if uri else module.connect(str(path), **kwargs)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f"PRAGMA key = {_quoted(passphrase)}")
    return con


def unlock(path: Path, passphrase: str) -> None:
    """Remember ``passphrase`` for ``path`` if it opens it; raise :class:`WrongPassphrase`."""
    module = _module()
    if module is None:
        raise EncryptionUnavailable()
    con = module.connect(str(path))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = {_quoted(passphrase)}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        raise WrongPassphrase(path) from None
    finally:
        con.close()
    _KEYS[_key(path)] = passphrase


def remember(path: Path, passphrase: str | None) -> None:
    """Use ``passphrase`` for the new file ``path`` (a copy of a protected file)."""
    if passphrase is None:
        forget(path)
    else:
        _KEYS[_key(path)] = passphrase


def _export(source: Path, old: str | None, new: str | None) -> None:
    """Rewrite ``source`` with the passphrase ``new`` (None: plain) via a temporary file."""
    module = _module()
    if module is None:
        raise EncryptionUnavailable()
    handle, name = tempfile.mkstemp(prefix=".cipher-", suffix=".sqlite3", dir=source.parent)
    os.close(handle)
    os.unlink(name)
    work = Path(name)
    try:
        con = module.connect(str(source))
        try:
            con.execute("PRAGMA cipher_log_level = NONE")
            if old is not None:
                con.execute(f"PRAGMA key = {_quoted(old)}")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            con.execute(f"ATTACH DATABASE ? AS target KEY {_quoted(new or '')}", (str(work),))
            con.execute("SELECT sqlcipher_export('target')").fetchall()
            con.execute("DETACH DATABASE target")
        finally:
            con.close()
        os.chmod(work, 0o600)
        fd = os.open(work, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        for suffix in ("-wal", "-shm"):
            source.with_name(source.name + suffix).unlink(missing_ok=True)
        os.replace(work, source)
    finally:
        work.unlink(missing_ok=True)
    remember(source, new)


def protect_files(files: list[Path], old: str | None, new: str | None) -> None:
    """Encrypt (``old`` None), re-key, or decrypt (``new`` None) each file in ``files``.

    Every file is rewritten to a temporary file and renamed, so a failure leaves each one
    whole, under either passphrase.
    """
    for path in files:
        _export(path, old, new)
