"""The read model: every figure the dashboard, the printed plans and the briefing show.

A figure shown in two places must be the same figure, so it is worked out once, here, from
one reading of the store on one day. The dashboard, the PDFs and the one-to-one briefing ask
an :class:`Overview` rather than adding things up themselves.

Definitions that matter because they could be read two ways:

- **Visits held** are engagements on or before the day asked about; later ones are *booked*.
  Counts run from the director's start date (or the first entry in the log).
- **People met** counts distinct named people at engagements held, never attendances.
- **Staff in post, establishment and vacancies** come from the teams register; the
  workforce figures give rates over time (turnover, sickness, supervision...).
- **The last one-to-one** is the latest engagement before the day asked about at which the
  chief executive (the profile's chief executive, as a contact) was present; "what changed"
  runs from that day, or from the start date when there has been none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from dass_desktop.domain import (
    benchmarks,
    comparator_family,
    coverage,
    engagement_store,
    plan_rules,
    plan_store,
    scorecard,
    stakeholder_store,
    team_gap_store,
    team_rules,
    team_store,
    workforce_rules,
    workforce_store,
)
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.coverage import CoverageStatus, TeamCoverage, ThemeCount, WeekTally
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.domain.narrative import Narrative, PlanKind, load_narrative
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status, ThemeProgress
from dass_desktop.domain.profile import DirectorProfile, load_profile
from dass_desktop.domain.scorecard import ScorecardRow
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import DepartmentRollUp, NoteKind, NoteRow, TeamRow
from dass_desktop.domain.timeline import PLAN_PHASES, Phase, Progress
from dass_desktop.store import Store

ENGLAND = benchmarks.ComparatorChoice("england", "England")
FAMILY = benchmarks.ComparatorChoice("family", "CIPFA family (median)")
#: The four workforce headlines on every front page, in the order printed.
HEADLINE_KEYS = ("vacancy_rate", "turnover_rate", "sickness_days", "supervision")
#: A workforce figure "moved" when it changed by at least this much (points or days).
MOVED_BY = 1.0
DUE_SOON_DAYS = 14


def phases_of(kind: PlanKind) -> tuple[Phase, ...]:
    """The phases a printed plan covers."""
    if kind is PlanKind.HUNDRED_DAY:
        return (Phase.FIRST_30, Phase.TO_DAY_100)
    return PLAN_PHASES


# --- the director's lists, read from the narrative ----------------------------------------
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s*")


@dataclass(frozen=True)
class Risk:
    """A risk as the director wrote it: what, and optionally who owns it and which way it goes."""

    text: str
    owner: str = ""
    trend: str = ""


def listed(text: str) -> list[str]:
    """A narrative section as a list: one entry per line, bullets and numbers removed."""
    entries = (_BULLET.sub("", line).strip() for line in text.splitlines())
    return [e for e in entries if e]


def risks_from(text: str) -> list[Risk]:
    """Risks written one per line as ``what | owner | trend`` (owner and trend optional)."""
    found = []
    for entry in listed(text):
        parts = [p.strip() for p in entry.split("|")]
        found.append(Risk(parts[0], parts[1] if len(parts) > 1 else "", _trend(parts[2:])))
    return found


def _trend(parts: Sequence[str]) -> str:
    return parts[0].lower() if parts and parts[0] else ""


# --- visits ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class VisitFigures:
    """What the visit log adds up to on the day asked about."""

    first: dt.date
    held: int
    booked: int
    held_this_month: tuple[EngagementRow, ...]
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
        if not self.teams_total:
            return "No teams in the register yet"
        share = round(100 * self.teams_reached / self.teams_total)
        return f"{self.teams_reached} of {self.teams_total} teams ({share}%)"


def visit_figures(
    logged: Sequence[EngagementRow],
    team_rows: Sequence[TeamRow],
    first: dt.date,
    today: dt.date,
    top: int = 8,
) -> VisitFigures:
    """Visits held from ``first`` to ``today``, those booked after it, reach and themes."""
    held = coverage.held_between(logged, first, today)
    reached = {t.id for e in held for t in e.teams} & {t.id for t in team_rows}
    people = {p.id for e in held for p in e.people}
    return VisitFigures(
        first=first,
        held=len(held),
        booked=sum(1 for e in logged if e.is_planned(today)),
        held_this_month=tuple(coverage.held_this_month(logged, today)),
        by_kind=coverage.kind_counts(held),
        people_met=len(people),
        teams_reached=len(reached),
        teams_total=len(team_rows),
        coverage=tuple(coverage.team_coverage(team_rows, logged, today)),
        top_themes=tuple(coverage.theme_counts(held, first, today)[:top]),
        you_said_we_did=tuple(
            sorted((e for e in held if e.you_said_we_did), key=lambda e: e.occurred_on)
        ),
        weeks=tuple(coverage.visits_per_week(held, first, today)),
    )


# --- workforce ------------------------------------------------------------------------------
@dataclass(frozen=True)
class WorkforceFigures:
    """The department's workforce figures against England and the CIPFA family."""

    england: tuple[ScorecardRow, ...]
    family: tuple[ScorecardRow, ...] | None
    compliance: tuple[scorecard.TeamCompliance, ...]
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


def workforce_figures(store: Store) -> WorkforceFigures | None:
    """The department's scorecards and team compliance, or None with no figures."""
    department = next((s for s in workforce_store.list_scopes(store) if s.is_department), None)
    if department is None or not workforce_store.list_values(store, department.id):
        return None
    has_family = any(m.kind == "cipfa" for m in comparator_family.list_family(store))
    return WorkforceFigures(
        england=tuple(scorecard.scorecard(store, department.id, ENGLAND)),
        family=tuple(scorecard.scorecard(store, department.id, FAMILY)) if has_family else None,
        compliance=tuple(scorecard.compliance_by_team(store)),
        department_id=department.id,
    )


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


# --- the overview -----------------------------------------------------------------------------
class Overview:
    """Every figure the app prints or shows, read once from ``store`` for ``today``.

    Parts are read when first asked for, so a surface that shows only the plan pays only
    for the plan.
    """

    def __init__(self, store: Store, today: dt.date) -> None:
        self.store = store
        self.today = today

    # the director and the timeline
    @cached_property
    def profile(self) -> DirectorProfile | None:
        """The director's profile, or None before set-up."""
        return load_profile(self.store)

    @property
    def start(self) -> dt.date | None:
        """The director's first day, if known."""
        return self.profile.start_date if self.profile else None

    @property
    def timeline(self) -> Progress | None:
        """Where the director is in the six months, if the start date is known."""
        return Progress(self.profile.start_date, self.today) if self.profile else None

    # the plan
    @cached_property
    def rows(self) -> list[PlanRow]:
        """Every plan item, with due dates worked out."""
        return plan_store.list_items(self.store, self.start)

    def plan_rows(self, phases: Sequence[Phase] | None = None) -> list[PlanRow]:
        """Items in ``phases`` (all items when None)."""
        if phases is None:
            return self.rows
        return [r for r in self.rows if r.phase in phases]

    def progress(self, phases: Sequence[Phase] | None = None) -> ThemeProgress:
        """Done out of applicable items in ``phases``."""
        return plan_rules.progress_of("All", self.plan_rows(phases))

    def themes(self, phases: Sequence[Phase] | None = None) -> list[ThemeProgress]:
        """Progress by theme in ``phases``."""
        return plan_rules.progress_by_theme(self.plan_rows(phases))

    def overdue(self, phases: Sequence[Phase] | None = None) -> list[PlanRow]:
        """Open items in ``phases`` due before today, longest overdue first."""
        return plan_rules.overdue(self.plan_rows(phases), self.today)

    def due_soon(self, days: int = DUE_SOON_DAYS) -> list[PlanRow]:
        """Open items due from today up to ``days`` ahead, across the whole plan."""
        return plan_rules.due_soon(self.rows, self.today, days=days)

    def red_items(self, phases: Sequence[Phase] | None = None) -> list[PlanRow]:
        """Open items rated red."""
        return [r for r in self.plan_rows(phases) if r.status.is_open and r.rag is Rag.RED]

    def done_between(self, since: dt.date, until: dt.date) -> list[PlanRow]:
        """Items completed after ``since`` and up to ``until``, most recent first."""
        done = [
            r
            for r in self.rows
            if r.status is Status.DONE and r.completed_on and since < r.completed_on <= until
        ]
        return sorted(done, key=lambda r: (r.completed_on or until, r.id), reverse=True)

    def slipped_since(self, since: dt.date) -> list[PlanRow]:
        """Open items that fell due after ``since`` and before today: what slipped."""
        return [r for r in self.overdue() if r.due and r.due > since]

    def status_words(self, phases: Sequence[Phase] | None = None) -> str:
        """One line on where the plan stands, in words."""
        progress = self.progress(phases)
        if not progress.applicable:
            return "No plan items yet."
        late = len(self.overdue(phases))
        red = len(self.red_items(phases))
        if red == 0 and late == 0:
            state = "On track"
        elif red <= 2 and late <= 5:
            state = "Mostly on track"
        else:
            state = "Behind in places"
        details = [f"{progress.percent}% done ({progress.done} of {progress.applicable})"]
        details.append(f"{late} overdue" if late else "nothing overdue")
        if red:
            details.append(f"{red} rated red")
        return f"{state}: " + ", ".join(details) + "."

    # narrative
    def narrative(self, kind: PlanKind) -> Narrative:
        """The director's own words for a plan."""
        return load_narrative(self.store, kind)

    # teams and gaps
    @cached_property
    def teams(self) -> list[TeamRow]:
        """Teams in the register, by name."""
        return team_store.list_teams(self.store)

    @cached_property
    def gaps(self) -> list[GapRow]:
        """Gaps of live teams: open before closed, worst first."""
        return team_gap_store.list_gaps(self.store, start=self.start)

    @property
    def open_gaps(self) -> list[GapRow]:
        """Gaps still open, worst first."""
        return [g for g in self.gaps if g.status.is_open]

    @cached_property
    def rollup(self) -> DepartmentRollUp:
        """The register's totals: establishment, in post, vacancies, agency, open gaps."""
        return team_rules.department_rollup(self.teams, self.gaps)

    @property
    def department_vacancy_rate(self) -> float | None:
        """The department's vacancy rate as a share (0.15 for 15%), printed once: the latest
        workforce figure where there is one, else the register's vacancies over establishment."""
        facts = self.workforce
        row = facts.against_family("vacancy_rate") if facts else None
        if row is not None and row.latest is not None:
            return row.latest.value / 100
        return self.rollup.vacancy_rate

    @cached_property
    def _notes(self) -> dict[int, list[NoteRow]]:
        return {t.id: team_store.list_notes(self.store, t.id) for t in self.teams}

    def team_notes(self, team_id: int, kind: NoteKind) -> list[NoteRow]:
        """A team's strengths or areas for development, newest first."""
        return [n for n in self._notes.get(team_id, []) if n.kind is kind]

    # contacts and visits
    @cached_property
    def people(self) -> list[StakeholderRow]:
        """Stakeholders with their contact facts on the day."""
        return stakeholder_store.list_stakeholders(self.store, self.today, self.start)

    @property
    def contacts_overdue(self) -> list[StakeholderRow]:
        """People whose contact was due before today, longest overdue first."""
        return coverage.overdue_contacts(self.people, self.today)

    @cached_property
    def engagements(self) -> list[EngagementRow]:
        """Every engagement in the log."""
        return engagement_store.list_engagements(self.store)

    def follow_ups(self, days: int = DUE_SOON_DAYS) -> list[EngagementRow]:
        """Follow-ups due in the next ``days``."""
        return coverage.follow_ups_due(self.engagements, self.today, days)

    @cached_property
    def visits(self) -> VisitFigures:
        """Visits held, booked, reach, themes and write-backs."""
        first = self.start or min((e.occurred_on for e in self.engagements), default=self.today)
        return visit_figures(self.engagements, self.teams, first, self.today)

    def held_since(self, since: dt.date) -> list[EngagementRow]:
        """Engagements held after ``since`` and up to today."""
        return [e for e in self.engagements if since < e.occurred_on <= self.today]

    @cached_property
    def last_one_to_one(self) -> dt.date | None:
        """The last engagement before today with the chief executive present."""
        name = (self.profile.chief_executive_name if self.profile else "").strip().casefold()
        if not name:
            return None
        chief = {p.id for p in self.people if p.name.strip().casefold() == name}
        met = [
            e.occurred_on
            for e in self.engagements
            if e.occurred_on < self.today and chief & {p.id for p in e.people}
        ]
        return max(met, default=None)

    @property
    def since(self) -> dt.date:
        """The day "what changed" runs from: the last one-to-one, else the start date."""
        return self.last_one_to_one or self.start or self.today - dt.timedelta(days=30)

    @property
    def since_words(self) -> str:
        """Where "what changed" runs from, in words."""
        from dass_desktop.domain.dates import long_date

        if self.last_one_to_one:
            return f"since the last one-to-one on {long_date(self.last_one_to_one)}"
        if self.start:
            return f"since starting on {long_date(self.start)}"
        return f"since {long_date(self.since)}"

    # workforce
    @cached_property
    def workforce(self) -> WorkforceFigures | None:
        """The department's workforce figures, or None when none are entered."""
        return workforce_figures(self.store)

    def workforce_moves(self, since: dt.date) -> list[Movement]:
        """Headlines whose latest figure differs from the one known on ``since`` by at least
        :data:`MOVED_BY`."""
        facts = self.workforce
        if facts is None:
            return []
        moves = []
        for row in facts.headlines:
            before = facts.value_on(self.store, row.metric.key, since)
            if row.latest is None or before is None:
                continue
            if abs(row.latest.value - before) >= MOVED_BY:
                moves.append(Movement(row, before))
        return moves

    def compliance_target(self) -> float:
        """The supervision target, or 90% when none is set."""
        return workforce_store.targets(self.store).get("supervision") or 90.0
