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


# Whose staff a comparator covers. The department's own figures cover council-employed adult
# social care staff, so only a comparator of that scope (or one the director recorded in
# their own words) is rated against them; any other is shown as context, without a RAG.
COUNCIL_STAFF = "council-employed adult social care staff"
SOCIAL_WORKERS = "adult social workers employed by councils only"
WHOLE_SECTOR = "the whole adult social care sector, all employers"
INDEPENDENT = "independent-sector employers only"
AS_RECORDED = "as you recorded it"
LIKE_FOR_LIKE = frozenset({COUNCIL_STAFF, AS_RECORDED})
_SCOPE_WORDS = (
    ("adult social workers employed by councils", SOCIAL_WORKERS),
    ("social workers only", SOCIAL_WORKERS),
    ("staff of councils' adult social services", COUNCIL_STAFF),
    ("council-employed", COUNCIL_STAFF),
    ("council staff", COUNCIL_STAFF),
    ("independent-sector", INDEPENDENT),
    ("independent sector", INDEPENDENT),
    ("whole sector", WHOLE_SECTOR),
    ("bank or agency", WHOLE_SECTOR),
    ("all adult social care employers", WHOLE_SECTOR),
)


def scope_of(covers: str, *, recorded: bool = False) -> str:
    """Whose staff a comparator covers, read from its coverage note.

    A figure the director typed or imported in words the app does not know is taken as
    they recorded it (``recorded``); a shipped one defaults to the whole sector.
    """
    text = covers.casefold()
    if "not council staff alone" in text or "not the council's own staff" in text:
        return WHOLE_SECTOR
    for needle, scope in _SCOPE_WORDS:
        if needle in text:
            return scope
    return AS_RECORDED if recorded else WHOLE_SECTOR


# The fewest members of the family (or region) a median is worked out from.
MIN_FOR_MEDIAN = 3


@dataclass(frozen=True)
class ComparatorFigure:
    """One comparator figure with its period, whose workforce it covers, and its source.

    ``origin`` is ``reference`` (shipped with the app), ``typed`` or ``import``. ``rank``
    says how close the figure's coverage is to a council's own staff: 0 the director's own
    choice (typed or imported), 1 council staff, 2 council social workers only, 3 the whole
    sector, 4 independent sector.
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
    def scope(self) -> str:
        """Whose staff the figure covers (see :func:`scope_of`)."""
        return scope_of(self.covers, recorded=self.origin != "reference")

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
    scope: str = AS_RECORDED

    @property
    def like_for_like(self) -> bool:
        """Whether it covers the same staff as the department's figures (so can be rated)."""
        return self.scope in LIKE_FOR_LIKE

    @property
    def context_note(self) -> str:
        """Why the figure is not rated, or empty when it is like for like."""
        if self.like_for_like:
            return ""
        return (
            f"Shown as context, not rated: it covers {self.scope}; your figures cover the "
            "department's own staff."
        )

    @property
    def describe(self) -> str:
        """``England, 2024/25: whole sector…`` for a tooltip."""
        period = f", {self.period_label}" if self.period_label else ""
        covers = f"\nCovers: {self.covers}" if self.covers else ""
        source = f"\nSource: {self.source}" if self.source else ""
        context = f"\n{self.context_note}" if self.context_note else ""
        return f"{self.label}{period}{covers}{source}{context}"


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
    """How close a shipped figure's coverage is to the department's own staff (1 closest)."""
    return {COUNCIL_STAFF: 1, SOCIAL_WORKERS: 2, WHOLE_SECTOR: 3, INDEPENDENT: 4}.get(
        scope_of(covers), 3
    )
