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
from functools import cache

from dass_desktop.domain.benchmark_terms import (
    DEPARTMENT_CHOICE,
    LIKE_FOR_LIKE,
    MIN_FOR_MEDIAN,
    OFLOG_COVERS,
    OFLOG_LICENCE,
    OFLOG_SOURCE,
    REGION_CODES,
    TARGET,
    Benchmark,
    ComparatorChoice,
    ComparatorFigure,
    _rank_of,
)
from dass_desktop.domain.comparator_family import FamilyMember
from dass_desktop.domain.councils import all_councils
from dass_desktop.domain.profile import DirectorProfile
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY
from dass_desktop.resources import read_text


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
                rank=_rank_of(OFLOG_COVERS),
            )
        )
    return tuple(found)


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
    # Of equally close series, one covering council staff first, then the most recent.
    newest = max(ranked, key=lambda f: (f.scope in LIKE_FOR_LIKE, f.period_end))
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
                    scope=sample.scope,
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
        scope=figure.scope,
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
