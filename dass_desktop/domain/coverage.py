"""What the visit log adds up to: contact due and overdue, team coverage, themes heard.

Every figure here is worked out from engagements on the day asked about (``today`` is
always passed in), never stored: the stakeholders and visits pages, the dashboard, the
calendar export and the printed plans all call these functions.

- **Next contact due** is the last contact plus the person's cadence. Someone not met yet
  is due one cadence after the director's start date (``since``) or the day they were
  added to the contacts book, whichever is later, so a person added today is never overdue
  at once; with no cadence, never.
- **Overdue** means the due date is before today (due today is not yet overdue).
- **Team coverage**: a team is *not visited yet* with no engagement on or before today, *not
  recently* when the latest is more than 60 days old, otherwise *visited*.
- Engagements still to come (planned) count for none of these until their day.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from dass_desktop.domain.contact_terms import Cadence, EngagementKind
from dass_desktop.domain.dates import week_start

if TYPE_CHECKING:  # rows are only passed through here: the dashboard need not load them
    from dass_desktop.domain.engagement_terms import EngagementRow
    from dass_desktop.domain.stakeholder_terms import StakeholderRow
    from dass_desktop.domain.team_terms import TeamRow

RECENT_DAYS = 60


# --- contacts ----------------------------------------------------------------------------
def next_due(
    last: dt.date | None,
    cadence: Cadence,
    since: dt.date | None,
    added: dt.date | None = None,
) -> dt.date | None:
    """When contact is next due: ``last`` plus the cadence.

    Someone never met is due one cadence after ``since`` (the director's start date) or
    ``added`` (the day they were added to the contacts book), whichever is later; with no
    start date known, never.
    """
    if cadence is Cadence.NONE:
        return None
    if last is not None:
        return cadence.after(last)
    if since is None:
        return None
    return cadence.after(max(since, added) if added is not None else since)


def overdue_contacts(rows: Sequence[StakeholderRow], today: dt.date) -> list[StakeholderRow]:
    """People whose contact was due before ``today``, the longest overdue first."""
    late = [r for r in rows if r.is_overdue(today)]
    return sorted(late, key=lambda r: (r.next_due or today, -r.influence, r.name.casefold()))


def contacts_due_soon(
    rows: Sequence[StakeholderRow], today: dt.date, days: int = 14
) -> list[StakeholderRow]:
    """People due for contact from today up to ``days`` ahead, soonest first."""
    horizon = today + dt.timedelta(days=days)
    soon = [r for r in rows if r.next_due is not None and today <= r.next_due <= horizon]
    return sorted(soon, key=lambda r: (r.next_due or today, r.name.casefold()))


def describe_due(row: StakeholderRow, today: dt.date) -> str:
    """``3 weeks overdue``, ``due today``, ``due in 5 days``, ``no cadence`` and so on."""
    if row.next_due is None:
        return "no cadence" if row.cadence is Cadence.NONE else "not met yet"
    days = (row.next_due - today).days
    if days == 0:
        return "due today"
    if days > 0:
        return f"due in {_span(days)}"
    return f"{_span(-days)} overdue"


def _span(days: int) -> str:
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 63:
        return f"{days // 7} weeks"
    return f"{round(days / 30.4)} months"


# --- teams -------------------------------------------------------------------------------
class CoverageStatus(enum.Enum):
    """Whether a team has been visited, and lately."""

    NOT_VISITED = "not-visited"
    NOT_RECENT = "not-recent"
    VISITED = "visited"

    @property
    def label(self) -> str:
        """The status as the director reads it."""
        return {
            CoverageStatus.NOT_VISITED: "Not visited yet",
            CoverageStatus.NOT_RECENT: f"Not in the last {RECENT_DAYS} days",
            CoverageStatus.VISITED: "Visited",
        }[self]


@dataclass(frozen=True)
class TeamCoverage:
    """One team's contact with the director: when last, how often, and the next booked."""

    team_id: int
    name: str
    base: str
    last_visit: dt.date | None
    visits: int
    next_planned: dt.date | None
    status: CoverageStatus

    def days_since(self, today: dt.date) -> int | None:
        """Days since the last visit (None when never visited)."""
        return (today - self.last_visit).days if self.last_visit else None


@dataclass(frozen=True)
class VisitDates:
    """One team's visits on a day: the last held, how many held, the next booked."""

    last_held: dt.date | None
    held: int
    next_planned: dt.date | None


class CoveredTeam(Protocol):
    """What coverage needs of a team (a :class:`TeamRow` will do)."""

    @property
    def id(self) -> int:
        """The team's id."""

    @property
    def name(self) -> str:
        """The team's name."""

    @property
    def base(self) -> str:
        """Where the team is based."""


def visit_dates(engagements: Sequence[EngagementRow], today: dt.date) -> dict[int, VisitDates]:
    """Each visited or booked team's :class:`VisitDates`, by team id."""
    held: dict[int, list[dt.date]] = {}
    ahead: dict[int, list[dt.date]] = {}
    for engagement in engagements:
        target = ahead if engagement.is_planned(today) else held
        for linked in engagement.teams:
            target.setdefault(linked.id, []).append(engagement.occurred_on)
    return {
        team_id: VisitDates(
            max(held[team_id]) if team_id in held else None,
            len(held.get(team_id, [])),
            min(ahead[team_id]) if team_id in ahead else None,
        )
        for team_id in held.keys() | ahead.keys()
    }


def team_coverage(
    teams: Sequence[CoveredTeam],
    engagements: Sequence[EngagementRow],
    today: dt.date,
    recent_days: int = RECENT_DAYS,
) -> list[TeamCoverage]:
    """Every team's coverage: teams not visited yet first, then the longest unvisited."""
    return coverage_from(teams, visit_dates(engagements, today), today, recent_days)


def coverage_from(
    teams: Sequence[CoveredTeam],
    dates: Mapping[int, VisitDates],
    today: dt.date,
    recent_days: int = RECENT_DAYS,
) -> list[TeamCoverage]:
    """Every team's coverage from its visit dates (see :func:`team_coverage`)."""
    cut_off = today - dt.timedelta(days=recent_days)
    none = VisitDates(None, 0, None)
    out = []
    for team in teams:
        found = dates.get(team.id, none)
        last = found.last_held
        if last is None:
            status = CoverageStatus.NOT_VISITED
        elif last < cut_off:
            status = CoverageStatus.NOT_RECENT
        else:
            status = CoverageStatus.VISITED
        out.append(
            TeamCoverage(
                team.id, team.name, team.base, last, found.held, found.next_planned, status
            )
        )
    order = {CoverageStatus.NOT_VISITED: 0, CoverageStatus.NOT_RECENT: 1, CoverageStatus.VISITED: 2}
    return sorted(
        out, key=lambda c: (order[c.status], c.last_visit or dt.date.min, c.name.casefold())
    )


# --- themes and counts -------------------------------------------------------------------
@dataclass(frozen=True)
class ThemeCount:
    """How many engagements heard a theme in a period."""

    theme: str
    count: int


def held_between(
    engagements: Sequence[EngagementRow], first: dt.date, last: dt.date
) -> list[EngagementRow]:
    """Engagements held from ``first`` to ``last`` inclusive.

    Planned ones are left out by choosing ``last`` no later than today.
    """
    return [e for e in engagements if first <= e.occurred_on <= last]


def theme_counts(
    engagements: Sequence[EngagementRow], first: dt.date, last: dt.date
) -> list[ThemeCount]:
    """Themes heard from ``first`` to ``last``, most heard first (ties alphabetical)."""
    counts: Counter[str] = Counter()
    for engagement in held_between(engagements, first, last):
        counts.update(set(engagement.themes))
    return [
        ThemeCount(theme, n)
        for theme, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    ]


def kind_counts(engagements: Sequence[EngagementRow]) -> dict[EngagementKind, int]:
    """How many of each kind, in the kinds' own order, leaving out kinds with none."""
    counts = Counter(e.kind for e in engagements)
    return {kind: counts[kind] for kind in EngagementKind if counts[kind]}


@dataclass(frozen=True)
class WeekTally:
    """Engagements held in one week (from its Monday), by kind."""

    week: dt.date
    counts: dict[EngagementKind, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Engagements of every kind that week."""
        return sum(self.counts.values())


def visits_per_week(
    engagements: Sequence[EngagementRow], first: dt.date, last: dt.date
) -> list[WeekTally]:
    """One tally per week from the week of ``first`` to the week of ``last``, empty weeks too."""
    weeks: list[WeekTally] = []
    monday = week_start(first)
    held = held_between(engagements, first, last)
    while monday <= last:
        sunday = monday + dt.timedelta(days=6)
        weeks.append(WeekTally(monday, kind_counts(held_between(held, monday, sunday))))
        monday += dt.timedelta(days=7)
    return weeks


def follow_ups_due(
    engagements: Sequence[EngagementRow], today: dt.date, days: int = 14
) -> list[EngagementRow]:
    """Engagements with a follow-up from today up to ``days`` ahead, soonest first."""
    horizon = today + dt.timedelta(days=days)
    due = [e for e in engagements if e.follow_up_on and today <= e.follow_up_on <= horizon]
    return sorted(due, key=lambda e: (e.follow_up_on or today, e.id))


def held_this_month(engagements: Sequence[EngagementRow], today: dt.date) -> list[EngagementRow]:
    """Engagements held from the first of ``today``'s month up to today."""
    return held_between(engagements, today.replace(day=1), today)


@dataclass(frozen=True)
class HeardSummary:
    """What the visit log says over a period, for the printed plans."""

    first: dt.date
    held: int
    by_kind: dict[EngagementKind, int]
    staff_met: int
    teams_reached: int
    teams_total: int
    top_themes: list[ThemeCount]
    you_said_we_did: list[EngagementRow]
    not_visited: list[TeamCoverage]
    weeks: list[WeekTally]


def heard_summary(
    engagements: Sequence[EngagementRow],
    teams: Sequence[TeamRow],
    first: dt.date,
    today: dt.date,
    top: int = 8,
) -> HeardSummary:
    """Engagements held from ``first`` to ``today``: counts, reach, themes and write-backs."""
    held = held_between(engagements, first, today)
    reached = {t.id for e in held for t in e.teams} & {t.id for t in teams}
    coverage = team_coverage(teams, engagements, today)
    return HeardSummary(
        first=first,
        held=len(held),
        by_kind=kind_counts(held),
        staff_met=sum(e.staff_count or 0 for e in held),
        teams_reached=len(reached),
        teams_total=len(teams),
        top_themes=theme_counts(held, first, today)[:top],
        you_said_we_did=sorted((e for e in held if e.you_said_we_did), key=lambda e: e.occurred_on),
        not_visited=[c for c in coverage if c.status is CoverageStatus.NOT_VISITED],
        weeks=visits_per_week(held, first, today),
    )
