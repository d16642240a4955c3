"""The figures the demo's own words quote, read back from the demo's data.

A director's notes quote the figures in front of them. So that the demo's findings, team
notes and narrative never contradict its HR return or its team register, every figure in
those words is filled in here, after the data is written, from the domain's own functions
(the workforce series and the register's roll-up), never typed into a sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dass_desktop.domain import (
    engagement_store,
    team_gap_store,
    team_rules,
    team_store,
    workforce_rules,
    workforce_store,
    workforce_terms,
)
from dass_desktop.store import Store


@dataclass(frozen=True)
class Figures:
    """The latest figures of one scope (the department, or one team), as the data holds them."""

    values: dict[str, float]
    month: dt.date | None

    def get(self, key: str) -> float | None:
        """The latest figure of metric ``key`` (None when the scope has none)."""
        return self.values.get(key)


def latest_figures(store: Store) -> dict[str | None, Figures]:
    """Each scope's latest headline figures, keyed by team name (None: the department)."""
    keys = [m.key for m in workforce_terms.METRICS]
    found: dict[str | None, Figures] = {}
    for scope in workforce_store.list_scopes(store):
        rows = workforce_store.list_values(store, scope.id)
        values: dict[str, float] = {}
        month = None
        for key in keys:
            point = workforce_rules.latest(workforce_rules.series(rows, key))
            if point is not None:
                values[key] = point.value
                if key == "fte":
                    month = point.period
        found[None if scope.is_department else scope.name] = Figures(values, month)
    return found


def register_rates(store: Store) -> dict[str, float]:
    """Each team's vacancy rate in the register, as a percentage (teams with a rate only)."""
    return {
        t.name: 100 * t.vacancy_rate
        for t in team_store.list_teams(store)
        if t.vacancy_rate is not None
    }


def department_rate(store: Store) -> float | None:
    """The department's vacancy rate from the register's roll-up, as a percentage."""
    rollup = team_rules.department_rollup(
        team_store.list_teams(store), team_gap_store.list_gaps(store)
    )
    return None if rollup.vacancy_rate is None else 100 * rollup.vacancy_rate


def percent(value: float) -> str:
    """A rate as a director would say it: ``29%``."""
    return f"{value:.0f}%"


# How the director speaks of a team whose register name is long (others: the name without
# its bracketed aside).
SPOKEN = {
    "Mental Health and AMHP Service": "the AMHP service",
    "Occupational Therapy Service": "occupational therapy",
    "Hospital Discharge Team": "hospital discharge",
    "Northmoor Connect (front door)": "the front door",
    "Learning Disability Team": "the learning disability team",
    "Adult Safeguarding Hub": "the safeguarding hub",
    "Commissioning and Market Shaping": "commissioning",
    "Adult Social Care Business Support": "business support",
}


def short(name: str) -> str:
    """A team as a director speaks of it: ``the AMHP service``; ``Reablement North (Home
    First)`` -> ``Reablement North``.
    """
    return SPOKEN.get(name, name.split(" (")[0])


def joined(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def teams_visited(store: Store, today: dt.date) -> tuple[int, int]:
    """How many teams in the register have had a visit or meeting by ``today``, of how many."""
    register = team_store.list_teams(store)
    held = {
        team_id
        for row in engagement_store.list_engagements(store)
        if row.occurred_on <= today
        for team_id in (t.id for t in row.teams)
    }
    return sum(1 for t in register if t.id in held), len(register)
