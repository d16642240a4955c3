"""The team register: teams, their strengths and areas for development, and their gaps.

FTE figures are stored as typed (rounded to hundredths); the vacancy rate, roll-ups and a
team's highest open severity are computed in ``domain/team_terms.py``, never stored. A team's
vacancies may be left blank, in which case the domain works them out from establishment
less staff in post. Deleting sets ``deleted_at`` so that undo brings a row back whole.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base

SERVICE_AREAS = (
    "front-door",
    "reablement",
    "hospital-discharge",
    "long-term-support",
    "learning-disability",
    "mental-health",
    "occupational-therapy",
    "safeguarding",
    "commissioning",
    "business-support",
    "other",
)
NOTE_KINDS = ("strength", "development")
GAP_ROLES = (
    "social-worker",
    "senior-practitioner",
    "amhp",
    "ot",
    "ot-assistant",
    "reablement-worker",
    "team-manager",
    "commissioner",
    "business-support",
    "other",
)
SEVERITIES = ("low", "medium", "high", "critical")
MITIGATIONS = (
    "shared-service",
    "assistant-roles",
    "international-recruitment",
    "automation",
    "business-support",
    "grow-your-own",
    "agency-cover",
    "other",
)
GAP_STATUSES = ("open", "mitigating", "closed")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Team(Base):
    """A team in the department, with its establishment and staffing in FTE."""

    __tablename__ = "team"
    __table_args__ = (
        CheckConstraint(_in("service_area", SERVICE_AREAS), name="service_area"),
        CheckConstraint(
            "establishment_fte >= 0 AND in_post_fte >= 0 AND agency_fte >= 0 "
            "AND (vacancies_fte IS NULL OR vacancies_fte >= 0)",
            name="fte_not_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    service_area: Mapped[str] = mapped_column(String(30))
    manager: Mapped[str] = mapped_column(String(200), default="")
    base: Mapped[str] = mapped_column(String(200), default="")
    establishment_fte: Mapped[float] = mapped_column(Float, default=0.0)
    in_post_fte: Mapped[float] = mapped_column(Float, default=0.0)
    # None means "not given": the domain works them out as establishment less in post.
    vacancies_fte: Mapped[float | None] = mapped_column(Float)
    agency_fte: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class TeamNote(Base):
    """A strength or an area for development noted about a team, with when and from where."""

    __tablename__ = "team_note"
    __table_args__ = (CheckConstraint(_in("kind", NOTE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    noted_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class TeamGap(Base):
    """A capacity or skills gap in a team, its mitigation, and the plan action it became."""

    __tablename__ = "team_gap"
    __table_args__ = (
        CheckConstraint(_in("role", GAP_ROLES), name="role"),
        CheckConstraint(_in("severity", SEVERITIES), name="severity"),
        CheckConstraint(
            f"mitigation IS NULL OR {_in('mitigation', MITIGATIONS)}", name="mitigation"
        ),
        CheckConstraint(_in("status", GAP_STATUSES), name="status"),
        CheckConstraint("gap_fte IS NULL OR gap_fte >= 0", name="gap_fte_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    gap_fte: Mapped[float | None] = mapped_column(Float)
    description: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(String(10), default="medium")
    mitigation: Mapped[str | None] = mapped_column(String(30))
    mitigation_notes: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    # The plan action made from this gap, so the gap shows it and it is never made twice.
    plan_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
