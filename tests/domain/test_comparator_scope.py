"""Comparators compare like with like: each says whose staff it covers and its period, a
comparator covering other staff is context with no RAG, England's figure is the newest of
the closest scope, and a target never stands in for England or the CIPFA family.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import (
    benchmark_rules,
    benchmark_store,
    benchmark_terms,
    scorecard,
    workforce_store,
    workforce_terms,
)
from dass_desktop.domain.benchmark_terms import Benchmark, ComparatorChoice
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.domain.workforce_terms import Point
from dass_desktop.store import Store

OCT = dt.date(2026, 10, 1)
ENGLAND = ComparatorChoice("england", "England")
SCOPES = {
    benchmark_terms.COUNCIL_STAFF,
    benchmark_terms.SOCIAL_WORKERS,
    benchmark_terms.WHOLE_SECTOR,
    benchmark_terms.INDEPENDENT,
}


def test_every_shipped_comparator_says_whose_staff_and_when() -> None:
    """Each published figure has one of the four scopes, a period label and a period end."""
    figures = benchmark_rules.reference_figures()
    assert figures
    for figure in figures:
        assert figure.scope in SCOPES, figure.covers
        assert figure.period_label.strip(), figure
        assert figure.period_end.year >= 2015
    kinds = {f.scope for f in figures}
    assert kinds == SCOPES  # all four kinds are shipped


def test_a_like_for_unlike_pair_gets_no_rag() -> None:
    """The same figures rate against council staff, but not against the whole sector."""
    item = workforce_terms.metric("vacancy_rate")
    points = [Point(OCT, 12.0, "HR")]

    def bench(scope: str) -> Benchmark:
        return Benchmark("England", 8.0, "2024/25", "covers", "source", scope=scope)

    assert scorecard.row_for(item, points, bench(benchmark_terms.COUNCIL_STAFF)).rag is Rag.RED
    for other in SCOPES - {benchmark_terms.COUNCIL_STAFF}:
        row = scorecard.row_for(item, points, bench(other))
        assert row.rag is None, other
        assert row.benchmark is not None
        assert "not rated" in row.benchmark.describe


def test_a_typed_comparator_is_rated_only_when_it_covers_council_staff(store: Store) -> None:
    """A whole-sector figure the director types is context; a council-staff one is rated."""
    workforce_store.set_value(store, scope=None, key="turnover_rate", period=OCT, value=20.0)
    department = next(s.id for s in workforce_store.list_scopes(store) if s.is_department)

    def turnover_row() -> scorecard.ScorecardRow:
        rows = scorecard.scorecard(store, department, ENGLAND)
        return next(r for r in rows if r.metric.key == "turnover_rate")

    row = turnover_row()
    assert row.benchmark is not None
    assert row.rag is None
    benchmark_store.add_comparator_value(
        store,
        kind="england",
        area_name="England",
        metric_key="turnover_rate",
        period_label="2025/26",
        period_end=dt.date(2026, 3, 1),
        value=15.0,
        covers="All adult social care employers in England (whole sector)",
        source="Typed from a report",
        year=2026,
    )
    row = turnover_row()
    assert row.benchmark is not None
    assert row.benchmark.value == 15.0
    assert row.rag is None
    benchmark_store.add_comparator_value(
        store,
        kind="england",
        area_name="England",
        metric_key="turnover_rate",
        period_label="2025/26",
        period_end=dt.date(2026, 3, 1),
        value=15.0,
        covers="Council-employed adult social care staff",
        source="Typed from a report",
        year=2026,
    )
    row = turnover_row()
    assert row.benchmark is not None
    assert row.benchmark.like_for_like
    assert row.rag is Rag.RED


@pytest.mark.parametrize(
    ("metric", "value", "period", "scope"),
    [
        ("sickness_days", 10.7, "12 months to Sept 2020", benchmark_terms.COUNCIL_STAFF),
        ("vacancy_rate", 10.5, "Sept 2023", benchmark_terms.SOCIAL_WORKERS),
        ("turnover_rate", 14.5, "year to Sept 2023", benchmark_terms.SOCIAL_WORKERS),
        ("agency_rate", 10.0, "Sept 2023", benchmark_terms.SOCIAL_WORKERS),
    ],
)
def test_england_is_the_newest_figure_of_the_closest_scope(
    metric: str, value: float, period: str, scope: str
) -> None:
    """Council staff first, then council social workers, then the whole sector; newest."""
    series = benchmark_rules.benchmark_series(
        ENGLAND, metric, figures=benchmark_rules.reference_figures(), family=[], profile=None
    )
    latest = series[-1]
    assert (latest.value, latest.period_label, latest.scope) == (value, period, scope)
    same = [
        f
        for f in benchmark_rules.reference_figures()
        if f.kind == "england" and f.metric == metric and f.scope == scope
    ]
    assert latest.period_end == max(f.period_end for f in same)


def test_a_target_never_stands_in_for_england_or_the_family(store: Store) -> None:
    """With no England or family figure, the comparator is empty; the target has its column."""
    workforce_store.set_value(store, scope=None, key="supervision", period=OCT, value=85.0)
    department = next(s.id for s in workforce_store.list_scopes(store) if s.is_department)
    for choice in (ENGLAND, ComparatorChoice("family", "CIPFA family (median)")):
        rows = scorecard.scorecard(store, department, choice)
        assert all(r.benchmark is None or r.benchmark.label != "Target" for r in rows)
        supervision = next(r for r in rows if r.metric.key == "supervision")
        assert supervision.benchmark is None
        assert supervision.target == 90.0
    rows = scorecard.scorecard(store, department, benchmark_terms.TARGET)
    supervision = next(r for r in rows if r.metric.key == "supervision")
    assert supervision.benchmark is not None
    assert supervision.benchmark.label == "Target"
    assert supervision.rag is Rag.AMBER
