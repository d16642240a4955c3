"""The read model: every figure the dashboard, the printed plans and the briefing show.

A figure shown in two places must be the same figure, so it is worked out once, here, from
one reading of the store on one day. The dashboard, the PDFs and the one-to-one briefing ask
an :class:`Overview` rather than adding things up themselves.

Definitions that matter because they could be read two ways:

- **Visits held** are engagements on or before the day asked about; later ones are *booked*.
  Counts run from the director's start date (or the first entry in the log).
- **People met** counts distinct named people at engagements held, never attendances.
- **Staff in post, establishment and vacancies** come from the teams register; the
  workforce figures give rates over time (turnover, sickness, supervision...).
- **The last one-to-one** is the latest engagement before the day asked about at which the
  chief executive (the profile's chief executive, as a contact) was present; "what changed"
  runs from that day, or from the start date when there has been none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dass_desktop.domain import (
    coverage,
)
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.overview_terms import Risk, VisitFigures
from dass_desktop.domain.plan_terms import ThemeProgress
from dass_desktop.domain.team_terms import TeamRow
from dass_desktop.domain.timeline import PLAN_PHASES, Phase


def phases_of(kind: PlanKind) -> tuple[Phase, ...]:
    """The phases a printed plan covers."""
    if kind is PlanKind.HUNDRED_DAY:
        return (Phase.FIRST_30, Phase.TO_DAY_100)
    return PLAN_PHASES


# --- the director's lists, read from the narrative ----------------------------------------
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s*")


def listed(text: str) -> list[str]:
    """A narrative section as a list: one entry per line, bullets and numbers removed."""
    entries = (_BULLET.sub("", line).strip() for line in text.splitlines())
    return [e for e in entries if e]


def risks_from(text: str) -> list[Risk]:
    """Risks written one per line as ``what | owner | trend`` (owner and trend optional)."""
    found = []
    for entry in listed(text):
        parts = [p.strip() for p in entry.split("|")]
        found.append(Risk(parts[0], parts[1] if len(parts) > 1 else "", _trend(parts[2:])))
    return found


def _trend(parts: Sequence[str]) -> str:
    return parts[0].lower() if parts and parts[0] else ""


def status_sentence(progress: ThemeProgress, late: int, red: int) -> str:
    """One line on where the plan stands: done out of applicable, overdue and red items."""
    if not progress.applicable:
        return "No plan items yet."
    if red == 0 and late == 0:
        state = "On track"
    elif red <= 2 and late <= 5:
        state = "Mostly on track"
    else:
        state = "Behind in places"
    details = [progress.sentence]
    details.append(f"{late} overdue" if late else "nothing overdue")
    if red:
        details.append(f"{red} rated red")
    return f"{state}: " + ", ".join(details) + "."


def visit_figures(
    logged: Sequence[EngagementRow],
    team_rows: Sequence[TeamRow],
    first: dt.date,
    today: dt.date,
    top: int = 8,
) -> VisitFigures:
    """Visits held from ``first`` to ``today``, those booked after it, reach and themes."""
    held = coverage.held_between(logged, first, today)
    reached = {t.id for e in held for t in e.teams} & {t.id for t in team_rows}
    people = {p.id for e in held for p in e.people}
    return VisitFigures(
        first=first,
        held=len(held),
        booked=sum(1 for e in logged if e.is_planned(today)),
        by_kind=coverage.kind_counts(held),
        people_met=len(people),
        teams_reached=len(reached),
        teams_total=len(team_rows),
        coverage=tuple(coverage.team_coverage(team_rows, logged, today)),
        top_themes=tuple(coverage.theme_counts(held, first, today)[:top]),
        you_said_we_did=tuple(
            sorted((e for e in held if e.you_said_we_did), key=lambda e: e.occurred_on)
        ),
        weeks=tuple(coverage.visits_per_week(held, first, today)),
    )
