"""The visit log's figures for the printed plans and the briefing, worked out in SQL.

:func:`overview_rules.visit_figures` adds the figures up from the whole log read into
Python, which costs more the longer the director has been in post. Here each figure is a
count or a grouped count (by day and kind, by theme), so the number of statements, and
nearly all of the work, stays the same with years of visits as with a month's. Only the
list the documents print as a list ("you said, we did") is read as rows.
Tests hold these figures equal to the rules'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, func, select

from dass_desktop.domain import coverage, engagement_store
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.coverage import ThemeCount, VisitDates, WeekTally
from dass_desktop.domain.dates import week_start
from dass_desktop.domain.engagement_store import likely
from dass_desktop.domain.overview_terms import VisitFigures, VisitReach
from dass_desktop.domain.team_terms import TeamRow
from dass_desktop.store import Store
from dass_desktop.store.models import (
    Engagement,
    EngagementParticipant,
    EngagementTeam,
    EngagementTheme,
    Stakeholder,
    Team,
)


def _held(first: dt.date | None, last: dt.date) -> ColumnElement[bool]:
    """Engagements not deleted, held after ``first`` (inclusive; None: any) up to ``last``."""
    conditions = [likely(Engagement.deleted_at.is_(None)), Engagement.occurred_on <= last]
    if first is not None:
        conditions.append(Engagement.occurred_on >= first)
    return and_(*conditions)


def first_held(store: Store, today: dt.date) -> dt.date:
    """The first day in the log (today when it is empty): where counts run from with no
    start date.
    """
    with store.read() as session:
        found = session.scalar(
            select(func.min(Engagement.occurred_on)).where(likely(Engagement.deleted_at.is_(None)))
        )
    return found or today


def visit_figures(
    store: Store,
    teams: Sequence[TeamRow],
    dates: dict[int, VisitDates],
    first: dt.date,
    today: dt.date,
    top: int = 8,
) -> VisitFigures:
    """What :func:`overview_rules.visit_figures` adds up from the whole log, from counts.

    ``dates`` is :func:`engagement_store.visit_dates` on ``today`` (the Overview reads it once
    for its team coverage too).
    """
    held = _held(first, today)
    live_teams = {t.id for t in teams}
    with store.read() as session:
        by_day: list[tuple[dt.date, EngagementKind, int]] = [
            (day, EngagementKind(kind), n)
            for day, kind, n in session.execute(
                select(Engagement.occurred_on, Engagement.kind, func.count())
                .where(held)
                .group_by(Engagement.occurred_on, Engagement.kind)
            )
        ]
        booked = session.scalar(
            select(func.count())
            .select_from(Engagement)
            .where(likely(Engagement.deleted_at.is_(None)), Engagement.occurred_on > today)
        )
        people = session.scalar(
            select(func.count(func.distinct(EngagementParticipant.stakeholder_id)))
            .join(Engagement, Engagement.id == EngagementParticipant.engagement_id)
            .join(Stakeholder, Stakeholder.id == EngagementParticipant.stakeholder_id)
            .where(held, likely(Stakeholder.deleted_at.is_(None)))
        )
        reached = set(
            session.scalars(
                select(EngagementTeam.team_id)
                .join(Engagement, Engagement.id == EngagementTeam.engagement_id)
                .join(Team, Team.id == EngagementTeam.team_id)
                .where(held, likely(Team.deleted_at.is_(None)))
                .distinct()
            )
        )
        themes = list(
            session.execute(
                select(EngagementTheme.theme, func.count(func.distinct(Engagement.id)))
                .join(Engagement, Engagement.id == EngagementTheme.engagement_id)
                .where(held)
                .group_by(EngagementTheme.theme)
            )
        )
        said_ids = list(
            session.scalars(select(Engagement.id).where(held, Engagement.you_said_we_did != ""))
        )
    said = engagement_store.list_engagements(store, ids=said_ids) if said_ids else []
    return VisitFigures(
        first=first,
        held=sum(n for _, _, n in by_day),
        booked=booked or 0,
        by_kind=_by_kind(by_day),
        people_met=people or 0,
        teams_reached=len(reached & live_teams),
        teams_total=len(teams),
        coverage=tuple(coverage.coverage_from(teams, dates, today)),
        top_themes=tuple(
            ThemeCount(theme, n)
            for theme, n in sorted(themes, key=lambda kv: (-kv[1], kv[0].casefold()))[:top]
        ),
        you_said_we_did=tuple(sorted(said, key=lambda e: e.occurred_on)),
        weeks=tuple(_weeks(by_day, first, today)),
    )


def _by_kind(rows: Sequence[tuple[dt.date, EngagementKind, int]]) -> dict[EngagementKind, int]:
    """Counts by kind, in the kinds' own order, leaving out kinds with none."""
    counts: dict[EngagementKind, int] = {}
    for _, kind, n in rows:
        counts[kind] = counts.get(kind, 0) + n
    return {kind: counts[kind] for kind in EngagementKind if counts.get(kind)}


def _weeks(
    rows: Sequence[tuple[dt.date, EngagementKind, int]], first: dt.date, last: dt.date
) -> list[WeekTally]:
    """One tally per week from the week of ``first`` to the week of ``last``, empty weeks too."""
    by_week: dict[dt.date, list[tuple[dt.date, EngagementKind, int]]] = {}
    for row in rows:
        by_week.setdefault(week_start(row[0]), []).append(row)
    weeks = []
    monday = week_start(first)
    while monday <= last:
        weeks.append(WeekTally(monday, _by_kind(by_week.get(monday, []))))
        monday += dt.timedelta(days=7)
    return weeks


def reach(store: Store, first: dt.date, today: dt.date) -> VisitReach:
    """Visits held from ``first`` to ``today``, people met and live teams reached (what
    :func:`visit_figures` gives for them), without reading the teams register.
    """
    held = _held(first, today)
    with store.read() as session:
        count = session.scalar(select(func.count()).select_from(Engagement).where(held))
        people = session.scalar(
            select(func.count(func.distinct(EngagementParticipant.stakeholder_id)))
            .join(Engagement, Engagement.id == EngagementParticipant.engagement_id)
            .join(Stakeholder, Stakeholder.id == EngagementParticipant.stakeholder_id)
            .where(held, likely(Stakeholder.deleted_at.is_(None)))
        )
        reached = session.scalar(
            select(func.count(func.distinct(EngagementTeam.team_id)))
            .join(Engagement, Engagement.id == EngagementTeam.engagement_id)
            .join(Team, Team.id == EngagementTeam.team_id)
            .where(held, likely(Team.deleted_at.is_(None)))
        )
        teams = session.scalar(
            select(func.count()).select_from(Team).where(likely(Team.deleted_at.is_(None)))
        )
    return VisitReach(count or 0, people or 0, reached or 0, teams or 0)


def held_since(store: Store, since: dt.date, today: dt.date) -> tuple[int, int]:
    """Engagements held after ``since`` and up to ``today``, and the live teams they reached."""
    window = and_(
        likely(Engagement.deleted_at.is_(None)),
        Engagement.occurred_on > since,
        Engagement.occurred_on <= today,
    )
    with store.read() as session:
        held = session.scalar(select(func.count()).select_from(Engagement).where(window))
        teams = session.scalar(
            select(func.count(func.distinct(EngagementTeam.team_id)))
            .join(Engagement, Engagement.id == EngagementTeam.engagement_id)
            .join(Team, Team.id == EngagementTeam.team_id)
            .where(window, likely(Team.deleted_at.is_(None)))
        )
    return held or 0, teams or 0
