"""Reading and changing the director's development record through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
Links to plan items are kept by id; reading shows only items that are not deleted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.development_rules import CleanRecord, validate_record
from dass_desktop.domain.development_terms import (
    ActionRow,
    DevelopmentDraft,
    DevelopmentRow,
    RecordKind,
)
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.store import Store
from dass_desktop.store.models import (
    DevelopmentAction,
    DevelopmentLink,
    DevelopmentRecord,
    PlanItem,
)

_CHANGED = Changes.of(Area.DEVELOPMENT)


def list_records(store: Store) -> list[DevelopmentRow]:
    """Records not deleted, newest first, with their actions and live plan-item links."""
    with store.read() as session:
        records = list(
            session.scalars(
                select(DevelopmentRecord)
                .where(DevelopmentRecord.deleted_at.is_(None))
                .order_by(DevelopmentRecord.held_on.desc(), DevelopmentRecord.id.desc())
            )
        )
        actions: dict[int, list[ActionRow]] = {}
        for a in session.scalars(select(DevelopmentAction).order_by(DevelopmentAction.id)):
            actions.setdefault(a.record_id, []).append(ActionRow(a.id, a.text, a.done))
        items = {
            k: v
            for k, v in session.execute(
                select(PlanItem.id, PlanItem.title).where(PlanItem.deleted_at.is_(None))
            )
        }
        links: dict[int, list[tuple[int, str]]] = {}
        for link in session.scalars(
            select(DevelopmentLink)
            .where(DevelopmentLink.target_kind == "plan-item")
            .order_by(DevelopmentLink.id)
        ):
            if link.target_id in items:
                links.setdefault(link.record_id, []).append((link.target_id, items[link.target_id]))
        return [
            DevelopmentRow(
                id=r.id,
                kind=RecordKind(r.kind),
                held_on=r.held_on,
                title=r.title,
                with_whom=r.with_whom,
                themes=r.themes,
                will_try=r.will_try,
                actions=tuple(actions.get(r.id, ())),
                plan_items=tuple(links.get(r.id, ())),
            )
            for r in records
        ]


def get_record(store: Store, record_id: int) -> DevelopmentRow | None:
    """One record (None when deleted)."""
    return next((r for r in list_records(store) if r.id == record_id), None)


def _write(session: Session, record: DevelopmentRecord, clean: CleanRecord) -> None:
    record.kind = clean.kind.value
    record.held_on = clean.held_on
    record.title = clean.title
    record.with_whom = clean.with_whom
    record.themes = clean.themes
    record.will_try = clean.will_try
    session.flush()
    done = {
        a.text: a.done
        for a in session.scalars(
            select(DevelopmentAction).where(DevelopmentAction.record_id == record.id)
        )
    }
    session.execute(delete(DevelopmentAction).where(DevelopmentAction.record_id == record.id))
    session.execute(delete(DevelopmentLink).where(DevelopmentLink.record_id == record.id))
    for text in clean.actions:
        session.add(DevelopmentAction(record_id=record.id, text=text, done=done.get(text, False)))
    for item_id in clean.plan_item_ids:
        if session.get(PlanItem, item_id) is None:
            raise InvalidInput("plan_items", "A linked plan item no longer exists.")
        session.add(
            DevelopmentLink(record_id=record.id, target_kind="plan-item", target_id=item_id)
        )


def add_record(store: Store, draft: DevelopmentDraft) -> tuple[int, Changes]:
    """Record a session, feedback round or event; return its id."""
    clean = validate_record(draft)
    with store.transaction() as session:
        record = DevelopmentRecord()
        session.add(record)
        _write(session, record, clean)
        new_id = record.id
    return new_id, _CHANGED


def update_record(store: Store, record_id: int, draft: DevelopmentDraft) -> Changes:
    """Replace a record's details, actions and links (actions kept by text keep their tick)."""
    clean = validate_record(draft)
    with store.transaction() as session:
        record = session.get(DevelopmentRecord, record_id)
        if record is None or record.deleted_at is not None:
            raise InvalidInput("title", "That record no longer exists.")
        _write(session, record, clean)
    return _CHANGED


def set_action_done(store: Store, action_id: int, done: bool) -> Changes:
    """Tick an action off, or untick it."""
    with store.transaction() as session:
        action = session.get(DevelopmentAction, action_id)
        if action is None:
            raise InvalidInput("actions", "That action no longer exists.")
        if action.done == done:
            return Changes()
        action.done = done
    return _CHANGED


def delete_record(store: Store, record_id: int, now: dt.datetime) -> Changes:
    """Delete a record so that :func:`restore_record` brings it back whole."""
    with store.transaction() as session:
        session.execute(
            update(DevelopmentRecord)
            .where(DevelopmentRecord.id == record_id, DevelopmentRecord.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return _CHANGED


def restore_record(store: Store, record_id: int) -> Changes:
    """Undo the deletion of a record."""
    with store.transaction() as session:
        session.execute(
            update(DevelopmentRecord)
            .where(DevelopmentRecord.id == record_id)
            .values(deleted_at=None)
        )
    return _CHANGED
