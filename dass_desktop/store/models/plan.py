"""The onboarding plan: themes, items (checklist questions and actions) and evidence.

Items seeded from the guidance templates keep their ``template_key``; ``seeded_template``
records every key ever seeded, so a later release adds only new keys and never brings back
an item the director deleted. Deleting an item sets ``deleted_at`` (so undo restores it
with its notes); derived facts (due date from the start date, overdue, progress) are
computed in ``domain/plan_rules.py``, never stored.
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
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base

PHASES = ("first-30", "to-100", "to-183")
STATUSES = ("not-started", "in-progress", "done", "not-applicable")
RAGS = ("red", "amber", "green")
KINDS = ("question", "action", "practice")
CADENCES = ("weekly", "monthly", "quarterly")
LOG_KINDS = ("visit", "briefing", "recognition", "done")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Theme(Base):
    """A group of plan items, e.g. "Check the basics"; the director can add their own."""

    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class PlanItem(Base):
    """One checklist question, action or practice in the director's plan.

    A practice (``kind`` "practice") is a habit kept at a ``cadence``, never done: its
    ``day_offset`` is the plan day it should first have been practised by, and
    ``counts_from`` lists the engagement kinds (comma-separated) that count as practising it.
    """

    __tablename__ = "plan_item"
    __table_args__ = (
        CheckConstraint(_in("phase", PHASES), name="phase"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint(f"rag IS NULL OR {_in('rag', RAGS)}", name="rag"),
        CheckConstraint(_in("kind", KINDS), name="kind"),
        CheckConstraint(f"cadence IS NULL OR {_in('cadence', CADENCES)}", name="cadence"),
        # The dashboard reads these few columns of every item, not the wide rows: open items
        # by due date (mostly open, so only a covering index beats a scan), and each theme's
        # progress.
        Index(
            "ix_plan_item_open_due",
            "status",
            "kind",
            "deleted_at",
            "phase",
            "day_offset",
            "due_date",
            "theme_id",
            "position",
        ),
        Index("ix_plan_item_progress", "theme_id", "deleted_at", "kind", "status", "rag", "phase"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="RESTRICT"), index=True)
    template_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="question", index=True)
    title: Mapped[str] = mapped_column(Text)
    help: Mapped[str] = mapped_column(Text, default="")
    guidance_ref: Mapped[str] = mapped_column(String(200), default="")
    phase: Mapped[str] = mapped_column(String(10), default="to-100")
    day_offset: Mapped[int | None] = mapped_column(Integer, index=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="not-started")
    rag: Mapped[str | None] = mapped_column(String(5))
    owner: Mapped[str] = mapped_column(String(200), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(80), default="")
    cadence: Mapped[str | None] = mapped_column(String(10))
    counts_from: Mapped[str] = mapped_column(String(200), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class EvidenceLink(Base):
    """A file or web address that evidences a plan item, opened with the system's handler."""

    __tablename__ = "evidence_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    target: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(200), default="")
    added_on: Mapped[dt.date] = mapped_column(Date)


class PracticeLog(Base):
    """One time a practice was practised: a visit, a briefing, a recognition or "done today"."""

    __tablename__ = "practice_log"
    __table_args__ = (CheckConstraint(_in("kind", LOG_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    practised_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12), default="done")
    engagement_id: Mapped[int | None] = mapped_column(
        ForeignKey("engagement.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SeededTemplate(Base):
    """Every guidance template key ever seeded into this database (items and themes)."""

    __tablename__ = "seeded_template"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    seeded_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
