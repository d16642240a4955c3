"""Charts of the plan: progress by theme."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dass_desktop.charts.style import (
    FONT,
    GREYS,
    PALETTE,
    fit_label,
    sized_figure,
    text_sizes,
    tidy_axes,
)
from dass_desktop.domain.plan_terms import ThemeProgress

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def progress_by_theme(progress: Sequence[ThemeProgress], width: float = 6.4) -> Figure | None:
    """Horizontal bars of % done per theme, labelled with counts and the RAG in words.

    Returns None when there is nothing to chart.
    """
    rows = [p for p in progress if p.applicable]
    if not rows:
        return None
    figure = sized_figure(width, lambda z: (z.body * 2.5 / 72 + 0.1) * len(rows) + 1.0)
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    labels = [fit_label(p.title, 28) for p in rows][::-1]
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
            fontsize=sizes.small,
            family=FONT,
        )
    axes.set_xlim(0, 140)
    axes.set_xticks([0, 20, 40, 60, 80, 100])
    axes.set_xlabel("% of applicable items done", fontsize=sizes.body, family=FONT)
    tidy_axes(axes, sizes.small)
    axes.tick_params(axis="y", labelsize=sizes.body)
    axes.spines["left"].set_visible(False)
    return figure
