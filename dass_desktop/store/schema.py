"""The schema a DASS Desktop database must have, object for object.

A file from outside (a backup to restore, a JSON export, a database found at open) is used
only if ``sqlite_master`` lists exactly what this app's own migrations build at the same
revision: no extra trigger, view, table or index, and no unknown column. The expected schema
is built by running the migrations on an empty in-memory database, once per revision per
process.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from dass_desktop.store import backup

SchemaObjects = dict[tuple[str, str], str]
_SPACE = re.compile(r"\s+")


def _normalise(sql: str | None) -> str:
    return _SPACE.sub(" ", sql or "").strip()


def schema_objects(con: sqlite3.Connection) -> SchemaObjects:
    """Every object in ``sqlite_master`` (type and name) with its normalised SQL."""
    rows = con.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {
        (str(kind), str(name)): _normalise(sql)
        for kind, name, sql in rows
        if not str(name).startswith("sqlite_stat")  # ANALYZE statistics, harmless
    }


def expected_objects(revision: str) -> SchemaObjects:
    """What the migrations build at ``revision`` on an empty database.

    For the newest revision a saved copy is used, so opening an up-to-date database need
    not import Alembic; a test checks the copy against the migrations.
    """
    from dass_desktop.store import schema_head

    if revision == schema_head.REVISION:
        return {(kind, name): sql for kind, name, sql in schema_head.OBJECTS}
    return built_objects(revision)


@cache
def built_objects(revision: str) -> SchemaObjects:
    """What the migrations build at ``revision``, built now on an in-memory database."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from dass_desktop.store import migrations

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        migrations.upgrade(engine, revision)
        raw = engine.raw_connection()
        try:
            return schema_objects(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
    finally:
        engine.dispose()


def schema_difference(db: Path, revision: str) -> str:
    """An empty string when ``db`` has exactly the schema of ``revision``, else the first
    difference in words (what a director would be told).
    """
    con = backup.open_readonly(db)
    try:
        found = schema_objects(con)
    finally:
        con.close()
    return describe_difference(found, expected_objects(revision))


def describe_difference(found: SchemaObjects, expected: SchemaObjects) -> str:
    """Words for the first way ``found`` differs from ``expected`` ("" when equal)."""
    for kind, name in sorted(set(found) - set(expected)):
        return f"it holds an extra {kind} '{name}' that DASS Desktop never makes"
    for kind, name in sorted(set(expected) - set(found)):
        return f"it lacks the {kind} '{name}'"
    for key in sorted(found):
        if found[key] != expected[key]:
            kind, name = key
            return f"its {kind} '{name}' is not as DASS Desktop makes it (changed columns?)"
    return ""


def write_head_module(path: Path) -> None:
    """Save the newest revision's schema as ``schema_head.py`` (after adding a revision)."""
    from dass_desktop.store import migrations

    objects = built_objects(migrations.HEAD)
    lines = [
        "# ruff: noqa: E501",
        '"""The schema the migrations build at the newest revision (generated: run',
        '``python -m dass_desktop.store.schema``; a test checks it)."""',
        "",
        f"REVISION = {migrations.HEAD!r}",
        "OBJECTS: tuple[tuple[str, str, str], ...] = (",
    ]
    for (kind, name), sql in sorted(objects.items()):
        lines.append(f"    ({kind!r}, {name!r}, {sql!r}),")
    lines.append(")")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_head_module(Path(__file__).with_name("schema_head.py"))
