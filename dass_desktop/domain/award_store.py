"""Reading and changing staff award rounds through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`. A
deleted nomination comes back whole through :func:`restore_nomination`, with its id.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from dass_desktop.domain.award_rules import (
    CleanNomination,
    clean_name,
    validate_nomination,
    validate_round,
)
from dass_desktop.domain.award_terms import (
    CategoryRow,
    NominationDraft,
    NominationRow,
    NomineeKind,
    RoundRow,
)
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.store import Store
from dass_desktop.store.models import AwardCategory, AwardNomination, AwardRound, Team

_CHANGED = Changes.of(Area.RECOGNITION)


def list_rounds(store: Store) -> list[RoundRow]:
    """Rounds not deleted, newest event first, each with its categories and nominations."""
    with store.read() as session:
        teams = {k: v for k, v in session.execute(select(Team.id, Team.name))}
        rounds = list(
            session.scalars(
                select(AwardRound)
                .where(AwardRound.deleted_at.is_(None))
                .order_by(AwardRound.event_on.desc(), AwardRound.id.desc())
            )
        )
        categories = list(
            session.scalars(
                select(AwardCategory).order_by(AwardCategory.position, AwardCategory.id)
            )
        )
        nominations: dict[int, list[NominationRow]] = {}
        for n in session.scalars(select(AwardNomination).order_by(AwardNomination.id)):
            kind = NomineeKind(n.nominee_kind)
            shown = teams.get(n.team_id or 0, "") if kind is NomineeKind.TEAM else n.nominee_name
            nominations.setdefault(n.category_id, []).append(
                NominationRow(
                    id=n.id,
                    category_id=n.category_id,
                    nominee_kind=kind,
                    team_id=n.team_id,
                    nominee_name=n.nominee_name,
                    nominee=shown,
                    nominated_by=n.nominated_by,
                    reason=n.reason,
                    is_winner=n.is_winner,
                )
            )
        by_round: dict[int, list[CategoryRow]] = {}
        for c in categories:
            by_round.setdefault(c.round_id, []).append(
                CategoryRow(c.id, c.round_id, c.name, tuple(nominations.get(c.id, ())))
            )
        return [
            RoundRow(r.id, r.name, r.event_on, r.venue, tuple(by_round.get(r.id, ())))
            for r in rounds
        ]


def get_round(store: Store, round_id: int) -> RoundRow | None:
    """One round (None when deleted)."""
    return next((r for r in list_rounds(store) if r.id == round_id), None)


def add_round(
    store: Store, name: str, event_on: dt.date | None, venue: str = ""
) -> tuple[int, Changes]:
    """Start an award round; return its id."""
    clean, day = validate_round(name, event_on)
    with store.transaction() as session:
        row = AwardRound(name=clean, event_on=day, venue=" ".join(venue.split()))
        session.add(row)
        session.flush()
        new_id = row.id
    return new_id, _CHANGED


def update_round(
    store: Store, round_id: int, name: str, event_on: dt.date | None, venue: str = ""
) -> Changes:
    """Rename a round or move its event."""
    clean, day = validate_round(name, event_on)
    with store.transaction() as session:
        row = session.get(AwardRound, round_id)
        if row is None or row.deleted_at is not None:
            raise InvalidInput("name", "That round no longer exists.")
        row.name, row.event_on, row.venue = clean, day, " ".join(venue.split())
    return _CHANGED


def delete_round(store: Store, round_id: int, now: dt.datetime) -> Changes:
    """Delete a round so that :func:`restore_round` brings it back whole."""
    with store.transaction() as session:
        session.execute(
            update(AwardRound)
            .where(AwardRound.id == round_id, AwardRound.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return _CHANGED


def restore_round(store: Store, round_id: int) -> Changes:
    """Undo the deletion of a round."""
    with store.transaction() as session:
        session.execute(update(AwardRound).where(AwardRound.id == round_id).values(deleted_at=None))
    return _CHANGED


def add_category(store: Store, round_id: int, name: str) -> tuple[int, Changes]:
    """Add a category at the end of a round; return its id."""
    clean = clean_name(name, "category", "category")
    with store.transaction() as session:
        if session.get(AwardRound, round_id) is None:
            raise InvalidInput("category", "That round no longer exists.")
        last = session.scalar(
            select(AwardCategory.position)
            .where(AwardCategory.round_id == round_id)
            .order_by(AwardCategory.position.desc())
        )
        row = AwardCategory(round_id=round_id, name=clean, position=(last or 0) + 1)
        session.add(row)
        session.flush()
        new_id = row.id
    return new_id, _CHANGED


def remove_category(store: Store, category_id: int) -> Changes:
    """Remove a category that has no nominations (one with nominations is refused)."""
    with store.transaction() as session:
        if session.scalar(
            select(AwardNomination.id).where(AwardNomination.category_id == category_id)
        ):
            raise InvalidInput("category", "Remove the category's nominations first.")
        row = session.get(AwardCategory, category_id)
        if row is not None:
            session.delete(row)
    return _CHANGED


def _apply(row: AwardNomination, clean: CleanNomination) -> None:
    row.nominee_kind = clean.nominee_kind.value
    row.nominee_name = clean.nominee_name
    row.team_id = clean.team_id
    row.nominated_by = clean.nominated_by
    row.reason = clean.reason


def add_nomination(store: Store, category_id: int, draft: NominationDraft) -> tuple[int, Changes]:
    """Nominate a person or team in a category; return the nomination's id."""
    clean = validate_nomination(draft)
    with store.transaction() as session:
        if session.get(AwardCategory, category_id) is None:
            raise InvalidInput("reason", "That category no longer exists.")
        row = AwardNomination(category_id=category_id, is_winner=False)
        _apply(row, clean)
        session.add(row)
        session.flush()
        new_id = row.id
    return new_id, _CHANGED


def update_nomination(store: Store, nomination_id: int, draft: NominationDraft) -> Changes:
    """Replace a nomination's details (whether it won is kept)."""
    clean = validate_nomination(draft)
    with store.transaction() as session:
        row = session.get(AwardNomination, nomination_id)
        if row is None:
            raise InvalidInput("reason", "That nomination no longer exists.")
        _apply(row, clean)
    return _CHANGED


def set_winner(store: Store, nomination_id: int, winner: bool) -> Changes:
    """Mark a nomination as a winner of its category, or not."""
    with store.transaction() as session:
        row = session.get(AwardNomination, nomination_id)
        if row is None:
            raise InvalidInput("reason", "That nomination no longer exists.")
        if row.is_winner == winner:
            return Changes()
        row.is_winner = winner
    return _CHANGED


def delete_nomination(store: Store, nomination_id: int) -> Changes:
    """Delete a nomination (keep its row first to undo with :func:`restore_nomination`)."""
    with store.transaction() as session:
        row = session.get(AwardNomination, nomination_id)
        if row is not None:
            session.delete(row)
    return _CHANGED


def restore_nomination(store: Store, row: NominationRow) -> Changes:
    """Put a deleted nomination back as it was, with its id."""
    with store.transaction() as session:
        if session.get(AwardNomination, row.id) is None:
            session.add(
                AwardNomination(
                    id=row.id,
                    category_id=row.category_id,
                    nominee_kind=row.nominee_kind.value,
                    team_id=row.team_id,
                    nominee_name=row.nominee_name,
                    nominated_by=row.nominated_by,
                    reason=row.reason,
                    is_winner=row.is_winner,
                )
            )
    return _CHANGED
