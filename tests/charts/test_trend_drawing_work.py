"""Drawing a trend chart makes only the ticks it draws and writes each month's label once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import DateFormatter, num2date

from dass_desktop.charts import workforce_trends
from dass_desktop.charts.workforce import trend_chart, trend_grid
from dass_desktop.domain.scorecard import Trend
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY
from tests.charts.test_workforce import bench, points


def _trend(key: str = "vacancy_rate") -> Trend:
    values = [9.0, 9.5, 10.0, 10.5, 11.0, 11.5, 12.0, 12.5, 13.0, 12.0, 11.0, 13.2, 12.9, 11.1]
    return Trend(
        metric=METRIC_BY_KEY[key],
        scope_name="Whole department",
        points=points(values),
        comparators=(("England", (bench("England", 7.0, dt.date(2025, 3, 1), "2024/25"),)),),
        target=10.0,
    )


@pytest.mark.parametrize("grid", [False, True])
def test_a_trend_is_drawn_with_only_its_drawn_ticks_and_each_month_written_once(
    monkeypatch: pytest.MonkeyPatch, grid: bool
) -> None:
    """On screen and in the printed grid, every tick the axes made is inside its view (and
    so drawn), and each month's label ("Oct" over "2025") is worked out once however often
    the axis is laid out, the same text as matplotlib's date formatter writes.
    """
    worked_out: list[tuple[int, float]] = []  # (which axis's formatter, month)
    plain = DateFormatter.__call__

    def counted(self: DateFormatter, x: float, pos: int | None = 0) -> str:
        worked_out.append((id(self), x))
        return plain(self, x, pos)

    monkeypatch.setattr(DateFormatter, "__call__", counted)
    figure = trend_grid([_trend(), _trend("sickness_days")]) if grid else trend_chart(_trend())
    FigureCanvasAgg(figure).draw()
    assert worked_out
    assert len(worked_out) == len(set(worked_out))
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            made = axis.get_major_ticks()
            assert len(axis.majorTicks) == len(made) >= 2
            assert all(low - 1e-9 <= t.get_loc() <= high + 1e-9 for t in made)
        months = axes.xaxis.get_major_ticks()
        for tick in months:
            assert tick.label1.get_text() == num2date(tick.get_loc()).strftime("%b\n%Y")


@pytest.mark.parametrize(("grid", "inches"), [(False, None), (False, (2.6, 2.2)), (True, None)])
def test_the_months_axis_label_is_not_placed_and_the_chart_is_unchanged(
    monkeypatch: pytest.MonkeyPatch, grid: bool, inches: tuple[float, float] | None
) -> None:
    """The months axis has no label; drawing no longer measures its tick labels again to
    place one, and the chart comes out byte for byte as with matplotlib's own empty label:
    as built, on paper, and at the smallest size a chart canvas takes on screen.
    """

    def drawn() -> tuple[bytes, list[tuple[float, ...]], int]:
        placed: list[object] = []
        figure = trend_grid([_trend(), _trend("sickness_days")]) if grid else trend_chart(_trend())
        for axes in figure.axes:
            assert axes.xaxis.get_label_text() == ""  # hiding it hides nothing written
            plain = axes.xaxis._get_tick_boxes_siblings  # type: ignore[attr-defined]

            def counted(renderer: object, plain: Any = plain) -> Any:
                placed.append(renderer)
                return plain(renderer)

            monkeypatch.setattr(axes.xaxis, "_get_tick_boxes_siblings", counted)
        if inches is not None:
            figure.set_size_inches(inches)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        places = [tuple(axes.get_position().bounds) for axes in figure.axes]
        return bytes(canvas.buffer_rgba()), places, len(placed)

    picture, places, measured = drawn()
    monkeypatch.setattr(workforce_trends, "_no_months_label", lambda axes: None)
    plain_picture, plain_places, plain_measured = drawn()
    assert measured == 0 < plain_measured
    assert places == plain_places
    assert picture == plain_picture
