"""Reading and changing the workforce figures through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, and_, func, literal, select, true, union_all
from sqlalchemy.orm import Session, aliased

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.workforce_rules import check_value, month_of, series
from dass_desktop.domain.workforce_terms import (
    DEPARTMENT,
    METRICS,
    ROLLING,
    FigureRow,
    Point,
    Scope,
    metric,
)
from dass_desktop.store import Store
from dass_desktop.store.models import Team, WorkforceScope, WorkforceTarget, WorkforceValue


# --- reading -----------------------------------------------------------------------------
def list_scopes(store: Store) -> list[Scope]:
    """The whole department first, then teams by name."""
    # Plain rows, not ORM objects: a council with a thousand teams reads several times quicker.
    query = select(
        WorkforceScope.id, WorkforceScope.kind, WorkforceScope.name, WorkforceScope.team_id
    )
    with store.read() as session:
        scopes = [Scope(*r) for r in session.execute(query)]
    return sorted(scopes, key=lambda s: (not s.is_department, s.name.casefold()))


def list_values(
    store: Store, scope_id: int, metrics: Iterable[str] | None = None
) -> list[FigureRow]:
    """The stored figures of one scope (optionally only some metrics), oldest first."""
    query = select(WorkforceValue).where(WorkforceValue.scope_id == scope_id)
    if metrics is not None:
        query = query.where(WorkforceValue.metric.in_(list(metrics)))
    with store.read() as session:
        return [figure_row(v) for v in session.scalars(query.order_by(WorkforceValue.period))]


def list_all_values(store: Store, metrics: Iterable[str]) -> dict[int, list[FigureRow]]:
    """Figures of the given metrics for every scope, by scope id."""
    query = select(WorkforceValue).where(WorkforceValue.metric.in_(list(metrics)))
    found: dict[int, list[FigureRow]] = {}
    with store.read() as session:
        for value in session.scalars(query.order_by(WorkforceValue.period)):
            found.setdefault(value.scope_id, []).append(figure_row(value))
    return found


def latest_values(store: Store, metrics: Iterable[str]) -> dict[int, list[FigureRow]]:
    """The latest figure of each of ``metrics`` for every scope, by scope id (one query).

    Only for metrics stored as they are (not worked out over 12 months): their latest
    point is their latest stored figure.
    """
    wanted = list(metrics)
    assert not set(wanted) & set(ROLLING)
    if not wanted:
        return {}
    # For each scope and metric, the newest month is found by a seek down the unique index
    # (scope, metric, period), not by grouping every stored figure: a council with a
    # thousand teams and years of figures reads in a few milliseconds.
    chosen = union_all(*(select(literal(m).label("metric")) for m in wanted)).subquery("chosen")
    held = aliased(WorkforceValue)
    newest = (
        select(func.max(held.period))
        .where(held.scope_id == WorkforceScope.id, held.metric == chosen.c.metric)
        .scalar_subquery()
    )
    query = (
        select(WorkforceValue.__table__)
        .select_from(WorkforceScope)
        .join(chosen, true())
        .join(
            WorkforceValue,
            and_(
                WorkforceValue.scope_id == WorkforceScope.id,
                WorkforceValue.metric == chosen.c.metric,
                WorkforceValue.period == newest,
            ),
        )
    )
    found: dict[int, list[FigureRow]] = {}
    with store.read() as session:
        for value in session.execute(query):  # plain rows: quicker than ORM objects
            found.setdefault(value.scope_id, []).append(figure_row(value))
    return found


def load_series(store: Store, scope_id: int, key: str) -> list[Point]:
    """The monthly series of ``key`` for one scope (see :func:`series`)."""
    needed = {key}
    if key in ROLLING:
        needed |= set(ROLLING[key][:2])
    return series(list_values(store, scope_id, needed), key)


def targets(store: Store) -> dict[str, float | None]:
    """Each metric's target.

    The director's own, else the default (90% for supervision and appraisals), else None.
    """
    found: dict[str, float | None] = {m.key: m.default_target for m in METRICS}
    with store.read() as session:
        for row in session.scalars(select(WorkforceTarget)):
            found[row.metric] = row.value
    return found


def find_value(store: Store, *, scope: str | None, key: str, period: dt.date) -> FigureRow | None:
    """The figure held for a scope (None: the department), metric and month, if any."""
    wanted = " ".join((scope or DEPARTMENT).split()).casefold()
    month = month_of(period)
    for found in list_scopes(store):
        if found.name.casefold() == wanted:
            held = [f for f in list_values(store, found.id, [key]) if f.period == month]
            return held[0] if held else None
    return None


def figure_row(v: WorkforceValue | Row[Any]) -> FigureRow:
    """A stored figure (an ORM object or a plain row of its table) as plain values."""
    return FigureRow(
        v.id,
        v.scope_id,
        v.metric,
        v.period,
        v.period_label,
        v.value,
        v.source_kind,
        v.source_file,
        v.source_row,
    )


# --- changing ----------------------------------------------------------------------------
def scope_id_for(session: Session, name: str | None) -> int:
    """The id of the scope called ``name``, created if new.

    None or the department's name means the department. A new scope is linked to the
    register's team of that name when there is one.
    ``session`` is an open transaction's session.
    """
    cleaned = " ".join((name or "").split())
    kind = "department" if not cleaned or cleaned.casefold() == DEPARTMENT.casefold() else "team"
    label = DEPARTMENT if kind == "department" else cleaned[:200]
    query = select(WorkforceScope).where(WorkforceScope.kind == kind)
    if kind == "team":
        query = query.where(WorkforceScope.name == label)
    found = session.scalar(query)
    if found is None:
        found = WorkforceScope(kind=kind, name=label)
        session.add(found)
    if kind == "team" and found.team_id is None:
        found.team_id = session.scalar(
            select(Team.id).where(
                func.lower(Team.name) == label.casefold(), Team.deleted_at.is_(None)
            )
        )
    session.flush()
    return found.id


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def scope_ids_for(session: Session, names: Iterable[str | None]) -> dict[str | None, int]:
    """:func:`scope_id_for` for many names at once, in a few statements however many.

    New scopes are added in the order of ``names``.
    """
    scopes: dict[tuple[str, str], WorkforceScope] = {}
    for scope in session.scalars(select(WorkforceScope).order_by(WorkforceScope.id)):
        key = (scope.kind, DEPARTMENT if scope.kind == "department" else scope.name)
        scopes.setdefault(key, scope)
    teams: dict[str, int] = {}
    live = select(Team.id, Team.name).where(Team.deleted_at.is_(None)).order_by(Team.id)
    for team_id, team_name in session.execute(live):
        teams.setdefault(team_name.translate(_ASCII_LOWER), team_id)  # as SQLite's lower()
    wanted: dict[str | None, WorkforceScope] = {}
    for name in names:
        cleaned = " ".join((name or "").split())
        department = not cleaned or cleaned.casefold() == DEPARTMENT.casefold()
        kind, label = ("department", DEPARTMENT) if department else ("team", cleaned[:200])
        found = scopes.get((kind, label))
        if found is None:
            found = scopes[(kind, label)] = WorkforceScope(kind=kind, name=label)
            session.add(found)
        if kind == "team" and found.team_id is None:
            found.team_id = teams.get(label.casefold())
        wanted[name] = found
    session.flush()
    return {name: scope.id for name, scope in wanted.items()}


def set_value(
    store: Store, *, scope: str | None, key: str, period: dt.date, value: float
) -> tuple[int, Changes]:
    """Save a figure typed by the director for a scope (None: the department) and month.

    A figure already held for that month is replaced. Raises :class:`InvalidInput` for an
    unknown metric or an impossible value; nothing is saved then.
    """
    item = metric(key)
    problem = check_value(item, value)
    if problem is not None:
        raise InvalidInput("value", f"{item.label}: {problem}.")
    if scope is not None and len(" ".join(scope.split())) > 200:
        raise InvalidInput("scope", "Keep team names under 200 characters.")
    month = month_of(period)
    with store.transaction() as session:
        scope_id = scope_id_for(session, scope)
        row = session.scalar(
            select(WorkforceValue).where(
                WorkforceValue.scope_id == scope_id,
                WorkforceValue.metric == key,
                WorkforceValue.period == month,
            )
        )
        if row is None:
            row = WorkforceValue(scope_id=scope_id, metric=key, period=month)
            session.add(row)
        row.value = float(value)
        row.period_label = ""
        row.source_kind = "typed"
        row.source_file = ""
        row.source_row = None
        session.flush()
        value_id = row.id
    return value_id, Changes.of(Area.WORKFORCE)


def delete_value(store: Store, value_id: int) -> Changes:
    """Remove one stored figure."""
    with store.transaction() as session:
        row = session.get(WorkforceValue, value_id)
        if row is not None:
            session.delete(row)
    return Changes.of(Area.WORKFORCE)


def put_back_value(store: Store, figure: FigureRow) -> tuple[int, Changes]:
    """Store ``figure`` again as it was (after a delete or a replacement); return its id.

    Whatever is held for its scope, metric and month is replaced.
    """
    with store.transaction() as session:
        row = session.scalar(
            select(WorkforceValue).where(
                WorkforceValue.scope_id == figure.scope_id,
                WorkforceValue.metric == figure.metric,
                WorkforceValue.period == figure.period,
            )
        )
        if row is None:
            row = WorkforceValue(
                scope_id=figure.scope_id, metric=figure.metric, period=figure.period
            )
            session.add(row)
        row.value = figure.value
        row.period_label = figure.period_label
        row.source_kind = figure.source_kind
        row.source_file = figure.source_file
        row.source_row = figure.source_row
        session.flush()
        value_id = row.id
    return value_id, Changes.of(Area.WORKFORCE)


def set_target(store: Store, key: str, value: float | None) -> Changes:
    """Set (or, with None, remove) the director's target for a metric."""
    item = metric(key)
    if value is not None:
        problem = check_value(item, value)
        if problem is not None:
            raise InvalidInput("target", f"Target for {item.label.lower()}: {problem}.")
    with store.transaction() as session:
        row = session.get(WorkforceTarget, key) or WorkforceTarget(metric=key)
        row.value = value
        session.add(row)
    return Changes.of(Area.WORKFORCE)
