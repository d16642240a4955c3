"""Stakeholder contacts and the log of visits and meetings (engagements).

An engagement is one record with its participants, the teams involved, the themes heard and
the plan actions it gave rise to. Last contact, next contact due, overdue and "planned" (a
date still to come) are derived from engagements in ``domain/``; none is stored. E-mail
addresses and phone numbers are stored as typed: the domain flags ones that look wrong.
Deleting sets ``deleted_at`` so that undo brings a row back whole.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base

CATEGORIES = (
    "council-leadership",
    "elected-members",
    "hr-od",
    "finance",
    "nhs-icb",
    "providers",
    "voluntary-sector",
    "unions",
    "networks",
    "regulators",
    "education",
    "people-carers",
    "staff",
)
CADENCES = ("weekly", "fortnightly", "monthly", "six-weekly", "quarterly", "six-monthly", "none")
ENGAGEMENT_KINDS = (
    "informal-visit",
    "team-meeting",
    "staff-briefing",
    "roadshow",
    "one-to-one",
    "away-day",
    "partner-meeting",
    "written-briefing",
    "call",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Stakeholder(Base):
    """A person the director keeps in touch with, and how often they mean to."""

    __tablename__ = "stakeholder"
    __table_args__ = (
        CheckConstraint(_in("category", CATEGORIES), name="category"),
        CheckConstraint(_in("cadence", CADENCES), name="cadence"),
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_1_to_5"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest_1_to_5"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(30))
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    cadence: Mapped[str] = mapped_column(String(20), default="none")
    # Comma-separated, tidied by the domain; few enough per person not to need a table.
    tags: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class Engagement(Base):
    """A visit, meeting, briefing or call: when, where, what was heard and what follows."""

    __tablename__ = "engagement"
    __table_args__ = (
        CheckConstraint(_in("kind", ENGAGEMENT_KINDS), name="kind"),
        CheckConstraint("staff_count IS NULL OR staff_count >= 0", name="staff_not_negative"),
        # A practice's latest visit of a kind it counts: one index search per kind.
        Index("ix_engagement_kind_occurred_on", "kind", "occurred_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    starts_at: Mapped[dt.time | None] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(200), default="")
    staff_count: Mapped[int | None] = mapped_column(Integer)
    going_well: Mapped[str] = mapped_column(Text, default="")
    to_improve: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    you_said_we_did: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class EngagementParticipant(Base):
    """A stakeholder met at an engagement."""

    __tablename__ = "engagement_participant"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EngagementTeam(Base):
    """A team involved in an engagement (for coverage: which teams have been visited)."""

    __tablename__ = "engagement_team"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), primary_key=True
    )
    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EngagementTheme(Base):
    """A theme heard at an engagement, such as "workload" or "IT and systems"."""

    __tablename__ = "engagement_theme"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)


class EngagementAction(Base):
    """A plan action that arose from an engagement (the action itself lives in the plan)."""

    __tablename__ = "engagement_action"

    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), primary_key=True
    )
    plan_item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True, index=True
    )
