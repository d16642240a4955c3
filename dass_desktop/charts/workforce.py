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

from dass_desktop.charts.style import (
    COMPARATOR_LINES,
    GREYS,
    HATCHES,
    OWN_LINE,
    PALETTE,
    TARGET_LINE,
    TextSizes,
    fit_label,
    new_figure,
    percent_ticks,
    round_axis,
    sized_figure,
    spread_apart,
    text_sizes,
    tidy_axes,
)
from dass_desktop.domain.benchmark_terms import short_covers
from dass_desktop.domain.diversity import DiversityGap
from dass_desktop.domain.scorecard import TeamCompliance, Trend
from dass_desktop.domain.workforce_rules import add_months
from dass_desktop.domain.workforce_terms import DEPARTMENT, Metric, month_label

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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
    step = next((s for s in (1, 2, 3, 6, 12) if span // s + 1 <= most), 24)
    axes.xaxis.set_major_locator(MonthLocator(interval=step))
    axes.xaxis.set_major_formatter(DateFormatter("%b\n%Y"))
    start, end = _days([first - dt.timedelta(days=12), last + dt.timedelta(days=12)])
    axes.set_xlim(float(start), float(end))
    for label in axes.get_xticklabels():
        label.set_rotation(0)


def trend_chart(trend: Trend, *, width: float = 6.6) -> Figure:
    """The metric's monthly figures for a scope, each comparator, and the target line.

    A comparator's figures inside the chart's months are drawn as points joined by a line;
    a comparator whose latest figure is older is drawn as a level line, labelled with its
    period, so a 2023/24 figure never stretches the chart back to 2023. Each line differs
    by dash and width as well as colour and is named at its right-hand end.
    """
    figure = new_figure(width, width * 0.56)
    draw_trend(figure.add_subplot(), trend, sizes=text_sizes(figure))
    separate_line_labels(figure)
    return figure


def trend_grid(trends: Sequence[Trend], *, width: float = 6.6) -> Figure:
    """Up to four trends as small multiples on one figure (two across), for print."""
    shown = list(trends)[:4]
    rows = (len(shown) + 1) // 2
    figure = new_figure(width, 3.9 * rows)
    sizes = text_sizes(figure)
    for index, trend in enumerate(shown, start=1):
        draw_trend(figure.add_subplot(rows, 2, index), trend, compact=True, sizes=sizes)
    separate_line_labels(figure)
    return figure


def _end_label(axes: Axes, y: float, text: str, colour: str, size: float, bold: bool) -> None:
    axes.annotate(
        text,
        (1.0, y),
        xycoords=("axes fraction", "data"),
        xytext=(4, 0),
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

    Call :func:`separate_line_labels` on the figure afterwards so that the labels at the
    lines' ends never overlap.
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
    for y, text, colour, bold in ends:
        _end_label(axes, y, text, colour, sizes.small, bold)
    _value_axis(axes, item, every_value)
    _months_axis(axes, first, last, compact=compact)
    title = item.label if compact else f"{item.label}: {trend.scope_name}"
    axes.set_title(fit_label(title, 34 if compact else 70), fontsize=sizes.body, loc="left")
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


def separate_line_labels(figure: Figure) -> None:
    """Move the labels at the ends of lines apart so that none overlaps another.

    The figure is laid out first (without drawing pixels) to learn where each line ends and
    how tall each label is, twice, as moving the labels can change the layout a little.
    """
    from matplotlib.text import Annotation

    for _ in range(2):
        figure.draw_without_rendering()
        for axes in figure.axes:
            labels = [
                t for t in axes.texts if isinstance(t, Annotation) and t.get_gid() == LINE_LABEL
            ]
            if not labels:
                continue
            to_points = 72 / figure.dpi
            lines = [float(axes.transData.transform((0, t.xy[1]))[1]) for t in labels]
            room = [t.get_window_extent().height / 2 + 1.0 for t in labels]
            placed = spread_apart(lines, room)
            for text, line, where in zip(labels, lines, placed, strict=True):
                text.xyann = (4, (where - line) * to_points)


def _wrap(text: str, width: int = 26) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _bar_labels(axes: Axes, bars: Any, texts: Sequence[str], size: float) -> None:
    for bar, text in zip(bars, texts, strict=True):
        if not text:
            continue
        axes.annotate(
            text,
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            textcoords="offset points",
            xytext=(3, 0),
            va="center",
            fontsize=size,
            # A white backing keeps the figure legible where a target line crosses it.
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5},
            zorder=4,
        )


def _row_pitch(sizes: TextSizes, lines: int, bars: int) -> float:
    """Inches per category: room for its label's lines and for its bars' value labels."""
    return max(lines * sizes.body * 1.25, bars * sizes.small * 1.3) / 72 + 0.06


def diversity_chart(dimension: str, rows: Sequence[DiversityGap], *, width: float = 6.6) -> Figure:
    """The workforce's share of each group beside the local population's, with the gap."""
    lines = 2 if len(rows) <= 12 else 1
    figure = sized_figure(width, lambda z: max(3.0, _row_pitch(z, lines, 2) * len(rows) + 1.5))
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    tidy_axes(axes, sizes.small)
    if not rows:
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
        axes,
        work_bars,
        [f"{r.workforce:.1f}%" if r.workforce is not None else "" for r in rows],
        sizes.small,
    )
    _bar_labels(
        axes,
        population_bars,
        [f"{r.population:.1f}%" if r.population is not None else "" for r in rows],
        sizes.small,
    )
    top = max([*work, *population, 1.0])
    # Room for the value written after the longest bar.
    round_axis(axes.xaxis, top * 1.2, most=100.0)
    percent_ticks(axes.xaxis)
    axes.annotate(
        "Gap (pts)",
        (1.0, 1.0),
        xycoords="axes fraction",
        xytext=(10, 2),
        textcoords="offset points",
        fontsize=sizes.small,
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
            fontsize=sizes.small,
            fontweight="bold",
            color=GREYS[0],
        )
    axes.set_yticks(
        positions, [fit_label(r.group_label, 24, lines) for r in rows], fontsize=sizes.body
    )
    axes.set_ylim(-0.6, len(rows) - 0.4)
    axes.set_title(
        f"{dimension}: workforce against the local population",
        fontsize=sizes.title,
        loc="left",
    )
    axes.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.06),
        ncols=2,
        fontsize=sizes.small,
        frameon=False,
    )
    return figure


def _compliance_text(value: float | None, target: float) -> str:
    if value is None:
        return ""
    if value >= target:
        return f"{value:.0f}%"
    shown = f"{value:.0f}" if round(value) < target else f"{value:.1f}"
    return f"{shown}% below"


def compliance_chart(
    rows: Sequence[TeamCompliance], target: float, *, width: float = 6.6
) -> Figure:
    """Each team's supervision-in-date and appraisal completion against the target, the
    teams furthest below it on supervision at the top.

    The target is a dash-dot line named at its top ("Target 90%").
    """
    rows = sorted(rows, key=lambda r: (r.supervision.value if r.supervision else 101.0, r.team))
    lines = 2 if len(rows) <= 12 else 1  # long lists: one line per team
    figure = sized_figure(width, lambda z: max(3.0, _row_pitch(z, lines, 2) * len(rows) + 1.7))
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    tidy_axes(axes, sizes.small)
    if not rows:
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
        _bar_labels(axes, bars, texts, sizes.small)
    colour, dashes, line_width = TARGET_LINE
    axes.axvline(
        target,
        color=colour,
        linestyle=dashes,
        linewidth=line_width,
        label=f"Target {target:.0f}%",
    )
    # Named in an empty band above the first team, never over a bar or the title.
    axes.annotate(
        f"Target {target:.0f}%",
        (target, len(rows) - 0.5),
        xytext=(3, 0),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=sizes.small,
        fontweight="bold",
        color=colour,
        gid=LINE_LABEL,
    )
    axes.set_xlim(0, 120)
    axes.set_xticks([0, 20, 40, 60, 80, 100])
    percent_ticks(axes.xaxis)
    axes.set_yticks(positions, [fit_label(r.team, 24, lines) for r in rows], fontsize=sizes.body)
    axes.set_ylim(-0.6, len(rows) - 0.5 + 0.4 * sizes.small / 8)
    months = {p.period for r in rows for p in (r.supervision, r.appraisals) if p is not None}
    when = f", latest figures to {month_label(max(months))}" if months else ""
    axes.set_title(
        f"Supervision and appraisal by team{when}",
        fontsize=sizes.title,
        loc="left",
    )
    axes.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncols=3,
        fontsize=sizes.small,
        frameon=False,
    )
    return figure
