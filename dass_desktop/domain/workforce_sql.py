"""The Workforce page's reads in plain SQL on :mod:`sqlite3`, without SQLAlchemy.

Each function gives exactly what its namesake in :mod:`workforce_store` gives (a test holds
them equal on the demo council at two sizes, deleted rows included). The page reads them
through the store's plain connection (:meth:`Store.quick`) once a refresh: compiling the
ORM's statements on the page's first open cost more than reading the rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from dass_desktop.domain.benchmark_terms import ComparatorFigure
from dass_desktop.domain.comparator_family import FamilyMember
from dass_desktop.domain.councils import all_councils
from dass_desktop.domain.diversity import DiversityEntry
from dass_desktop.domain.workforce_rules import series
from dass_desktop.domain.workforce_terms import METRICS, ROLLING, FigureRow, Point, Scope


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


def list_values(
    con: sqlite3.Connection, scope_id: int, metrics: Iterable[str] | None = None
) -> list[FigureRow]:
    """The stored figures of one scope, oldest first (see :func:`workforce_store.list_values`)."""
    query = (
        "SELECT id, scope_id, metric, period, period_label, value, source_kind, source_file,"
        " source_row FROM workforce_value WHERE workforce_value.scope_id = ?"
    )
    params: list[object] = [scope_id]
    if metrics is not None:
        wanted = list(metrics)
        query += f" AND workforce_value.metric IN ({', '.join('?' * len(wanted))})"
        params += wanted
    return [
        FigureRow(id_, scope, metric, dt.date.fromisoformat(period), *rest)
        for id_, scope, metric, period, *rest in con.execute(
            query + " ORDER BY workforce_value.period", params
        )
    ]


def load_series(con: sqlite3.Connection, scope_id: int, key: str) -> list[Point]:
    """The monthly series of ``key`` for one scope (see :func:`workforce_store.load_series`)."""
    needed = {key}
    if key in ROLLING:
        needed |= set(ROLLING[key][:2])
    return series(list_values(con, scope_id, needed), key)


def stored_figures(con: sqlite3.Connection) -> list[ComparatorFigure]:
    """Comparator figures the director typed or imported (see
    :func:`benchmark_store.stored_figures`).
    """
    regions = {c.code: c.region for c in all_councils()}
    found = con.execute(
        "SELECT id, kind, area_key, area_name, metric, period_label, period_end, value, covers,"
        " source, year, source_kind FROM comparator_value ORDER BY comparator_value.id"
    )
    return [
        ComparatorFigure(
            kind=kind,
            area_key=area_key,
            area_name=area_name,
            metric=metric,
            period_label=period_label,
            period_end=dt.date.fromisoformat(period_end),
            value=value,
            covers=covers,
            source=source,
            year=year,
            licence="",
            origin=source_kind,
            id=id_,
            region=regions.get(area_key, area_name if kind == "region" else ""),
            rank=0,
        )
        for (
            id_,
            kind,
            area_key,
            area_name,
            metric,
            period_label,
            period_end,
            value,
            covers,
            source,
            year,
            source_kind,
        ) in found
    ]


def list_family(con: sqlite3.Connection) -> list[FamilyMember]:
    """The director's comparator councils, CIPFA family first, in order (see
    :func:`comparator_family.list_family`).
    """
    regions = {c.code: c.region for c in all_councils()}
    found = con.execute(
        "SELECT id, council_code, name, kind, from_list_of, position FROM comparator_council"
        " ORDER BY comparator_council.kind, comparator_council.position, comparator_council.name"
    )
    return [
        FamilyMember(id_, code, name, kind, from_list_of, position, regions.get(code, ""))
        for id_, code, name, kind, from_list_of, position in found
    ]


def diversity_entries(con: sqlite3.Connection) -> list[DiversityEntry]:
    """Every stored diversity figure (see :func:`diversity.list_entries`)."""
    found = con.execute(
        "SELECT id, subject, dimension, group_key, as_of, percent, source FROM diversity_figure"
        " ORDER BY diversity_figure.id"
    )
    return [
        DiversityEntry(id_, subject, dimension, key, dt.date.fromisoformat(as_of), percent, text)
        for id_, subject, dimension, key, as_of, percent, text in found
    ]
