"""The Workforce page's shared reads in plain SQL on :mod:`sqlite3`, without SQLAlchemy.

Each function gives exactly what its namesake in :mod:`workforce_store` gives (a test holds
them equal on the demo council at two sizes, deleted rows included). The page reads them
through the store's plain connection (:meth:`Store.quick`) once a refresh: compiling the
ORM's statements on the page's first open cost more than reading the rows.
"""

from __future__ import annotations

import sqlite3

from dass_desktop.domain.workforce_terms import METRICS, Scope


def list_scopes(con: sqlite3.Connection) -> list[Scope]:
    """The whole department first, then teams by name (see :func:`workforce_store.list_scopes`)."""
    found = con.execute("SELECT id, kind, name, team_id FROM workforce_scope")
    scopes = [Scope(*row) for row in found]
    return sorted(scopes, key=lambda s: (not s.is_department, s.name.casefold()))


def targets(con: sqlite3.Connection) -> dict[str, float | None]:
    """Each metric's target (see :func:`workforce_store.targets`)."""
    found: dict[str, float | None] = {m.key: m.default_target for m in METRICS}
    for metric, value in con.execute("SELECT metric, value FROM workforce_target"):
        found[metric] = value
    return found
