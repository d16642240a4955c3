"""Workforce charts: a metric's trend against comparators, diversity against the local
population, and supervision and appraisal compliance by team against a target.

Each function takes plain rows from ``domain/`` and returns a Figure. Series differ by line
style, marker and hatching as well as colour, and are named in words, so every chart reads
in black and white.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dass_desktop.charts.style import GREYS, HATCHES, PALETTE, new_figure, tidy_axes
from dass_desktop.domain.benchmarks import short_covers
from dass_desktop.domain.diversity import GapRow
from dass_desktop.domain.scorecard import TeamCompliance, Trend
from dass_desktop.domain.workforce import DEPARTMENT, Metric, add_months, month_label

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Line styles and markers for comparators, after the council's own (solid, circles).
COMPARATOR_STYLES = (("--", "s"), (":", "^"), ("-.", "D"))
TARGET_STYLE = "-"


def _percent_axis(axes: Axes, item: Metric, values: Sequence[float]) -> None:
    top = max(values, default=1.0)
    if item.is_percent:
        axes.set_ylim(0, min(100.0, max(top * 1.2, 5.0)))
        axes.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    else:
        axes.set_ylim(0, max(top * 1.2, 1.0))


def _days(days: Sequence[dt.date]) -> Any:
    """Dates as matplotlib's day numbers (its axes take numbers)."""
    from matplotlib.dates import date2num

    return date2num(list(days))


def _months_axis(axes: Axes, first: dt.date, last: dt.date) -> None:
    from matplotlib.dates import DateFormatter, MonthLocator

    span = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if span <= 8 else 3 if span <= 30 else 6
    axes.xaxis.set_major_locator(MonthLocator(interval=step))
    axes.xaxis.set_major_formatter(DateFormatter("%b\n%Y"))
    start, end = _days([first - dt.timedelta(days=12), last + dt.timedelta(days=12)])
    axes.set_xlim(float(start), float(end))
    for label in axes.get_xticklabels():
        label.set_rotation(0)


def trend_chart(trend: Trend) -> Figure:
    """The metric's monthly figures for a scope, each comparator, and the target line.

    A comparator's figures inside the chart's months are drawn as points joined by a line;
    a comparator whose latest figure is older is drawn as a level line, labelled with its
    period, so a 2023/24 figure never stretches the chart back to 2023.
    """
    figure = new_figure(6.6, 3.7)
    draw_trend(figure.add_subplot(), trend)
    return figure


def trend_grid(trends: Sequence[Trend]) -> Figure:
    """Up to four trends as small multiples on one figure (two across), for print."""
    shown = list(trends)[:4]
    rows = (len(shown) + 1) // 2
    figure = new_figure(7.4, 3.9 * rows)
    for index, trend in enumerate(shown, start=1):
        draw_trend(figure.add_subplot(rows, 2, index), trend, compact=True)
    return figure


def draw_trend(axes: Axes, trend: Trend, *, compact: bool = False) -> None:
    """Draw one trend (see :func:`trend_chart`) into ``axes``; ``compact`` for small multiples."""
    item = trend.metric
    tidy_axes(axes)
    points = trend.points
    if not points:
        axes.text(0.5, 0.5, "No figures yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return
    first, last = points[0].period, points[-1].period
    if first == last:
        first = add_months(last, -1)
    every_value = [p.value for p in points]
    axes.plot(
        _days([p.period for p in points]),
        every_value,
        color=PALETTE[0],
        linewidth=2.2,
        marker="o",
        markersize=4,
        label=trend.scope_name,
    )
    latest = points[-1]
    axes.annotate(
        item.format(latest.value),
        (float(_days([latest.period])[0]), latest.value),
        textcoords="offset points",
        xytext=(6, 6),
        fontsize=8,
        fontweight="bold",
        color=PALETTE[0],
    )
    for (label, series), (style, marker), colour in zip(
        trend.comparators, COMPARATOR_STYLES, (GREYS[1], PALETTE[2], GREYS[2]), strict=False
    ):
        inside = [b for b in series if b.period_end is not None and first <= b.period_end <= last]
        # Say whose workforce a comparator covers: most are sector-wide, not council staff.
        covers = "" if label == DEPARTMENT else f" ({short_covers(series[-1].covers)})"
        if inside:
            axes.plot(
                _days([b.period_end for b in inside if b.period_end is not None]),
                [b.value for b in inside],
                color=colour,
                linestyle=style,
                marker=marker,
                markersize=4,
                linewidth=1.4,
                label=f"{label}{covers}",
            )
            every_value += [b.value for b in inside]
        else:
            newest = series[-1]
            axes.axhline(
                newest.value,
                color=colour,
                linestyle=style,
                linewidth=1.4,
                label=f"{label}, {newest.period_label}: {item.format(newest.value)}{covers}",
            )
            every_value.append(newest.value)
    if trend.target is not None:
        axes.axhline(
            trend.target,
            color=PALETTE[1],
            linestyle=TARGET_STYLE,
            linewidth=1.0,
            label=f"Target {item.format(trend.target)}",
        )
        every_value.append(trend.target)
    _percent_axis(axes, item, every_value)
    _months_axis(axes, first, last)
    title = item.label if compact else f"{item.label}: {trend.scope_name}"
    axes.set_title(title, fontsize=9 if compact else 10, loc="left")
    axes.set_ylabel({"%": "Per cent", "days": "Days per FTE"}.get(item.unit, item.unit.title()))
    axes.grid(axis="y", color=GREYS[4], linewidth=0.6)
    if compact:
        axes.tick_params(labelsize=7)
    handles, labels = axes.get_legend_handles_labels()
    axes.legend(
        handles,
        [_wrap(text, 44 if compact else 70) for text in labels],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.2 if compact else -0.16),
        ncols=1,
        fontsize=6.5 if compact else 8,
        frameon=False,
    )


def _wrap(text: str, width: int = 26) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _bar_labels(axes: Axes, bars: Any, texts: Sequence[str]) -> None:
    for bar, text in zip(bars, texts, strict=True):
        if not text:
            continue
        axes.annotate(
            text,
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            textcoords="offset points",
            xytext=(3, 0),
            va="center",
            fontsize=7.5,
        )


def diversity_chart(dimension: str, rows: Sequence[GapRow]) -> Figure:
    """The workforce's share of each group beside the local population's, with the gap."""
    height = max(3.0, 0.55 * len(rows) + 1.3)
    figure = new_figure(6.6, height)
    axes = figure.add_subplot()
    tidy_axes(axes)
    if not rows:
        axes.text(0.5, 0.5, "No figures yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    positions = list(range(len(rows)))[::-1]
    size = 0.38
    work = [r.workforce or 0.0 for r in rows]
    population = [r.population or 0.0 for r in rows]
    work_bars = axes.barh(
        [p + size / 2 for p in positions],
        work,
        height=size,
        color=PALETTE[0],
        edgecolor=PALETTE[0],
        label="Workforce",
    )
    population_bars = axes.barh(
        [p - size / 2 for p in positions],
        population,
        height=size,
        color="white",
        edgecolor=GREYS[1],
        hatch=HATCHES[1],
        label="Local population",
    )
    _bar_labels(
        axes, work_bars, [f"{r.workforce:.1f}%" if r.workforce is not None else "" for r in rows]
    )
    _bar_labels(
        axes,
        population_bars,
        [f"{r.population:.1f}%" if r.population is not None else "" for r in rows],
    )
    top = max([*work, *population, 1.0])
    axes.set_xlim(0, min(100.0, top * 1.25) if top < 80 else 100.0)
    axes.annotate(
        "Gap (pts)",
        (1.0, 1.0),
        xycoords="axes fraction",
        xytext=(10, 2),
        textcoords="offset points",
        fontsize=8,
        fontweight="bold",
    )
    for row, position in zip(rows, positions, strict=True):
        if row.gap is None:
            continue
        axes.annotate(
            f"{row.gap:+.1f} pts",
            (1.0, position),
            xycoords=("axes fraction", "data"),
            xytext=(10, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            fontweight="bold",
            color=GREYS[0],
        )
    axes.set_yticks(positions, [_wrap(r.group_label) for r in rows], fontsize=8)
    axes.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    axes.set_title(
        f"{dimension}: workforce against the local population",
        fontsize=10,
        loc="left",
    )
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.06), ncols=2, fontsize=8, frameon=False)
    return figure


def _compliance_text(value: float | None, target: float) -> str:
    if value is None:
        return ""
    if value >= target:
        return f"{value:.0f}%"
    shown = f"{value:.0f}" if round(value) < target else f"{value:.1f}"
    return f"{shown}% below"


def compliance_chart(rows: Sequence[TeamCompliance], target: float) -> Figure:
    """Each team's supervision-in-date and appraisal completion against the target, the
    teams furthest below it on supervision at the top."""
    rows = sorted(rows, key=lambda r: (r.supervision.value if r.supervision else 101.0, r.team))
    height = max(3.0, 0.5 * len(rows) + 1.4)
    figure = new_figure(6.6, height)
    axes = figure.add_subplot()
    tidy_axes(axes)
    if not rows:
        axes.text(0.5, 0.5, "No figures yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    positions = list(range(len(rows)))[::-1]
    size = 0.38
    measures = (
        ("Supervision in date", [r.supervision for r in rows], PALETTE[0], HATCHES[0], 1),
        ("Appraisals completed", [r.appraisals for r in rows], "white", HATCHES[2], -1),
    )
    for label, points, colour, hatch, side in measures:
        values = [p.value if p is not None else 0.0 for p in points]
        bars = axes.barh(
            [p + side * size / 2 for p in positions],
            values,
            height=size,
            color=colour,
            edgecolor=PALETTE[0],
            hatch=hatch,
            label=label,
        )
        texts = [_compliance_text(p.value if p is not None else None, target) for p in points]
        _bar_labels(axes, bars, texts)
    axes.axvline(
        target,
        color=PALETTE[1],
        linestyle=TARGET_STYLE,
        linewidth=1.4,
        label=f"Target {target:.0f}%",
    )
    axes.set_xlim(0, 112)
    axes.set_xticks([0, 20, 40, 60, 80, 100])
    axes.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    axes.set_yticks(positions, [_wrap(r.team, 24) for r in rows], fontsize=8)
    months = {p.period for r in rows for p in (r.supervision, r.appraisals) if p is not None}
    when = f", latest figures to {month_label(max(months))}" if months else ""
    axes.set_title(f"Supervision and appraisal by team{when}", fontsize=10, loc="left")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=3, fontsize=8, frameon=False)
    return figure
