"""The demo council's workforce: 18 months of team and department figures, diversity,
targets and a comparator family.

Northmoor Council is fictional, so every figure for it (and its teams) is made up here and
labelled as demo data. It has no CIPFA list of its own: the demo borrows the published CIPFA
nearest-neighbour list of a real North West council (Wigan) and says so on the page; the
comparator figures shown for those councils are the real published ones shipped with the
app, never invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, replace

from dass_desktop.domain import comparator_family, workforce_rules, workforce_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.team_rules import department_rollup
from dass_desktop.domain.team_store import list_teams
from dass_desktop.domain.team_terms import DepartmentRollUp, ServiceArea, TeamRow
from dass_desktop.domain.workforce_import import DiversityRow, ImportBatch, OwnValue, apply_import
from dass_desktop.store import Store

MONTHS = 18
SOURCE = "Northmoor Council HR return (demo figures, fictional)"
# The real council whose published CIPFA list the fictional demo council borrows.
BORROWED_FAMILY_OF = "E08000010"  # Wigan
NAMED_COMPARATOR = "E08000001"  # Bolton
WORKING_DAYS_PER_MONTH = 21.0


@dataclass(frozen=True)
class TeamShape:
    """How a demo team's figures behave: size, and the level and drift of each rate.

    ``vacancy`` and ``agency`` are where those rates end (last month) and ``supervision`` and
    ``appraisals`` where they start; each drift is how far the rate moves over the 18 months.
    ``in_post`` and ``establishment`` are the register's FTE, which the last month matches.
    """

    name: str
    headcount: int
    fte_ratio: float
    vacancy: float
    vacancy_drift: float
    turnover: float  # % a year
    sickness: float  # days per FTE a year
    agency: float
    supervision: float
    supervision_drift: float
    appraisals: float
    agency_drift: float = 0.0
    in_post: float = 0.0
    establishment: float = 0.0


TEAMS = (
    TeamShape("Front Door and First Contact", 38, 0.93, 8.0, -1.0, 13, 9.5, 3.0, 91, 1, 84),
    TeamShape("Hospital Discharge", 34, 0.95, 11.0, 2.0, 17, 11.0, 9.0, 84, -9, 71, 4.0),
    TeamShape("Reablement", 96, 0.82, 9.0, 1.5, 19, 16.5, 4.0, 86, 2, 76),
    TeamShape("Long-term Support North", 44, 0.92, 14.0, 3.5, 16, 10.5, 12.0, 82, 3, 69),
    TeamShape("Long-term Support South", 41, 0.91, 10.0, 0.5, 14, 9.0, 7.0, 88, 2, 80),
    TeamShape("Learning Disability", 36, 0.90, 7.0, 0.0, 11, 10.0, 3.0, 93, 0, 88),
    TeamShape("Mental Health and AMHP Service", 29, 0.94, 17.0, 2.5, 18, 14.5, 18, 80, 4, 66, 5),
    TeamShape("Occupational Therapy", 22, 0.88, 15.0, -3.0, 15, 8.0, 11.0, 92, 0, 86),
    TeamShape("Safeguarding", 18, 0.95, 6.0, 0.0, 10, 8.5, 0.0, 95, 0, 91),
    TeamShape("Commissioning", 24, 0.94, 9.0, -2.0, 12, 7.0, 8.0, 87, 3, 83),
    TeamShape("Business Support", 52, 0.83, 5.0, 0.5, 12, 11.5, 2.0, 90, 1, 79),
)  # fmt: skip

# Where one register team's story differs from its service area's usual shape (what its
# notes in the register say about it): a settled reablement team with low sickness but
# appraisals behind, and a long-term support team whose supervision has slipped.
TEAM_OVERRIDES: dict[str, dict[str, float]] = {
    "Reablement South": {"sickness": 7.5, "turnover": 9.0, "appraisals": 40.0},
    "Long-term Support East": {"supervision": 77.0, "supervision_drift": -14.0},
}

# Northmoor's people (fictional, roughly the make-up of a North West borough).
POPULATION = {
    "ethnicity": {"asian": 9.6, "black": 1.9, "mixed": 2.2, "white": 84.8, "other": 1.5},
    "sex": {"female": 51.0, "male": 49.0},
    "age": {"16-24": 13.9, "25-34": 16.1, "35-44": 15.2, "45-54": 16.4, "55-64": 15.8,
            "65+": 22.6},
    "disability": {"disabled": 21.4, "not_disabled": 78.6},
    "religion": {"no_religion": 32.0, "christian": 52.0, "buddhist": 0.3, "hindu": 0.8,
                 "jewish": 0.2, "muslim": 8.5, "sikh": 0.2, "other": 0.5, "not_stated": 5.5},
    "sexuality": {"heterosexual": 89.6, "gay_or_lesbian": 1.4, "bisexual": 1.2, "other": 0.3,
                  "not_stated": 7.5},
}  # fmt: skip
WORKFORCE = {
    "ethnicity": {"asian": 5.8, "black": 2.6, "mixed": 1.7, "white": 84.1, "other": 0.9,
                  "not_stated": 4.9},
    "sex": {"female": 79.5, "male": 20.3, "not_stated": 0.2},
    "age": {"16-24": 5.2, "25-34": 17.9, "35-44": 22.4, "45-54": 26.3, "55-64": 24.1,
            "65+": 4.1},
    "disability": {"disabled": 8.7, "not_disabled": 80.2, "not_stated": 11.1},
    "religion": {"no_religion": 33.5, "christian": 49.0, "buddhist": 0.4, "hindu": 0.9,
                 "jewish": 0.2, "muslim": 4.8, "sikh": 0.3, "other": 0.7, "not_stated": 10.2},
    "sexuality": {"heterosexual": 84.6, "gay_or_lesbian": 2.1, "bisexual": 1.8, "other": 0.4,
                  "not_stated": 11.1},
}  # fmt: skip


def _clamp(value: float, low: float = 0.0, high: float = 100.0) -> float:
    return max(low, min(high, value))


def _count(rng: random.Random, expected: float) -> int:
    whole = int(expected)
    return whole + (1 if rng.random() < expected - whole else 0)


def _ends_at(end: float, drift: float, progress: float, noise: float) -> float:
    """A rate that drifted by ``drift`` to reach ``end`` in the last month (no noise then)."""
    if progress >= 1.0:
        return end
    return end - drift * (1.0 - progress) + noise


def team_figures(
    shape: TeamShape, months: list[dt.date], rng: random.Random, name: str
) -> list[OwnValue]:
    """A team's monthly figures for the given months.

    The last month's FTE in post, vacancy rate and agency share are the team register's
    own (see :func:`shape_for`): HR's return and the register describe the same team on the
    same day. Earlier months wander around them, so the trend charts still have a story.
    """
    found = []
    last = len(months) - 1
    for index, month in enumerate(months):
        progress = index / last if last else 1.0
        winter = 1.0 + 0.25 * math.cos((month.month - 1) / 12 * 2 * math.pi)
        noise = rng.uniform
        # Staffing wanders over the months and settles on the register's figure by the last.
        wobble = 0.03 * math.sin((last - index) / 3) + noise(-0.01, 0.01)
        fte = shape.in_post if progress >= 1.0 else round(shape.in_post * (1 + wobble), 1)
        headcount = max(1, round(fte / shape.fte_ratio)) if fte > 0 else 0
        vacancy = _ends_at(shape.vacancy, shape.vacancy_drift, progress, noise(-0.8, 0.8))
        agency = _ends_at(shape.agency, shape.agency_drift, progress, noise(-1.0, 1.0))
        supervision = shape.supervision + shape.supervision_drift * progress + noise(-2.5, 2.5)
        appraisals = shape.appraisals + 6 * progress + noise(-2.0, 2.0)
        figures = {
            "headcount": float(headcount),
            "fte": fte,
            "vacancy_rate": round(_clamp(vacancy), 1),
            "leavers": float(_count(rng, headcount * shape.turnover / 1200)),
            "days_lost": round(fte * shape.sickness / 12 * winter * noise(0.85, 1.15), 1),
            "agency_rate": round(_clamp(agency), 1),
            "supervision": round(_clamp(supervision), 1),
            "appraisals": round(_clamp(appraisals), 1),
        }
        found += [OwnValue(name, key, month, "", value, 0) for key, value in figures.items()]
    return found


def department_figures(
    team_values: list[OwnValue],
    months: list[dt.date],
    establishment: dict[str, float] | None = None,
    register: DepartmentRollUp | None = None,
) -> list[OwnValue]:
    """The whole department's figures, added up from its teams' (rates weighted by size).

    The vacancy rate is weighted by each team's establishment (vacant posts over posts),
    as the register's roll-up is; with ``register`` given, the last month's FTE, vacancy
    rate and agency share are the roll-up's own figures, unrounded team rates and all.
    """
    found = []
    sizes = establishment or {}
    for month in months:
        rows = [v for v in team_values if v.period == month]
        by_team: dict[str | None, dict[str, float]] = {}
        for value in rows:
            by_team.setdefault(value.scope, {})[value.metric] = value.value
        for scope, figures in by_team.items():
            figures["establishment"] = sizes.get(scope or "", figures["fte"])
        teams = list(by_team.values())
        headcount = sum(t["headcount"] for t in teams)
        fte = sum(t["fte"] for t in teams)
        days_lost = sum(t["days_lost"] for t in teams)

        def weighted(key: str, weight: str, teams: list[dict[str, float]] = teams) -> float:
            total = sum(t[weight] for t in teams)
            return round(sum(t[key] * t[weight] for t in teams) / total, 1)

        figures = {
            "headcount": headcount,
            "fte": round(fte, 1),
            "leavers": sum(t["leavers"] for t in teams),
            "days_lost": round(days_lost, 1),
            "absence_rate": round(days_lost / (fte * WORKING_DAYS_PER_MONTH) * 100, 1),
            "vacancy_rate": weighted("vacancy_rate", "establishment"),
            "agency_rate": weighted("agency_rate", "fte"),
            "supervision": weighted("supervision", "headcount"),
            "appraisals": weighted("appraisals", "headcount"),
        }
        if register is not None and month == months[-1]:
            figures["fte"] = round(register.in_post, 1)
            if register.vacancy_rate is not None:
                figures["vacancy_rate"] = round(100 * register.vacancy_rate, 1)
            figures["agency_rate"] = round(100 * agency_share(register.agency, register.in_post), 1)
        found += [OwnValue(None, key, month, "", value, 0) for key, value in figures.items()]
    return found


def agency_share(agency: float, in_post: float) -> float:
    """Agency FTE as a share of all FTE working (staff in post plus agency), 0 to 1."""
    total = agency + in_post
    return agency / total if total > 0 else 0.0


def survey_figures(months: list[dt.date]) -> list[OwnValue]:
    """A full staff survey a year into the data, and snap surveys every quarter after it."""
    found = []
    full = months[4]
    found.append(OwnValue(None, "engagement_full", full, "", 61.0, 0))
    for offset, score in ((8, 57.0), (11, 59.0), (14, 62.0), (17, 63.0)):
        if offset < len(months):
            found.append(OwnValue(None, "engagement_snap", months[offset], "", score, 0))
    return found


def diversity_rows(as_of: dt.date) -> list[DiversityRow]:
    """The workforce's and Northmoor's population shares (fictional, labelled so)."""
    rows = []
    census = "Census 2021 profile of Northmoor (demo figures: Northmoor is fictional)"
    for subject, table, source in (
        ("workforce", WORKFORCE, SOURCE),
        ("population", POPULATION, census),
    ):
        day = as_of if subject == "workforce" else dt.date(2021, 3, 1)
        for dimension, shares in table.items():
            # HR's shares are of those who declared; how many did not is said, not a group.
            unstated = shares.get("not_stated", 0.0)
            declared = 100.0 - unstated
            said = (
                f"{source}; % of the {declared:.1f}% of staff who declared their {dimension}, "
                f"{unstated:.1f}% did not"
                if unstated
                else source
            )
            rows += [
                DiversityRow(subject, dimension, key, day, round(100 * value / declared, 1), said)
                for key, value in shares.items()
                if key != "not_stated"
            ]
    return rows


# Which behaviour each service area's teams follow (by the shapes' names above).
SHAPE_FOR_AREA = {
    ServiceArea.FRONT_DOOR: "Front Door and First Contact",
    ServiceArea.HOSPITAL_DISCHARGE: "Hospital Discharge",
    ServiceArea.REABLEMENT: "Reablement",
    ServiceArea.LONG_TERM_SUPPORT: "Long-term Support North",
    ServiceArea.LEARNING_DISABILITY: "Learning Disability",
    ServiceArea.MENTAL_HEALTH: "Mental Health and AMHP Service",
    ServiceArea.OCCUPATIONAL_THERAPY: "Occupational Therapy",
    ServiceArea.SAFEGUARDING: "Safeguarding",
    ServiceArea.COMMISSIONING: "Commissioning",
    ServiceArea.BUSINESS_SUPPORT: "Business Support",
}


def shape_for(team: TeamRow) -> TeamShape | None:
    """The figures' behaviour for a register team: its service area's usual shape (and the
    team's own story, see :data:`TEAM_OVERRIDES`), ending at the register's FTE in post,
    vacancy rate and agency share, so the Teams and Workforce pages tell one story.

    Teams with no establishment yet have no HR figures (None).
    """
    if team.establishment <= 0:
        return None
    by_name = {shape.name: shape for shape in TEAMS}
    base = by_name[SHAPE_FOR_AREA.get(team.service_area, "Business Support")]
    rate = team.vacancy_rate
    shape = replace(
        base,
        name=team.name,
        headcount=max(1, round(team.in_post / base.fte_ratio)),
        vacancy=base.vacancy if rate is None else round(100 * rate, 1),
        agency=round(100 * agency_share(team.agency, team.in_post), 1),
        in_post=team.in_post,
        establishment=team.establishment,
    )
    return replace(shape, **TEAM_OVERRIDES.get(team.name, {}))  # type: ignore[arg-type]


def write_workforce(store: Store, today: dt.date, rng: random.Random, scale: int = 1) -> Changes:
    """Write the demo's workforce figures, targets and comparator family.

    Team figures follow the teams in the register (written first), so ``scale`` is already
    reflected in how many teams there are. Figures come a month behind, as an HR return
    does; the last month's staffing is the register's as it stands today, so the
    department's FTE in post, vacancy rate and agency share equal the register's roll-up,
    and each team's equal its register entry. The register holds no supervision,
    appraisal, turnover or sickness figures: those come from HR's return alone.
    """
    last = workforce_rules.add_months(
        workforce_rules.month_of(today), -1
    )  # figures come a month behind
    months = [workforce_rules.add_months(last, -n) for n in range(MONTHS - 1, -1, -1)]
    team_values: list[OwnValue] = []
    register = list_teams(store)
    establishment = {}
    for team in register:
        shape = shape_for(team)
        if shape is not None:
            team_values += team_figures(shape, months, rng, team.name)
            establishment[team.name] = team.establishment
    rollup = department_rollup(register, [])
    department = department_figures(team_values, months, establishment, rollup)
    own = team_values + department + survey_figures(months)
    batch = ImportBatch(
        SOURCE,
        own=own,
        diversity=diversity_rows(workforce_rules.add_months(last, -6)),
    )
    changes = apply_import(store, batch)
    changes |= workforce_store.set_target(store, "vacancy_rate", 10.0)
    changes |= workforce_store.set_target(store, "agency_rate", 5.0)
    changes |= comparator_family.fill_family_from_cipfa(store, BORROWED_FAMILY_OF)
    changes |= comparator_family.add_family_member(store, NAMED_COMPARATOR, "named")
    return changes
