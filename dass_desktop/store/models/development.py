"""The director's own development, wellbeing check-ins and reflective journal.

Development records are mentor and coach sessions, 360-degree feedback rounds, learning
and network events; each may carry actions (what was taken from a 360 round) and links to
plan items by id. Check-ins are one a week. Journal entries are private unless the
director says otherwise; private text never leaves the database (see ``domain/``).
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

RECORD_KINDS = ("mentor", "coach", "feedback-360", "learning", "network", "peer-support")
DEV_LINK_KINDS = ("plan-item", "practice")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class DevelopmentRecord(Base):
    """A session, feedback round or event: when, with whom, themes and what I will try."""

    __tablename__ = "development_record"
    __table_args__ = (CheckConstraint(_in("kind", RECORD_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    themes: Mapped[str] = mapped_column(Text, default="")
    will_try: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class DevelopmentAction(Base):
    """An action taken from a development record (most often a 360 round)."""

    __tablename__ = "development_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("development_record.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class DevelopmentLink(Base):
    """A link from a development record to a plan item (by id) or a practice (by key)."""

    __tablename__ = "development_link"
    __table_args__ = (CheckConstraint(_in("target_kind", DEV_LINK_KINDS), name="target_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("development_record.id", ondelete="CASCADE"), index=True
    )
    target_kind: Mapped[str] = mapped_column(String(12))
    target_id: Mapped[int | None] = mapped_column(Integer)
    target_key: Mapped[str] = mapped_column(String(100), default="")


class WellbeingCheckIn(Base):
    """A weekly check-in: energy and workload from 1 to 5, and one line."""

    __tablename__ = "wellbeing_checkin"
    __table_args__ = (
        CheckConstraint("energy BETWEEN 1 AND 5", name="energy_1_to_5"),
        CheckConstraint("workload BETWEEN 1 AND 5", name="workload_1_to_5"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The Monday of the week checked in for; one check-in a week.
    week_of: Mapped[dt.date] = mapped_column(Date, unique=True)
    energy: Mapped[int] = mapped_column(Integer)
    workload: Mapped[int] = mapped_column(Integer)
    line: Mapped[str] = mapped_column(String(200), default="")


class JournalEntry(Base):
    """A reflective entry; private ones never appear in any export, search or log."""

    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    written_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
