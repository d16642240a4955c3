"""Reading and changing comparator figures through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select

from dass_desktop.domain.benchmark_rules import reference_figures
from dass_desktop.domain.benchmark_terms import ENGLAND_CODE, REGION_CODES, ComparatorFigure
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.councils import all_councils
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.workforce_rules import check_value
from dass_desktop.domain.workforce_terms import metric
from dass_desktop.store import Store
from dass_desktop.store.models import ComparatorValue


# --- stored comparator figures -----------------------------------------------------------
def stored_figures(store: Store) -> list[ComparatorFigure]:
    """Comparator figures the director typed or imported."""
    regions = {c.code: c.region for c in all_councils()}
    with store.read() as session:
        rows = session.scalars(select(ComparatorValue).order_by(ComparatorValue.id)).all()
        return [
            ComparatorFigure(
                kind=r.kind,
                area_key=r.area_key,
                area_name=r.area_name,
                metric=r.metric,
                period_label=r.period_label,
                period_end=r.period_end,
                value=r.value,
                covers=r.covers,
                source=r.source,
                year=r.year,
                licence="",
                origin=r.source_kind,
                id=r.id,
                region=regions.get(r.area_key, r.area_name if r.kind == "region" else ""),
                rank=0,
            )
            for r in rows
        ]


def all_figures(store: Store) -> list[ComparatorFigure]:
    """The director's own comparator figures, then the published reference figures."""
    return [*stored_figures(store), *reference_figures()]


def _area_key(kind: str, area_name: str, area_code: str) -> str:
    """The key a typed figure is stored under: the area's code, else its name."""
    if kind == "england":
        return ENGLAND_CODE
    name = " ".join(area_name.split())
    return area_code or REGION_CODES.get(name, "") or name


def _same_figure(
    key: str, metric_key: str, period_end: dt.date, covers: str
) -> Select[ComparatorValue]:
    """The stored figure a new one for the same area, metric, period and coverage replaces."""
    return select(ComparatorValue).where(
        ComparatorValue.area_key == key,
        ComparatorValue.metric == metric_key,
        ComparatorValue.period_end == period_end.replace(day=1),
        ComparatorValue.covers == covers.strip()[:200],
    )


def find_comparator_value(
    store: Store,
    *,
    kind: str,
    area_name: str,
    metric_key: str,
    period_end: dt.date,
    covers: str,
    area_code: str = "",
) -> dict[str, object] | None:
    """All a figure held that :func:`add_comparator_value` with these details would replace."""
    key = _area_key(kind, area_name, area_code)
    with store.read() as session:
        row = session.scalar(_same_figure(key, metric_key, period_end, covers))
        if row is None:
            return None
        return {c.key: getattr(row, c.key) for c in ComparatorValue.__table__.columns}


def add_comparator_value(
    store: Store,
    *,
    kind: str,
    area_name: str,
    metric_key: str,
    period_label: str,
    period_end: dt.date,
    value: float,
    covers: str,
    source: str,
    year: int | None,
    area_code: str = "",
) -> tuple[int, Changes]:
    """Save a comparator figure the director typed.

    The same area, metric, period and coverage replaces the figure held before.
    """
    item = metric(metric_key)
    if kind not in ("england", "region", "council"):
        raise InvalidInput("kind", "Choose England, a region or a council.")
    name = " ".join(area_name.split())
    if kind == "england":
        name, area_code = "England", ENGLAND_CODE
    if not name:
        raise InvalidInput("area", "Say which region or council the figure is for.")
    problem = check_value(item, value)
    if problem is not None:
        raise InvalidInput("value", f"{item.label}: {problem}.")
    if not period_label.strip():
        raise InvalidInput("period", "Say which period the figure is for, e.g. 2024/25.")
    if not source.strip():
        raise InvalidInput("source", "Say where the figure comes from.")
    if year is not None and not 1990 <= year <= 2100:
        raise InvalidInput("year", "The year looks wrong; check it.")
    key = _area_key(kind, name, area_code)
    with store.transaction() as session:
        row = session.scalar(_same_figure(key, metric_key, period_end, covers))
        if row is None:
            row = ComparatorValue(
                area_key=key,
                metric=metric_key,
                period_end=period_end.replace(day=1),
                covers=covers.strip()[:200],
            )
            session.add(row)
        row.kind = kind
        row.area_name = name[:200]
        row.period_label = period_label.strip()[:40]
        row.value = float(value)
        row.source = source.strip()
        row.year = year
        row.source_kind = "typed"
        row.source_row = None
        session.flush()
        row_id = row.id
    return row_id, Changes.of(Area.WORKFORCE)


def delete_comparator_value(store: Store, value_id: int) -> Changes:
    """Remove a comparator figure the director typed or imported."""
    with store.transaction() as session:
        row = session.get(ComparatorValue, value_id)
        if row is not None:
            session.delete(row)
    return Changes.of(Area.WORKFORCE)


def take_comparator_value(store: Store, value_id: int) -> tuple[dict[str, object], Changes]:
    """Remove a comparator figure, returning all it held for :func:`put_back_comparator_value`."""
    with store.transaction() as session:
        row = session.get(ComparatorValue, value_id)
        if row is None:
            return {}, Changes()
        held = {c.key: getattr(row, c.key) for c in ComparatorValue.__table__.columns}
        session.delete(row)
    return held, Changes.of(Area.WORKFORCE)


def put_back_comparator_value(store: Store, held: dict[str, object]) -> Changes:
    """Undo :func:`take_comparator_value` or a replacement: the same figure, same id, back.

    Every column comes back as it was, over whatever the row with that id holds now.
    """
    with store.transaction() as session:
        session.merge(ComparatorValue(**held))
    return Changes.of(Area.WORKFORCE)
