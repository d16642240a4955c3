"""Reading and changing check-ins and the journal through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
There is one check-in a week: saving one for a week that has one replaces it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.wellbeing_rules import monday_of, validate_checkin, validate_journal
from dass_desktop.domain.wellbeing_terms import (
    CheckInDraft,
    CheckInRow,
    JournalDraft,
    JournalRow,
)
from dass_desktop.store import Store
from dass_desktop.store.models import JournalEntry, WellbeingCheckIn

_CHANGED = Changes.of(Area.DEVELOPMENT)


# --- check-ins ---------------------------------------------------------------------------
def list_checkins(store: Store) -> list[CheckInRow]:
    """Every check-in, oldest week first."""
    with store.read() as session:
        return [
            CheckInRow(c.id, c.week_of, c.energy, c.workload, c.line)
            for c in session.scalars(select(WellbeingCheckIn).order_by(WellbeingCheckIn.week_of))
        ]


def checkin_for(store: Store, day: dt.date) -> CheckInRow | None:
    """The check-in for the week ``day`` falls in, if there is one."""
    week = monday_of(day)
    return next((c for c in list_checkins(store) if c.week_of == week), None)


def save_checkin(store: Store, draft: CheckInDraft, today: dt.date) -> Changes:
    """Save the week's check-in, replacing any already saved for that week."""
    clean = validate_checkin(draft, today)
    with store.transaction() as session:
        row = session.scalar(
            select(WellbeingCheckIn).where(WellbeingCheckIn.week_of == clean.week_of)
        )
        if row is None:
            row = WellbeingCheckIn(week_of=clean.week_of)
            session.add(row)
        elif (row.energy, row.workload, row.line) == (clean.energy, clean.workload, clean.line):
            return Changes()
        row.energy, row.workload, row.line = clean.energy, clean.workload, clean.line
    return _CHANGED


def remove_checkin(store: Store, week_of: dt.date) -> Changes:
    """Remove the check-in of a week (to undo a first check-in for that week)."""
    with store.transaction() as session:
        session.execute(
            delete(WellbeingCheckIn).where(WellbeingCheckIn.week_of == monday_of(week_of))
        )
    return _CHANGED


# --- journal -----------------------------------------------------------------------------
def list_journal(store: Store) -> list[JournalRow]:
    """Journal entries not deleted, newest first (private ones included: for the page only)."""
    with store.read() as session:
        return [
            JournalRow(e.id, e.written_on, e.title, e.text, e.private)
            for e in session.scalars(
                select(JournalEntry)
                .where(JournalEntry.deleted_at.is_(None))
                .order_by(JournalEntry.written_on.desc(), JournalEntry.id.desc())
            )
        ]


def add_entry(store: Store, draft: JournalDraft, today: dt.date) -> tuple[int, Changes]:
    """Write a journal entry; return its id."""
    clean = validate_journal(draft, today)
    with store.transaction() as session:
        row = JournalEntry(
            written_on=clean.written_on, title=clean.title, text=clean.text, private=clean.private
        )
        session.add(row)
        session.flush()
        new_id = row.id
    return new_id, _CHANGED


def update_entry(store: Store, entry_id: int, draft: JournalDraft, today: dt.date) -> Changes:
    """Replace a journal entry's date, title, text and privacy."""
    clean = validate_journal(draft, today)
    with store.transaction() as session:
        row = session.get(JournalEntry, entry_id)
        if row is None or row.deleted_at is not None:
            raise InvalidInput("text", "That entry no longer exists.")
        row.written_on, row.title, row.text = clean.written_on, clean.title, clean.text
        row.private = clean.private
    return _CHANGED


def delete_entry(store: Store, entry_id: int, now: dt.datetime) -> Changes:
    """Delete a journal entry so that :func:`restore_entry` brings it back."""
    with store.transaction() as session:
        session.execute(
            update(JournalEntry)
            .where(JournalEntry.id == entry_id, JournalEntry.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return _CHANGED


def restore_entry(store: Store, entry_id: int) -> Changes:
    """Undo the deletion of a journal entry."""
    with store.transaction() as session:
        session.execute(
            update(JournalEntry).where(JournalEntry.id == entry_id).values(deleted_at=None)
        )
    return _CHANGED
