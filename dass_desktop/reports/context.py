"""Everything a printed plan says, gathered once from the domain functions.

With ``names=False`` the plan is for wider circulation: ``ctx.redact`` (see
:mod:`dass_desktop.domain.redaction`) replaces every person the store has held by their role,
wherever their name appears, including free text such as findings, owners and "you said, we
did" notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dass_desktop.domain import engagements, plan, stakeholders, team_gaps, teams
from dass_desktop.domain.coverage import HeardSummary, heard_summary
from dass_desktop.domain.narrative import Narrative, PlanKind, load_narrative
from dass_desktop.domain.plan import PlanPhase, PlanRow, ThemeProgress
from dass_desktop.domain.profile import DirectorProfile, load_profile
from dass_desktop.domain.redaction import Redactor, redactor_for
from dass_desktop.domain.stakeholders import StakeholderRow
from dass_desktop.domain.team_gaps import GapRow
from dass_desktop.domain.team_terms import NoteKind
from dass_desktop.domain.teams import DepartmentRollUp, NoteRow, TeamRow
from dass_desktop.domain.timeline import Progress
from dass_desktop.store import Store

if TYPE_CHECKING:
    from dass_desktop.reports.workforce_section import WorkforceFacts

DIRECTOR_ROLE = "Director of Adult Social Services"
CHIEF_ROLE = "Chief Executive"


def phases_of(kind: PlanKind) -> tuple[PlanPhase, ...]:
    """The phases a printed plan covers."""
    if kind is PlanKind.HUNDRED_DAY:
        return (PlanPhase.FIRST_30, PlanPhase.TO_DAY_100)
    return tuple(PlanPhase)


@dataclass(frozen=True)
class ReportContext:
    """The facts one printed plan is made of."""

    kind: PlanKind
    today: dt.date
    names: bool
    profile: DirectorProfile | None
    rows: list[PlanRow]
    redact: Redactor
    narrative: Narrative
    teams: list[TeamRow] = field(default_factory=list)
    gaps: list[GapRow] = field(default_factory=list)
    notes: dict[int, list[NoteRow]] = field(default_factory=dict)
    workforce: WorkforceFacts | None = None
    heard: HeardSummary | None = None
    people: list[StakeholderRow] = field(default_factory=list)

    @property
    def rollup(self) -> DepartmentRollUp:
        """The department's totals across teams and its open gaps."""
        return teams.department_rollup(self.teams, self.gaps)

    def team_notes(self, team_id: int, kind: NoteKind) -> list[NoteRow]:
        """A team's strengths or areas for development, newest first."""
        found = [n for n in self.notes.get(team_id, []) if n.kind is kind]
        return sorted(found, key=lambda n: n.noted_on, reverse=True)

    @property
    def phases(self) -> tuple[PlanPhase, ...]:
        """The phases this plan covers."""
        return phases_of(self.kind)

    @property
    def council(self) -> str:
        """The council's name, or a neutral phrase before set-up."""
        return self.profile.council_name if self.profile else "Council not yet set"

    @property
    def director(self) -> str:
        """The director's name, or their role when names are left out."""
        if self.profile is None or not self.names:
            return DIRECTOR_ROLE
        return self.profile.director_name

    @property
    def chief_executive(self) -> str:
        """The chief executive's name, or the role."""
        if self.profile is None or not self.names or not self.profile.chief_executive_name:
            return f"the {CHIEF_ROLE}"
        return self.profile.chief_executive_name

    @property
    def marking(self) -> str:
        """The protective marking for every page."""
        return self.profile.protective_marking if self.profile else "OFFICIAL-SENSITIVE"

    @property
    def timeline(self) -> Progress | None:
        """Where the director is in the plan, if the start date is known."""
        return Progress(self.profile.start_date, self.today) if self.profile else None

    def rows_in(self, phase: PlanPhase) -> list[PlanRow]:
        """The plan's items in ``phase``."""
        return [r for r in self.rows if r.phase is phase]

    @property
    def plan_rows(self) -> list[PlanRow]:
        """Items in the phases this plan covers."""
        return [r for r in self.rows if r.phase in self.phases]

    @property
    def progress(self) -> ThemeProgress:
        """Progress over the items this plan covers."""
        return plan.progress_of("All", self.plan_rows)

    @property
    def overdue(self) -> list[PlanRow]:
        """Overdue items this plan covers."""
        return plan.overdue(self.plan_rows, self.today)


def gather(store: Store, kind: PlanKind, today: dt.date, names: bool) -> ReportContext:
    """Read what the plan needs from the store."""
    profile = load_profile(store)
    start = profile.start_date if profile else None
    rows = plan.list_items(store, start)
    people = stakeholders.list_stakeholders(store, today, start)
    team_rows = teams.list_teams(store)
    gaps = team_gaps.list_gaps(store, start=profile.start_date if profile else None)
    notes = {t.id: teams.list_notes(store, t.id) for t in team_rows}
    logged = engagements.list_engagements(store)
    first = start or min((e.occurred_on for e in logged), default=today)
    heard = heard_summary(logged, team_rows, first, today)
    from dass_desktop.reports.workforce_section import gather_workforce

    return ReportContext(
        kind=kind,
        today=today,
        names=names,
        profile=profile,
        rows=rows,
        redact=Redactor.identity() if names else redactor_for(store),
        narrative=load_narrative(store, kind),
        teams=team_rows,
        gaps=gaps,
        notes=notes,
        workforce=gather_workforce(store, kind),
        heard=heard,
        people=people,
    )
