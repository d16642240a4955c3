"""The trend chart's one-pass layout puts the axes exactly where constrained layout would."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from dass_desktop.charts.one_pass_layout import OnePassLayout
from dass_desktop.charts.workforce import trend_chart
from dass_desktop.domain.benchmark_terms import Benchmark
from dass_desktop.domain.scorecard import Trend
from dass_desktop.domain.workforce_rules import add_months
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY, Point

OCT = dt.date(2026, 10, 1)


def trend(months: int, *, long_legend: bool) -> Trend:
    """A vacancy trend with a comparator level line (a long legend entry) and a target."""
    first = add_months(OCT, -(months - 1))
    own = tuple(Point(add_months(first, n), 6.0 + n / 4, "test") for n in range(months))
    covers = "Council adult social care staff, in post and vacant, full-time equivalents"
    england = Benchmark(
        "England", 10.5, "Sept 2023" if long_legend else "", covers, "Test", dt.date(2023, 9, 30)
    )
    return Trend(
        METRIC_BY_KEY["vacancy_rate"], "Whole department", own, (("England", (england,)),), 10.0
    )


def placed(figure: Figure, size: tuple[float, float]) -> tuple[float, ...]:
    """The axes' place in pixels after the figure is drawn at ``size`` inches."""
    FigureCanvasAgg(figure)
    figure.set_size_inches(*size)
    figure.canvas.draw()
    return tuple(
        float(v) for v in figure.axes[0].get_position().transformed(figure.transFigure).extents
    )


@pytest.mark.parametrize("size", [(6.6, 3.7), (5.6, 4.4), (4.0, 3.3), (3.9, 2.4), (8.5, 5.2)])
@pytest.mark.parametrize("months", [2, 18])
@pytest.mark.parametrize("long_legend", [False, True])
def test_trend_axes_placed_as_constrained_layout_places_them(
    size: tuple[float, float], months: int, long_legend: bool
) -> None:
    """At every size, including narrow ones where the legend is wider than the axes and
    pulls them in, the axes lands on the same pixels as with two rounds of constrained layout.
    """
    shown = trend(months, long_legend=long_legend)
    ours = trend_chart(shown)
    assert isinstance(ours.get_layout_engine(), OnePassLayout)
    theirs = trend_chart(shown)
    theirs.set_layout_engine("constrained")
    assert placed(ours, size) == pytest.approx(placed(theirs, size), abs=0.01)


def test_drawn_again_as_constrained_layout_and_several_axes_left_alone() -> None:
    """Drawn again (as a window's resize does), the axes still lands where constrained layout
    puts it; a figure with two axes is not this layout's to place.
    """
    shown = trend(12, long_legend=True)
    ours, theirs = trend_chart(shown), trend_chart(shown)
    theirs.set_layout_engine("constrained")
    for figure in (ours, theirs):
        placed(figure, (5.6, 4.4))
    assert placed(ours, (4.2, 3.0)) == pytest.approx(placed(theirs, (4.2, 3.0)), abs=0.01)
    two = Figure(figsize=(4, 3))
    two.set_layout_engine(OnePassLayout())
    left, right = two.subplots(1, 2)
    before = (left.get_position().extents.tolist(), right.get_position().extents.tolist())
    FigureCanvasAgg(two).draw()
    assert (left.get_position().extents.tolist(), right.get_position().extents.tolist()) == before
