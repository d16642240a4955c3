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
import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.store import Store
from dass_desktop.store.models import Team, WorkforceScope, WorkforceTarget, WorkforceValue

DEPARTMENT = "Whole department"
# A figure up to this share worse than its comparator is amber; beyond it, red.
AMBER_BAND = 0.10
ROLLING_MONTHS = 12
# A rolling rate needs every month's leavers (or days lost) and at least this many months of
# the headcount (or FTE) it is divided by.
MIN_BASE_MONTHS = 6
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Direction(enum.Enum):
    """Which way is better for a metric."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class Metric:
    """One workforce measure: how it reads, its unit and which way is better."""

    key: str
    label: str
    unit: str  # "%", "days", "people" or "FTE"
    direction: Direction
    help: str
    headline: bool = True  # shown in the table of latest figures
    default_target: float | None = None

    @property
    def is_percent(self) -> bool:
        """True for rates and shares written as percentages."""
        return self.unit == "%"

    @property
    def is_count(self) -> bool:
        """True for counts of people, FTE or days (never negative, no upper limit)."""
        return not self.is_percent

    def format(self, value: float | None) -> str:
        """The value as the director reads it: ``12.5%``, ``10.4 days``, ``412``."""
        if value is None:
            return "—"
        if self.is_percent:
            return f"{value:.1f}%"
        if self.unit == "days":
            return f"{value:.1f} days"
        if self.unit == "FTE":
            return f"{value:,.1f} FTE"
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


METRICS: tuple[Metric, ...] = (
    Metric("headcount", "Headcount", "people", Direction.NEUTRAL, "People in post."),
    Metric("fte", "FTE in post", "FTE", Direction.NEUTRAL, "Full-time equivalent staff in post."),
    Metric(
        "vacancy_rate",
        "Vacancy rate",
        "%",
        Direction.LOWER_IS_BETTER,
        "Vacant posts as a share of the establishment.",
    ),
    Metric(
        "turnover_rate",
        "Turnover (12 months)",
        "%",
        Direction.LOWER_IS_BETTER,
        "Leavers in the last 12 months as a share of average headcount.",
    ),
    Metric(
        "sickness_days",
        "Sickness days per FTE (12 months)",
        "days",
        Direction.LOWER_IS_BETTER,
        "Working days lost to sickness in the last 12 months per FTE.",
    ),
    Metric(
        "absence_rate",
        "Sickness absence",
        "%",
        Direction.LOWER_IS_BETTER,
        "Working time lost to sickness as a share of time available.",
    ),
    Metric(
        "agency_rate",
        "Agency staff (% of FTE)",
        "%",
        Direction.LOWER_IS_BETTER,
        "Agency workers as a share of FTE.",
    ),
    Metric(
        "supervision",
        "Supervision in date",
        "%",
        Direction.HIGHER_IS_BETTER,
        "Staff whose supervision is up to date.",
        default_target=90.0,
    ),
    Metric(
        "appraisals",
        "Appraisals completed",
        "%",
        Direction.HIGHER_IS_BETTER,
        "Staff with an appraisal in the last 12 months.",
        default_target=90.0,
    ),
    Metric(
        "engagement_full",
        "Engagement (full staff survey)",
        "%",
        Direction.HIGHER_IS_BETTER,
        "Engagement score from the last full staff survey.",
    ),
    Metric(
        "engagement_snap",
        "Engagement (snap survey)",
        "%",
        Direction.HIGHER_IS_BETTER,
        "Engagement score from the last snap survey.",
    ),
    Metric(
        "leavers",
        "Leavers in the month",
        "people",
        Direction.NEUTRAL,
        "People who left in the month; with headcount, gives turnover.",
        headline=False,
    ),
    Metric(
        "days_lost",
        "Sickness days lost in the month",
        "days",
        Direction.NEUTRAL,
        "Working days lost to sickness in the month; with FTE, gives sickness days per FTE.",
        headline=False,
    ),
)
METRIC_BY_KEY = {m.key: m for m in METRICS}
HEADLINE_METRICS = tuple(m for m in METRICS if m.headline)
# Rolling figures: (monthly flow, base it is divided by, multiplier).
ROLLING = {
    "turnover_rate": ("leavers", "headcount", 100.0),
    "sickness_days": ("days_lost", "fte", 1.0),
}


def metric(key: str) -> Metric:
    """The metric called ``key``; :class:`InvalidInput` when there is none."""
    try:
        return METRIC_BY_KEY[key]
    except KeyError:
        raise InvalidInput("metric", f"There is no workforce measure called '{key}'.") from None


# --- months ------------------------------------------------------------------------------
def month_of(day: dt.date) -> dt.date:
    """The first day of the month containing ``day`` (the key every figure is stored by)."""
    return day.replace(day=1)


def add_months(month: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months after ``month`` (negative: before)."""
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def month_label(month: dt.date) -> str:
    """``Mar 2026``."""
    return f"{_MONTHS[month.month - 1]} {month.year}"


# The largest figure that is plausible for a count (a department, a region or England):
# anything larger is a typing or export error, refused rather than charted.
PLAUSIBLE_MAX = {
    "headcount": 2_000_000.0,
    "fte": 2_000_000.0,
    "leavers": 2_000_000.0,
    "days_lost": 500_000_000.0,
}


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


# --- rows --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Scope:
    """Whose figures: the whole department, or one team."""

    id: int
    kind: str
    name: str
    team_id: int | None

    @property
    def is_department(self) -> bool:
        """True for the whole department."""
        return self.kind == "department"


@dataclass(frozen=True)
class FigureRow:
    """One stored figure as plain values, with where it came from."""

    id: int
    scope_id: int
    metric: str
    period: dt.date
    period_label: str
    value: float
    source_kind: str
    source_file: str
    source_row: int | None

    @property
    def source(self) -> str:
        """``Typed in`` or ``figures.csv, line 12``."""
        if self.source_kind == "typed":
            return "Typed in"
        line = f", line {self.source_row}" if self.source_row else ""
        return f"{self.source_file}{line}"


@dataclass(frozen=True)
class Point:
    """One value of a metric's monthly series; ``derived`` when worked out, not stored."""

    period: dt.date
    value: float
    source: str
    derived: bool = False
    label: str = ""

    @property
    def period_text(self) -> str:
        """The period as the source named it, else ``Mar 2026``."""
        return self.label or month_label(self.period)


# --- the rules ---------------------------------------------------------------------------
def rag_against(item: Metric, value: float, comparator: float) -> Rag | None:
    """Green when ``value`` is as good as the comparator or better, amber when it is worse
    by up to :data:`AMBER_BAND` of the comparator, red beyond that; None for metrics where
    neither way is better."""
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
    """How a figure moved over a year (in the figure's own unit; points for rates), in words
    that say whether that is better or worse: ``▲ 0.4 worse``."""
    diff = now - then
    amount = f"{abs(diff):.1f}" if item.unit != "people" else f"{abs(diff):,.0f}"
    if abs(diff) < 0.05:
        return "No change"
    arrow = "▲" if diff > 0 else "▼"
    if item.direction is Direction.NEUTRAL:
        return f"{arrow} {amount}"
    better = (diff > 0) == (item.direction is Direction.HIGHER_IS_BETTER)
    return f"{arrow} {amount} {'better' if better else 'worse'}"


# --- reading -----------------------------------------------------------------------------
def list_scopes(store: Store) -> list[Scope]:
    """The whole department first, then teams by name."""
    with store.read() as session:
        rows = session.scalars(select(WorkforceScope)).all()
        scopes = [Scope(r.id, r.kind, r.name, r.team_id) for r in rows]
    return sorted(scopes, key=lambda s: (not s.is_department, s.name.casefold()))


def list_values(
    store: Store, scope_id: int, metrics: Iterable[str] | None = None
) -> list[FigureRow]:
    """The stored figures of one scope (optionally only some metrics), oldest first."""
    query = select(WorkforceValue).where(WorkforceValue.scope_id == scope_id)
    if metrics is not None:
        query = query.where(WorkforceValue.metric.in_(list(metrics)))
    with store.read() as session:
        return [_figure(v) for v in session.scalars(query.order_by(WorkforceValue.period))]


def list_all_values(store: Store, metrics: Iterable[str]) -> dict[int, list[FigureRow]]:
    """Figures of the given metrics for every scope, by scope id."""
    query = select(WorkforceValue).where(WorkforceValue.metric.in_(list(metrics)))
    found: dict[int, list[FigureRow]] = {}
    with store.read() as session:
        for value in session.scalars(query.order_by(WorkforceValue.period)):
            found.setdefault(value.scope_id, []).append(_figure(value))
    return found


def load_series(store: Store, scope_id: int, key: str) -> list[Point]:
    """The monthly series of ``key`` for one scope (see :func:`series`)."""
    needed = {key}
    if key in ROLLING:
        needed |= set(ROLLING[key][:2])
    return series(list_values(store, scope_id, needed), key)


def targets(store: Store) -> dict[str, float | None]:
    """Each metric's target: the director's own, else the default (90% for supervision
    and appraisals), else None."""
    found: dict[str, float | None] = {m.key: m.default_target for m in METRICS}
    with store.read() as session:
        for row in session.scalars(select(WorkforceTarget)):
            found[row.metric] = row.value
    return found


def _figure(v: WorkforceValue) -> FigureRow:
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
    """The id of the scope called ``name`` (None or the department's name: the department),
    created if new, and linked to the register's team of that name when there is one.
    ``session`` is an open transaction's session."""
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
