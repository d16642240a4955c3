"""The expectations ledger: what was agreed as success, kept as dated versions.

Changing an expectation appends a version; nothing is overwritten, so "what did we agree
in October?" has an answer (:meth:`ExpectationRow.as_of`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.meeting_terms import (
    ExpectationRow,
    ExpectationStatus,
    ExpectationVersionRow,
)
from dass_desktop.store import Store
from dass_desktop.store.models import Expectation, ExpectationVersion

_CHANGED = Changes.of(Area.MEETINGS)


def list_expectations(store: Store) -> list[ExpectationRow]:
    """Expectations not deleted, oldest first, each with its whole history."""
    with store.read() as session:
        expectations = list(
            session.scalars(
                select(Expectation)
                .where(Expectation.deleted_at.is_(None))
                .order_by(Expectation.created_on, Expectation.id)
            )
        )
        versions = list(
            session.scalars(
                select(ExpectationVersion).order_by(
                    ExpectationVersion.changed_on, ExpectationVersion.id
                )
            )
        )
    return [
        ExpectationRow(
            e.id,
            tuple(
                ExpectationVersionRow(
                    v.changed_on, v.success, v.measure, v.by_when, ExpectationStatus(v.status)
                )
                for v in versions
                if v.expectation_id == e.id
            ),
        )
        for e in expectations
    ]


def _version(
    expectation_id: int,
    day: dt.date,
    success: str,
    measure: str,
    by_when: dt.date | None,
    status: ExpectationStatus,
) -> ExpectationVersion:
    words = success.strip()
    if not words:
        raise InvalidInput("success", "Say what success looks like.")
    return ExpectationVersion(
        expectation_id=expectation_id,
        changed_on=day,
        success=words,
        measure=measure.strip(),
        by_when=by_when,
        status=status.value,
    )


def agree(
    store: Store,
    day: dt.date,
    success: str,
    measure: str = "",
    by_when: dt.date | None = None,
    status: ExpectationStatus = ExpectationStatus.ON_TRACK,
) -> tuple[int, Changes]:
    """Record a new expectation agreed on ``day``; return its id."""
    with store.transaction() as session:
        expectation = Expectation(created_on=day)
        session.add(expectation)
        session.flush()
        session.add(_version(expectation.id, day, success, measure, by_when, status))
        expectation_id = expectation.id
    return expectation_id, _CHANGED


def change(
    store: Store,
    expectation_id: int,
    day: dt.date,
    success: str,
    measure: str,
    by_when: dt.date | None,
    status: ExpectationStatus,
) -> Changes:
    """Record a change to an expectation on ``day``, keeping every earlier version."""
    with store.transaction() as session:
        expectation = session.get(Expectation, expectation_id)
        if expectation is None or expectation.deleted_at is not None:
            raise InvalidInput("expectation", "That expectation no longer exists.")
        latest = session.scalar(
            select(func.max(ExpectationVersion.changed_on)).where(
                ExpectationVersion.expectation_id == expectation_id
            )
        )
        if latest is not None and day < latest:
            raise InvalidInput(
                "changed_on", f"Date the change on or after {latest:%d/%m/%Y}, its last change."
            )
        session.add(_version(expectation_id, day, success, measure, by_when, status))
    return _CHANGED


def withdraw_latest(store: Store, expectation_id: int) -> Changes:
    """Take back the latest change to an expectation (to undo it); the first stays."""
    with store.transaction() as session:
        versions = list(
            session.scalars(
                select(ExpectationVersion)
                .where(ExpectationVersion.expectation_id == expectation_id)
                .order_by(ExpectationVersion.changed_on, ExpectationVersion.id)
            )
        )
        if len(versions) < 2:
            raise InvalidInput("expectation", "An expectation keeps the version first agreed.")
        session.delete(versions[-1])
    return _CHANGED


def delete_expectation(store: Store, expectation_id: int, now: dt.datetime) -> Changes:
    """Delete an expectation (its history is kept for undo)."""
    with store.transaction() as session:
        session.execute(
            update(Expectation).where(Expectation.id == expectation_id).values(deleted_at=now)
        )
    return _CHANGED


def restore_expectation(store: Store, expectation_id: int) -> Changes:
    """Undo the deletion of an expectation."""
    with store.transaction() as session:
        session.execute(
            update(Expectation).where(Expectation.id == expectation_id).values(deleted_at=None)
        )
    return _CHANGED
