"""The dashboard's aggregate queries: counts and the first few rows, worked out in SQL.

The dashboard is the first thing drawn, so it never reads a whole table: each figure is a
count, a grouped sum or the first :data:`SHOWN` rows of a list in the order it is shown,
so it costs the same with a month's data as with years'. The same rules as the printed
plans apply (see :mod:`plan_rules` and :mod:`coverage`); tests check the two agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session

from dass_desktop.domain import engagement_store, plan_store
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.coverage import CoverageStatus, TeamCoverage
from dass_desktop.domain.engagement_store import likely
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.domain.overview_queries_base import (
    BY_SEVERITY,
    theme_progress_rows,
    working_days_json,
)
from dass_desktop.domain.overview_queries_base import SHOWN as SHOWN
from dass_desktop.domain.overview_queries_base import Top as Top
from dass_desktop.domain.overview_queries_base import overall as overall
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status, ThemeProgress
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from dass_desktop.store.models import (
    Engagement,
    EngagementTeam,
    PlanItem,
    Team,
    Theme,
)

_OPEN = (Status.NOT_STARTED.value, Status.IN_PROGRESS.value)


def _due(start: dt.date | None, days: tuple[int, int]) -> ColumnElement[Any]:
    """An item's effective due date as ISO text (see :func:`plan_rules.due_on`).

    A date worked out from the plan day is looked up in a JSON object of the plan's days
    (``days`` gives the lowest and highest): one bound value, where a date calculation in
    SQL took a long expression that cost a fifth of a second to compile at every start.
    """
    if start is None:  # (SQLite's coalesce() needs two arguments at least)
        return PlanItem.due_date.expression
    offset = func.coalesce(
        PlanItem.day_offset,
        case(*((PlanItem.phase == p.value, p.last_day) for p in Phase), else_=0),
    )
    key = literal('$."') + cast(offset, String) + literal('"')
    worked_out = func.json_extract(literal(working_days_json(start, *days)), key)
    return func.coalesce(PlanItem.due_date, worked_out)


def _in_phases(phases: Sequence[Phase] | None) -> list[ColumnElement[bool]]:
    """The condition that an item is in ``phases`` (none when None: every phase)."""
    return [] if phases is None else [PlanItem.phase.in_([p.value for p in phases])]


def _day_range(session: Session) -> tuple[int, int]:
    """The lowest and highest plan day an item can fall due on, phases' last days included."""
    low, high = session.execute(
        select(func.min(PlanItem.day_offset), func.max(PlanItem.day_offset))
    ).one()
    ends = [p.last_day for p in Phase]
    return min(low if low is not None else 0, *ends), max(high if high is not None else 0, *ends)


def theme_progress(store: Store, phases: Sequence[Phase] | None = None) -> list[ThemeProgress]:
    """Each theme's progress over items in ``phases`` (None: all), in theme order (see
    :func:`plan_rules.progress_by_theme`).
    """
    task = PlanItem.kind != PRACTICE_KIND  # practices are kept up, never done
    is_open = and_(task, PlanItem.status.in_(_OPEN))
    severity = case(*((PlanItem.rag == r.value, r.severity) for r in Rag))
    query = (
        select(
            Theme.title,
            func.count(case((and_(task, PlanItem.status == Status.DONE.value), 1))),
            func.count(case((and_(task, PlanItem.status != Status.NOT_APPLICABLE.value), 1))),
            func.count(case((is_open, 1))),
            func.min(case((is_open, severity))),
            *(func.count(case((and_(is_open, PlanItem.rag == r.value), 1))) for r in BY_SEVERITY),
        )
        .join(PlanItem, PlanItem.theme_id == Theme.id)
        .where(likely(PlanItem.deleted_at.is_(None)), *_in_phases(phases))
        .group_by(Theme.id)
        .order_by(Theme.position, Theme.id)
    )
    with store.read() as session:
        return theme_progress_rows(session.execute(query))


def open_items_due(
    store: Store,
    start: dt.date | None,
    *,
    after: dt.date | None = None,
    before: dt.date | None = None,
    limit: int = SHOWN,
    phases: Sequence[Phase] | None = None,
    plan_order: bool = False,
) -> Top:
    """Open items in ``phases`` (None: all) due after ``after`` and before ``before`` (both
    exclusive), soonest first.

    Overdue items are those due before today; due soon, from today to the horizon. Items
    due the same day come in theme then item position (as :func:`plan_rules.overdue` sorts
    them), or with ``plan_order`` in the plan's own order (theme, then item).
    """
    with store.read() as session:
        due = _due(start, _day_range(session))
        conditions = [
            likely(PlanItem.deleted_at.is_(None)),
            PlanItem.status.in_(_OPEN),
            PlanItem.kind != PRACTICE_KIND,
            due.is_not(None),
            *_in_phases(phases),
        ]
        if after is not None:
            conditions.append(due > after)
        if before is not None:
            conditions.append(due < before)
        order = (due, Theme.position, PlanItem.position, Theme.id, PlanItem.id)
        if plan_order:
            order = (due, Theme.position, Theme.id, PlanItem.position, PlanItem.id)
        total = session.scalar(select(func.count()).select_from(PlanItem).where(*conditions))
        ids = list(
            session.scalars(
                select(PlanItem.id)
                .join(Theme, Theme.id == PlanItem.theme_id)
                .where(*conditions)
                .order_by(*order)
                .limit(limit)
            )
        )
    return Top(total or 0, _plan_rows(store, start, ids))


def _plan_rows(store: Store, start: dt.date | None, ids: list[int]) -> tuple[PlanRow, ...]:
    """The rows of items ``ids``, in that order (no statement for none)."""
    if not ids:
        return ()
    rows: dict[int, PlanRow] = {r.id: r for r in plan_store.list_items(store, start, ids)}
    return tuple(rows[i] for i in ids if i in rows)


def open_red(store: Store, phases: Sequence[Phase] | None = None) -> int:
    """How many open items in ``phases`` are rated red (see :meth:`Overview.red_items`)."""
    with store.read() as session:
        found = session.scalar(
            select(func.count())
            .select_from(PlanItem)
            .where(
                likely(PlanItem.deleted_at.is_(None)),
                PlanItem.status.in_(_OPEN),
                PlanItem.rag == Rag.RED.value,
                *_in_phases(phases),
            )
        )
    return found or 0


def done_between(
    store: Store, start: dt.date | None, since: dt.date, until: dt.date, limit: int = SHOWN
) -> Top:
    """Items completed after ``since`` and up to ``until``, most recent first (see
    :meth:`Overview.done_between`).
    """
    conditions = (
        likely(PlanItem.deleted_at.is_(None)),
        PlanItem.status == Status.DONE.value,
        PlanItem.completed_on > since,
        PlanItem.completed_on <= until,
    )
    with store.read() as session:
        total = session.scalar(select(func.count()).select_from(PlanItem).where(*conditions))
        ids = list(
            session.scalars(
                select(PlanItem.id)
                .where(*conditions)
                .order_by(PlanItem.completed_on.desc(), PlanItem.id.desc())
                .limit(limit)
            )
        )
    return Top(total or 0, _plan_rows(store, start, ids))


def kinds_held(store: Store, first: dt.date, last: dt.date) -> dict[EngagementKind, int]:
    """How many engagements of each kind were held from ``first`` to ``last``, kinds in order."""
    query = (
        select(Engagement.kind, func.count())
        .where(
            likely(Engagement.deleted_at.is_(None)),
            Engagement.occurred_on >= first,
            Engagement.occurred_on <= last,
        )
        .group_by(Engagement.kind)
    )
    with store.read() as session:
        counts = {EngagementKind(kind): n for kind, n in session.execute(query)}
    return {kind: counts[kind] for kind in EngagementKind if counts.get(kind)}


def follow_ups_due(store: Store, today: dt.date, days: int, limit: int = SHOWN) -> Top:
    """Engagements with a follow-up from today up to ``days`` ahead, soonest first."""
    horizon = today + dt.timedelta(days=days)
    window = and_(
        likely(Engagement.deleted_at.is_(None)),
        Engagement.follow_up_on >= today,
        Engagement.follow_up_on <= horizon,
    )
    with store.read() as session:
        total = session.scalar(select(func.count()).select_from(Engagement).where(window))
        ids = list(
            session.scalars(
                select(Engagement.id)
                .where(window)
                .order_by(Engagement.follow_up_on, Engagement.id)
                .limit(limit)
            )
        )
    found: dict[int, EngagementRow] = {
        e.id: e for e in engagement_store.list_engagements(store, ids=ids)
    }
    return Top(total or 0, tuple(found[i] for i in ids if i in found))


def teams_not_visited(store: Store, today: dt.date, limit: int = SHOWN) -> tuple[int, Top]:
    """How many teams there are, and those with no visit on or before ``today``, by name."""
    visited = (
        select(EngagementTeam.team_id)
        .join(Engagement, Engagement.id == EngagementTeam.engagement_id)
        .where(likely(Engagement.deleted_at.is_(None)), Engagement.occurred_on <= today)
    )
    live = likely(Team.deleted_at.is_(None))
    never = and_(live, Team.id.not_in(visited))
    with store.read() as session:
        teams = session.scalar(select(func.count()).select_from(Team).where(live)) or 0
        total = session.scalar(select(func.count()).select_from(Team).where(never)) or 0
        first = list(
            session.execute(
                select(Team.id, Team.name, Team.base)
                .where(never)
                .order_by(func.lower(Team.name), Team.id)
                .limit(limit)
            )
        )
        booked: dict[int, dt.date] = {
            team_id: day
            for team_id, day in session.execute(
                select(EngagementTeam.team_id, func.min(Engagement.occurred_on))
                .join(Engagement, Engagement.id == EngagementTeam.engagement_id)
                .where(
                    likely(Engagement.deleted_at.is_(None)),
                    Engagement.occurred_on > today,
                    EngagementTeam.team_id.in_([row.id for row in first]),
                )
                .group_by(EngagementTeam.team_id)
            )
        }
    rows = tuple(
        TeamCoverage(
            row.id, row.name, row.base, None, 0, booked.get(row.id), CoverageStatus.NOT_VISITED
        )
        for row in first
    )
    return teams, Top(total, rows)
