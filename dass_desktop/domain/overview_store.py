"""Reading and changing the overview read model through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cached_property

from dass_desktop.domain import (
    comparator_family,
    coverage,
    engagement_store,
    overview_queries,
    plan_rules,
    plan_store,
    practice_store,
    scorecard,
    stakeholder_store,
    team_gap_store,
    team_rules,
    team_store,
    visit_queries,
    workforce_store,
)
from dass_desktop.domain.coverage import TeamCoverage, VisitDates
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.domain.narrative import Narrative, PlanKind, load_narrative
from dass_desktop.domain.overview_queries import Top
from dass_desktop.domain.overview_rules import status_sentence
from dass_desktop.domain.overview_terms import (
    ENGLAND,
    FAMILY,
    MOVED_BY,
    Movement,
    VisitFigures,
    VisitReach,
    WorkforceFigures,
)
from dass_desktop.domain.plan_terms import DUE_SOON_DAYS, PlanRow, Rag, Status, ThemeProgress
from dass_desktop.domain.practice_terms import PracticeRow
from dass_desktop.domain.profile import DirectorProfile, load_profile
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import DepartmentRollUp, NoteKind, NoteRow, TeamRow
from dass_desktop.domain.timeline import Phase, Progress
from dass_desktop.store import Store


def workforce_figures(store: Store) -> WorkforceFigures | None:
    """The department's scorecards and team compliance, or None with no figures."""
    department = next((s for s in workforce_store.list_scopes(store) if s.is_department), None)
    if department is None or not workforce_store.list_values(store, department.id):
        return None
    has_family = any(m.kind == "cipfa" for m in comparator_family.list_family(store))
    return WorkforceFigures(
        england=tuple(scorecard.scorecard(store, department.id, ENGLAND)),
        family=tuple(scorecard.scorecard(store, department.id, FAMILY)) if has_family else None,
        department_id=department.id,
    )


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

    @cached_property
    def lapsed_practices(self) -> list[PracticeRow]:
        """Practices whose cadence has passed without an entry, longest lapsed first."""
        return practice_store.lapsed_practices(self.store, self.start, self.today)

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
        """One line on where the plan stands, in words.

        Counted in SQL (the same counts as :meth:`progress`, :meth:`overdue` and
        :meth:`red_items` give; tests hold them equal), so it never reads the whole plan.
        """
        progress = overview_queries.overall(overview_queries.theme_progress(self.store, phases))
        if not progress.applicable:
            return status_sentence(progress, 0, 0)
        late = overview_queries.open_items_due(
            self.store, self.start, before=self.today, limit=0, phases=phases
        ).total
        return status_sentence(progress, late, overview_queries.open_red(self.store, phases))

    # the plan's first rows and counts, in SQL: for the front page, which lists a few
    def done_top(self, since: dt.date, until: dt.date, most: int) -> Top:
        """:meth:`done_between`'s count and its first ``most`` items."""
        return overview_queries.done_between(self.store, self.start, since, until, most)

    def slipped_top(self, since: dt.date, most: int) -> Top:
        """:meth:`slipped_since`'s count and its first ``most`` items."""
        return overview_queries.open_items_due(
            self.store, self.start, after=since, before=self.today, limit=most
        )

    def red_count(self, phases: Sequence[Phase] | None = None) -> int:
        """How many items :meth:`red_items` gives."""
        return overview_queries.open_red(self.store, phases)

    def due_ahead(self, most: int) -> list[PlanRow]:
        """The first ``most`` open items due from today on, soonest first and in the plan's
        order on the same day (the plan's items among its next milestones).
        """
        after = self.today - dt.timedelta(days=1)
        found = overview_queries.open_items_due(
            self.store, self.start, after=after, limit=most, plan_order=True
        )
        return list(found.rows)

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
        """The department's vacancy rate as a share (0.15 for 15%), printed once.

        The latest workforce figure where there is one, else the register's vacancies over
        establishment.
        """
        facts = self.workforce
        row = facts.against_family("vacancy_rate") if facts else None
        if row is not None and row.latest is not None:
            return row.latest.value / 100
        return self.rollup.vacancy_rate

    @cached_property
    def _notes(self) -> dict[int, list[NoteRow]]:
        return team_store.notes_by_team(self.store)

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
        """Follow-ups due in the next ``days`` (read alone unless the whole log is read)."""
        if "engagements" in self.__dict__:
            return coverage.follow_ups_due(self.engagements, self.today, days)
        horizon = self.today + dt.timedelta(days=days)
        due = engagement_store.list_engagements(
            self.store, follow_up_from=self.today, follow_up_to=horizon
        )
        return coverage.follow_ups_due(due, self.today, days)

    @cached_property
    def held_this_month(self) -> list[EngagementRow]:
        """Engagements held from the first of this month up to today, newest first."""
        first = self.today.replace(day=1)
        if "engagements" in self.__dict__:
            return coverage.held_this_month(self.engagements, self.today)
        return engagement_store.list_engagements(self.store, held_from=first, held_to=self.today)

    @cached_property
    def _visit_dates(self) -> dict[int, VisitDates]:
        return engagement_store.visit_dates(self.store, self.today)

    @cached_property
    def team_coverage(self) -> list[TeamCoverage]:
        """Every team's coverage (see :func:`coverage.team_coverage`), from one grouped query."""
        return coverage.coverage_from(self.teams, self._visit_dates, self.today)

    @cached_property
    def visit_reach(self) -> VisitReach:
        """Visits held, people met and teams reached (as in :attr:`visits`), counted alone."""
        first = self.start or visit_queries.first_held(self.store, self.today)
        return visit_queries.reach(self.store, first, self.today)

    @cached_property
    def visits(self) -> VisitFigures:
        """Visits held, booked, reach, themes and write-backs.

        Counted in SQL (:mod:`visit_queries`), so it costs the same whatever the log's
        length; the same figures :func:`overview_rules.visit_figures` adds up from the log.
        """
        first = self.start or visit_queries.first_held(self.store, self.today)
        return visit_queries.visit_figures(
            self.store, self.teams, self._visit_dates, first, self.today
        )

    def held_since(self, since: dt.date) -> list[EngagementRow]:
        """Engagements held after ``since`` and up to today."""
        return [e for e in self.engagements if since < e.occurred_on <= self.today]

    def held_since_counts(self, since: dt.date) -> tuple[int, int]:
        """How many engagements :meth:`held_since` gives, and how many teams they reached
        (counted in SQL, without reading the log).
        """
        return visit_queries.held_since(self.store, since, self.today)

    @cached_property
    def last_one_to_one(self) -> dt.date | None:
        """The last one-to-one with the chief executive before today.

        Meetings kept on the One-to-ones page are the record; only while there are none does
        the last logged engagement with the chief executive present stand in for one.
        """
        from dass_desktop.domain.meeting_store import list_meetings
        from dass_desktop.domain.meeting_terms import WithWhom

        held = [
            m.held_on
            for m in list_meetings(self.store)
            if m.held_on < self.today and m.with_whom is WithWhom.CHIEF_EXECUTIVE
        ]
        if held:
            return max(held)
        name = (self.profile.chief_executive_name if self.profile else "").strip().casefold()
        if not name:
            return None
        chief = {p.id for p in self.people if p.name.strip().casefold() == name}
        met = [
            e.occurred_on
            for e in self.engagements
            if e.occurred_on < self.today and chief & {p.id for p in e.people}
        ]
        return max(met + held, default=None)

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
        """Headlines whose latest figure moved since ``since``.

        A headline counts when it differs from the one known on ``since`` by at least
        :data:`MOVED_BY`.
        """
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

    @cached_property
    def team_compliance(self) -> list[scorecard.TeamCompliance]:
        """Each team's latest supervision and appraisal figures, teams by name (read only by
        the documents that print them).
        """
        return scorecard.compliance_by_team(self.store)

    def compliance_target(self) -> float:
        """The supervision target, or 90% when none is set."""
        return workforce_store.targets(self.store).get("supervision") or 90.0
