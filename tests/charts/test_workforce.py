"""Workforce charts on known data: the right series, labels and target line (by artist)."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys

import numpy as np
import pytest
from matplotlib.dates import num2date
from matplotlib.text import Annotation

from dass_desktop.charts.workforce import (
    compliance_chart,
    diversity_chart,
    trend_chart,
    trend_grid,
)
from dass_desktop.domain.benchmark_terms import Benchmark
from dass_desktop.domain.diversity import DiversityGap
from dass_desktop.domain.scorecard import TeamCompliance, Trend
from dass_desktop.domain.workforce_rules import add_months
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY, Point

OCT = dt.date(2026, 10, 1)


def points(values: list[float], end: dt.date = OCT) -> tuple[Point, ...]:
    """Monthly points ending in ``end``."""
    first = add_months(end, -(len(values) - 1))
    return tuple(Point(add_months(first, n), v, "test") for n, v in enumerate(values))


def bench(label: str, value: float, end: dt.date, period: str) -> Benchmark:
    """A comparator value."""
    return Benchmark(label, value, period, "All employers (whole sector)", "Test", period_end=end)


def test_trend_chart_series_comparators_and_target() -> None:
    """Own line, a comparator inside the months, an older comparator as a level, a target."""
    trend = Trend(
        metric=METRIC_BY_KEY["vacancy_rate"],
        scope_name="Reablement",
        points=points([9.0, 9.5, 10.0, 10.5, 11.0, 11.5]),
        comparators=(
            (
                "Whole department",
                tuple(
                    bench("Dept", v, p.period, "")
                    for v, p in zip([8, 8, 9, 9, 9, 9], points([0] * 6), strict=True)
                ),
            ),
            ("England", (bench("England", 7.0, dt.date(2025, 3, 1), "2024/25"),)),
        ),
        target=10.0,
    )
    figure = trend_chart(trend)
    (axes,) = figure.axes
    lines = {line.get_label(): line for line in axes.get_lines()}
    assert set(lines) == {
        "Reablement",
        "Whole department",
        "England, 2024/25: 7.0% (whole sector, all employers)",
        "Target 10.0%",
    }
    own = lines["Reablement"]
    assert list(np.asarray(own.get_ydata())) == [9.0, 9.5, 10.0, 10.5, 11.0, 11.5]
    assert num2date(np.asarray(own.get_xdata())[-1]).date() == OCT
    assert list(np.asarray(lines["Target 10.0%"].get_ydata())) == [10.0, 10.0]
    england = lines["England, 2024/25: 7.0% (whole sector, all employers)"]
    assert list(np.asarray(england.get_ydata())) == [7.0, 7.0]
    assert lines["Whole department"].get_linestyle() != own.get_linestyle()
    assert axes.get_title(loc="left") == "Vacancy rate: Reablement"
    assert axes.get_ylim()[0] == 0
    texts = [t.get_text() for t in axes.texts]
    assert "11.5%" in texts  # the latest value is written on the chart
    drawn = axes.get_legend()
    assert drawn is not None
    legend = [t.get_text() for t in drawn.get_texts()]
    assert "Target 10.0%" in legend


def test_trend_chart_without_figures_says_so() -> None:
    """An empty series draws a figure that says there is nothing yet."""
    trend = Trend(METRIC_BY_KEY["fte"], "Whole department", (), (), None)
    (axes,) = trend_chart(trend).axes
    assert [t.get_text() for t in axes.texts] == ["No figures yet"]


def test_trend_grid_draws_small_multiples() -> None:
    """Three trends make three panels, two across, each titled by its measure only."""
    keys = ("vacancy_rate", "turnover_rate", "agency_rate")
    trends = [
        Trend(METRIC_BY_KEY[k], "Whole department", points([5.0, 6.0, 7.0]), (), None) for k in keys
    ]
    figure = trend_grid(trends)
    assert len(figure.axes) == 3
    assert [a.get_title(loc="left") for a in figure.axes] == [METRIC_BY_KEY[k].label for k in keys]
    assert [list(np.asarray(a.get_lines()[0].get_ydata())) for a in figure.axes] == [
        [5.0, 6.0, 7.0]
    ] * 3
    spec = figure.axes[1].get_subplotspec()
    assert spec is not None
    assert spec.colspan.start == 1  # the second sits beside


def test_diversity_chart_bars_and_gaps() -> None:
    """Workforce and population bars per group, hatched apart, with each gap written."""
    rows = [
        DiversityGap("ethnicity", "asian", "Asian", 5.8, 9.6, OCT, OCT, ""),
        DiversityGap("ethnicity", "white", "White", 84.1, 84.8, OCT, OCT, ""),
        DiversityGap("ethnicity", "not_stated", "Not stated", 4.9, None, OCT, None, ""),
    ]
    (axes,) = diversity_chart("Ethnicity", rows).axes
    bars = {c.get_label(): c for c in axes.containers}
    assert [b.get_width() for b in bars["Workforce"]] == [5.8, 84.1, 4.9]
    assert [b.get_width() for b in bars["Local population"]] == [9.6, 84.8, 0.0]
    assert bars["Local population"][0].get_hatch()
    assert not bars["Workforce"][0].get_hatch()
    texts = [t.get_text() for t in axes.texts]
    assert "-3.8 pts" in texts
    assert "-0.7 pts" in texts
    assert "Gap (pts)" in texts
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Asian", "White", "Not stated"]
    title = axes.get_figure().get_suptitle()  # type: ignore[union-attr]
    assert title == "Ethnicity: workforce against the local population"


@pytest.mark.parametrize("width", [3.3, 6.6])
def test_diversity_chart_title_clears_the_gap_heading_and_fits(width: float) -> None:
    """Drawn as narrow as a 1024x700 window leaves it (3.3 inches) or as wide as on paper,
    the title stays inside the figure and above the "Gap (pts)" heading, never across it.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    rows = [
        DiversityGap(
            "ethnicity", "asian", "Asian, Asian British or Asian Welsh", 6.1, 9.6, OCT, OCT, ""
        ),
        DiversityGap("ethnicity", "white", "White", 88.4, 84.8, OCT, OCT, ""),
    ]
    figure = diversity_chart("Ethnicity", rows)
    figure.set_size_inches(width, figure.get_size_inches()[1])
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    suptitle = figure._suptitle  # type: ignore[attr-defined]  # (matplotlib keeps it here)
    title = suptitle.get_window_extent(renderer)
    (axes,) = figure.axes
    heading = next(t for t in axes.texts if t.get_text() == "Gap (pts)")
    gap = heading.get_window_extent(renderer)
    assert title.x0 >= 0
    assert title.x1 <= figure.bbox.width + 0.5
    assert title.y0 >= gap.y1 or not title.overlaps(gap)


def test_compliance_chart_bars_and_target() -> None:
    """Supervision and appraisal bars per team, worst first, with the 90% target line."""
    rows = [
        TeamCompliance("Safeguarding", Point(OCT, 96, ""), Point(OCT, 91, "")),
        TeamCompliance("Hospital Discharge", Point(OCT, 74, ""), None),
    ]
    (axes,) = compliance_chart(rows, 90.0).axes
    bars = {c.get_label(): c for c in axes.containers}
    assert [b.get_width() for b in bars["Supervision in date"]] == [74, 96]
    assert [b.get_width() for b in bars["Appraisals completed"]] == [0.0, 91]
    target = next(line for line in axes.get_lines() if line.get_label() == "Target 90%")
    assert list(np.asarray(target.get_xdata())) == [90.0, 90.0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Hospital Discharge", "Safeguarding"]
    texts = [t.get_text() for t in axes.texts]
    assert "74% below" in texts
    assert "96%" in texts
    assert "latest figures to Oct 2026" in axes.get_title(loc="left")


def test_charts_draw_without_pyplot() -> None:
    """Every workforce chart draws with matplotlib.pyplot made unimportable."""
    code = (
        "import sys; sys.modules['matplotlib.pyplot'] = None\n"
        "import datetime as dt, io\n"
        "from dass_desktop.charts import workforce as w\n"
        "from dass_desktop.domain.scorecard import Trend, TeamCompliance\n"
        "from dass_desktop.domain.diversity import DiversityGap\n"
        "from dass_desktop.domain.workforce_terms import METRIC_BY_KEY, Point\n"
        "d = dt.date(2026, 10, 1)\n"
        "figs = [w.trend_chart(Trend(METRIC_BY_KEY['fte'], 'A', (Point(d, 1, ''),), (), 2.0)),\n"
        "        w.diversity_chart('Sex',\n"
        "            [DiversityGap('sex', 'male', 'Male', 20, 49, d, d, '')]),\n"
        "        w.compliance_chart([TeamCompliance('A', Point(d, 80, ''), None)], 90)]\n"
        "for f in figs: f.savefig(io.BytesIO(), format='png')\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_month_labels_never_touch_however_narrow_the_chart_is_drawn() -> None:
    """A 17-month trend drawn at its printed width and at the narrow width the Workforce
    page gives it at 1024×700: the month labels shown never overlap, and there are at least
    two of them.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    trend = Trend(
        metric=METRIC_BY_KEY["vacancy_rate"],
        scope_name="Whole department",
        points=points([12.0 + n / 10 for n in range(17)]),
        comparators=(),
        target=10.0,
    )
    for width in (6.6, 3.8, 3.0):
        figure = trend_chart(trend)
        figure.set_size_inches(width, 3.4)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        renderer = canvas.get_renderer()
        (axes,) = figure.axes
        boxes = [
            label.get_window_extent(renderer)
            for label in axes.get_xticklabels()
            if label.get_visible() and label.get_text()
        ]
        assert len(boxes) >= 2, width
        boxes.sort(key=lambda box: box.x0)
        for left, right in itertools.pairwise(boxes):
            assert left.x1 < right.x0, f"labels touch at {width} in"


def test_line_labels_kept_apart_in_one_drawing_at_any_size() -> None:
    """Four lines ending within a point of each other: after one drawing, at the printed
    size and at a short, narrow on-screen size, no two labels at the lines' ends touch,
    each sits just right of the axes, and the labels are only placed when drawn (at the
    size they are drawn at), not by drawing the figure while building it.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    trend = Trend(
        metric=METRIC_BY_KEY["vacancy_rate"],
        scope_name="Reablement",
        points=points([9.0, 9.5, 10.0, 10.2]),
        comparators=(
            ("England", (bench("England", 10.0, dt.date(2025, 3, 1), "2024/25"),)),
            ("Region", (bench("Region", 10.4, dt.date(2025, 3, 1), "2024/25"),)),
        ),
        target=10.1,
    )
    for width, height in ((6.6, 3.7), (4.0, 2.6)):
        figure = trend_chart(trend)
        (axes,) = figure.axes
        labels = [
            t for t in axes.texts if isinstance(t, Annotation) and t.get_gid() == "line-label"
        ]
        assert len(labels) == 4
        assert {tuple(t.xyann) for t in labels} == {(4.0, 0.0)}  # at the lines' ends until drawn
        figure.set_size_inches(width, height)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        renderer = canvas.get_renderer()
        assert len({tuple(t.xyann) for t in labels}) == 4  # moved apart as drawn
        boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.y0)
        for low, high in itertools.pairwise(boxes):
            assert low.y1 <= high.y0 + 0.01, f"labels touch at {width}×{height} in"
        assert all(abs(b.x0 - axes.bbox.x1 - 4 * figure.dpi / 72) < 1 for b in boxes)
