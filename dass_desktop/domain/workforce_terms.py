"""The words and row types of the workforce figures."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from dass_desktop.domain.errors import InvalidInput

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
