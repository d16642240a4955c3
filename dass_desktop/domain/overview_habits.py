"""The dashboard's figures on habits kept up: lapsed practices and the celebrating card.

Like :mod:`overview_queries`, each is worked out in SQL (a latest date, a count, the few
rows shown), never by reading the practice log, the visits or the recognitions whole; tests
hold them equal to :mod:`practice_store` and :mod:`recognition_rules`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, func, literal, select

from dass_desktop.domain.engagement_store import likely
from dass_desktop.domain.overview_queries_base import Celebration as Celebration
from dass_desktop.domain.overview_queries_base import Lapsed as Lapsed
from dass_desktop.domain.plan_terms import Status
from dass_desktop.domain.practice_rules import next_by, state_of
from dass_desktop.domain.practice_terms import PRACTICE_KIND, Cadence, PracticeState
from dass_desktop.domain.recognition_terms import WhoKind
from dass_desktop.domain.timeline import date_of_day
from dass_desktop.domain.wellbeing_rules import FALLS
from dass_desktop.domain.wellbeing_terms import CheckInRow
from dass_desktop.domain.working_days import next_working_day
from dass_desktop.store import Store
from dass_desktop.store.models import (
    Engagement,
    PlanItem,
    PracticeLog,
    Recognition,
    Stakeholder,
    Team,
    Theme,
    WellbeingCheckIn,
)


def lapsed_practices(store: Store, start: dt.date | None, today: dt.date) -> list[Lapsed]:
    """Practices lapsed on ``today``, longest lapsed first (see :mod:`practice_store`).

    Each practice's last day comes from SQL: its latest hand-made entry up to today, or the
    latest engagement of a kind it counts that no such entry of its own already stands for.
    Neither the log nor the engagements are read row by row.
    """
    on_or_before = PracticeLog.practised_on <= today
    logged = (
        select(func.max(PracticeLog.practised_on))
        .where(PracticeLog.item_id == PlanItem.id, PracticeLog.deleted_at.is_(None), on_or_before)
        .scalar_subquery()
    )
    stands_for = exists().where(
        PracticeLog.item_id == PlanItem.id,
        PracticeLog.engagement_id == Engagement.id,
        PracticeLog.deleted_at.is_(None),
        on_or_before,
    )
    kinds = literal(",") + func.replace(PlanItem.counts_from, " ", "") + literal(",")
    counted = (
        select(func.max(Engagement.occurred_on))
        .where(
            likely(Engagement.deleted_at.is_(None)),
            Engagement.occurred_on <= today,
            func.instr(kinds, literal(",") + Engagement.kind + literal(",")) > 0,
            ~stands_for,
        )
        .scalar_subquery()
    )
    query = (
        select(PlanItem.id, PlanItem.title, PlanItem.cadence, PlanItem.day_offset, logged, counted)
        .join(Theme, PlanItem.theme_id == Theme.id)
        .where(
            PlanItem.kind == PRACTICE_KIND,
            PlanItem.deleted_at.is_(None),
            PlanItem.status != Status.NOT_APPLICABLE.value,
        )
        .order_by(Theme.position, Theme.id, PlanItem.position, PlanItem.id)
    )
    found = []
    with store.read() as session:
        for item_id, title, cadence_text, day_offset, hand, by_visit in session.execute(query):
            cadence = Cadence(cadence_text or "monthly")
            first_by = next_working_day(date_of_day(start, day_offset or 1)) if start else None
            last = max((d for d in (_as_date(hand), _as_date(by_visit)) if d), default=None)
            due = next_by(cadence, last, first_by)
            if due is not None and state_of(cadence, last, first_by, today) is PracticeState.LAPSED:
                found.append(Lapsed(item_id, title, due))
    return sorted(found, key=lambda p: p.next_by)


def _as_date(value: object) -> dt.date | None:
    """A date from a column SQL worked out (an aggregate's result comes back as ISO text)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def celebration(store: Store, today: dt.date) -> Celebration:
    """The latest thanks up to today, the teams never thanked and the last few check-ins.

    The log is never read whole: the latest recognition, and the teams and check-ins the
    rules look at, each come from one query.
    """
    team_name = select(Team.name).where(Team.id == Recognition.who_id).scalar_subquery()
    person_name = select(Stakeholder.name).where(Stakeholder.id == Recognition.who_id)
    latest = (
        select(Recognition.who_kind, Recognition.who_name, team_name, person_name.scalar_subquery())
        .add_columns(Recognition.given_on)
        # likely(): walk the date index backwards to the first row, not every live row.
        .where(likely(Recognition.deleted_at.is_(None)), Recognition.given_on <= today)
        .order_by(Recognition.given_on.desc(), Recognition.id.desc())
        .limit(1)
    )
    thanked = select(Recognition.who_id).where(
        likely(Recognition.deleted_at.is_(None)),
        Recognition.who_kind == WhoKind.TEAM.value,
        Recognition.who_id.is_not(None),
    )
    live = Team.deleted_at.is_(None)
    checkins = (
        select(WellbeingCheckIn)
        .where(WellbeingCheckIn.week_of <= today)
        .order_by(WellbeingCheckIn.week_of.desc())
        .limit(FALLS + 1)
    )
    with store.read() as session:
        last = session.execute(latest).first()
        teams = session.scalar(select(func.count()).select_from(Team).where(live)) or 0
        never = list(
            session.execute(select(Team.id, Team.name).where(live, Team.id.not_in(thanked)))
        )
        recent = tuple(
            CheckInRow(c.id, c.week_of, c.energy, c.workload, c.line)
            for c in session.scalars(checkins)
        )
    last_given = None
    if last is not None:
        kind, who_name, team, person, given_on = last
        named = (
            who_name
            if WhoKind(kind) is WhoKind.PERSON
            else (team if kind == WhoKind.TEAM.value else person)
        )
        last_given = (named or who_name, given_on)
    ordered = sorted(((i, n) for i, n in never), key=lambda t: (t[1].casefold(), t[0]))
    return Celebration(last_given, teams, tuple(ordered), recent)
