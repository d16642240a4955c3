"""Reading and changing teams through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.team_rules import team_rows, tidy, validate_team
from dass_desktop.domain.team_terms import (
    MAX_NOTE,
    CleanTeam,
    GapStatus,
    NoteKind,
    NoteRow,
    Severity,
    TeamDraft,
    TeamRow,
)
from dass_desktop.store import Store
from dass_desktop.store.models import Team, TeamGap, TeamNote


def list_teams(store: Store, ids: Iterable[int] | None = None) -> list[TeamRow]:
    """Every team not deleted (or just ``ids``), by name."""
    # Plain column values, not ORM objects: a large register reads several times quicker.
    query = select(
        Team.id,
        Team.name,
        Team.service_area,
        Team.manager,
        Team.base,
        Team.establishment_fte,
        Team.in_post_fte,
        Team.vacancies_fte,
        Team.agency_fte,
    ).where(Team.deleted_at.is_(None))
    if ids is not None:
        query = query.where(Team.id.in_(list(ids)))
    notes = (
        select(TeamNote.team_id, TeamNote.kind, func.count())
        .where(TeamNote.deleted_at.is_(None))
        .group_by(TeamNote.team_id, TeamNote.kind)
    )
    gaps = select(TeamGap.team_id, TeamGap.severity).where(
        TeamGap.deleted_at.is_(None), TeamGap.status != GapStatus.CLOSED.value
    )
    with store.read() as session:
        teams = session.execute(query).all()
        counts = {(team_id, kind): n for team_id, kind, n in session.execute(notes)}
        open_gaps: dict[int, list[Severity]] = {}
        for team_id, severity in session.execute(gaps):
            open_gaps.setdefault(team_id, []).append(Severity(severity))
    return team_rows(teams, counts, open_gaps)


def get_team(store: Store, team_id: int) -> TeamRow | None:
    """One team (None if it does not exist or is deleted)."""
    found = list_teams(store, [team_id])
    return found[0] if found else None


def _check_name_free(session: Session, name: str, team_id: int | None) -> None:
    # Compared in Python: SQLite's lower() folds only ASCII letters.
    others = session.execute(select(Team.id, Team.name).where(Team.deleted_at.is_(None)))
    if any(other != team_id and n.casefold() == name.casefold() for other, n in others):
        raise InvalidInput("name", f"There is already a team called {name}.")


def _apply(team: Team, clean: CleanTeam) -> None:
    team.name = clean.name
    team.service_area = clean.service_area.value
    team.manager = clean.manager
    team.base = clean.base
    team.establishment_fte = clean.establishment
    team.in_post_fte = clean.in_post
    team.vacancies_fte = clean.vacancies
    team.agency_fte = clean.agency


def add_team(store: Store, draft: TeamDraft) -> tuple[int, Changes]:
    """Add a team to the register; return its id."""
    clean = validate_team(draft)
    with store.transaction() as session:
        _check_name_free(session, clean.name, None)
        team = Team()
        _apply(team, clean)
        session.add(team)
        session.flush()
        team_id = team.id
    return team_id, Changes.of(Area.TEAMS)


def update_team(store: Store, team_id: int, draft: TeamDraft) -> Changes:
    """Replace a team's details with the draft's."""
    clean = validate_team(draft)
    with store.transaction() as session:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise InvalidInput("team", "That team no longer exists.")
        _check_name_free(session, clean.name, team_id)
        _apply(team, clean)
    return Changes.of(Area.TEAMS)


def delete_team(store: Store, team_id: int, now: dt.datetime) -> Changes:
    """Delete a team; it keeps its notes and gaps so :func:`restore_team` can undo it."""
    with store.transaction() as session:
        session.execute(
            update(Team).where(Team.id == team_id, Team.deleted_at.is_(None)).values(deleted_at=now)
        )
    return Changes.of(Area.TEAMS)


def restore_team(store: Store, team_id: int) -> Changes:
    """Undo the deletion of a team, with its notes and gaps."""
    with store.transaction() as session:
        session.execute(update(Team).where(Team.id == team_id).values(deleted_at=None))
    return Changes.of(Area.TEAMS)


def list_notes(store: Store, team_id: int, kind: NoteKind | None = None) -> list[NoteRow]:
    """A team's notes (or just one kind), most recently noted first."""
    query = select(TeamNote).where(TeamNote.team_id == team_id, TeamNote.deleted_at.is_(None))
    if kind is not None:
        query = query.where(TeamNote.kind == kind.value)
    query = query.order_by(TeamNote.noted_on.desc(), TeamNote.id.desc())
    with store.read() as session:
        return [
            NoteRow(n.id, n.team_id, NoteKind(n.kind), n.text, n.noted_on, n.source)
            for n in session.scalars(query)
        ]


def notes_by_team(store: Store) -> dict[int, list[NoteRow]]:
    """Every team's notes, most recently noted first, by team id (one query for all)."""
    query = (
        select(TeamNote)
        .where(TeamNote.deleted_at.is_(None))
        .order_by(TeamNote.noted_on.desc(), TeamNote.id.desc())
    )
    found: dict[int, list[NoteRow]] = {}
    with store.read() as session:
        for n in session.scalars(query):
            row = NoteRow(n.id, n.team_id, NoteKind(n.kind), n.text, n.noted_on, n.source)
            found.setdefault(n.team_id, []).append(row)
    return found


def _clean_note(text: str, noted_on: dt.date, today: dt.date) -> str:
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    if not cleaned:
        raise InvalidInput("text", "Write the strength or area for development.")
    if len(cleaned) > MAX_NOTE:
        raise InvalidInput("text", f"Keep it short: under {MAX_NOTE} characters.")
    if noted_on > today:
        raise InvalidInput("noted_on", "The date noted cannot be in the future.")
    return cleaned


def add_note(
    store: Store,
    team_id: int,
    kind: NoteKind,
    text: str,
    *,
    noted_on: dt.date,
    source: str = "",
    today: dt.date,
) -> tuple[int, Changes]:
    """Note a strength or an area for development of a team; return its id."""
    cleaned = _clean_note(text, noted_on, today)
    with store.transaction() as session:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise InvalidInput("team", "That team no longer exists.")
        note = TeamNote(
            team_id=team_id,
            kind=NoteKind(kind).value,
            text=cleaned,
            noted_on=noted_on,
            source=tidy(source),
        )
        session.add(note)
        session.flush()
        note_id = note.id
    return note_id, Changes.of(Area.TEAMS)


def update_note(
    store: Store,
    note_id: int,
    *,
    text: str,
    noted_on: dt.date,
    source: str,
    today: dt.date,
    kind: NoteKind | None = None,
) -> Changes:
    """Change a note's text, date and source (and, if given, whether it is a strength)."""
    cleaned = _clean_note(text, noted_on, today)
    with store.transaction() as session:
        note = session.get(TeamNote, note_id)
        if note is None or note.deleted_at is not None:
            raise InvalidInput("note", "That note no longer exists.")
        note.text, note.noted_on, note.source = cleaned, noted_on, tidy(source)
        if kind is not None:
            note.kind = NoteKind(kind).value
    return Changes.of(Area.TEAMS)


def delete_note(store: Store, note_id: int, now: dt.datetime) -> Changes:
    """Delete a note so that :func:`restore_note` can bring it back."""
    with store.transaction() as session:
        session.execute(
            update(TeamNote)
            .where(TeamNote.id == note_id, TeamNote.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.TEAMS)


def restore_note(store: Store, note_id: int) -> Changes:
    """Undo the deletion of a note."""
    with store.transaction() as session:
        session.execute(update(TeamNote).where(TeamNote.id == note_id).values(deleted_at=None))
    return Changes.of(Area.TEAMS)
