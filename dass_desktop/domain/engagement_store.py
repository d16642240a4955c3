"""Reading and changing the visit log through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, case, delete, func, select, update
from sqlalchemy.orm import Session

from dass_desktop.domain import overview_sql_contacts, plan_store
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.coverage import VisitDates
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.engagement_rules import validate_actions, validate_engagement
from dass_desktop.domain.engagement_terms import (
    ActionDraft,
    CleanEngagement,
    EngagementDraft,
    EngagementRow,
    LinkedAction,
    Named,
)
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import Status
from dass_desktop.store import Store
from dass_desktop.store.models import (
    Engagement,
    EngagementAction,
    EngagementParticipant,
    EngagementTeam,
    EngagementTheme,
    PlanItem,
    Stakeholder,
    Team,
)


def likely(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """``condition``, marked for SQLite's planner as true of most rows (see below)."""
    return func.likely(condition)


def list_engagements(
    store: Store,
    *,
    ids: Iterable[int] | None = None,
    stakeholder_id: int | None = None,
    team_id: int | None = None,
    held_from: dt.date | None = None,
    held_to: dt.date | None = None,
    follow_up_from: dt.date | None = None,
    follow_up_to: dt.date | None = None,
) -> list[EngagementRow]:
    """Engagements not deleted, newest first: all, or those matching every filter given.

    Filters: ``ids``; with a person or a team; held (``occurred_on``) or with a follow-up
    within a range of days (either end inclusive, either open). Five statements whatever
    the number of engagements: each linked table is read once, for all of them.
    """
    conditions: list[ColumnElement[bool]] = [likely(Engagement.deleted_at.is_(None))]
    if ids is not None:
        conditions.append(Engagement.id.in_(list(ids)))
    if stakeholder_id is not None:
        conditions.append(
            Engagement.id.in_(
                select(EngagementParticipant.engagement_id).where(
                    EngagementParticipant.stakeholder_id == stakeholder_id
                )
            )
        )
    if team_id is not None:
        conditions.append(
            Engagement.id.in_(
                select(EngagementTeam.engagement_id).where(EngagementTeam.team_id == team_id)
            )
        )
    for column, low, high in (
        (Engagement.occurred_on, held_from, held_to),
        (Engagement.follow_up_on, follow_up_from, follow_up_to),
    ):
        if low is not None:
            conditions.append(column >= low)
        if high is not None:
            conditions.append(column <= high)
    wanted = select(Engagement.id).where(*conditions)
    teams: dict[int, list[Named]] = {}
    people: dict[int, list[Named]] = {}
    themes: dict[int, list[str]] = {}
    actions: dict[int, list[LinkedAction]] = {}
    with store.read() as session:
        # Plain rows, not ORM objects: several times quicker to read, and only read here.
        found = list(session.execute(select(Engagement.__table__).where(*conditions)))
        if not found:
            return []
        # likely(): without statistics SQLite would take "deleted_at IS NULL" as narrow and
        # walk every team, person or item against the links, not the links of these rows.
        for engagement_id, team_key, name in session.execute(
            select(EngagementTeam.engagement_id, Team.id, Team.name)
            .join(Team, Team.id == EngagementTeam.team_id)
            .where(EngagementTeam.engagement_id.in_(wanted), likely(Team.deleted_at.is_(None)))
        ):
            teams.setdefault(engagement_id, []).append(Named(team_key, name))
        for engagement_id, person_key, name, role, organisation in session.execute(
            select(
                EngagementParticipant.engagement_id,
                Stakeholder.id,
                Stakeholder.name,
                Stakeholder.role,
                Stakeholder.organisation,
            )
            .join(Stakeholder, Stakeholder.id == EngagementParticipant.stakeholder_id)
            .where(
                EngagementParticipant.engagement_id.in_(wanted),
                likely(Stakeholder.deleted_at.is_(None)),
            )
        ):
            detail = ", ".join(p for p in (role, organisation) if p)
            people.setdefault(engagement_id, []).append(Named(person_key, name, detail))
        for engagement_id, theme in session.execute(
            select(EngagementTheme.engagement_id, EngagementTheme.theme).where(
                EngagementTheme.engagement_id.in_(wanted)
            )
        ):
            themes.setdefault(engagement_id, []).append(theme)
        for engagement_id, item in session.execute(
            select(EngagementAction.engagement_id, PlanItem)
            .join(PlanItem, PlanItem.id == EngagementAction.plan_item_id)
            .where(
                EngagementAction.engagement_id.in_(wanted), likely(PlanItem.deleted_at.is_(None))
            )
            .order_by(PlanItem.id)
        ):
            actions.setdefault(engagement_id, []).append(
                LinkedAction(
                    item.id,
                    item.title,
                    item.owner,
                    item.due_date,
                    Status(item.status),
                    item.completed_on,
                )
            )
    rows = [
        EngagementRow(
            id=e.id,
            occurred_on=e.occurred_on,
            starts_at=e.starts_at,
            kind=EngagementKind(e.kind),
            place=e.place,
            staff_count=e.staff_count,
            going_well=e.going_well,
            to_improve=e.to_improve,
            follow_up_on=e.follow_up_on,
            you_said_we_did=e.you_said_we_did,
            teams=tuple(sorted(teams.get(e.id, []), key=lambda n: n.name.casefold())),
            people=tuple(sorted(people.get(e.id, []), key=lambda n: n.name.casefold())),
            themes=tuple(sorted(themes.get(e.id, []), key=str.casefold)),
            actions=tuple(actions.get(e.id, [])),
        )
        for e in found
    ]
    return sorted(rows, key=lambda r: (r.occurred_on, r.starts_at or dt.time(), r.id), reverse=True)


def visit_dates(store: Store, today: dt.date) -> dict[int, VisitDates]:
    """Each visited or booked team's last visit, visits held and next booked, on ``today``.

    One grouped query (what :func:`coverage.visit_dates` works out from the whole log).
    """
    held = Engagement.occurred_on <= today
    query = (
        select(
            EngagementTeam.team_id,
            func.max(case((held, Engagement.occurred_on))),
            func.count(case((held, 1))),
            func.min(case((~held, Engagement.occurred_on))),
        )
        .join(Engagement, Engagement.id == EngagementTeam.engagement_id)
        .where(likely(Engagement.deleted_at.is_(None)))
        .group_by(EngagementTeam.team_id)
    )
    with store.read() as session:
        return {
            team_id: VisitDates(last, count, planned)
            for team_id, last, count, planned in session.execute(query)
        }


def visit_log(store: Store) -> list[EngagementRow]:
    """What ``list_engagements(store)`` gives, read through the store's plain connection
    (main thread only): about twice as quick for the whole log of a large council.
    """
    return overview_sql_contacts.engagement_rows(store.quick(), None)


def get_engagement(store: Store, engagement_id: int) -> EngagementRow | None:
    """One engagement (None if it does not exist or is deleted)."""
    found = list_engagements(store, ids=[engagement_id])
    return found[0] if found else None


# --- changing ----------------------------------------------------------------------------
def _check_links(session: Session, clean: CleanEngagement) -> None:
    if clean.team_ids:
        known = set(
            session.scalars(
                select(Team.id).where(Team.id.in_(clean.team_ids), Team.deleted_at.is_(None))
            )
        )
        if known != set(clean.team_ids):
            raise InvalidInput("teams", "One of the teams chosen has been deleted; choose again.")
    if clean.stakeholder_ids:
        known = set(
            session.scalars(
                select(Stakeholder.id).where(
                    Stakeholder.id.in_(clean.stakeholder_ids), Stakeholder.deleted_at.is_(None)
                )
            )
        )
        if known != set(clean.stakeholder_ids):
            raise InvalidInput("people", "One of the people chosen has been deleted; choose again.")


def _apply(engagement: Engagement, clean: CleanEngagement) -> None:
    engagement.occurred_on = clean.occurred_on
    engagement.starts_at = clean.starts_at
    engagement.kind = clean.kind.value
    engagement.place = clean.place
    engagement.staff_count = clean.staff_count
    engagement.going_well = clean.going_well
    engagement.to_improve = clean.to_improve
    engagement.follow_up_on = clean.follow_up_on
    engagement.you_said_we_did = clean.you_said_we_did


def _link(session: Session, engagement_id: int, clean: CleanEngagement) -> None:
    for table in (EngagementTeam, EngagementParticipant, EngagementTheme):
        session.execute(delete(table).where(table.engagement_id == engagement_id))
    session.add_all(EngagementTeam(engagement_id=engagement_id, team_id=t) for t in clean.team_ids)
    session.add_all(
        EngagementParticipant(engagement_id=engagement_id, stakeholder_id=s)
        for s in clean.stakeholder_ids
    )
    session.add_all(EngagementTheme(engagement_id=engagement_id, theme=t) for t in clean.themes)


def add_engagement(
    store: Store,
    draft: EngagementDraft,
    today: dt.date,
    actions: Sequence[ActionDraft] = (),
    start: dt.date | None = None,
) -> tuple[int, Changes]:
    """Log an engagement and put its actions in the plan; return its id.

    Everything is checked before anything is saved. Each action goes into the plan's
    "Actions arising" with ``engagement:<id>`` as its source and ``start`` (the director's
    start date) placing it in a phase.
    """
    clean = validate_engagement(draft, today)
    wanted = validate_actions(actions)
    # One transaction: the visit and every action it raised are saved together, or none.
    with store.transaction() as session:
        _check_links(session, clean)
        engagement = Engagement()
        _apply(engagement, clean)
        session.add(engagement)
        session.flush()
        engagement_id = engagement.id
        _link(session, engagement_id, clean)
        changes = Changes.of(Area.ENGAGEMENTS)
        if wanted:
            changes |= _add_actions(store, engagement_id, clean, wanted, start)
    return engagement_id, changes


def add_actions(
    store: Store,
    engagement_id: int,
    actions: Sequence[ActionDraft],
    today: dt.date,
    start: dt.date | None = None,
) -> Changes:
    """Put further actions arising from an engagement already logged into the plan."""
    wanted = validate_actions(actions)
    row = get_engagement(store, engagement_id)
    if row is None:
        raise InvalidInput("actions", "That visit is no longer in the log.")
    if not wanted:
        return Changes()
    with store.transaction():  # all the actions, or none
        return _add_actions(
            store, engagement_id, validate_engagement(row.draft(), today), wanted, start
        )


def _add_actions(
    store: Store,
    engagement_id: int,
    clean: CleanEngagement,
    actions: Sequence[ActionDraft],
    start: dt.date | None,
) -> Changes:
    where = f" at {clean.place}" if clean.place else ""
    findings = f"Arose from the {clean.kind.label.lower()} on {long_date(clean.occurred_on)}{where}"
    findings += f": “{clean.to_improve}”" if clean.to_improve else "."
    changes = Changes.of(Area.ENGAGEMENTS)
    for action in actions:
        item_id, added = plan_store.add_action(
            store,
            title=action.title,
            due_date=action.due_date,
            owner=action.owner,
            source=f"engagement:{engagement_id}",
            findings=findings,
            start=start,
        )
        with store.transaction() as session:
            session.add(EngagementAction(engagement_id=engagement_id, plan_item_id=item_id))
        changes |= added
    return changes


def update_engagement_and_add_actions(
    store: Store,
    engagement_id: int,
    draft: EngagementDraft,
    actions: Sequence[ActionDraft],
    today: dt.date,
    start: dt.date | None = None,
) -> Changes:
    """Save an edited engagement and the new actions it raised, in one transaction."""
    validate_actions(actions)
    with store.transaction():
        changes = update_engagement(store, engagement_id, draft, today)
        changes |= add_actions(store, engagement_id, actions, today, start)
    return changes


def update_engagement(
    store: Store, engagement_id: int, draft: EngagementDraft, today: dt.date
) -> Changes:
    """Change an engagement: its details, teams, people, themes and "you said, we did"."""
    clean = validate_engagement(draft, today)
    with store.transaction() as session:
        engagement = session.get(Engagement, engagement_id)
        if engagement is None or engagement.deleted_at is not None:
            raise InvalidInput("occurred_on", "That visit is no longer in the log.")
        _check_links(session, clean)
        _apply(engagement, clean)
        _link(session, engagement_id, clean)
    return Changes.of(Area.ENGAGEMENTS)


def delete_engagements(store: Store, ids: Sequence[int], now: dt.datetime) -> Changes:
    """Delete engagements (their plan actions stay in the plan); undo restores them whole."""
    with store.transaction() as session:
        session.execute(
            update(Engagement)
            .where(Engagement.id.in_(list(ids)), Engagement.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.ENGAGEMENTS)


def restore_engagements(store: Store, ids: Sequence[int]) -> Changes:
    """Undo the deletion of engagements."""
    with store.transaction() as session:
        session.execute(
            update(Engagement).where(Engagement.id.in_(list(ids))).values(deleted_at=None)
        )
    return Changes.of(Area.ENGAGEMENTS)


def action_ids(store: Store, engagement_id: int) -> set[int]:
    """The plan items put in the plan from an engagement (deleted ones too)."""
    with store.read() as session:
        return set(
            session.scalars(
                select(EngagementAction.plan_item_id).where(
                    EngagementAction.engagement_id == engagement_id
                )
            )
        )


def take_back_edit(
    store: Store,
    engagement_id: int,
    earlier: EngagementDraft,
    added: Iterable[int],
    today: dt.date,
    now: dt.datetime,
) -> Changes:
    """Undo an edit: the engagement as it was, without the actions the edit added.

    One transaction; the actions are deleted and unlinked from the engagement.
    """
    ids = list(added)
    with store.transaction() as session:
        changes = update_engagement(store, engagement_id, earlier, today)
        if ids:
            session.execute(delete(EngagementAction).where(EngagementAction.plan_item_id.in_(ids)))
            changes |= plan_store.delete_items(store, ids, now)
    return changes
