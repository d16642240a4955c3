"""Comparators: England, the region, the CIPFA nearest-neighbour family and named councils.

Two kinds of comparator figure are merged here: published reference figures shipped with
the app (``resources/workforce_benchmarks.csv`` and ``sector_turnover_by_council.csv``,
read-only, each with its source, period and licence) and figures the director typed or
imported. Every figure says whose workforce it *covers*: most published figures describe
the whole adult social care sector, not a council's own staff, and the app never hides it.

The director's family of comparator councils lives in ``comparator_family.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.comparator_family import FamilyMember
from dass_desktop.domain.councils import all_councils
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import DirectorProfile
from dass_desktop.domain.workforce_rules import check_value
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY, metric
from dass_desktop.resources import read_text
from dass_desktop.store import Store
from dass_desktop.store.models import ComparatorValue

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
    """A figure's coverage in a few words: ``whole sector``, ``council social workers``…"""
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


def financial_year_label(text: str) -> str:
    """``2022-23`` -> ``2022/23`` (the way the app writes financial years)."""
    parts = text.split("-")
    if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
        return f"{parts[0]}/{parts[1]}"
    return text


@cache
def reference_figures() -> tuple[ComparatorFigure, ...]:
    """Every published figure shipped with the app (see resources/ATTRIBUTION.md)."""
    regions = {c.code: c.region for c in all_councils()}
    found: list[ComparatorFigure] = []
    for row in csv.DictReader(io.StringIO(read_text("workforce_benchmarks.csv"))):
        year, month = (int(x) for x in row["period_end"].split("-"))
        found.append(
            ComparatorFigure(
                kind=row["area_kind"],
                area_key=row["area_code"],
                area_name=row["area_name"],
                metric=row["metric"],
                period_label=row["period"],
                period_end=dt.date(year, month, 1),
                value=float(row["value"]),
                covers=row["covers"],
                source=f"{row['source_title']} [{row['source_kind']}]",
                year=int(row["source_year"]) if row["source_year"] else None,
                licence=row["licence"],
                note=row["note"],
                url=row["source_url"],
                region=regions.get(row["area_code"], ""),
                rank=_rank_of(row["covers"]),
            )
        )
    for row in csv.DictReader(io.StringIO(read_text("sector_turnover_by_council.csv"))):
        end_year = int(row["financial_year"][:4]) + 1
        found.append(
            ComparatorFigure(
                kind="council",
                area_key=row["council_code"],
                area_name=row["council_name"],
                metric="turnover_rate",
                period_label=financial_year_label(row["financial_year"]),
                period_end=dt.date(end_year, 3, 1),
                value=float(row["turnover_rate_pct"]),
                covers=OFLOG_COVERS,
                source=OFLOG_SOURCE,
                year=None,
                licence=OFLOG_LICENCE,
                region=row["region"],
            )
        )
    return tuple(found)


# --- stored comparator figures -----------------------------------------------------------
def stored_figures(store: Store) -> list[ComparatorFigure]:
    """Comparator figures the director typed or imported."""
    regions = {c.code: c.region for c in all_councils()}
    with store.read() as session:
        rows = session.scalars(select(ComparatorValue).order_by(ComparatorValue.id)).all()
        return [
            ComparatorFigure(
                kind=r.kind,
                area_key=r.area_key,
                area_name=r.area_name,
                metric=r.metric,
                period_label=r.period_label,
                period_end=r.period_end,
                value=r.value,
                covers=r.covers,
                source=r.source,
                year=r.year,
                licence="",
                origin=r.source_kind,
                id=r.id,
                region=regions.get(r.area_key, r.area_name if r.kind == "region" else ""),
                rank=0,
            )
            for r in rows
        ]


def all_figures(store: Store) -> list[ComparatorFigure]:
    """The director's own comparator figures, then the published reference figures."""
    return [*stored_figures(store), *reference_figures()]


def add_comparator_value(
    store: Store,
    *,
    kind: str,
    area_name: str,
    metric_key: str,
    period_label: str,
    period_end: dt.date,
    value: float,
    covers: str,
    source: str,
    year: int | None,
    area_code: str = "",
) -> tuple[int, Changes]:
    """Save a comparator figure the director typed; the same area, metric, period and
    coverage replaces the figure held before."""
    item = metric(metric_key)
    if kind not in ("england", "region", "council"):
        raise InvalidInput("kind", "Choose England, a region or a council.")
    name = " ".join(area_name.split())
    if kind == "england":
        name, area_code = "England", ENGLAND_CODE
    if not name:
        raise InvalidInput("area", "Say which region or council the figure is for.")
    problem = check_value(item, value)
    if problem is not None:
        raise InvalidInput("value", f"{item.label}: {problem}.")
    if not period_label.strip():
        raise InvalidInput("period", "Say which period the figure is for, e.g. 2024/25.")
    if not source.strip():
        raise InvalidInput("source", "Say where the figure comes from.")
    if year is not None and not 1990 <= year <= 2100:
        raise InvalidInput("year", "The year looks wrong; check it.")
    key = area_code or REGION_CODES.get(name, "") or name
    with store.transaction() as session:
        row = session.scalar(
            select(ComparatorValue).where(
                ComparatorValue.area_key == key,
                ComparatorValue.metric == metric_key,
                ComparatorValue.period_end == period_end.replace(day=1),
                ComparatorValue.covers == covers.strip()[:200],
            )
        )
        if row is None:
            row = ComparatorValue(
                area_key=key,
                metric=metric_key,
                period_end=period_end.replace(day=1),
                covers=covers.strip()[:200],
            )
            session.add(row)
        row.kind = kind
        row.area_name = name[:200]
        row.period_label = period_label.strip()[:40]
        row.value = float(value)
        row.source = source.strip()
        row.year = year
        row.source_kind = "typed"
        row.source_row = None
        session.flush()
        row_id = row.id
    return row_id, Changes.of(Area.WORKFORCE)


def delete_comparator_value(store: Store, value_id: int) -> Changes:
    """Remove a comparator figure the director typed or imported."""
    with store.transaction() as session:
        row = session.get(ComparatorValue, value_id)
        if row is not None:
            session.delete(row)
    return Changes.of(Area.WORKFORCE)


# --- choosing and working out the comparator ---------------------------------------------
def comparator_choices(
    profile: DirectorProfile | None,
    family: Sequence[FamilyMember],
    figures: Sequence[ComparatorFigure],
    *,
    scope_is_team: bool = False,
) -> list[ComparatorChoice]:
    """The "compare with" list: what the data can actually compare with."""
    choices = [ComparatorChoice("england", "England")]
    region = profile.region if profile else ""
    if region:
        if any(f.kind == "region" and _is_region(f, region) for f in figures):
            choices.append(ComparatorChoice("region", region))
        own = profile.council_code if profile else None
        if any(f.kind == "council" and f.region == region and f.area_key != own for f in figures):
            choices.append(ComparatorChoice("region-median", f"{region} councils (median)"))
    if any(m.kind == "cipfa" for m in family):
        choices.append(ComparatorChoice("family", "CIPFA family (median)"))
    for member in family:
        choices.append(ComparatorChoice(f"council:{member.council_code}", member.name))
    if scope_is_team:
        choices.append(DEPARTMENT_CHOICE)
    choices.append(TARGET)
    return choices


def _is_region(figure: ComparatorFigure, region: str) -> bool:
    return figure.area_name == region or figure.area_key == REGION_CODES.get(region)


def _best(candidates: Iterable[ComparatorFigure]) -> list[ComparatorFigure]:
    """The series with the coverage closest to council staff: all its periods, oldest first."""
    pool = list(candidates)
    if not pool:
        return []
    best_rank = min(f.rank for f in pool)
    ranked = [f for f in pool if f.rank == best_rank]
    # Of equally close series, take the one with the most recent figure.
    newest = max(ranked, key=lambda f: f.period_end)
    chosen = [f for f in ranked if f.covers == newest.covers and f.area_key == newest.area_key]
    return sorted(chosen, key=lambda f: f.period_end)


def _median_series(
    figures: Iterable[ComparatorFigure], label: str, size: int
) -> list[tuple[Benchmark, tuple[ComparatorFigure, ...]]]:
    """Medians per period for the best-covered series (periods with enough councils)."""
    pool = list(figures)
    if not pool:
        return []
    best_rank = min(f.rank for f in pool)
    groups: dict[tuple[str, dt.date], list[ComparatorFigure]] = {}
    for figure in pool:
        if figure.rank == best_rank:
            groups.setdefault((figure.covers, figure.period_end), []).append(figure)
    need = min(MIN_FOR_MEDIAN, size)
    usable = {k: v for k, v in groups.items() if len(v) >= need}
    if not usable:
        return []
    covers = max(usable, key=lambda k: (k[1], len(usable[k])))[0]
    found = []
    for (group_covers, end), members in sorted(usable.items(), key=lambda kv: kv[0][1]):
        if group_covers != covers:
            continue
        sample = members[0]
        found.append(
            (
                Benchmark(
                    label=f"{label} ({len(members)} of {size} councils)",
                    value=statistics.median(f.value for f in members),
                    period_label=sample.period_label,
                    covers=covers,
                    source=sample.citation,
                    period_end=end,
                    count=len(members),
                ),
                tuple(members),
            )
        )
    return found


def benchmark_series(
    choice: ComparatorChoice,
    metric_key: str,
    *,
    figures: Sequence[ComparatorFigure],
    family: Sequence[FamilyMember],
    profile: DirectorProfile | None,
) -> list[Benchmark]:
    """Every period's comparator value for a metric under ``choice``, oldest first.

    Empty for the target and the department (the page asks for those separately).
    """
    of_metric = [f for f in figures if f.metric == metric_key]
    key = choice.key
    if key == "england":
        chosen = _best(f for f in of_metric if f.kind == "england")
        return [_single("England", f) for f in chosen]
    region = profile.region if profile else ""
    own = profile.council_code if profile else None
    if key == "region":
        chosen = _best(f for f in of_metric if f.kind == "region" and _is_region(f, region))
        return [_single(region, f) for f in chosen]
    if key == "region-median":
        councils = {c.code for c in all_councils() if c.region == region and c.code != own}
        pool = [f for f in of_metric if f.kind == "council" and f.area_key in councils]
        size = len({f.area_key for f in pool})
        return [b for b, _ in _median_series(pool, f"{region} councils' median", size)]
    if key == "family":
        members = {m.council_code for m in family if m.kind == "cipfa"}
        pool = [f for f in of_metric if f.kind == "council" and f.area_key in members]
        return [b for b, _ in _median_series(pool, "CIPFA family median", len(members))]
    if key.startswith("council:"):
        code = key.split(":", 1)[1]
        chosen = _best(f for f in of_metric if f.kind == "council" and f.area_key == code)
        return [_single(chosen[0].area_name if chosen else code, f) for f in chosen]
    return []


def _single(label: str, figure: ComparatorFigure) -> Benchmark:
    note = f" Note: {figure.note}" if figure.note else ""
    return Benchmark(
        label=label,
        value=figure.value,
        period_label=figure.period_label,
        covers=figure.covers,
        source=figure.citation + note,
        period_end=figure.period_end,
    )


def target_benchmark(metric_key: str, target: float | None) -> Benchmark | None:
    """The director's target for a metric as a comparator."""
    if target is None:
        return None
    return Benchmark(
        label="Target",
        value=target,
        period_label="",
        covers="Your own target",
        source="Set by you on the Workforce page",
    )


def metric_label(metric_key: str) -> str:
    """The metric's label, or the key itself for one this release does not know."""
    found = METRIC_BY_KEY.get(metric_key)
    return found.label if found else metric_key
