"""Workforce charts: diversity against the local population, and supervision and appraisal
compliance by team against a target (the trend lines are in ``charts/workforce_trends.py``,
and re-exported here for the callers that draw all three).

Each function takes plain rows from ``domain/`` and returns a Figure. Series differ by
hatching and words as well as colour, so every chart reads in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dass_desktop.charts.style import (
    GREYS,
    HATCHES,
    PALETTE,
    TARGET_LINE,
    TextSizes,
    fit_label,
    percent_ticks,
    round_axis,
    sized_figure,
    text_sizes,
    tidy_axes,
)
from dass_desktop.domain.diversity import DiversityGap
from dass_desktop.domain.scorecard import TeamCompliance
from dass_desktop.domain.workforce_terms import month_label

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
from dass_desktop.charts.workforce_trends import LINE_LABEL, trend_chart, trend_grid

__all__ = ["compliance_chart", "diversity_chart", "trend_chart", "trend_grid"]


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
    # Over the whole figure, from its left edge, and wrapped at its right: a narrow window
    # leaves the axes too little width for the title, which then ran over "Gap (pts)".
    figure.suptitle(
        f"{dimension}: workforce against the local population",
        fontsize=sizes.title,
        x=0.02,
        ha="left",
        wrap=True,
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
