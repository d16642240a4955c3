"""Everything a printed plan says, gathered once from the domain functions.

With ``names=False`` the plan is for wider circulation: every named individual the app knows
(the director, the chief executive and every stakeholder in the contacts book) is replaced
by their role, wherever their name appears, including free text such as findings, owners
and "you said, we did" notes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dass_desktop.domain import engagements, plan, stakeholders, teams
from dass_desktop.domain.coverage import HeardSummary, heard_summary
from dass_desktop.domain.narrative import Narrative, PlanKind, load_narrative
from dass_desktop.domain.plan import PlanPhase, PlanRow, ThemeProgress
from dass_desktop.domain.profile import DirectorProfile, load_profile
from dass_desktop.domain.timeline import Progress
from dass_desktop.store import Store

DIRECTOR_ROLE = "Director of Adult Social Services"
CHIEF_ROLE = "Chief Executive"


def phases_of(kind: PlanKind) -> tuple[PlanPhase, ...]:
    """The phases a printed plan covers."""
    if kind is PlanKind.HUNDRED_DAY:
        return (PlanPhase.FIRST_30, PlanPhase.TO_DAY_100)
    return tuple(PlanPhase)


@dataclass(frozen=True)
class Redactor:
    """Replaces known names with roles (or does nothing when names are allowed)."""

    replacements: dict[str, str] = field(default_factory=dict)

    def __call__(self, text: str) -> str:
        """``text`` with every known name replaced by its role."""
        if not self.replacements or not text:
            return text
        names = sorted(self.replacements, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(n) for n in names if n.strip()), re.IGNORECASE)
        lookup = {n.casefold(): r for n, r in self.replacements.items()}
        return pattern.sub(lambda m: lookup[m.group(0).casefold()], text)

    def names(self) -> list[str]:
        """The names this redactor removes."""
        return list(self.replacements)


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
    heard: HeardSummary | None = None

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
    replacements: dict[str, str] = {}
    if not names and profile is not None:
        replacements[profile.director_name] = DIRECTOR_ROLE
        if profile.chief_executive_name:
            replacements[profile.chief_executive_name] = CHIEF_ROLE
    if not names:
        for person in stakeholders.list_stakeholders(store, today, start):
            replacements.setdefault(person.name, person.stands_for)
    narrative = load_narrative(store, kind)
    logged = engagements.list_engagements(store)
    first = start or min((e.occurred_on for e in logged), default=today)
    heard = heard_summary(logged, teams.list_teams(store), first, today)
    return ReportContext(
        kind, today, names, profile, rows, Redactor(replacements), narrative, heard
    )
