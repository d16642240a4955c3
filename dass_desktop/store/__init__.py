"""The director's database: SQLAlchemy models, opening, locking, backups and migrations.

Nothing here imports Qt. Open a data directory with :func:`open_store`; it takes the
single-app lock, checks the file, backs it up and migrates it before anything reads it.
"""

from dass_desktop.store.database import Store, open_store
from dass_desktop.store.errors import (
    DatabaseDamaged,
    DatabaseFromNewerRelease,
    DataDirectoryInUse,
    DiskFull,
    EnvironmentProblem,
    ReadOnlyData,
)

__all__ = [
    "DataDirectoryInUse",
    "DatabaseDamaged",
    "DatabaseFromNewerRelease",
    "DiskFull",
    "EnvironmentProblem",
    "ReadOnlyData",
    "Store",
    "open_store",
]
