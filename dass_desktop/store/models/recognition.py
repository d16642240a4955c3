"""Recognition: shout-outs and thanks, and staff award rounds with their nominations.

A recognition names who was thanked by kind: a team or a contact (by id, so the link
survives deleting and undoing either end) or a person by name alone. Award rounds hold
categories, and categories hold nominations; a winner is a nomination marked as such.
Deleting a recognition or a round sets ``deleted_at`` so that undo brings it back whole.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base

WHO_KINDS = ("person", "team", "contact")
SHARE_WAYS = (
    "team-meeting",
    "newsletter",
    "all-staff-briefing",
    "personal-note",
    "staff-awards",
    "in-person",
)
NOMINEE_KINDS = ("person", "team")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Recognition(Base):
    """A shout-out or thanks: when, to whom, what for and how it was shared."""

    __tablename__ = "recognition"
    __table_args__ = (
        CheckConstraint(_in("who_kind", WHO_KINDS), name="who_kind"),
        CheckConstraint(_in("shared_how", SHARE_WAYS), name="shared_how"),
        # Whether a team was ever thanked is one index search per team, not a log scan.
        Index("ix_recognition_who", "who_kind", "who_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_on: Mapped[dt.date] = mapped_column(Date, index=True)
    who_kind: Mapped[str] = mapped_column(String(10))
    # The team's or contact's id; None for a person named only in ``who_name``.
    who_id: Mapped[int | None] = mapped_column(Integer)
    who_name: Mapped[str] = mapped_column(String(200), default="")
    what_for: Mapped[str] = mapped_column(Text)
    theme: Mapped[str] = mapped_column(String(60), default="")
    shared_how: Mapped[str] = mapped_column(String(20), default="personal-note")
    # The visit it was started from, if any.
    engagement_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class AwardRound(Base):
    """A round of staff awards, such as "Staff awards 2027", with the event's date."""

    __tablename__ = "award_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    event_on: Mapped[dt.date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class AwardCategory(Base):
    """A category of a round, such as "Team of the year"."""

    __tablename__ = "award_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("award_round.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AwardNomination(Base):
    """A nomination in a category: a team or a person, by whom, why, and whether it won."""

    __tablename__ = "award_nomination"
    __table_args__ = (CheckConstraint(_in("nominee_kind", NOMINEE_KINDS), name="nominee_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("award_category.id", ondelete="CASCADE"), index=True
    )
    nominee_kind: Mapped[str] = mapped_column(String(10))
    team_id: Mapped[int | None] = mapped_column(Integer)
    nominee_name: Mapped[str] = mapped_column(String(200), default="")
    nominated_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    is_winner: Mapped[bool] = mapped_column(Boolean, default=False)
