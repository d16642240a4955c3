"""Workforce data: the department's and teams' monthly figures, comparators and diversity.

A figure belongs to a *scope*: the whole department, or one team. Team scopes keep the
team's name (figures are imported by name) and, once matched, the ``team_id`` of the team in
the register. Comparator values (England, a
region, councils in the CIPFA family or named by the director) are kept apart from the
council's own figures, each with its period, source and year. Derived figures (rolling
12-month turnover and sickness, RAG ratings, gaps against the population) are computed in
``domain/``, never stored.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from dass_desktop.store.models.base import Base

SCOPE_KINDS = ("department", "team")
SOURCE_KINDS = ("typed", "import")
COMPARATOR_KINDS = ("england", "region", "council")
FAMILY_KINDS = ("cipfa", "named")
DIVERSITY_SUBJECTS = ("workforce", "population")
DIVERSITY_DIMENSIONS = ("ethnicity", "sex", "age", "disability", "religion", "sexuality")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class WorkforceScope(Base):
    """Whose figures: the whole department (one row) or a team, by name."""

    __tablename__ = "workforce_scope"
    __table_args__ = (
        CheckConstraint(_in("kind", SCOPE_KINDS), name="kind"),
        UniqueConstraint("kind", "name", name="uq_workforce_scope_kind_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(200))
    # The team in the register this scope stands for, once matched by name.
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))


class WorkforceValue(Base):
    """One figure of one metric for one scope and month, with where it came from."""

    __tablename__ = "workforce_value"
    __table_args__ = (
        CheckConstraint(_in("source_kind", SOURCE_KINDS), name="source_kind"),
        UniqueConstraint(
            "scope_id", "metric", "period", name="uq_workforce_value_scope_metric_period"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No separate index: the unique constraint below starts with scope_id.
    scope_id: Mapped[int] = mapped_column(ForeignKey("workforce_scope.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(40))
    # The first day of the month the figure is for (or ends, for a 12-month figure).
    period: Mapped[dt.date] = mapped_column(Date)
    # How the source named the period when it was not a month, e.g. "2023/24".
    period_label: Mapped[str] = mapped_column(String(40), default="")
    value: Mapped[float] = mapped_column(Float)
    source_kind: Mapped[str] = mapped_column(String(8), default="typed")
    source_file: Mapped[str] = mapped_column(String(260), default="")
    source_row: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class WorkforceTarget(Base):
    """The director's target for a metric; a NULL value means "no target"."""

    __tablename__ = "workforce_target"

    metric: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[float | None] = mapped_column(Float)


class ComparatorCouncil(Base):
    """A council the director compares with: in the CIPFA family, or named by them."""

    __tablename__ = "comparator_council"
    __table_args__ = (CheckConstraint(_in("kind", FAMILY_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_code: Mapped[str] = mapped_column(String(9), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(8), default="cipfa")
    # The council whose CIPFA list this member came from (empty for a named council).
    from_list_of: Mapped[str] = mapped_column(String(9), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ComparatorValue(Base):
    """A figure for England, a region or another council, typed or imported.

    ``area_key`` is the area's ONS code when known, else its name, so that importing the
    same file again updates the figure instead of adding a second one. ``covers`` says whose
    workforce the figure describes (e.g. the whole sector in the area, or council staff).
    """

    __tablename__ = "comparator_value"
    __table_args__ = (
        CheckConstraint(_in("kind", COMPARATOR_KINDS), name="kind"),
        CheckConstraint(_in("source_kind", SOURCE_KINDS), name="source_kind"),
        UniqueConstraint(
            "area_key", "metric", "period_end", "covers", name="uq_comparator_value_figure"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    area_key: Mapped[str] = mapped_column(String(200))
    area_name: Mapped[str] = mapped_column(String(200))
    metric: Mapped[str] = mapped_column(String(40))
    period_label: Mapped[str] = mapped_column(String(40))
    period_end: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    covers: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(Integer)
    source_kind: Mapped[str] = mapped_column(String(8), default="typed")
    source_row: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class DiversityFigure(Base):
    """The share (%) of the workforce, or of the local population, in one group."""

    __tablename__ = "diversity_figure"
    __table_args__ = (
        CheckConstraint(_in("subject", DIVERSITY_SUBJECTS), name="subject"),
        CheckConstraint(_in("dimension", DIVERSITY_DIMENSIONS), name="dimension"),
        UniqueConstraint(
            "subject", "dimension", "group_key", "as_of", name="uq_diversity_figure_group"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(12))
    dimension: Mapped[str] = mapped_column(String(12))
    group_key: Mapped[str] = mapped_column(String(40))
    as_of: Mapped[dt.date] = mapped_column(Date)
    percent: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")


class ImportMapping(Base):
    """How the columns of a CSV layout were mapped last time, keyed by its header."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(Text, unique=True)
    mapping: Mapped[str] = mapped_column(Text)
    options: Mapped[str] = mapped_column(Text, default="{}")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
