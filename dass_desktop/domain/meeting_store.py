"""Reading and changing one-to-ones through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.meeting_terms import (
    MAX_POINT_TITLE,
    CommitmentRow,
    CommitmentStatus,
    DecisionRow,
    Direction,
    MeetingRow,
    PointRow,
    ProposedPoint,
    WithWhom,
)
from dass_desktop.store import Store
from dass_desktop.store.models import AgendaPoint, Commitment, Meeting, MeetingDecision

_CHANGED = Changes.of(Area.MEETINGS)


# --- reading -----------------------------------------------------------------------------
def list_meetings(store: Store) -> list[MeetingRow]:
    """Meetings not deleted, earliest first, each with its agenda, decisions, commitments."""
    with store.read() as session:
        meetings = list(
            session.scalars(
                select(Meeting)
                .where(Meeting.deleted_at.is_(None))
                .order_by(Meeting.held_on, Meeting.id)
            )
        )
        ids = [m.id for m in meetings]
        points = list(
            session.scalars(
                select(AgendaPoint)
                .where(AgendaPoint.meeting_id.in_(ids))
                .order_by(AgendaPoint.position, AgendaPoint.id)
            )
        )
        decisions = list(
            session.scalars(
                select(MeetingDecision)
                .where(MeetingDecision.meeting_id.in_(ids))
                .order_by(MeetingDecision.id)
            )
        )
        commitments = list(
            session.scalars(
                select(Commitment).where(Commitment.meeting_id.in_(ids)).order_by(Commitment.id)
            )
        )
    held = {m.id: m.held_on for m in meetings}
    return [
        MeetingRow(
            id=m.id,
            held_on=m.held_on,
            with_whom=WithWhom(m.with_whom),
            attendees=m.attendees,
            notes=m.notes,
            points=tuple(_point(p) for p in points if p.meeting_id == m.id),
            decisions=tuple(
                DecisionRow(d.id, d.meeting_id, d.text) for d in decisions if d.meeting_id == m.id
            ),
            commitments=tuple(_commitment(c, held) for c in commitments if c.meeting_id == m.id),
        )
        for m in meetings
    ]


def get_meeting(store: Store, meeting_id: int) -> MeetingRow | None:
    """One meeting (None when deleted)."""
    return next((m for m in list_meetings(store) if m.id == meeting_id), None)


def previous_meeting(meetings: Sequence[MeetingRow], meeting: MeetingRow) -> MeetingRow | None:
    """The last meeting with the same person before ``meeting``."""
    earlier = [
        m
        for m in meetings
        if m.with_whom is meeting.with_whom and (m.held_on, m.id) < (meeting.held_on, meeting.id)
    ]
    return earlier[-1] if earlier else None


def next_meeting(meetings: Sequence[MeetingRow], today: dt.date) -> MeetingRow | None:
    """The first meeting on or after today."""
    return next((m for m in meetings if m.held_on >= today), None)


def all_commitments(meetings: Sequence[MeetingRow]) -> list[CommitmentRow]:
    """Every commitment made at any of ``meetings``."""
    return [c for m in meetings for c in m.commitments]


def _point(p: AgendaPoint) -> PointRow:
    return PointRow(
        id=p.id,
        meeting_id=p.meeting_id,
        position=p.position,
        title=p.title,
        source=p.source,
        covered=p.covered,
        carried_count=p.carried_count,
        removed=p.removed,
        notes=p.notes,
    )


def _commitment(c: Commitment, held: dict[int, dt.date]) -> CommitmentRow:
    return CommitmentRow(
        id=c.id,
        meeting_id=c.meeting_id,
        made_on=held[c.meeting_id],
        direction=Direction(c.direction),
        text=c.text,
        due_on=c.due_on,
        status=CommitmentStatus(c.status),
    )


# --- changing ----------------------------------------------------------------------------
def add_meeting(
    store: Store,
    held_on: dt.date,
    with_whom: WithWhom = WithWhom.CHIEF_EXECUTIVE,
    attendees: str = "",
) -> tuple[int, Changes]:
    """Arrange a meeting; return its id."""
    with store.transaction() as session:
        meeting = Meeting(held_on=held_on, with_whom=with_whom.value, attendees=attendees.strip())
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    return meeting_id, _CHANGED


def update_meeting(
    store: Store,
    meeting_id: int,
    *,
    held_on: dt.date,
    attendees: str,
    notes: str,
    with_whom: WithWhom | None = None,
) -> Changes:
    """Change a meeting's day, attendees, notes and (when given) whom it is with."""
    with store.transaction() as session:
        meeting = _live(session, meeting_id)
        meeting.held_on = held_on
        meeting.attendees = attendees.strip()
        meeting.notes = notes
        if with_whom is not None:
            meeting.with_whom = with_whom.value
    return _CHANGED


def delete_meeting(store: Store, meeting_id: int, now: dt.datetime) -> Changes:
    """Delete a meeting so that :func:`restore_meeting` brings it back whole."""
    with store.transaction() as session:
        session.execute(update(Meeting).where(Meeting.id == meeting_id).values(deleted_at=now))
    return _CHANGED


def restore_meeting(store: Store, meeting_id: int) -> Changes:
    """Undo the deletion of a meeting."""
    with store.transaction() as session:
        session.execute(update(Meeting).where(Meeting.id == meeting_id).values(deleted_at=None))
    return _CHANGED


def _live(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise InvalidInput("meeting", "That meeting no longer exists.")
    return meeting


def _title(text: str) -> str:
    title = " ".join(text.split())
    if not title:
        raise InvalidInput("title", "Write the point in a few words.")
    if len(title) > MAX_POINT_TITLE:
        raise InvalidInput("title", f"Keep a point to {MAX_POINT_TITLE} characters.")
    return title


def add_points(store: Store, meeting_id: int, proposed: Sequence[ProposedPoint]) -> Changes:
    """Put points at the end of a meeting's agenda (the proposal accepted, or one typed)."""
    with store.transaction() as session:
        _live(session, meeting_id)
        last = session.scalar(
            select(func.max(AgendaPoint.position)).where(AgendaPoint.meeting_id == meeting_id)
        )
        position = (last or 0) + 1
        for p in proposed:
            session.add(
                AgendaPoint(
                    meeting_id=meeting_id,
                    position=position,
                    title=_title(p.title),
                    source=p.source,
                    carried_count=p.carried_count,
                )
            )
            position += 1
    return _CHANGED


def add_point(store: Store, meeting_id: int, point: ProposedPoint) -> tuple[int, Changes]:
    """Put one point at the end of a meeting's agenda; return its id."""
    with store.transaction() as session:
        add_points(store, meeting_id, [point])
        point_id = session.scalar(
            select(func.max(AgendaPoint.id)).where(AgendaPoint.meeting_id == meeting_id)
        )
    assert point_id is not None
    return point_id, _CHANGED


def delete_points(store: Store, point_ids: Sequence[int]) -> Changes:
    """Delete points outright (to undo adding them; :func:`restore_points` puts them back)."""
    with store.transaction() as session:
        session.execute(delete(AgendaPoint).where(AgendaPoint.id.in_(list(point_ids))))
    return _CHANGED


def restore_points(store: Store, points: Sequence[PointRow]) -> Changes:
    """Put deleted points back exactly as they were, with their ids."""
    with store.transaction() as session:
        for meeting_id in {p.meeting_id for p in points}:
            _live(session, meeting_id)
        for p in points:
            session.merge(
                AgendaPoint(
                    id=p.id,
                    meeting_id=p.meeting_id,
                    position=p.position,
                    title=p.title,
                    source=p.source,
                    covered=p.covered,
                    carried_count=p.carried_count,
                    removed=p.removed,
                    notes=p.notes,
                )
            )
    return _CHANGED


def edit_point(
    store: Store, point_id: int, *, title: str, covered: bool, notes: str = ""
) -> Changes:
    """Change a point's words, whether it was covered, and the notes against it."""
    with store.transaction() as session:
        point = session.get(AgendaPoint, point_id)
        if point is None:
            raise InvalidInput("point", "That point no longer exists.")
        point.title = _title(title)
        point.covered = covered
        point.notes = notes
    return _CHANGED


def set_removed(store: Store, point_id: int, removed: bool) -> Changes:
    """Remove a point from the agenda (or put it back): a removed point is not proposed again."""
    with store.transaction() as session:
        session.execute(
            update(AgendaPoint).where(AgendaPoint.id == point_id).values(removed=removed)
        )
    return _CHANGED


def reorder(store: Store, meeting_id: int, point_ids: Sequence[int]) -> Changes:
    """Put a meeting's points in the order of ``point_ids``."""
    with store.transaction() as session:
        for position, point_id in enumerate(point_ids, start=1):
            session.execute(
                update(AgendaPoint)
                .where(AgendaPoint.id == point_id, AgendaPoint.meeting_id == meeting_id)
                .values(position=position)
            )
    return _CHANGED


def add_decision(store: Store, meeting_id: int, text: str) -> tuple[int, Changes]:
    """Record a decision made at a meeting."""
    words = text.strip()
    if not words:
        raise InvalidInput("decision", "Write the decision in a few words.")
    with store.transaction() as session:
        _live(session, meeting_id)
        decision = MeetingDecision(meeting_id=meeting_id, text=words)
        session.add(decision)
        session.flush()
        decision_id = decision.id
    return decision_id, _CHANGED


def edit_decision(store: Store, decision_id: int, text: str) -> Changes:
    """Change a decision's words."""
    words = text.strip()
    if not words:
        raise InvalidInput("decision", "Write the decision in a few words.")
    with store.transaction() as session:
        decision = session.get(MeetingDecision, decision_id)
        if decision is None:
            raise InvalidInput("decision", "That decision no longer exists.")
        decision.text = words
    return _CHANGED


def restore_decision(store: Store, decision: DecisionRow) -> Changes:
    """Put a deleted decision back, with its id."""
    with store.transaction() as session:
        _live(session, decision.meeting_id)
        session.merge(
            MeetingDecision(id=decision.id, meeting_id=decision.meeting_id, text=decision.text)
        )
    return _CHANGED


def delete_decision(store: Store, decision_id: int) -> Changes:
    """Remove a decision typed in error."""
    with store.transaction() as session:
        decision = session.get(MeetingDecision, decision_id)
        if decision is not None:
            session.delete(decision)
    return _CHANGED


def add_commitment(
    store: Store, meeting_id: int, direction: Direction, text: str, due_on: dt.date | None
) -> tuple[int, Changes]:
    """Record a commitment made at a meeting, by the director or to them."""
    words = text.strip()
    if not words:
        raise InvalidInput("commitment", "Write the commitment in a few words.")
    with store.transaction() as session:
        _live(session, meeting_id)
        commitment = Commitment(
            meeting_id=meeting_id, direction=direction.value, text=words, due_on=due_on
        )
        session.add(commitment)
        session.flush()
        commitment_id = commitment.id
    return commitment_id, _CHANGED


def set_commitment_status(store: Store, commitment_id: int, status: CommitmentStatus) -> Changes:
    """Mark a commitment done, dropped or open again."""
    with store.transaction() as session:
        session.execute(
            update(Commitment).where(Commitment.id == commitment_id).values(status=status.value)
        )
    return _CHANGED


def update_commitment(
    store: Store,
    commitment_id: int,
    direction: Direction,
    text: str,
    due_on: dt.date | None,
    status: CommitmentStatus,
) -> Changes:
    """Change a commitment: whose it is, its words, its due date and where it stands."""
    words = text.strip()
    if not words:
        raise InvalidInput("commitment", "Write the commitment in a few words.")
    with store.transaction() as session:
        commitment = session.get(Commitment, commitment_id)
        if commitment is None:
            raise InvalidInput("commitment", "That commitment no longer exists.")
        commitment.direction = direction.value
        commitment.text = words
        commitment.due_on = due_on
        commitment.status = status.value
    return _CHANGED


def delete_commitment(store: Store, commitment_id: int) -> Changes:
    """Remove a commitment (:func:`restore_commitment` puts it back)."""
    with store.transaction() as session:
        session.execute(delete(Commitment).where(Commitment.id == commitment_id))
    return _CHANGED


def restore_commitment(store: Store, commitment: CommitmentRow) -> Changes:
    """Put a deleted commitment back exactly as it was, with its id."""
    with store.transaction() as session:
        _live(session, commitment.meeting_id)
        session.merge(
            Commitment(
                id=commitment.id,
                meeting_id=commitment.meeting_id,
                direction=commitment.direction.value,
                text=commitment.text,
                due_on=commitment.due_on,
                status=commitment.status.value,
            )
        )
    return _CHANGED
