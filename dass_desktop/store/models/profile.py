"""The director's profile table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, String, func
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


class Profile(Base):
    """The director: who they are, their council and when they started.

    There is at most one row. Its absence means the app has not been set up yet.
    """

    __tablename__ = "profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    director_name: Mapped[str] = mapped_column(String(200))
    council_name: Mapped[str] = mapped_column(String(200))
    council_code: Mapped[str | None] = mapped_column(String(9))
    region: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[dt.date] = mapped_column(Date)
    chief_executive_name: Mapped[str] = mapped_column(String(200), default="")
    protective_marking: Mapped[str] = mapped_column(String(60), default=DEFAULT_MARKING)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
