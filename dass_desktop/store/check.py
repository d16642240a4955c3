"""What ``dass-desktop check`` finds: SQLite's full integrity check and the schema's revision,
without locking, changing or migrating anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dass_desktop.paths import DataPaths
from dass_desktop.store import backup, cipher, migrations
from dass_desktop.store.database import current_revision, integrity_problem
from dass_desktop.store.errors import NotOurFile, PathIsFolder


@dataclass(frozen=True)
class CheckReport:
    """What ``dass-desktop check`` found."""

    path: Path
    exists: bool
    problem: str | None
    revision: str | None

    @property
    def ok(self) -> bool:
        """True when the file exists and passed the full integrity check."""
        return self.exists and self.problem is None

    @property
    def up_to_date(self) -> bool:
        """True when the schema is at this release's head revision."""
        return self.revision == migrations.HEAD


def check_database(paths: DataPaths) -> CheckReport:
    """Run the full integrity check without locking, changing or migrating anything."""
    db = paths.database
    if not db.exists():
        return CheckReport(db, False, None, None)
    if db.is_dir():
        raise PathIsFolder(db)
    if not backup.is_sqlite_file(db) and cipher.passphrase_for(db) is None:
        if backup.list_backups(paths.backups):  # our own file, overwritten by something else
            return CheckReport(db, True, "it is not an SQLite file any more", None)
        raise NotOurFile(db, "it is not an SQLite database")
    problem = integrity_problem(db)
    revision = None if problem else current_revision(db)
    if problem is None and revision is None:
        raise NotOurFile(db, "it has no DASS Desktop schema")
    if problem is None and revision in migrations.KNOWN_REVISIONS:
        from dass_desktop.store.schema import schema_difference

        difference = schema_difference(db, revision)
        if difference:
            raise NotOurFile(db, difference)
    return CheckReport(db, True, problem, revision)
