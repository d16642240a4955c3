"""A round axis ticks every step from 0 to its end, and makes no tick it does not draw."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.ticker import MultipleLocator

from dass_desktop.charts.style import new_figure, round_axis


@pytest.mark.parametrize(
    ("top", "kwargs", "end", "step"),
    [
        (13.2, {}, 14.0, 2.0),
        (0.7, {}, 0.7, 0.1),
        (97.0, {"most": 100.0}, 100.0, 20.0),
        (41.0, {"integer": True}, 50.0, 10.0),
        (3.0, {"integer": True}, 3.0, 1.0),
    ],
)
def test_round_axis_ticks_only_inside_its_view(
    top: float, kwargs: dict[str, object], end: float, step: float
) -> None:
    """After drawing, the axis runs from 0 to a round end and has made exactly the ticks
    from 0 to that end a step apart (matplotlib's own locator adds one beyond each end,
    which the axis makes and never draws), each labelled; the same ticks as before.
    """
    figure = new_figure()
    axes = figure.add_subplot()
    found = round_axis(axes.yaxis, top, **kwargs)  # type: ignore[arg-type]
    assert found == pytest.approx(end)
    FigureCanvasAgg(figure).draw()
    wanted = [n * step for n in range(round(end / step) + 1)]
    assert [t.get_loc() for t in axes.yaxis.get_major_ticks()] == pytest.approx(wanted)
    assert len(axes.yaxis.majorTicks) == len(wanted)
    plain = MultipleLocator(step)
    plain.set_axis(axes.yaxis)
    inside = [v for v in plain() if -1e-9 <= v <= end + 1e-9]
    assert inside == pytest.approx(wanted)
    assert all(t.label1.get_text() for t in axes.yaxis.get_major_ticks())
