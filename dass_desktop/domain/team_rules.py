"""The team register: teams, their FTE figures, strengths and areas for development.

The rules live here: FTE figures are non-negative numbers and staff in post may exceed the
establishment only by a stated overshoot; vacancies left blank are worked out as the
establishment less staff in post; the vacancy rate is vacancies over establishment and is
always computed, never typed or stored (a team with no establishment has no rate); and the
department roll-up adds the teams up, weighting the rate by establishment rather than
averaging team rates. Every change commits one transaction and returns :class:`Changes`.
Gaps are in ``domain/team_gap_rules.py`` and its two neighbours.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import (
    FTE_LABELS,
    MAX_FTE,
    MAX_NAME,
    OVERSHOOT_MIN_FTE,
    OVERSHOOT_SHARE,
    CleanTeam,
    DepartmentRollUp,
    GapTally,
    NoteKind,
    Role,
    ServiceArea,
    Severity,
    TeamDraft,
    TeamRow,
    format_fte,
    worst_severity,
)

_NUMBER = re.compile(r"^(\d+(\.\d*)?|\.\d+)$")


# --- the rules ---------------------------------------------------------------------------
def parse_fte(
    value: float | str | None, field_name: str, *, blank: float | None = 0.0
) -> float | None:
    """An FTE figure from what was typed, rounded to hundredths.

    Blank input gives ``blank`` (0 for figures every team has, None for optional ones).
    Raises :class:`InvalidInput` for ``field_name`` when the value is not a non-negative
    number of a believable size.
    """
    label = FTE_LABELS.get(field_name, "The figure")
    if value is None:
        return blank
    if isinstance(value, str):
        text = value.strip()
        if text.lower().endswith("fte"):
            text = text[:-3].strip()
        if not text:
            return blank
        if text.startswith("-") and _NUMBER.match(text[1:].strip()):
            raise InvalidInput(field_name, f"{label} cannot be negative.")
        if not _NUMBER.match(text):
            raise InvalidInput(
                field_name, f"{label} must be a number of full-time equivalents, such as 12.5."
            )
        number = float(text)
    else:
        number = float(value)
        if not math.isfinite(number):
            raise InvalidInput(field_name, f"{label} must be a number, such as 12.5.")
        if number < 0:
            raise InvalidInput(field_name, f"{label} cannot be negative.")
    if number > MAX_FTE:
        raise InvalidInput(field_name, f"{label} looks too large; check the figure.")
    return round(number, 2)


def overshoot_allowed(establishment: float) -> float:
    """How far staff in post may exceed the establishment: 10%, and at least 1 FTE."""
    return round(max(OVERSHOOT_MIN_FTE, establishment * OVERSHOOT_SHARE), 2)


def most_in_post(establishment: float) -> float:
    """The most staff in post a team with ``establishment`` FTE can have."""
    return round(establishment + overshoot_allowed(establishment), 2)


def tidy(text: str, limit: int = MAX_NAME) -> str:
    """Whitespace collapsed and the text cut to ``limit`` characters."""
    return " ".join(text.split())[:limit]


def validate_team(draft: TeamDraft) -> CleanTeam:
    """Check a draft team field by field; raise :class:`InvalidInput` naming the first fault."""
    name = tidy(draft.name, 10 * MAX_NAME)
    if not name:
        raise InvalidInput("name", "Give the team a name.")
    if len(name) > MAX_NAME:
        raise InvalidInput("name", f"Keep the team's name under {MAX_NAME} characters.")
    try:
        area = ServiceArea(draft.service_area)
    except ValueError:
        raise InvalidInput("service_area", "Choose the team's service area.") from None
    establishment = parse_fte(draft.establishment, "establishment") or 0.0
    in_post = parse_fte(draft.in_post, "in_post") or 0.0
    vacancies = parse_fte(draft.vacancies, "vacancies", blank=None)
    agency = parse_fte(draft.agency, "agency") or 0.0
    if in_post > most_in_post(establishment):
        raise InvalidInput(
            "in_post",
            f"Staff in post cannot be more than {format_fte(most_in_post(establishment))} FTE: "
            f"the establishment of {format_fte(establishment)} FTE plus an overshoot of "
            f"{format_fte(overshoot_allowed(establishment))} FTE (10%, at least 1 FTE). "
            "Check both figures.",
        )
    if vacancies is not None and vacancies > establishment:
        raise InvalidInput(
            "vacancies",
            f"Vacancies cannot be more than the establishment of {format_fte(establishment)} "
            "FTE. Leave vacancies blank to work them out from staff in post.",
        )
    return CleanTeam(
        name=name,
        service_area=area,
        manager=tidy(draft.manager),
        base=tidy(draft.base),
        establishment=establishment,
        in_post=in_post,
        vacancies=vacancies,
        agency=agency,
    )


def department_rollup(teams: Sequence[TeamRow], gaps: Sequence[GapRow]) -> DepartmentRollUp:
    """Add up ``teams`` and tally the open ``gaps`` belonging to them.

    The vacancy rate across teams is total vacancies over total establishment, so a large
    team weighs more than a small one; teams with no establishment add nothing to either.
    """
    team_ids = {t.id for t in teams}
    counts: dict[tuple[Role, Severity], tuple[int, float]] = {}
    for gap in gaps:
        if gap.team_id not in team_ids or not gap.status.is_open:
            continue
        count, fte = counts.get((gap.role, gap.severity), (0, 0.0))
        counts[(gap.role, gap.severity)] = (count + 1, fte + (gap.gap_fte or 0.0))
    tallies = tuple(
        GapTally(role, severity, *counts[(role, severity)])
        for role in Role
        for severity in Severity
        if (role, severity) in counts
    )
    return DepartmentRollUp(
        teams=len(teams),
        establishment=round(sum(t.establishment for t in teams), 2),
        in_post=round(sum(t.in_post for t in teams), 2),
        vacancies=round(sum(t.vacancies for t in teams), 2),
        agency=round(sum(t.agency for t in teams), 2),
        teams_without_establishment=sum(1 for t in teams if t.establishment <= 0),
        open_gaps=sum(t.count for t in tallies),
        tallies=tallies,
    )


def team_rows(
    teams: Iterable[Sequence[Any]],
    notes: Mapping[tuple[int, str], int],
    open_gaps: Mapping[int, list[Severity]],
) -> list[TeamRow]:
    """The register's rows, by name (case-folded) then id, from each team's columns (id,
    name, service area, manager, base, establishment, in post, vacancies, agency), the
    count of its live notes by (team, kind), and the severities of its open gaps.
    """
    areas = {area.value: area for area in ServiceArea}
    strength, development = NoteKind.STRENGTH.value, NoteKind.DEVELOPMENT.value
    rows = [
        TeamRow(
            id=team_id,
            name=name,
            service_area=areas[area] if area in areas else ServiceArea(area),
            manager=manager,
            base=base,
            establishment=establishment,
            in_post=in_post,
            vacancies_given=vacancies,
            agency=agency,
            strengths=notes.get((team_id, strength), 0),
            developments=notes.get((team_id, development), 0),
            open_gaps=len(open_gaps.get(team_id, [])),
            highest_severity=worst_severity(open_gaps.get(team_id, [])),
        )
        for team_id, name, area, manager, base, establishment, in_post, vacancies, agency in teams
    ]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))
