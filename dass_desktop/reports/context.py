"""What one printed document is made of: the read model, the plan it is, and how names go.

Every figure comes from :class:`~dass_desktop.domain.overview.Overview`, the same read model
the dashboard shows, so a document cannot disagree with the app or with itself. With
``names=False`` the document is for wider circulation: ``redact`` replaces every person the
app knows by their role in all free text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from dass_desktop.domain.narrative import Narrative, PlanKind, Section
from dass_desktop.domain.overview_rules import phases_of
from dass_desktop.domain.overview_store import Overview
from dass_desktop.domain.plan_terms import PlanRow, ThemeProgress
from dass_desktop.domain.profile import DirectorProfile
from dass_desktop.domain.redaction_rules import Redactor
from dass_desktop.domain.redaction_store import redactor_for
from dass_desktop.domain.register_store import list_entries
from dass_desktop.domain.register_terms import EntryRow
from dass_desktop.domain.timeline import Phase, Progress
from dass_desktop.store import Store

DIRECTOR_ROLE = "Director of Adult Social Services"
CHIEF_ROLE = "Chief Executive"


@dataclass(frozen=True)
class ReportContext:
    """One document's facts: the read model, which plan, names or roles, appendix or not."""

    kind: PlanKind
    overview: Overview
    names: bool
    redact: Redactor
    title: str
    appendix: bool = False

    @property
    def today(self) -> dt.date:
        """The as-at date."""
        return self.overview.today

    @property
    def profile(self) -> DirectorProfile | None:
        """The director's profile."""
        return self.overview.profile

    @property
    def timeline(self) -> Progress | None:
        """Where the director is in the six months."""
        return self.overview.timeline

    @property
    def phases(self) -> tuple[Phase, ...]:
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
            return f"the {CHIEF_ROLE.lower()}"
        return self.profile.chief_executive_name

    @property
    def marking(self) -> str:
        """The protective marking for every page."""
        return self.profile.protective_marking if self.profile else "OFFICIAL-SENSITIVE"

    @cached_property
    def narrative(self) -> Narrative:
        """The director's own words for this plan."""
        return self.overview.narrative(self.kind)

    @cached_property
    def register(self) -> list[EntryRow]:
        """The risks, issues, decisions and asks register (empty until the director keeps one)."""
        return list_entries(self.overview.store)

    def words(self, section: Section) -> str:
        """A narrative section's text, names redacted."""
        return self.redact(self.narrative.text(section).strip())

    @property
    def plan_rows(self) -> list[PlanRow]:
        """Items in the phases this plan covers."""
        return self.overview.plan_rows(self.phases)

    @property
    def progress(self) -> ThemeProgress:
        """Progress over the items this plan covers."""
        return self.overview.progress(self.phases)

    @property
    def overdue(self) -> list[PlanRow]:
        """Overdue items this plan covers."""
        return self.overview.overdue(self.phases)

    @property
    def where_rest_is(self) -> str:
        """Where the full lists are: the appendix, or the working plan."""
        return "in the appendix" if self.appendix else "in the working plan (or print the appendix)"


def gather(
    store: Store,
    kind: PlanKind,
    today: dt.date,
    names: bool,
    *,
    title: str | None = None,
    appendix: bool = False,
) -> ReportContext:
    """Read what the document needs from the store."""
    overview = Overview(store, today)
    return ReportContext(
        kind=kind,
        overview=overview,
        names=names,
        redact=Redactor.identity() if names else redactor_for(store),
        title=title or kind.title,
        appendix=appendix,
    )
