"""The database tables, as SQLAlchemy 2 typed models.

Every change to these models needs an Alembic revision in ``migrations/versions`` and a
fixture database from the revision before it (see tests/store/test_migrations.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


class Base(DeclarativeBase):
    """Base class of every table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


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
