"""What a workforce CSV's columns can hold, and the column names recognised without asking.

Column names are compared after :func:`~dass_desktop.interchange.tabular.normalise_header`
(``Vacancy Rate (%)`` becomes ``vacancy_rate_pct``). The published names come from
government workforce statistics files (for example DfE's social work workforce indicators:
``time_period``, ``la_code``/``new_la_code``, ``la_name``, ``vacancy_rate_fte``,
``turnover_rate_fte``, ``agency_rate_fte``, ``absence_rate_fte``, ``working_days_lost_fte``,
``inpost_fte``); their other columns are known and skipped without asking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from dass_desktop.domain.workforce_terms import DEPARTMENT, METRIC_BY_KEY, METRICS

PERIOD = "period"
TEAM = "team"
AREA_CODE = "area_code"
AREA_NAME = "area_name"
LEVEL = "level"
REGION_CODE = "region_code"
REGION_NAME = "region_name"
DIMENSION = "dimension"
GROUP = "group"
WORKFORCE_SHARE = "workforce_share"
POPULATION_SHARE = "population_share"
GROUP_COUNT = "group_count"
IGNORE = "ignore"
AREA_FIELDS = (AREA_CODE, AREA_NAME, LEVEL)
DIVERSITY_FIELDS = (DIMENSION, GROUP, WORKFORCE_SHARE, POPULATION_SHARE)

FIELD_LABELS: dict[str, str] = {
    PERIOD: "Month or period",
    TEAM: "Team",
    AREA_CODE: "Council or area code",
    AREA_NAME: "Council or area name",
    LEVEL: "Level (national, regional, council)",
    REGION_CODE: "Region code",
    REGION_NAME: "Region name",
    **{m.key: m.label for m in METRICS},
    DIMENSION: "Diversity: characteristic",
    GROUP: "Diversity: group",
    WORKFORCE_SHARE: "Diversity: workforce %",
    POPULATION_SHARE: "Diversity: local population %",
    GROUP_COUNT: "Diversity: staff in a group (count)",
    IGNORE: "Ignore this column",
}
TARGETS: tuple[str, ...] = tuple(FIELD_LABELS)

# fmt: off
_ALIASES: dict[str, tuple[str, ...]] = {
    PERIOD: (
        "period", "month", "date", "time_period", "reporting_period", "reporting_month",
        "month_ending", "month_end", "period_end", "period_ending", "reporting_date", "as_at",
        "as_at_date", "snapshot_date",
        "financial_year", "year", "month_year",
    ),
    TEAM: (
        "team", "team_name", "service", "service_area", "scope", "unit", "team_service",
        "service_team", "cost_centre",
    ),
    AREA_CODE: (
        "la_code", "new_la_code", "gss_code", "ons_code", "area_code", "council_code",
        "local_authority_code", "utla_code", "geography_code",
    ),
    AREA_NAME: (
        "la_name", "local_authority", "local_authority_name", "council", "council_name",
        "authority", "area_name", "geography_name", "organisation", "organisation_name",
        "organization", "org_name", "employer",
    ),
    LEVEL: ("geographic_level", "geography_level", "level"),
    REGION_CODE: ("region_code",),
    REGION_NAME: ("region_name", "region"),
    "headcount": (
        "headcount", "head_count", "inpost_headcount", "staff_headcount", "staff_in_post",
        "number_of_staff", "employees", "number_of_employees", "total_employees",
    ),
    "fte": ("fte", "inpost_fte", "fte_in_post", "staff_fte", "wte", "fte_staff"),
    "vacancy_rate": (
        "vacancy_rate", "vacancy_rate_fte", "vacancy_rate_pct", "vacancy_pct", "vacancies_pct",
    ),
    "turnover_rate": (
        "turnover", "turnover_rate", "turnover_rate_fte", "turnover_pct", "turnover_rate_pct",
        "turnover_12_months", "rolling_turnover", "turnover_12m",
    ),
    "sickness_days": (
        "sickness_days_per_fte", "days_lost_per_fte", "working_days_lost_per_fte",
        "average_days_lost", "sickness_days_per_fte_12_months", "days_lost_per_fte_12m",
    ),
    "absence_rate": (
        "absence_rate", "absence_rate_fte", "absence_pct", "sickness_absence",
        "sickness_absence_rate", "sickness_absence_pct", "sickness_rate", "sickness_pct",
    ),
    "agency_rate": (
        "agency_rate", "agency_rate_fte", "agency_pct", "agency_staff_pct", "agency_share",
        "agency_percent", "agency_pct_of_fte",
    ),
    "supervision": (
        "supervision", "supervision_in_date", "supervisions_in_date", "supervision_pct",
        "supervision_in_date_pct", "supervision_compliance",
    ),
    "appraisals": (
        "appraisals", "appraisal", "appraisals_completed", "appraisals_completed_pct",
        "appraisal_completion", "appraisals_pct", "appraisal_pct",
    ),
    "engagement_full": (
        "engagement", "engagement_score", "engagement_full", "staff_survey_engagement",
        "full_survey_engagement", "staff_survey",
    ),
    "engagement_snap": (
        "engagement_snap", "snap_survey", "snap_engagement", "snap_survey_engagement",
        "pulse_survey", "pulse_engagement",
    ),
    "leavers": ("leavers", "leavers_headcount", "leavers_in_month", "number_of_leavers"),
    "days_lost": (
        "days_lost", "working_days_lost", "working_days_lost_fte", "sickness_days_lost",
        "days_lost_to_sickness", "days_lost_in_month",
    ),
    DIMENSION: ("dimension", "characteristic", "protected_characteristic", "category"),
    GROUP: ("group", "group_name", "ethnic_group", "age_band", "age_group"),
    WORKFORCE_SHARE: (
        "workforce", "workforce_pct", "workforce_percent", "workforce_share", "staff_pct",
        "our_workforce", "workforce_pct_of_staff",
    ),
    POPULATION_SHARE: (
        "population", "population_pct", "population_percent", "local_population",
        "local_population_pct", "census", "census_2021", "census_2021_pct", "residents",
    ),
}
# fmt: on
# Columns of published statistics that the app has no use for, skipped without asking.
KNOWN_UNUSED = frozenset(
    {
        "time_identifier",
        "country_code",
        "country_name",
        "old_la_code",
        "la_type",
        "starters_fte",
        "starters_headcount",
        "leavers_fte",
        "turnover_rate_headcount",
        "agency_fte",
        "agency_headcount",
        "agency_rate_headcount",
        "agency_cover_fte",
        "agency_cover_rate_fte",
        "vacancy_fte",
        "vacancy_agency_cover_rate_fte",
        "case_holders_fte",
        "cases",
        "caseload_fte",
        "notes",
        "note",
        "comment",
        "comments",
    }
)  # fmt: skip
_LOOKUP = {alias: target for target, aliases in _ALIASES.items() for alias in aliases}
_DEPARTMENT_WORDS = frozenset(
    {"", "all", "total", "department", "whole department", "all teams", "adult social care"}
    | {DEPARTMENT.casefold()}
)


class _Column(Protocol):
    @property
    def header(self) -> str: ...


# A column of a wide diversity file: characteristic, then group (``ethnicity_asian_pakistani``,
# ``age_25_34``, ``gender_prefernottosay``).
WIDE_COLUMN = re.compile(
    r"(ethnicity|ethnic_group|ethnic_origin|gender|sex|disability|disabled|age|age_band|"
    r"religion|religion_or_belief|sexuality|sexual_orientation)_([0-9a-z_]+)"
)


def guess(key: str) -> tuple[str | None, str]:
    """The target of a normalised column name, and how it was found."""
    if WIDE_COLUMN.fullmatch(key) and key not in _LOOKUP:
        return GROUP_COUNT, "recognised"
    if key in _LOOKUP:
        return _LOOKUP[key], "recognised"
    if key in KNOWN_UNUSED:
        return IGNORE, "ignored"
    return None, ""


def label(target: str | None) -> str:
    """The target as the mapping preview shows it."""
    return FIELD_LABELS.get(target or "", "Not mapped: choose…")


def scope_name(cell: str) -> str | None:
    """The team a cell names, or None for the whole department (blank, "All", "Total")."""
    cleaned = " ".join(cell.split())
    return None if cleaned.casefold() in _DEPARTMENT_WORDS else cleaned[:200]


def check_mapping(columns: Sequence[_Column], targets: Sequence[str | None]) -> list[str]:
    """Problems with a mapping as a whole, in plain sentences (empty when it will do)."""
    problems = []
    unmapped = [c.header for c, t in zip(columns, targets, strict=True) if t is None]
    if unmapped:
        names = ", ".join(f"'{n}'" for n in unmapped)
        problems.append(
            f"These columns are not mapped: {names}. Say what each holds, or ignore it."
        )
    seen: dict[str, str] = {}
    for column, target in zip(columns, targets, strict=True):
        if target is None or target in (IGNORE, GROUP_COUNT):
            continue
        if target in seen:
            problems.append(
                f"'{seen[target]}' and '{column.header}' both hold {label(target).lower()}; "
                "ignore one of them."
            )
        seen[target] = column.header
    if unmapped:
        return problems
    counts = [c.header for c, t in zip(columns, targets, strict=True) if t == GROUP_COUNT]
    if counts:
        if GROUP in seen:
            problems.append(
                "A file has either a group column or a column per group, not both; ignore "
                f"'{seen[GROUP]}' or the group columns."
            )
        if PERIOD not in seen:
            problems.append(
                "No column holds the year. Name it Year or Period, or map it in the preview."
            )
        return problems
    if GROUP in seen:
        if not ({WORKFORCE_SHARE, POPULATION_SHARE} & set(seen)):
            problems.append("A diversity file needs a workforce % or a population % column.")
        return problems
    if PERIOD not in seen:
        problems.append(
            "No column holds the month. Name it Month or Period, or map it in the preview."
        )
    if not any(t in METRIC_BY_KEY for t in seen):
        problems.append("No column holds a workforce figure (vacancy rate, FTE, turnover…).")
    if TEAM in seen and any(t in seen for t in AREA_FIELDS):
        problems.append("A file cannot have both a team column and a council column.")
    return problems
