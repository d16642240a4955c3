"""The weekly wellbeing trend: energy, workload and pace, week by week.

Energy and workload are drawn as lines told apart by marker and dash as well as colour,
so the chart reads the same printed in black and white.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dass_desktop.charts.style import new_figure, tidy_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def wellbeing_trend(
    weeks: Sequence[tuple[dt.date, int, int, int]], width: float = 5.6, height: float = 2.4
) -> Figure | None:
    """Energy and workload (1 to 5) by week; None with fewer than two check-ins."""
    if len(weeks) < 2:
        return None
    import matplotlib.dates as mdates

    figure = new_figure(width, height)
    axes = figure.add_subplot()
    days = [float(mdates.date2num(w[0])) for w in weeks]
    axes.plot(days, [w[1] for w in weeks], marker="o", color="#1f4e79", label="Energy")
    axes.plot(
        days, [w[2] for w in weeks], marker="s", linestyle="--", color="#8e2a22", label="Workload"
    )
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_ylabel("1 low – 5 high")
    axes.legend(loc="upper left", fontsize=8, frameon=False, ncols=2)
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    axes.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=6))
    tidy_axes(axes, 8)
    return figure
