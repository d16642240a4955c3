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
import math
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, MetaData, Time

from dass_desktop import __version__
from dass_desktop.paths import DataPaths
from dass_desktop.store import migrations
from dass_desktop.store.backup import open_readonly
from dass_desktop.store.database import (
    current_revision,
    integrity_problem,
    make_engine,
)
from dass_desktop.store.errors import EnvironmentProblem
from dass_desktop.store.lock import DataDirectoryLock
from dass_desktop.store.search_index import is_index_table

FORMAT = "dass-desktop"
FORMAT_VERSION = 1
SKIPPED_TABLES = {"alembic_version"}
MAX_FILE_BYTES = 512_000_000
MAX_TEXT = 1_000_000
MAX_PROBLEMS = 10
SQLITE_INT_MIN, SQLITE_INT_MAX = -(2**63), 2**63 - 1
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
_VARCHAR = re.compile(r"VARCHAR\((\d+)\)", re.IGNORECASE)
_CHOICES = re.compile(r"CHECK \((\w+) IN \(([^)]*)\)\)")
#: The table of journal entries, whose private rows stay out of an export unless asked for.
JOURNAL_TABLE = "journal_entry"
PRIVATE_WARNING = (
    "This export includes your private journal entries. Anyone who opens the file can "
    "read them, and they travel with it wherever it is copied: keep it somewhere only "
    "you can reach, and delete it once it has done its job."
)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


class JsonRefused(EnvironmentProblem):
    """The JSON file cannot be imported; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class Exported:
    """What an export wrote."""

    path: Path
    revision: str
    rows: int
    private_left_out: int = 0


def _tables(engine: Any) -> list[Any]:
    metadata = MetaData()
    # The search index is derived: never written out, rebuilt by its triggers on import.
    metadata.reflect(engine, only=lambda name, _meta: not is_index_table(name))
    return [t for t in metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def export_json(
    paths: DataPaths, out: Path, now: dt.datetime, *, include_private: bool = False
) -> Exported:
    """Write every table of the database in ``paths`` to ``out`` (read-only on the data).

    Values are written exactly as stored, so an import gives back the same file contents,
    except that private journal entries are left out unless ``include_private`` is given
    (tell the director :data:`PRIVATE_WARNING` first).
    """
    revision = current_revision(paths.database)
    if revision is None:
        raise JsonRefused(f"{paths.database} holds no DASS Desktop data to export.")
    engine = make_engine(paths.database)
    try:
        names = [t.name for t in _tables(engine)]
    finally:
        engine.dispose()
    con = open_readonly(paths.database)
    con.row_factory = sqlite3.Row
    try:
        tables = {
            name: [dict(row) for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid')]
            for name in names
        }
    finally:
        con.close()
    left_out = 0
    if not include_private and JOURNAL_TABLE in tables:
        kept = [row for row in tables[JOURNAL_TABLE] if not row.get("private")]
        left_out = len(tables[JOURNAL_TABLE]) - len(kept)
        tables[JOURNAL_TABLE] = kept
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_revision": revision,
        "exported_at": now.isoformat(timespec="seconds"),
        "tables": tables,
    }
    # The whole database, names and sickness included: a new file, owner only (0600), removed
    # again if the disk fills before it is complete.
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    partial = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(document, file, ensure_ascii=False, indent=1)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return Exported(out, revision, sum(len(rows) for rows in tables.values()), left_out)


def read_document(source: Path) -> dict[str, Any]:
    """The parsed file, checked to be a DASS Desktop export this release can import."""
    size = source.stat().st_size
    if size > MAX_FILE_BYTES:
        raise JsonRefused(
            f"{source} is {size // 1_000_000} MB, larger than any export this app writes "
            f"({MAX_FILE_BYTES // 1_000_000} MB at most); nothing was changed."
        )
    try:
        document = json.loads(source.read_text(encoding="utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise JsonRefused(f"{source} is not UTF-8 text, so it is not an export.") from None
    except json.JSONDecodeError as exc:
        raise JsonRefused(
            f"{source} could not be read as JSON (line {exc.lineno}: {exc.msg})."
        ) from None
    except (RecursionError, ValueError):
        raise JsonRefused(
            f"{source} is nested too deeply, or holds numbers that JSON does not allow."
        ) from None
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
        if paths.database.exists() and paths.database.stat().st_size > 0:
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
            os.replace(building, paths.database)  # made by mkstemp: 0600 already
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
        problems = validate_tables(con, document["tables"])
        if problems:
            shown = "; ".join(problems[:MAX_PROBLEMS])
            more = len(problems) - MAX_PROBLEMS
            extra = f" (and {more} more)" if more > 0 else ""
            raise JsonRefused(f"The file's values do not fit the database: {shown}{extra}.")
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
    SQLite stores it.
    """
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


def _choices(con: sqlite3.Connection, table: str) -> dict[str, set[str]]:
    """The values each enumerated column allows, read from the schema's CHECK constraints."""
    row = con.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,))
    sql = (row.fetchone() or [""])[0] or ""
    return {
        column: {v.strip().strip("'") for v in values.split(",")}
        for column, values in _CHOICES.findall(sql)
    }


def _value_problem(value: object, declared: str, notnull: bool, allowed: set[str] | None) -> str:
    """Why ``value`` cannot go in a column declared ``declared`` ("" when it can)."""
    if value is None:
        return "is empty but must have a value" if notnull else ""
    kind = declared.upper()
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return "holds a list, object or true/false, not a plain value"
    if kind == "INTEGER":
        if not isinstance(value, int):
            return f"holds {value!r}, not a whole number"
        if not SQLITE_INT_MIN <= value <= SQLITE_INT_MAX:
            return "holds a whole number too large for the database"
        return ""
    if kind == "BOOLEAN":
        return "" if value in (0, 1) and isinstance(value, int) else f"holds {value!r}, not 0 or 1"
    if kind == "FLOAT":
        if not isinstance(value, int | float) or not math.isfinite(value):
            return f"holds {str(value)[:40]!r}, not a number"
        if abs(value) > 1e15:
            return "holds a number far outside any plausible figure"
        return ""
    if not isinstance(value, str):
        return f"holds the number {value!r} where text or a date belongs"
    if kind in ("DATE", "DATETIME", "TIME"):
        parse = {
            "DATE": dt.date.fromisoformat,
            "DATETIME": dt.datetime.fromisoformat,
            "TIME": dt.time.fromisoformat,
        }[kind]
        try:
            parsed = parse(value)
        except ValueError:
            return f"holds '{value[:40]}', not a {kind.lower()}"
        year = getattr(parsed, "year", EARLIEST_YEAR)
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return f"holds the date '{value[:40]}', outside 1900 to 2100"
        return ""
    match = _VARCHAR.fullmatch(kind)
    limit = int(match.group(1)) if match else MAX_TEXT
    if len(value) > limit:
        return f"holds {len(value):,} characters, more than the {limit:,} allowed"
    if allowed is not None and value not in allowed:
        return f"holds '{value[:40]}', which is not one of its choices"
    return ""


def validate_tables(con: sqlite3.Connection, tables: dict[str, Any]) -> list[str]:
    """Every problem (by table, row and column) with the file's rows against the schema in
    ``con``, checked before any row is written: types, SQLite's integer range, dates,
    text lengths and enumerations.
    """
    problems: list[str] = []
    for name, rows in tables.items():
        if rows is None:
            continue
        if not isinstance(rows, list):
            problems.append(f"table {name} is not a list of rows")
            continue
        columns = {
            str(c[1]): (str(c[2]), bool(c[3]) and not c[5])
            for c in con.execute(f'PRAGMA table_info("{name}")')
        }
        choices = _choices(con, name)
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                problems.append(f"table {name}, row {number}: not a set of named values")
                continue
            for key, value in row.items():
                if key not in columns:
                    problems.append(
                        f"table {name}, row {number}, column {str(key)[:40]}: "
                        "a column this schema lacks"
                    )
                    continue
                declared, notnull = columns[key]
                problem = _value_problem(value, declared, notnull, choices.get(key))
                if problem:
                    problems.append(f"table {name}, row {number}, column {key} {problem}")
            if len(problems) > 10 * MAX_PROBLEMS:
                return problems
    return problems
