"""Workforce figures: the metrics, their months, 12-month rolling figures and RAG ratings.

The director's own figures are kept per month and per scope (the whole department, or one
team). Turnover and sickness days per FTE are 12-month rolling figures: when the data has
monthly leavers and days lost, they are worked out here from the last 12 months (a figure
typed or imported for the month itself wins). A RAG rating compares a figure with a
comparator, knowing which way is better for each metric: a high vacancy rate is bad, a high
appraisal completion rate is good.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence

from dass_desktop.domain.plan_terms import Rag
from dass_desktop.domain.workforce_terms import (
    AMBER_BAND,
    METRIC_BY_KEY,
    MIN_BASE_MONTHS,
    PLAUSIBLE_MAX,
    ROLLING,
    ROLLING_MONTHS,
    Direction,
    FigureRow,
    Metric,
    Point,
)


# --- months ------------------------------------------------------------------------------
def month_of(day: dt.date) -> dt.date:
    """The first day of the month containing ``day`` (the key every figure is stored by)."""
    return day.replace(day=1)


def add_months(month: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months after ``month`` (negative: before)."""
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def upper_limit(key: str) -> float:
    """The largest value a figure for the measure ``key`` may take."""
    item = METRIC_BY_KEY[key]
    if item.is_percent:
        return 100.0
    if key == "sickness_days":
        return 366.0
    return PLAUSIBLE_MAX.get(key, 1e12)


def check_value(item: Metric, value: float) -> str | None:
    """Why ``value`` cannot be a figure for ``item`` (a plain sentence), or None if it can."""
    if math.isnan(value) or math.isinf(value):
        return "is not a number"
    if value < 0:
        return f"{_plain(value)} is below zero; {item.label.lower()} cannot be negative"
    if item.is_percent and value > 100:
        return f"{_plain(value)}% is over 100%"
    if item.key == "sickness_days" and value > 366:
        return f"{_plain(value)} days is more than a year"
    if value > upper_limit(item.key):
        return f"{_plain(value)} is far larger than any real {item.label.lower()}"
    return None


def _plain(value: float) -> str:
    return f"{value:g}"


# --- the rules ---------------------------------------------------------------------------
def rag_against(item: Metric, value: float, comparator: float) -> Rag | None:
    """The RAG rating of ``value`` against ``comparator``.

    Green when ``value`` is as good as the comparator or better, amber when it is worse
    by up to :data:`AMBER_BAND` of the comparator, red beyond that; None for metrics where
    neither way is better.
    """
    if item.direction is Direction.NEUTRAL:
        return None
    better_by = value - comparator
    if item.direction is Direction.LOWER_IS_BETTER:
        better_by = -better_by
    if better_by >= -1e-9:
        return Rag.GREEN
    if -better_by <= AMBER_BAND * abs(comparator) + 1e-9:
        return Rag.AMBER
    return Rag.RED


def rolling_figure(
    flows: dict[dt.date, float], bases: dict[dt.date, float], end: dt.date, factor: float
) -> float | None:
    """The 12 months' flow ending with month ``end`` over the average base, times ``factor``.

    E.g. leavers over average headcount x 100 = turnover %. None unless every one of the 12
    months has a flow and at least :data:`MIN_BASE_MONTHS` have a base above zero.
    """
    months = [add_months(end, -n) for n in range(ROLLING_MONTHS)]
    if any(m not in flows for m in months):
        return None
    base_values = [bases[m] for m in months if m in bases and bases[m] > 0]
    if len(base_values) < MIN_BASE_MONTHS:
        return None
    average = sum(base_values) / len(base_values)
    return sum(flows[m] for m in months) / average * factor


def series(rows: Iterable[FigureRow], key: str) -> list[Point]:
    """The monthly series of metric ``key`` from one scope's stored figures, oldest first.

    For turnover and sickness days per FTE, months without a stored figure get one worked
    out from 12 months of leavers (or days lost) when the data allows.
    """
    by_metric: dict[str, dict[dt.date, FigureRow]] = {}
    for row in rows:
        by_metric.setdefault(row.metric, {})[row.period] = row
    points = {
        period: Point(period, row.value, row.source, False, row.period_label)
        for period, row in by_metric.get(key, {}).items()
    }
    if key in ROLLING:
        flow_key, base_key, factor = ROLLING[key]
        flows = {p: r.value for p, r in by_metric.get(flow_key, {}).items()}
        bases = {p: r.value for p, r in by_metric.get(base_key, {}).items()}
        base_name = METRIC_BY_KEY[base_key].label.lower()
        for month in sorted(flows):
            if month in points:
                continue
            value = rolling_figure(flows, bases, month, factor)
            if value is not None:
                flow_name = METRIC_BY_KEY[flow_key].label.lower().replace(" in the month", "")
                source = f"Worked out from 12 months of {flow_name} and {base_name}"
                points[month] = Point(month, value, source, True)
    return [points[p] for p in sorted(points)]


def latest(points: Sequence[Point]) -> Point | None:
    """The most recent point of a series."""
    return points[-1] if points else None


def year_before(points: Sequence[Point], point: Point) -> Point | None:
    """The point 12 months before ``point``, if the series has one."""
    target = add_months(point.period, -12)
    return next((p for p in points if p.period == target), None)


def change_words(item: Metric, now: float, then: float) -> str:
    """How a figure moved over a year, in words that say whether that is better or worse.

    In the figure's own unit (points for rates): ``▲ 0.4 worse``.
    """
    diff = now - then
    amount = f"{abs(diff):.1f}" if item.unit != "people" else f"{abs(diff):,.0f}"
    if abs(diff) < 0.05:
        return "No change"
    arrow = "▲" if diff > 0 else "▼"
    if item.direction is Direction.NEUTRAL:
        return f"{arrow} {amount}"
    better = (diff > 0) == (item.direction is Direction.HIGHER_IS_BETTER)
    return f"{arrow} {amount} {'better' if better else 'worse'}"
