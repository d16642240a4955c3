"""The full-text search index: its tables, and whether this SQLite can hold it at all.

The index is one FTS5 table, ``search_index``, built and kept in step by triggers that
revision 0010 creates (every write updates it in the same transaction). FTS5 keeps its
postings in shadow tables named after it; they are SQLite's business, so exports skip them
and an import rebuilds the index through the same triggers.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from dass_desktop.store.errors import EnvironmentProblem

INDEX_TABLE = "search_index"
SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
INDEX_TABLES = frozenset({INDEX_TABLE, *(INDEX_TABLE + s for s in SHADOW_SUFFIXES)})


class FullTextSearchMissing(EnvironmentProblem):
    """The Python running the app has an SQLite built without FTS5."""

    def __init__(self) -> None:
        super().__init__(
            "This copy of Python's SQLite has no full-text search (FTS5), which DASS Desktop "
            "needs; install Python from python.org, or the DASS Desktop installer, and try again."
        )


def is_index_table(name: str) -> bool:
    """True for the search index and its FTS5 shadow tables (never exported or compared to
    the models: the index is derived from the other tables).
    """
    return name in INDEX_TABLES


@cache
def _has_fts5(module_name: str) -> bool:
    module: object = sqlite3
    if module_name != "sqlite3":
        try:
            from sqlcipher3 import dbapi2
        except ImportError:
            return True  # nothing to check: protected files cannot be opened at all
        module = dbapi2
    con = module.connect(":memory:")  # type: ignore[attr-defined]
    try:
        con.execute("CREATE VIRTUAL TABLE temp.fts5_check USING fts5(a)")
        return True
    except Exception:
        return False
    finally:
        con.close()


def require_fts5(*, protected: bool = False) -> None:
    """Raise :class:`FullTextSearchMissing` unless SQLite has FTS5 and, for a file protected
    by a passphrase, SQLCipher has it too.

    SQLCipher is loaded only for a protected file: an open of a plain one does not pay for
    it (about 35 ms), nor fail for a fault in a driver it never uses.
    """
    if not _has_fts5("sqlite3") or (protected and not _has_fts5("sqlcipher3")):
        raise FullTextSearchMissing()
