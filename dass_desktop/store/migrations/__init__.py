"""Alembic migrations, applied automatically when a database is opened.

``HEAD`` and ``KNOWN_REVISIONS`` are kept here so that opening an up-to-date database does
not need to import Alembic (about 0.7 s); a test checks them against the revision scripts.
To add a revision: write it in ``versions/`` (batch mode), add its id below, and first save
a fixture database at the previous head with ``python tests/fixtures/make_fixture_db.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
)
HEAD = KNOWN_REVISIONS[-1]
SCRIPT_LOCATION = Path(__file__).parent


def alembic_config(connection: object | None = None) -> object:
    """An Alembic Config pointing at these scripts, optionally bound to a connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database behind ``engine`` up to ``revision`` (default: the newest)."""
    from alembic import command

    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), revision)  # type: ignore[arg-type]


# The release that wrote each schema revision, to tell the director which release to keep
# using when an upgrade fails.
RELEASES: dict[str, str] = {revision: "0.1.0" for revision in KNOWN_REVISIONS}


def release_for(revision: str | None) -> str:
    """The release to keep using for a file at ``revision``."""
    return RELEASES.get(revision or "", "0.1.0")
