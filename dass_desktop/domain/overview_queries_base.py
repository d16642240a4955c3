"""What the dashboard's first reads return, shared by the ORM and the plain-SQL versions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from dass_desktop.domain.plan_terms import Rag, ThemeProgress
from dass_desktop.domain.timeline import date_of_day
from dass_desktop.domain.wellbeing_terms import CheckInRow
from dass_desktop.domain.working_days import next_working_day

#: The RAG ratings from the worst: the order of the per-rating counts each theme's row ends with.
BY_SEVERITY = tuple(sorted(Rag, key=lambda r: r.severity))

#: How many rows each dashboard list shows; its title gives the full count.
SHOWN = 20


@dataclass(frozen=True)
class Top:
    """The first rows of a list and how many there are in all."""

    total: int
    rows: tuple[Any, ...]


@dataclass(frozen=True)
class Lapsed:
    """A practice that has lapsed, and the day it should have been practised by."""

    id: int
    title: str
    next_by: dt.date


@dataclass(frozen=True)
class Celebration:
    """What the dashboard's celebrating card shows (see :mod:`recognition_rules`)."""

    last_given: tuple[str, dt.date] | None
    teams: int
    never_recognised: tuple[tuple[int, str], ...]
    recent_checkins: tuple[CheckInRow, ...]


def working_days_json(start: dt.date, low: int, high: int) -> str:
    """Plan days ``low`` to ``high`` as a JSON object: each day's number to the date it falls
    due, moved to the next working day (see :func:`plan_rules.due_on`).
    """
    days = {
        str(day): next_working_day(date_of_day(start, day)).isoformat()
        for day in range(low, high + 1)
    }
    return json.dumps(days, separators=(",", ":"))


def overall(themes: list[ThemeProgress]) -> ThemeProgress:
    """The whole plan's progress from its themes'."""
    rated = [t.rag for t in themes if t.rag is not None]
    return ThemeProgress(
        "All",
        sum(t.done for t in themes),
        sum(t.applicable for t in themes),
        sum(t.open_items for t in themes),
        min(rated, key=lambda r: r.severity) if rated else None,
        tuple(
            (rag, n)
            for rag in BY_SEVERITY
            if (n := sum(dict(t.rag_counts).get(rag, 0) for t in themes))
        ),
    )


def theme_progress_rows(rows: Iterable[Sequence[Any]]) -> list[ThemeProgress]:
    """Themes' progress from grouped rows: title, done, applicable, open, the worst open
    rating's severity, then the open items' count for each rating in :data:`BY_SEVERITY`.
    """
    by_severity = {r.severity: r for r in Rag}
    return [
        ThemeProgress(
            title,
            done,
            applicable,
            open_items,
            by_severity.get(worst),
            tuple((rag, n) for rag, n in zip(BY_SEVERITY, counts, strict=True) if n),
        )
        for title, done, applicable, open_items, worst, *counts in rows
    ]
