"""Reading and changing the risks, issues, decisions and asks register through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`. Links
are kept by kind and id; reading shows only links whose other end is not deleted, so a
link comes back when either end is deleted and restored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, select, update

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.register_rules import CleanEntry, draft_from_gap, validate_entry
from dass_desktop.domain.register_terms import (
    Category,
    EntryDraft,
    EntryKind,
    EntryRow,
    Link,
    LinkKind,
)
from dass_desktop.domain.team_gap_store import get_gap
from dass_desktop.store import Store
from dass_desktop.store.models import (
    PlanItem,
    RegisterEntry,
    RegisterLink,
    Stakeholder,
    Team,
    TeamGap,
)
from dass_desktop.store.models.base import Base

_TARGETS: dict[LinkKind, type[Base]] = {
    LinkKind.PLAN_ITEM: PlanItem,
    LinkKind.GAP: TeamGap,
    LinkKind.TEAM: Team,
    LinkKind.CONTACT: Stakeholder,
}


def _apply(entry: RegisterEntry, clean: CleanEntry) -> None:
    entry.kind = clean.kind.value
    entry.title = clean.title
    entry.category = clean.category.value
    entry.likelihood = clean.likelihood
    entry.impact = clean.impact
    entry.owner = clean.owner
    entry.mitigation = clean.mitigation
    entry.review_on = clean.review_on
    entry.needs_decision = clean.needs_decision
    entry.is_ask = clean.is_ask


def _target_name(target: object) -> str:
    for attr in ("title", "name", "description", "role"):
        value = getattr(target, attr, None)
        if isinstance(value, str) and value:
            return value.splitlines()[0][:80]
    return ""


# --- reading -----------------------------------------------------------------------------
def list_entries(store: Store, ids: Iterable[int] | None = None) -> list[EntryRow]:
    """Entries not deleted (or just ``ids``), each with its live links, by id."""
    query = select(RegisterEntry).where(RegisterEntry.deleted_at.is_(None))
    if ids is not None:
        query = query.where(RegisterEntry.id.in_(list(ids)))
    with store.read() as session:
        entries = list(session.scalars(query.order_by(RegisterEntry.id)))
        links: dict[int, list[Link]] = {}
        for link in session.scalars(select(RegisterLink).order_by(RegisterLink.id)):
            kind = LinkKind(link.target_kind)
            target = session.get(_TARGETS[kind], link.target_id)
            if target is None or getattr(target, "deleted_at", None) is not None:
                continue
            links.setdefault(link.entry_id, []).append(
                Link(kind, link.target_id, _target_name(target))
            )
        return [_row(e, tuple(links.get(e.id, ()))) for e in entries]


def get_entry(store: Store, entry_id: int) -> EntryRow | None:
    """One entry (None when deleted)."""
    found = list_entries(store, ids=[entry_id])
    return found[0] if found else None


def entries_linked_to(store: Store, kind: LinkKind, target_id: int) -> list[EntryRow]:
    """Live entries linked to one plan item, gap, team or contact."""
    return [
        e
        for e in list_entries(store)
        if any(lk.kind is kind and lk.target_id == target_id for lk in e.links)
    ]


def _row(entry: RegisterEntry, links: tuple[Link, ...]) -> EntryRow:
    return EntryRow(
        id=entry.id,
        kind=EntryKind(entry.kind),
        title=entry.title,
        category=Category(entry.category),
        likelihood=entry.likelihood,
        impact=entry.impact,
        previous_score=entry.previous_score,
        owner=entry.owner,
        mitigation=entry.mitigation,
        review_on=entry.review_on,
        needs_decision=entry.needs_decision,
        is_ask=entry.is_ask,
        raised_on=entry.raised_on,
        source=entry.source,
        links=links,
    )


# --- changing ----------------------------------------------------------------------------
def add_entry(
    store: Store, draft: EntryDraft, today: dt.date, source: str = ""
) -> tuple[int, Changes]:
    """Record a risk, issue, decision or ask; return its id."""
    clean = validate_entry(draft)
    with store.transaction() as session:
        entry = RegisterEntry(raised_on=today, source=source)
        _apply(entry, clean)
        session.add(entry)
        session.flush()
        entry_id = entry.id
    return entry_id, Changes.of(Area.REGISTER)


def update_entry(store: Store, entry_id: int, draft: EntryDraft) -> Changes:
    """Replace an entry's details (its score at the last review is kept)."""
    clean = validate_entry(draft)
    with store.transaction() as session:
        entry = session.get(RegisterEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise InvalidInput("entry", "That entry no longer exists.")
        _apply(entry, clean)
    return Changes.of(Area.REGISTER)


def review_entry(
    store: Store, entry_id: int, likelihood: int, impact: int, next_review: dt.date | None
) -> Changes:
    """Record a review: the score before it is kept, so the trend shows the movement."""
    with store.transaction() as session:
        entry = session.get(RegisterEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise InvalidInput("entry", "That entry no longer exists.")
        draft = EntryDraft(
            title=entry.title,
            category=entry.category,
            kind=entry.kind,
            likelihood=likelihood,
            impact=impact,
        )
        validate_entry(draft)
        entry.previous_score = entry.likelihood * entry.impact
        entry.likelihood = likelihood
        entry.impact = impact
        entry.review_on = next_review
    return Changes.of(Area.REGISTER)


def restore_review(store: Store, before: EntryRow) -> Changes:
    """Put an entry's score, its score at the last review and its review date back."""
    with store.transaction() as session:
        entry = session.get(RegisterEntry, before.id)
        if entry is None or entry.deleted_at is not None:
            raise InvalidInput("entry", "That entry no longer exists.")
        entry.likelihood = before.likelihood
        entry.impact = before.impact
        entry.previous_score = before.previous_score
        entry.review_on = before.review_on
    return Changes.of(Area.REGISTER)


def delete_entry(store: Store, entry_id: int, now: dt.datetime) -> Changes:
    """Delete an entry so that :func:`restore_entry` brings it back with its links."""
    with store.transaction() as session:
        session.execute(
            update(RegisterEntry)
            .where(RegisterEntry.id == entry_id, RegisterEntry.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.REGISTER)


def restore_entry(store: Store, entry_id: int) -> Changes:
    """Undo the deletion of an entry."""
    with store.transaction() as session:
        session.execute(
            update(RegisterEntry).where(RegisterEntry.id == entry_id).values(deleted_at=None)
        )
    return Changes.of(Area.REGISTER)


def link(store: Store, entry_id: int, kind: LinkKind, target_id: int) -> Changes:
    """Link an entry to a plan item, gap, team or contact (once)."""
    with store.transaction() as session:
        if session.get(RegisterEntry, entry_id) is None:
            raise InvalidInput("entry", "That entry no longer exists.")
        target = session.get(_TARGETS[kind], target_id)
        if target is None or getattr(target, "deleted_at", None) is not None:
            raise InvalidInput("link", "That item no longer exists.")
        exists = session.scalar(
            select(RegisterLink.id).where(
                RegisterLink.entry_id == entry_id,
                RegisterLink.target_kind == kind.value,
                RegisterLink.target_id == target_id,
            )
        )
        if exists is None:
            session.add(
                RegisterLink(entry_id=entry_id, target_kind=kind.value, target_id=target_id)
            )
    return Changes.of(Area.REGISTER)


def unlink(store: Store, entry_id: int, kind: LinkKind, target_id: int) -> Changes:
    """Remove a link."""
    with store.transaction() as session:
        session.execute(
            delete(RegisterLink).where(
                RegisterLink.entry_id == entry_id,
                RegisterLink.target_kind == kind.value,
                RegisterLink.target_id == target_id,
            )
        )
    return Changes.of(Area.REGISTER)


def gap_to_risk(store: Store, gap_id: int, today: dt.date) -> tuple[int, Changes]:
    """Raise a team's gap as a workforce risk in one step, linked to the gap and its team.

    When the gap was raised already (and that risk is not deleted), that risk's id is
    returned and nothing changes.
    """
    gap = get_gap(store, gap_id)
    if gap is None:
        raise InvalidInput("gap", "That gap no longer exists.")
    source = f"gap:{gap_id}"
    with store.read() as session:
        existing = session.scalar(
            select(RegisterEntry.id).where(
                RegisterEntry.source == source, RegisterEntry.deleted_at.is_(None)
            )
        )
    if existing is not None:
        return existing, Changes()
    with store.transaction():
        entry_id, changes = add_entry(store, draft_from_gap(gap), today, source=source)
        link(store, entry_id, LinkKind.GAP, gap_id)
        link(store, entry_id, LinkKind.TEAM, gap.team_id)
    return entry_id, changes
