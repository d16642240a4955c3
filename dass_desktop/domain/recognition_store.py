"""Reading and changing the recognition log through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`. A
recognition of a team or contact shows that team's or contact's current name.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, case, func, select, update

from dass_desktop.domain import recognition_log
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.recognition_rules import (
    CleanRecognition,
    summary_from_counts,
    validate_recognition,
)
from dass_desktop.domain.recognition_terms import (
    RecognitionDraft,
    RecognitionRow,
    RecognitionSummary,
    ShareWay,
    WhoKind,
)
from dass_desktop.store import Store
from dass_desktop.store.models import Recognition, Stakeholder, Team


def _apply(row: Recognition, clean: CleanRecognition) -> None:
    row.given_on = clean.given_on
    row.who_kind = clean.who_kind.value
    row.who_id = clean.who_id
    row.who_name = clean.who_name
    row.what_for = clean.what_for
    row.theme = clean.theme
    row.shared_how = clean.shared_how.value
    row.engagement_id = clean.engagement_id


def list_recognitions(store: Store) -> list[RecognitionRow]:
    """Recognitions not deleted, newest first (as :func:`_read` gives them).

    Read in one statement through the store's plain connection: the log of a large
    council is tens of thousands of rows, and SQLAlchemy's result handling was a fifth of
    the read.
    """
    con = store.quick()
    # A team's or contact's current name (deleted or not): a few thousand names, looked
    # up here rather than joined to every one of tens of thousands of rows in SQL.
    make = recognition_log.row_maker(recognition_log.names(con))
    return [make(values) for values in con.execute(_LOG)]


# Newest first, as _read. likely(): read down the date index, rather than look up every
# row found by the deleted-at index and sort them again.
_LOG = f"""
SELECT {recognition_log.ROW_COLUMNS}
FROM recognition
WHERE likely(deleted_at IS NULL)
ORDER BY given_on DESC, id DESC
"""


def summary(
    store: Store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    top: int = 5,
) -> RecognitionSummary:
    """What :func:`recognition_rules.summarise` gives for every recognition and every live
    team, counted in SQL (a few statements, whatever the size of the log).
    """
    conditions: list[ColumnElement[bool]] = [Recognition.deleted_at.is_(None)]
    if since is not None:
        conditions.append(Recognition.given_on >= since)
    if until is not None:
        conditions.append(Recognition.given_on <= until)
    team = Recognition.who_kind == WhoKind.TEAM.value
    with store.read() as session:
        count, thanked = session.execute(
            select(
                func.count(),
                # a team's recognition always names it; -1 stands for one that did not
                func.count(func.distinct(case((team, func.coalesce(Recognition.who_id, -1))))),
            ).where(*conditions)
        ).one()
        teams_total = session.scalar(
            select(func.count()).select_from(Team).where(Team.deleted_at.is_(None))
        )
        themes = [
            (theme, n)
            for theme, n in session.execute(
                select(Recognition.theme, func.count())
                .where(*conditions, Recognition.theme != "")
                .group_by(Recognition.theme)
            )
        ]
        ways = [
            (ShareWay(way), n)
            for way, n in session.execute(
                select(Recognition.shared_how, func.count())
                .where(*conditions)
                .group_by(Recognition.shared_how)
            )
        ]
    return summary_from_counts(count, thanked, teams_total or 0, themes, ways, top)


def get_recognition(store: Store, recognition_id: int) -> RecognitionRow | None:
    """One recognition (None when deleted)."""
    return next(iter(_read(store, recognition_id)), None)


def _read(store: Store, recognition_id: int | None) -> list[RecognitionRow]:
    """Recognitions not deleted (one, or all), newest first, read as plain column values.

    A large council has tens of thousands: reading columns, not ORM objects, keeps the
    read several times quicker and the session's identity map empty.
    """
    query = (
        select(
            Recognition.id,
            Recognition.given_on,
            Recognition.who_kind,
            Recognition.who_id,
            Recognition.who_name,
            Recognition.what_for,
            Recognition.theme,
            Recognition.shared_how,
            Recognition.engagement_id,
        )
        .where(Recognition.deleted_at.is_(None))
        .order_by(Recognition.given_on.desc(), Recognition.id.desc())
    )
    if recognition_id is not None:
        query = query.where(Recognition.id == recognition_id)
    with store.read() as session:
        teams = {k: v for k, v in session.execute(select(Team.id, Team.name))}
        people = {k: v for k, v in session.execute(select(Stakeholder.id, Stakeholder.name))}
        kinds = {kind.value: kind for kind in WhoKind}
        ways = {way.value: way for way in ShareWay}
        rows = []
        for (
            rid,
            given_on,
            who_kind,
            who_id,
            who_name,
            what_for,
            theme,
            shared,
            link,
        ) in session.execute(query):
            kind = kinds[who_kind]
            names = teams if kind is WhoKind.TEAM else people
            who = who_name if kind is WhoKind.PERSON else names.get(who_id or 0, "")
            rows.append(
                RecognitionRow(
                    id=rid,
                    given_on=given_on,
                    who_kind=kind,
                    who_id=who_id,
                    who_name=who_name,
                    who=who or who_name,
                    what_for=what_for,
                    theme=theme,
                    shared_how=ways[shared],
                    engagement_id=link,
                )
            )
        return rows


def _check_target(store: Store, clean: CleanRecognition) -> None:
    if clean.who_kind is WhoKind.PERSON:
        return
    with store.read() as session:
        if clean.who_kind is WhoKind.TEAM:
            alive = session.scalar(select(Team.deleted_at.is_(None)).where(Team.id == clean.who_id))
        else:
            alive = session.scalar(
                select(Stakeholder.deleted_at.is_(None)).where(Stakeholder.id == clean.who_id)
            )
        if not alive:
            raise InvalidInput("who_id", f"That {clean.who_kind.value} no longer exists.")


def add_recognition(store: Store, draft: RecognitionDraft, today: dt.date) -> tuple[int, Changes]:
    """Log a recognition; return its id."""
    clean = validate_recognition(draft, today)
    _check_target(store, clean)
    with store.transaction() as session:
        row = Recognition()
        _apply(row, clean)
        session.add(row)
        session.flush()
        new_id = row.id
    return new_id, Changes.of(Area.RECOGNITION)


def update_recognition(
    store: Store, recognition_id: int, draft: RecognitionDraft, today: dt.date
) -> Changes:
    """Replace a recognition's details."""
    clean = validate_recognition(draft, today)
    _check_target(store, clean)
    with store.transaction() as session:
        row = session.get(Recognition, recognition_id)
        if row is None or row.deleted_at is not None:
            raise InvalidInput("what_for", "That recognition no longer exists.")
        _apply(row, clean)
    return Changes.of(Area.RECOGNITION)


def delete_recognition(store: Store, recognition_id: int, now: dt.datetime) -> Changes:
    """Delete a recognition so that :func:`restore_recognition` brings it back."""
    with store.transaction() as session:
        session.execute(
            update(Recognition)
            .where(Recognition.id == recognition_id, Recognition.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.RECOGNITION)


def restore_recognition(store: Store, recognition_id: int) -> Changes:
    """Undo the deletion of a recognition."""
    with store.transaction() as session:
        session.execute(
            update(Recognition).where(Recognition.id == recognition_id).values(deleted_at=None)
        )
    return Changes.of(Area.RECOGNITION)
