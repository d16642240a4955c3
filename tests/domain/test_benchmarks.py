"""Comparators: shipped reference figures, the CIPFA family, medians and the target fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import benchmark_rules, benchmark_store, benchmark_terms, comparator_family
from dass_desktop.domain.benchmark_terms import ComparatorChoice, ComparatorFigure
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import DirectorProfile, load_profile, save_profile
from dass_desktop.store import Store
from tests.conftest import TODAY


def test_every_reference_figure_has_source_period_licence_and_coverage() -> None:
    """No shipped figure lacks a source, period, licence or a statement of whom it covers."""
    figures = benchmark_rules.reference_figures()
    assert len(figures) > 800
    for figure in figures:
        assert figure.source
        assert figure.period_label
        assert figure.licence
        assert figure.covers
        assert figure.kind in ("england", "region", "council")
        assert figure.value >= 0


def test_sector_figures_say_they_are_not_council_staff() -> None:
    """Sector-wide turnover by council area is labelled as such, never as council staff."""
    oflog = [
        f for f in benchmark_rules.reference_figures() if f.source == benchmark_terms.OFLOG_SOURCE
    ]
    assert len(oflog) == 809
    assert all("not the council's own staff" in f.covers for f in oflog)
    bolton = [f for f in oflog if f.area_key == "E08000001" and f.period_label == "2022/23"]
    assert [f.value for f in bolton] == [18.85]


def test_reference_keeps_known_conflicts_in_its_notes() -> None:
    """The 2021/22 vacancy rate keeps its restatement note; 2023/24 turnover its conflict."""
    england = [f for f in benchmark_rules.reference_figures() if f.kind == "england"]
    vacancy = next(f for f in england if f.metric == "vacancy_rate" and f.period_label == "2021/22")
    assert vacancy.value == 10.5
    assert "10.7%" in vacancy.note
    turnover = next(
        f
        for f in england
        if f.metric == "turnover_rate"
        and f.period_label == "2023/24"
        and f.scope == benchmark_terms.WHOLE_SECTOR
    )
    assert turnover.value == 24.2
    assert "24.8%" in turnover.note


def figure(
    area: str,
    value: float,
    end: dt.date,
    *,
    kind: str = "council",
    rank: int = 2,
    covers: str = "whole sector",
    region: str = "North West",
) -> ComparatorFigure:
    """A comparator figure for tests."""
    return ComparatorFigure(
        kind,
        area,
        area,
        "turnover_rate",
        f"{end.year - 1}/{end.year % 100}",
        end,
        value,
        covers,
        "Test source",
        2024,
        "OGL",
        region=region,
        rank=rank,
    )


def test_family_median_uses_the_latest_period_with_enough_councils(store: Store) -> None:
    """The family median is worked out from the latest period held by enough members."""
    family = [
        comparator_family.FamilyMember(n, code, code, "cipfa", "", n, "North West")
        for n, code in enumerate(("A", "B", "C", "D"), start=1)
    ]
    old, new = dt.date(2022, 3, 1), dt.date(2023, 3, 1)
    figures = [
        figure("A", 20, old),
        figure("B", 30, old),
        figure("C", 40, old),
        figure("D", 50, old),
        figure("A", 10, new),
        figure("B", 12, new),  # only two councils: not enough
        figure("X", 99, new),  # not in the family
    ]
    found = benchmark_rules.benchmark_series(
        ComparatorChoice("family", "CIPFA family"),
        "turnover_rate",
        figures=figures,
        family=family,
        profile=None,
    )
    assert [(b.value, b.period_end, b.count) for b in found] == [(35.0, old, 4)]
    assert found[0].label == "CIPFA family median (4 of 4 councils)"


def test_closest_coverage_wins_for_england(store: Store) -> None:
    """For England, a council-staff figure is preferred to a whole-sector one."""
    figures = [
        figure("England", 7.0, dt.date(2025, 3, 1), kind="england", rank=2),
        figure("England", 10.5, dt.date(2023, 9, 1), kind="england", rank=1, covers="council"),
    ]
    found = benchmark_rules.benchmark_series(
        ComparatorChoice("england", "England"),
        "turnover_rate",
        figures=figures,
        family=[],
        profile=None,
    )
    assert [b.value for b in found] == [10.5]


def test_choices_follow_the_data(store_with_profile: Store) -> None:
    """England always; the region's median where council figures exist; family and target."""
    store = store_with_profile
    comparator_family.fill_family_from_cipfa(store, "E08000035")
    choices = benchmark_rules.comparator_choices(
        load_profile(store),
        comparator_family.list_family(store),
        benchmark_store.all_figures(store),
    )
    keys = [c.key for c in choices]
    assert keys[0] == "england"
    assert keys[-1] == "target"
    assert "region-median" in keys
    assert "family" in keys
    assert "council:E08000039" in keys  # Sheffield, under its 2025 code
    assert "department" not in keys


def test_region_choice_and_department_choice(store: Store, profile: DirectorProfile) -> None:
    """The region appears once a regional figure exists; the department only for a team."""
    save_profile(store, profile, TODAY)
    benchmark_store.add_comparator_value(
        store,
        kind="region",
        area_name="Yorkshire and The Humber",
        metric_key="vacancy_rate",
        period_label="2024/25",
        period_end=dt.date(2025, 3, 1),
        value=6.1,
        covers="council adult social care staff",
        source="ADASS regional benchmarking",
        year=2025,
    )
    choices = benchmark_rules.comparator_choices(
        profile, [], benchmark_store.all_figures(store), scope_is_team=True
    )
    labels = [c.label for c in choices]
    assert "Yorkshire and The Humber" in labels
    assert "Yorkshire and The Humber councils (median)" in labels
    assert "Whole department" in labels
    found = benchmark_rules.benchmark_series(
        ComparatorChoice("region", "Yorkshire and The Humber"),
        "vacancy_rate",
        figures=benchmark_store.all_figures(store),
        family=[],
        profile=profile,
    )
    assert [b.value for b in found] == [6.1]


def test_typed_comparator_values_are_checked_and_replace(store: Store) -> None:
    """A comparator figure needs a source and a sensible value; the same one replaces."""
    kwargs = {
        "kind": "council",
        "area_name": "Bolton",
        "area_code": "E08000001",
        "metric_key": "vacancy_rate",
        "period_label": "2024/25",
        "period_end": dt.date(2025, 3, 1),
        "covers": "council adult social care staff",
        "year": 2025,
    }
    with pytest.raises(InvalidInput, match="where the figure comes from"):
        benchmark_store.add_comparator_value(store, value=9.0, source=" ", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="over 100%"):
        benchmark_store.add_comparator_value(store, value=190.0, source="Bolton HR", **kwargs)  # type: ignore[arg-type]
    benchmark_store.add_comparator_value(store, value=9.0, source="Bolton HR", **kwargs)  # type: ignore[arg-type]
    benchmark_store.add_comparator_value(store, value=9.5, source="Bolton HR", **kwargs)  # type: ignore[arg-type]
    (stored,) = benchmark_store.stored_figures(store)
    assert stored.value == 9.5
    assert stored.year == 2025
    assert stored.origin == "typed"
    assert stored.region == "North West"
    assert stored.rank == 0
    benchmark_store.delete_comparator_value(store, stored.id or 0)
    assert benchmark_store.stored_figures(store) == []


def test_short_covers() -> None:
    """Coverage is summarised in a few words for table cells."""
    assert (
        benchmark_terms.short_covers(benchmark_terms.OFLOG_COVERS) == "whole sector, all employers"
    )
    assert benchmark_terms.short_covers("As in dfe.csv") == "as in the imported file"
