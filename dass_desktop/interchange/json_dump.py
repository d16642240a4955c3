"""The whole database as one JSON file, and back: for moving to a new laptop or an archive.

The file names its schema revision. Importing builds a new database at that revision, fills
it in one transaction, upgrades it with the same migrations as any older database, checks
it, and only then moves it into place: a file that cannot be read changes nothing. Tables
are read and written by reflection, so a file from an earlier release imports as it was
written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, MetaData, Time

from dass_desktop import __version__
from dass_desktop.paths import DataPaths
from dass_desktop.store import migrations
from dass_desktop.store.database import (
    current_revision,
    integrity_problem,
    make_engine,
)
from dass_desktop.store.errors import EnvironmentProblem
from dass_desktop.store.lock import DataDirectoryLock

FORMAT = "dass-desktop"
FORMAT_VERSION = 1
SKIPPED_TABLES = {"alembic_version"}


class JsonRefused(EnvironmentProblem):
    """The JSON file cannot be imported; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class Exported:
    """What an export wrote."""

    path: Path
    revision: str
    rows: int


def _tables(engine: Any) -> list[Any]:
    metadata = MetaData()
    metadata.reflect(engine)
    return [t for t in metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def export_json(paths: DataPaths, out: Path, now: dt.datetime) -> Exported:
    """Write every table of the database in ``paths`` to ``out`` (read-only on the data).

    Values are written exactly as stored, so an import gives back the same file contents.
    """
    revision = current_revision(paths.database)
    if revision is None:
        raise JsonRefused(f"{paths.database} holds no DASS Desktop data to export.")
    engine = make_engine(paths.database)
    try:
        names = [t.name for t in _tables(engine)]
    finally:
        engine.dispose()
    con = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        tables = {
            name: [dict(row) for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid')]
            for name in names
        }
    finally:
        con.close()
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_revision": revision,
        "exported_at": now.isoformat(timespec="seconds"),
        "tables": tables,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    if os.name == "posix":  # the whole database, names and sickness included: owner only
        os.chmod(partial, 0o600)
    os.replace(partial, out)
    return Exported(out, revision, sum(len(rows) for rows in tables.values()))


def read_document(source: Path) -> dict[str, Any]:
    """The parsed file, checked to be a DASS Desktop export this release can import."""
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise JsonRefused(f"{source} could not be read as JSON ({exc}).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise JsonRefused(f"{source} is not a DASS Desktop export.")
    revision = document.get("schema_revision")
    if revision not in migrations.KNOWN_REVISIONS:
        raise JsonRefused(
            f"{source} was exported by a newer release (schema {revision}); "
            "install that release to import it."
        )
    if not isinstance(document.get("tables"), dict):
        raise JsonRefused(f"{source} has no tables in it.")
    return document


def import_json(source: Path, paths: DataPaths) -> int:
    """Build the data folder's database from an export; return the rows imported.

    Refuses a folder that already holds data (restore a backup to replace data instead).
    """
    document = read_document(source)
    paths.ensure()
    with DataDirectoryLock(paths.lock, paths.root):
        if paths.database.exists() and current_revision(paths.database) is not None:
            raise JsonRefused(
                f"{paths.root} already holds data; import into an empty folder "
                "(or use 'dass-desktop restore' to replace data with a backup)."
            )
        handle, name = tempfile.mkstemp(prefix=".import-", suffix=".sqlite3", dir=paths.root)
        os.close(handle)
        building = Path(name)
        try:
            count = _build(building, document)
            problem = integrity_problem(building)
            if problem is not None:  # pragma: no cover - a fresh file from our own code
                raise JsonRefused(f"The imported database failed its check ({problem}).")
            for suffix in ("-wal", "-shm"):
                paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
            os.replace(building, paths.database)
            if os.name == "posix":
                os.chmod(paths.database, 0o600)
        finally:
            for leftover in (
                building,
                *(building.with_name(building.name + s) for s in ("-wal", "-shm")),
            ):
                leftover.unlink(missing_ok=True)
    return count


def _build(target: Path, document: dict[str, Any]) -> int:
    engine = make_engine(target)
    try:
        migrations.upgrade(engine, document["schema_revision"])
        tables = {t.name: t for t in _tables(engine)}
    finally:
        engine.dispose()
    unknown = sorted(set(document["tables"]) - set(tables))
    if unknown:
        raise JsonRefused(f"The file has tables this schema lacks: {', '.join(unknown)}.")
    count = 0
    con = sqlite3.connect(target)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        with con:  # one transaction: all rows or none
            for name, table in tables.items():
                rows = document["tables"].get(name) or []
                for raw in rows:
                    row = _checked_row(name, table, raw)
                    columns = ", ".join(f'"{c}"' for c in row)
                    marks = ", ".join("?" for _ in row)
                    con.execute(
                        f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', list(row.values())
                    )
                count += len(rows)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise JsonRefused(f"The file's data does not fit together ({exc}).") from None
    finally:
        con.close()
    engine = make_engine(target)
    try:
        migrations.upgrade(engine)
        with engine.connect() as connection:  # fold the WAL back so one file holds it all
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return count


def _checked_row(name: str, table: Any, row: object) -> dict[str, object]:
    """The row as stored: refused if it is not a mapping of known columns to plain values or
    its dates and times cannot be read; a ``T`` between date and time becomes a space, as
    SQLite stores it."""
    if not isinstance(row, dict):
        raise JsonRefused(f"Table {name} has a row that is not a set of named values.")
    for key, value in row.items():
        if key not in table.columns:
            raise JsonRefused(f"Table {name} has a column this schema lacks: {key}.")
        if value is not None and not isinstance(value, str | int | float):
            raise JsonRefused(f"Table {name}, column {key}, holds a value that cannot be read.")
        kind = table.columns[key].type
        parse = (
            dt.datetime.fromisoformat
            if isinstance(kind, DateTime)
            else dt.date.fromisoformat
            if isinstance(kind, Date)
            else dt.time.fromisoformat
            if isinstance(kind, Time)
            else None
        )
        if parse is not None and value is not None:
            try:
                parse(str(value))
            except ValueError:
                raise JsonRefused(
                    f"Table {name}, column {key}: '{value}' cannot be read as a date or time."
                ) from None
    return {
        key: value.replace("T", " ", 1)
        if isinstance(value, str) and isinstance(table.columns[key].type, DateTime)
        else value
        for key, value in row.items()
    }
