"""The director's own words for each printed plan, section by section."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base


class PlanNarrative(Base):
    """One section of a plan's narrative (e.g. the 100-day plan's "early wins")."""

    __tablename__ = "plan_narrative"
    __table_args__ = (UniqueConstraint("plan_kind", "section", name="plan_section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_kind: Mapped[str] = mapped_column(String(20))
    section: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
