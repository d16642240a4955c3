"""Reading and changing the contacts book through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, update

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.contact_terms import Cadence, Category
from dass_desktop.domain.coverage import next_due
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.stakeholder_rules import split_tags, validate_stakeholder
from dass_desktop.domain.stakeholder_terms import CleanStakeholder, StakeholderDraft, StakeholderRow
from dass_desktop.store import Store
from dass_desktop.store.models import Engagement, EngagementParticipant, Stakeholder


def list_stakeholders(
    store: Store,
    today: dt.date,
    since: dt.date | None = None,
    ids: Iterable[int] | None = None,
) -> list[StakeholderRow]:
    """Every stakeholder not deleted (or just ``ids``), by name, with contact facts.

    ``today`` divides contact that has happened from contact that is planned; ``since``
    (the director's start date), or the day a person was added if later, dates the first
    contact due for people not yet met.
    """
    query = select(Stakeholder).where(Stakeholder.deleted_at.is_(None))
    if ids is not None:
        query = query.where(Stakeholder.id.in_(list(ids)))
    met = (
        select(
            EngagementParticipant.stakeholder_id,
            func.max(Engagement.occurred_on),
            func.count(),
        )
        .join(Engagement, Engagement.id == EngagementParticipant.engagement_id)
        .where(Engagement.deleted_at.is_(None), Engagement.occurred_on <= today)
        .group_by(EngagementParticipant.stakeholder_id)
    )
    planned = (
        select(EngagementParticipant.stakeholder_id, func.min(Engagement.occurred_on))
        .join(Engagement, Engagement.id == EngagementParticipant.engagement_id)
        .where(Engagement.deleted_at.is_(None), Engagement.occurred_on > today)
        .group_by(EngagementParticipant.stakeholder_id)
    )
    with store.read() as session:
        people = list(session.scalars(query))
        last = {sid: (day, n) for sid, day, n in session.execute(met)}
        ahead: dict[int, dt.date] = {sid: day for sid, day in session.execute(planned)}
    rows = []
    for person in people:
        last_contact, count = last.get(person.id, (None, 0))
        cadence = Cadence(person.cadence)
        added = person.created_at.date() if person.created_at is not None else None
        rows.append(
            StakeholderRow(
                id=person.id,
                name=person.name,
                role=person.role,
                organisation=person.organisation,
                category=Category(person.category),
                email=person.email,
                phone=person.phone,
                notes=person.notes,
                influence=person.influence,
                interest=person.interest,
                cadence=cadence,
                tags=split_tags(person.tags),
                last_contact=last_contact,
                contacts=count,
                next_planned=ahead.get(person.id),
                next_due=next_due(last_contact, cadence, since, added),
                added_on=added,
            )
        )
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))


def get_stakeholder(
    store: Store, stakeholder_id: int, today: dt.date, since: dt.date | None = None
) -> StakeholderRow | None:
    """One stakeholder (None if they do not exist or are deleted)."""
    found = list_stakeholders(store, today, since, [stakeholder_id])
    return found[0] if found else None


def _apply(person: Stakeholder, clean: CleanStakeholder) -> None:
    person.name = clean.name
    person.category = clean.category.value
    person.role = clean.role
    person.organisation = clean.organisation
    person.email = clean.email
    person.phone = clean.phone
    person.notes = clean.notes
    person.influence = clean.influence
    person.interest = clean.interest
    person.cadence = clean.cadence.value
    person.tags = ", ".join(clean.tags)


def add_stakeholder(store: Store, draft: StakeholderDraft, today: dt.date) -> tuple[int, Changes]:
    """Add a person to the contacts book on ``today``; return their id.

    ``today`` is the app's day (which ``--as-of`` can fix), kept as the day they were added:
    their first contact falls due a cadence after it (or after the start date, if later).
    """
    clean = validate_stakeholder(draft)
    with store.transaction() as session:
        person = Stakeholder(created_at=dt.datetime.combine(today, dt.time()))
        _apply(person, clean)
        session.add(person)
        session.flush()
        person_id = person.id
    return person_id, Changes.of(Area.CONTACTS)


def update_stakeholder(store: Store, stakeholder_id: int, draft: StakeholderDraft) -> Changes:
    """Change a person's details."""
    clean = validate_stakeholder(draft)
    with store.transaction() as session:
        person = session.get(Stakeholder, stakeholder_id)
        if person is None or person.deleted_at is not None:
            raise InvalidInput("name", "That person is no longer in your contacts.")
        _apply(person, clean)
    return Changes.of(Area.CONTACTS)


def delete_stakeholders(store: Store, ids: Sequence[int], now: dt.datetime) -> Changes:
    """Delete people; their place in past visits is kept so undo brings it all back."""
    with store.transaction() as session:
        session.execute(
            update(Stakeholder)
            .where(Stakeholder.id.in_(list(ids)), Stakeholder.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.CONTACTS, Area.ENGAGEMENTS)


def restore_stakeholders(store: Store, ids: Sequence[int]) -> Changes:
    """Undo the deletion of people."""
    with store.transaction() as session:
        session.execute(
            update(Stakeholder).where(Stakeholder.id.in_(list(ids))).values(deleted_at=None)
        )
    return Changes.of(Area.CONTACTS, Area.ENGAGEMENTS)


def known_organisations(store: Store) -> list[str]:
    """Organisations already typed, most used first, for the editor's suggestions."""
    with store.read() as session:
        rows = session.execute(
            select(Stakeholder.organisation, func.count())
            .where(Stakeholder.organisation != "", Stakeholder.deleted_at.is_(None))
            .group_by(Stakeholder.organisation)
            .order_by(func.count().desc(), Stakeholder.organisation)
        )
        return [name for name, _ in rows]


def known_tags(store: Store) -> list[str]:
    """Tags already used, for the editor's suggestions."""
    with store.read() as session:
        texts = session.scalars(select(Stakeholder.tags).where(Stakeholder.tags != ""))
        return sorted({t for text in texts for t in split_tags(text)}, key=str.casefold)
