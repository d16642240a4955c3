"""Workforce trend charts: a metric's line over the months against comparators and target.

Each function takes plain rows from ``domain/`` and returns a Figure. Series differ by line
style, marker and width as well as colour, and are named in words at the end of each line,
so every chart reads in black and white. The bar charts are in ``charts/workforce.py``.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dass_desktop.charts.style import (
    COMPARATOR_LINES,
    GREYS,
    OWN_LINE,
    TARGET_LINE,
    TextSizes,
    fit_label,
    new_figure,
    percent_ticks,
    round_axis,
    text_sizes,
    tidy_axes,
)
from dass_desktop.domain.benchmark_terms import short_covers
from dass_desktop.domain.scorecard import Trend
from dass_desktop.domain.workforce_rules import add_months
from dass_desktop.domain.workforce_terms import DEPARTMENT, Metric

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

GAP_PT = 4.0  # from the axes' right edge to a line's label, in points
# Markers for comparators, after the council's own (solid, circles).
COMPARATOR_MARKERS = ("s", "^", "D")
LINE_LABEL = "line-label"  # gid of the short labels written at the end of each line


def _value_axis(axes: Axes, item: Metric, values: Sequence[float]) -> None:
    top = max(values, default=1.0) * 1.15
    if item.is_percent:
        round_axis(axes.yaxis, max(top, 5.0), most=100.0)
        percent_ticks(axes.yaxis)
    else:
        round_axis(axes.yaxis, max(top, 1.0))


def _days(days: Sequence[dt.date]) -> Any:
    """Dates as matplotlib's day numbers (its axes take numbers)."""
    from matplotlib.dates import date2num

    return date2num(list(days))


def _months_axis(axes: Axes, first: dt.date, last: dt.date, *, compact: bool) -> None:
    from matplotlib.dates import DateFormatter, MonthLocator

    span = (last.year - first.year) * 12 + last.month - first.month
    most = 4 if compact else 8  # month labels that fit across without touching

    class FittingMonths(MonthLocator):
        """Month ticks spaced so their labels never touch at the size the chart is drawn.

        A chart on screen is drawn at the width of its window, narrower than on paper, so
        the spacing is chosen at each drawing from the room the axis has.
        """

        found: tuple[tuple[int, tuple[float, ...]], Any] | None = None

        def __call__(self) -> Any:
            # Room for a tick every three font sizes; a "2025" label with a gap takes four.
            room = self.axis.get_tick_space() * 3 // 4 if self.axis is not None else most
            fit = max(2, min(most, room))
            # Laying out and drawing asks many times; the months only change with the room
            # and the dates shown, so they are worked out once for each.
            shown = tuple(self.axis.get_view_interval()) if self.axis is not None else ()
            if self.found is not None and self.found[0] == (fit, shown):
                return self.found[1]
            step = next((s for s in (1, 2, 3, 6, 12) if span // s + 1 <= fit), 24)
            self.rule.set(interval=step)
            ticks = super().__call__()  # type: ignore[no-untyped-call]  # (untyped in stubs)
            self.found = ((fit, shown), ticks)
            return ticks

    class MonthLabels(DateFormatter):
        """A month's label ("Oct" over "2025"), worked out once for each month shown.

        The axis writes its labels afresh each time it is measured or drawn (a dozen times
        a drawing); each label is always the same for its month.
        """

        def __init__(self) -> None:
            super().__init__("%b\n%Y")  # type: ignore[no-untyped-call]  # (untyped in stubs)
            self.made: dict[float, str] = {}

        def __call__(self, x: float, pos: int | None = 0) -> str:
            label = self.made.get(x)
            if label is None:
                label = self.made[x] = super().__call__(x, pos)  # type: ignore[no-untyped-call]
            return label

    axes.xaxis.set_major_locator(FittingMonths())  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_formatter(MonthLabels())
    start, end = _days([first - dt.timedelta(days=12), last + dt.timedelta(days=12)])
    axes.set_xlim(float(start), float(end))
    # Month labels are level (matplotlib's default): asking for the labels here to set that
    # would make the axis find and write its ticks at the size the figure is built at, a
    # pass thrown away when the figure is drawn at the size of its window.


def _no_months_label(axes: Axes) -> None:
    """Tell matplotlib the months axis has no label, so it stops placing one.

    At every layout and drawing, matplotlib moves an axis's label to just below its tick
    labels, measuring them all again to find where that is, though the label here is empty
    and draws nothing (about 2 ms of a chart's first drawing). A hidden label at a fixed
    place is skipped. The empty label also added a point below the tick labels to what
    the layout makes room for; the legend hangs lower, so the axes' place is the same.
    """
    axes.xaxis.label.set_visible(False)
    axes.xaxis.set_label_coords(0.5, 0.0)


def trend_chart(trend: Trend, *, width: float = 6.6) -> Figure:
    """The metric's monthly figures for a scope, each comparator, and the target line.

    A comparator's figures inside the chart's months are drawn as points joined by a line;
    a comparator whose latest figure is older is drawn as a level line, labelled with its
    period, so a 2023/24 figure never stretches the chart back to 2023. Each line differs
    by dash and width as well as colour and is named at its right-hand end.
    """
    from dass_desktop.charts.one_pass_layout import OnePassLayout

    figure = new_figure(width, width * 0.56)
    # One axes: constrained layout's place for it, measured once a drawing, not twice.
    figure.set_layout_engine(OnePassLayout())
    draw_trend(figure.add_subplot(), trend, sizes=text_sizes(figure))
    return figure


def trend_grid(trends: Sequence[Trend], *, width: float = 6.6) -> Figure:
    """Up to four trends as small multiples on one figure (two across), for print."""
    shown = list(trends)[:4]
    rows = (len(shown) + 1) // 2
    figure = new_figure(width, 3.9 * rows)
    sizes = text_sizes(figure)
    for index, trend in enumerate(shown, start=1):
        draw_trend(figure.add_subplot(rows, 2, index), trend, compact=True, sizes=sizes)
    return figure


def _end_label(axes: Axes, y: float, text: str, colour: str, size: float, bold: bool) -> None:
    axes.annotate(
        text,
        (1.0, y),
        xycoords=("axes fraction", "data"),
        xytext=(GAP_PT, 0),
        textcoords="offset points",
        va="center",
        ha="left",
        fontsize=size,
        fontweight="bold" if bold else "normal",
        color=colour,
        annotation_clip=False,
        gid=LINE_LABEL,
    )


def _short_name(label: str) -> str:
    return {"Whole department": "Department"}.get(label, label)


def draw_trend(
    axes: Axes, trend: Trend, *, compact: bool = False, sizes: TextSizes | None = None
) -> None:
    """Draw one trend (see :func:`trend_chart`) into ``axes``; ``compact`` for small multiples.

    The labels at the lines' ends are kept apart whenever the axes is laid out or drawn
    (``charts/workforce_labels.py``), so they never overlap at any size.
    """
    sizes = sizes or text_sizes(axes.get_figure())  # type: ignore[arg-type]
    item = trend.metric
    tidy_axes(axes, sizes.small)
    points = trend.points
    if not points:
        axes.text(
            0.5,
            0.5,
            "No figures yet",
            ha="center",
            va="center",
            transform=axes.transAxes,
            fontsize=sizes.body,
        )
        axes.set_axis_off()
        return
    first, last = points[0].period, points[-1].period
    if first == last:
        first = add_months(last, -1)
    every_value = [p.value for p in points]
    colour, dashes, width = OWN_LINE
    axes.plot(
        _days([p.period for p in points]),
        every_value,
        color=colour,
        linestyle=dashes,
        linewidth=width,
        marker="o",
        markersize=4,
        label=trend.scope_name,
        zorder=4,
    )
    latest = points[-1]
    ends = [(latest.value, item.format(latest.value), colour, True)]
    wrap = 12 if compact else 18
    for (label, series), marker, (colour, dashes, width) in zip(
        trend.comparators, COMPARATOR_MARKERS, COMPARATOR_LINES, strict=False
    ):
        inside = [b for b in series if b.period_end is not None and first <= b.period_end <= last]
        # Say whose workforce a comparator covers: most are sector-wide, not council staff.
        covers = "" if label == DEPARTMENT else f" ({short_covers(series[-1].covers)})"
        if inside:
            axes.plot(
                _days([b.period_end for b in inside if b.period_end is not None]),
                [b.value for b in inside],
                color=colour,
                linestyle=dashes,
                marker=marker,
                markersize=3.5,
                linewidth=width,
                label=f"{label}{covers}",
                zorder=3,
            )
            every_value += [b.value for b in inside]
            end_value = inside[-1].value
        else:
            newest = series[-1]
            axes.axhline(
                newest.value,
                color=colour,
                linestyle=dashes,
                linewidth=width,
                label=f"{label}, {newest.period_label}: {item.format(newest.value)}{covers}",
                zorder=3,
            )
            every_value.append(newest.value)
            end_value = newest.value
        name = fit_label(_short_name(label), wrap, 2)
        ends.append((end_value, f"{name} {item.format(end_value)}", colour, False))
    if trend.target is not None:
        colour, dashes, width = TARGET_LINE
        axes.axhline(
            trend.target,
            color=colour,
            linestyle=dashes,
            linewidth=width,
            label=f"Target {item.format(trend.target)}",
            zorder=2,
        )
        every_value.append(trend.target)
        ends.append((trend.target, f"Target {item.format(trend.target)}", colour, False))
    from dass_desktop.charts.workforce_labels import keep_apart

    keep_apart(axes, LINE_LABEL, GAP_PT)  # before the labels: it moves them before drawing
    for y, text, colour, bold in ends:
        _end_label(axes, y, text, colour, sizes.small, bold)
    _value_axis(axes, item, every_value)
    _months_axis(axes, first, last, compact=compact)
    _no_months_label(axes)
    title = item.label if compact else f"{item.label}: {trend.scope_name}"
    # Placed just above the axes (nothing is drawn above them), so matplotlib need not
    # measure the tick labels at every drawing to find room for it.
    axes.set_title(fit_label(title, 34 if compact else 70), fontsize=sizes.body, loc="left", y=1.0)
    axes.set_ylabel(
        {"%": "Per cent", "days": "Days per FTE"}.get(item.unit, item.unit.title()),
        fontsize=sizes.body,
    )
    axes.grid(axis="y", color=GREYS[4], linewidth=0.6)
    handles, labels = axes.get_legend_handles_labels()
    axes.legend(
        handles,
        [_wrap(text, 36 if compact else 70) for text in labels],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.2 if compact else -0.16),
        ncols=1,
        fontsize=sizes.small,
        frameon=False,
        handlelength=3.2,
    )


def _wrap(text: str, width: int = 26) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text
