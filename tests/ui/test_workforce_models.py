"""Every Workforce item model passes Qt's model tester, filled with real rows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dass_desktop.domain import benchmark_store, comparator_family, scorecard
from dass_desktop.domain.benchmark_rules import metric_label
from dass_desktop.domain.benchmark_terms import ComparatorChoice
from dass_desktop.domain.diversity import DiversityGap
from dass_desktop.domain.workforce_store import list_scopes, set_value
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.workforce_file import Problem, preview
from dass_desktop.store import Store
from dass_desktop.ui.table_columns import ON_PALE
from dass_desktop.ui.workforce_import import ColumnMappingModel, ProblemModel, SampleModel
from dass_desktop.ui.workforce_models import (
    ComparatorFigureModel,
    DiversityModel,
    FamilyModel,
    FigureFilterModel,
    RowRole,
    ScorecardModel,
    SortRole,
)

OCT = dt.date(2026, 10, 1)


def test_scorecard_model(qtmodeltester, store_with_profile: Store) -> None:  # type: ignore[no-untyped-def]
    """The scorecard model is well behaved and shows the RAG as a word."""
    set_value(store_with_profile, scope=None, key="vacancy_rate", period=OCT, value=12)
    scope = list_scopes(store_with_profile)[0]
    model = ScorecardModel(
        scorecard.scorecard(store_with_profile, scope.id, ComparatorChoice("england", "E"))
    )
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Vacancy rate")
    # England's vacancy figure covers council social workers only: context, never a RAG.
    assert model.index(row, 4).data() == "Context"
    tip = model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "Covers" in tip
    assert "Shown as context, not rated" in tip
    assert model.index(row, 6).data() == ""  # no vacancy target set


def test_diversity_and_family_models(qtmodeltester, store_with_profile: Store) -> None:  # type: ignore[no-untyped-def]
    """The gap table and the family list are well behaved."""
    qtmodeltester.check(
        DiversityModel([DiversityGap("sex", "female", "Female", 79.5, 51.0, OCT, OCT, "HR")])
    )
    comparator_family.fill_family_from_cipfa(store_with_profile, "E08000035")
    family = FamilyModel(comparator_family.list_family(store_with_profile))
    qtmodeltester.check(family)
    assert family.index(0, 2).data() == "CIPFA family"


def test_comparator_figures_and_filter(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The comparator figures model and its word filter are well behaved."""
    model = ComparatorFigureModel(benchmark_store.all_figures(store))
    qtmodeltester.check(model)
    proxy = FigureFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search("walsall 2016/17")
    metrics = {proxy.index(r, 0).data(RowRole).metric for r in range(proxy.rowCount())}
    assert metrics == {"vacancy_rate", "sickness_days", "turnover_rate"}


def test_import_dialog_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The mapping, sample and problem models are well behaved; the mapping is editable."""
    view = preview(b"Month,Morale\n2026-10,7\n", "f.csv")
    mapping = ColumnMappingModel()
    mapping.load(view)
    qtmodeltester.check(mapping)
    assert mapping.index(1, 2).data() == "Not mapped: choose…"
    assert mapping.setData(mapping.index(1, 2), cols.IGNORE)
    assert mapping.targets() == [cols.PERIOD, cols.IGNORE]
    assert not mapping.setData(mapping.index(1, 2), "nonsense")
    sample = SampleModel()
    sample.load([c.header for c in view.columns], view.sample)
    qtmodeltester.check(sample)
    problems = ProblemModel()
    problems.load([Problem(3, "FTE", "'x' is not a number"), Problem(0, "", "No month")])
    qtmodeltester.check(problems)
    assert problems.index(1, 0).data() == "whole file"


def test_comparator_figure_cells_match_each_row_in_full(store: Store) -> None:
    """Every comparator figure's cells (shown text and sort key) read as the row's eight
    values do in full, one by one, for published figures and one the director typed.
    """
    benchmark_store.add_comparator_value(
        store,
        kind="region",
        area_name="Our region",
        metric_key="vacancy_rate",
        period_label="2025/26",
        period_end=dt.date(2026, 3, 31),
        value=9.5,
        covers="Adult social care staff in the region",
        source="Regional survey",
        year=None,
    )
    rows = benchmark_store.all_figures(store)
    assert any(r.origin != "reference" for r in rows)
    model = ComparatorFigureModel(rows)
    for number, row in enumerate(rows):
        item = METRIC_BY_KEY.get(row.metric)
        whole = (
            row.area_name,
            metric_label(row.metric),
            row.period_label,
            item.format(row.value) if item else f"{row.value:g}",
            row.covers,
            row.source if row.origin == "reference" else f"{row.source} ({row.origin})",
            str(row.year) if row.year else "not stated",
            row.licence or ("—" if row.origin != "reference" else ""),
        )
        shown = tuple(model.index(number, c).data() for c in range(8))
        assert shown == whole
        sorts = tuple(model.index(number, c).data(SortRole) for c in range(8))
        assert sorts == (*whole[:2], row.period_end.isoformat(), row.value, *whole[4:])


def test_import_dialog_cells_filled_pale_are_written_dark() -> None:
    """A column not yet mapped, and a cell the checks found wrong, are filled pale and
    written in the dark text kept for pale fills (whatever the theme); other cells are not.
    """
    view = preview(b"Month,Morale\n2026-10,7\n2026-11,x\n", "f.csv")
    mapping = ColumnMappingModel()
    mapping.load(view)
    sample = SampleModel()
    sample.load([c.header for c in view.columns], view.sample)
    sample.mark([Problem(3, "Morale", "'x' is not a number")])
    filled = {
        "unmapped": mapping.index(1, 0),
        "wrong": sample.index(1, 1),
    }
    plain = {"mapped": mapping.index(0, 0), "right": sample.index(0, 1)}
    for index in filled.values():
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
        assert index.data(Qt.ItemDataRole.ForegroundRole) == ON_PALE
    for index in plain.values():
        assert index.data(Qt.ItemDataRole.BackgroundRole) is None
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None
