"""The words and row types of comparator figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ENGLAND_CODE = "E92000001"


REGION_CODES = {
    "North East": "E12000001",
    "North West": "E12000002",
    "Yorkshire and The Humber": "E12000003",
    "East Midlands": "E12000004",
    "West Midlands": "E12000005",
    "East of England": "E12000006",
    "London": "E12000007",
    "South East": "E12000008",
    "South West": "E12000009",
}


# Councils whose ONS code changed; older files use the former code.
FORMER_CODES = {"E08000038": ("E08000016",), "E08000039": ("E08000019",)}


OFLOG_SOURCE = (
    "Oflog Local Authority Data Explorer, metric ASC7 workforce turnover (Skills for Care "
    "ASC-WDS data), via communitiesuk/oflog-automated-text"
)


OFLOG_COVERS = (
    "All adult social care employers in the council's area (whole sector), not the "
    "council's own staff"
)


OFLOG_LICENCE = "No licence stated in the source repository"


WORKFORCE_ATTRIBUTION = (
    "Workforce benchmarks: Skills for Care (State of the adult social care sector and "
    "workforce, Size and Structure, and official statistics on councils' adult social "
    "workers, as quoted in the sources named beside each figure; no licence stated), NHS "
    "Digital Personal Social Services: Staff of Social Services Departments (Open Government "
    "Licence v3.0), Oflog's Local Authority Data Explorer (sector turnover by council area, "
    "2016-17 to 2022-23) and CIPFA nearest neighbours (pre-2023 model, as used by Oflog; no "
    "licence stated). Most figures describe the whole adult social care sector, not a "
    "council's own staff."
)


# The fewest members of the family (or region) a median is worked out from.
MIN_FOR_MEDIAN = 3


@dataclass(frozen=True)
class ComparatorFigure:
    """One comparator figure with its period, whose workforce it covers, and its source.

    ``origin`` is ``reference`` (shipped with the app), ``typed`` or ``import``. ``rank``
    says how close the figure's coverage is to a council's own staff: 0 the director's own
    choice (typed or imported), 1 council staff, 2 the whole sector, 3 independent sector.
    """

    kind: str
    area_key: str
    area_name: str
    metric: str
    period_label: str
    period_end: dt.date
    value: float
    covers: str
    source: str
    year: int | None
    licence: str
    note: str = ""
    url: str = ""
    origin: str = "reference"
    id: int | None = None
    region: str = ""
    rank: int = 2

    @property
    def citation(self) -> str:
        """Source, year and licence in one line, for tooltips and footnotes."""
        year = f" ({self.year})" if self.year else ""
        licence = f" Licence: {self.licence}." if self.licence else ""
        return f"{self.source}{year}.{licence}"


@dataclass(frozen=True)
class ComparatorChoice:
    """One entry of the "compare with" list."""

    key: str
    label: str


@dataclass(frozen=True)
class Benchmark:
    """The comparator value for one metric under the chosen comparator, with its basis."""

    label: str
    value: float
    period_label: str
    covers: str
    source: str
    period_end: dt.date | None = None
    count: int = 1

    @property
    def describe(self) -> str:
        """``England, 2024/25: whole sector…`` for a tooltip."""
        period = f", {self.period_label}" if self.period_label else ""
        covers = f"\nCovers: {self.covers}" if self.covers else ""
        source = f"\nSource: {self.source}" if self.source else ""
        return f"{self.label}{period}{covers}{source}"


TARGET = ComparatorChoice("target", "Your targets")


def short_covers(covers: str) -> str:
    """A figure's coverage in a few words: ``whole sector``, ``council social workers``…."""
    text = covers.casefold()
    for needle, tag in (
        ("adult social workers employed by councils", "council adult social workers"),
        ("staff of councils' adult social services", "council adult social care staff"),
        ("independent-sector", "independent sector only"),
        ("bank or agency", "councils and independent sector"),
        ("whole sector", "whole sector, all employers"),
        ("as in ", "as in the imported file"),
        ("your own target", "your target"),
        ("your department", "your department"),
    ):
        if needle in text:
            return tag
    return covers[:40]


DEPARTMENT_CHOICE = ComparatorChoice("department", "Whole department")


# --- reference data ----------------------------------------------------------------------
def _rank_of(covers: str) -> int:
    if covers.startswith(("Adult social workers employed by councils", "Staff of councils'")):
        return 1
    if covers.startswith("Independent-sector"):
        return 3
    return 2
