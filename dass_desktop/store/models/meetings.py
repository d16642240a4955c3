"""One-to-ones with the chief executive, the expectations ledger and the risk register.

Meetings keep their agenda points (with how often a point was carried forward and whether
the director removed it), decisions and commitments both ways. The ledger is append-only:
each change to an expectation is a new dated version. Register entries (risks, issues,
decisions, asks) link to plan items, gaps, teams and contacts by kind and id, so that a
link survives deleting and undoing either end. Deleting sets ``deleted_at``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base

MEETING_WITH = ("chief-executive", "lead-member", "leader", "director-of-finance")
DIRECTIONS = ("mine", "theirs")
COMMITMENT_STATUSES = ("open", "done", "dropped")
EXPECTATION_STATUSES = ("on-track", "at-risk", "off-track", "met", "dropped")
ENTRY_KINDS = ("risk", "issue", "decision", "ask")
RISK_CATEGORIES = (
    "finance",
    "safeguarding",
    "cqc",
    "workforce",
    "care-market",
    "health-partnership",
    "political",
    "reputation",
    "statutory",
)
LINK_KINDS = ("plan-item", "gap", "team", "contact")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Meeting(Base):
    """A one-to-one: when, with whom, who was there, and the notes taken."""

    __tablename__ = "meeting"
    __table_args__ = (CheckConstraint(_in("with_whom", MEETING_WITH), name="with_whom"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    with_whom: Mapped[str] = mapped_column(String(30), default="chief-executive")
    attendees: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class AgendaPoint(Base):
    """One point on a meeting's agenda; ``source`` says where a proposed point came from."""

    __tablename__ = "agenda_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(60), default="")
    covered: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_count: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingDecision(Base):
    """A decision recorded at a meeting."""

    __tablename__ = "meeting_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)


class Commitment(Base):
    """A promise made at a meeting, by the director ("mine") or to them ("theirs")."""

    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint(_in("direction", DIRECTIONS), name="direction"),
        CheckConstraint(_in("status", COMMITMENT_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")


class Expectation(Base):
    """An agreed expectation; its content lives in dated versions, never overwritten."""

    __tablename__ = "expectation"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_on: Mapped[dt.date] = mapped_column(Date)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ExpectationVersion(Base):
    """One dated version of an expectation: what success is, its measure, by when, status."""

    __tablename__ = "expectation_version"
    __table_args__ = (CheckConstraint(_in("status", EXPECTATION_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expectation_id: Mapped[int] = mapped_column(
        ForeignKey("expectation.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[dt.date] = mapped_column(Date)
    success: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    by_when: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="on-track")


class RegisterEntry(Base):
    """A risk, issue, decision or ask, scored on the 5×5 matrix."""

    __tablename__ = "register_entry"
    __table_args__ = (
        CheckConstraint(_in("kind", ENTRY_KINDS), name="kind"),
        CheckConstraint(_in("category", RISK_CATEGORIES), name="category"),
        CheckConstraint(
            "likelihood BETWEEN 1 AND 5 AND impact BETWEEN 1 AND 5", name="scores_in_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="risk")
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(30))
    likelihood: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    previous_score: Mapped[int | None] = mapped_column(Integer)
    owner: Mapped[str] = mapped_column(String(200), default="")
    mitigation: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    needs_decision: Mapped[bool] = mapped_column(Boolean, default=False)
    is_ask: Mapped[bool] = mapped_column(Boolean, default=False)
    raised_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(60), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class RegisterLink(Base):
    """A link from a register entry to a plan item, gap, team or contact (by kind and id)."""

    __tablename__ = "register_link"
    __table_args__ = (CheckConstraint(_in("target_kind", LINK_KINDS), name="target_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("register_entry.id", ondelete="CASCADE"), index=True
    )
    target_kind: Mapped[str] = mapped_column(String(12))
    target_id: Mapped[int] = mapped_column(Integer)
