"""Charts of the plan: progress by theme."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dass_desktop.charts.style import FONT, GREYS, PALETTE, new_figure, tidy_axes
from dass_desktop.domain.plan import ThemeProgress

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def progress_by_theme(progress: Sequence[ThemeProgress], width: float = 6.4) -> Figure | None:
    """Horizontal bars of % done per theme, labelled with counts and the RAG in words.

    Returns None when there is nothing to chart.
    """
    rows = [p for p in progress if p.applicable]
    if not rows:
        return None
    figure = new_figure(width, 0.42 * len(rows) + 0.9)
    axes = figure.add_subplot()
    labels = [p.title for p in rows][::-1]
    values = [p.percent for p in rows][::-1]
    axes.barh(labels, [100] * len(rows), color="#eef1f5", edgecolor=GREYS[3], linewidth=0.5)
    axes.barh(labels, values, color=PALETTE[0], edgecolor=GREYS[0], linewidth=0.5)
    for y, p in enumerate(rows[::-1]):
        rag = f" · {p.rag.label}" if p.rag else ""
        axes.text(
            101,
            y,
            f"{p.percent}% ({p.done}/{p.applicable}){rag}",
            va="center",
            fontsize=8,
            family=FONT,
        )
    axes.set_xlim(0, 135)
    axes.set_xticks([0, 25, 50, 75, 100])
    axes.set_xlabel("% of applicable items done", fontsize=9, family=FONT)
    axes.tick_params(axis="y", labelsize=8.5)
    tidy_axes(axes)
    axes.spines["left"].set_visible(False)
    return figure
