"""The words and row types of the overview read model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dass_desktop.domain import (
    benchmark_terms,
    workforce_rules,
    workforce_store,
)
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.coverage import CoverageStatus, TeamCoverage, ThemeCount, WeekTally
from dass_desktop.domain.engagement_terms import EngagementRow, reach_sentence
from dass_desktop.domain.scorecard import ScorecardRow
from dass_desktop.store import Store

ENGLAND = benchmark_terms.ComparatorChoice("england", "England")


FAMILY = benchmark_terms.ComparatorChoice("family", "CIPFA family (median)")


#: The four workforce headlines on every front page, in the order printed.
HEADLINE_KEYS = ("vacancy_rate", "turnover_rate", "sickness_days", "supervision")


#: A workforce figure "moved" when it changed by at least this much (points or days).
MOVED_BY = 1.0


@dataclass(frozen=True)
class Risk:
    """A risk as the director wrote it: what, and optionally who owns it and which way it goes."""

    text: str
    owner: str = ""
    trend: str = ""


# --- visits ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class VisitFigures:
    """What the visit log adds up to on the day asked about."""

    first: dt.date
    held: int
    booked: int
    by_kind: dict[EngagementKind, int]
    people_met: int
    teams_reached: int
    teams_total: int
    coverage: tuple[TeamCoverage, ...]
    top_themes: tuple[ThemeCount, ...]
    you_said_we_did: tuple[EngagementRow, ...]
    weeks: tuple[WeekTally, ...]

    @property
    def not_visited(self) -> list[TeamCoverage]:
        """Teams with no visit on or before the day, in the register's order of urgency."""
        return [c for c in self.coverage if c.status is CoverageStatus.NOT_VISITED]

    @property
    def reach_sentence(self) -> str:
        """``11 of 13 teams (85%)``, or a sentence when there are no teams."""
        return reach_sentence(self.teams_reached, self.teams_total)


@dataclass(frozen=True)
class VisitReach:
    """The few visit figures the front page prints: the same as :class:`VisitFigures`'."""

    held: int
    people_met: int
    teams_reached: int
    teams_total: int

    @property
    def reach_sentence(self) -> str:
        """``11 of 13 teams (85%)``, or a sentence when there are no teams."""
        return reach_sentence(self.teams_reached, self.teams_total)


# --- workforce ------------------------------------------------------------------------------
@dataclass(frozen=True)
class WorkforceFigures:
    """The department's workforce figures against England and the CIPFA family."""

    england: tuple[ScorecardRow, ...]
    family: tuple[ScorecardRow, ...] | None
    department_id: int

    def against_family(self, key: str) -> ScorecardRow | None:
        """A measure's row against the CIPFA family (or England where no family is set)."""
        rows = self.family if self.family is not None else self.england
        return next((r for r in rows if r.metric.key == key), None)

    @property
    def headlines(self) -> list[ScorecardRow]:
        """The four headline measures, each against the family, where a figure exists."""
        found = [self.against_family(k) for k in HEADLINE_KEYS]
        return [r for r in found if r is not None and r.latest is not None]

    @property
    def comparator_label(self) -> str:
        """Who the headlines are compared with."""
        return "CIPFA family" if self.family is not None else "England"

    def value_on(self, store: Store, key: str, day: dt.date) -> float | None:
        """A department measure's latest figure for a month ending on or before ``day``."""
        points = [p for p in workforce_store.load_series(store, self.department_id, key)]
        earlier = [p for p in points if p.period <= day]
        return earlier[-1].value if earlier else None


@dataclass(frozen=True)
class Movement:
    """A workforce headline that moved since a day: from, to, and whether that is better."""

    row: ScorecardRow
    before: float

    @property
    def sentence(self) -> str:
        """``Vacancy rate 14.0% → 12.5% (better)``."""
        item = self.row.metric
        now = self.row.latest.value if self.row.latest else self.before
        words = workforce_rules.change_words(item, now, self.before)
        return f"{item.label}: {item.format(self.before)} → {item.format(now)} ({words})"
