"""The register's 5×5 heat map: how many risks sit at each likelihood and impact.

Zones are told apart by lightness and hatching, and each cell carries its count and the
zone's word, so the chart reads the same printed in black and white.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from dass_desktop.charts.style import FONT, sized_figure, text_sizes
from dass_desktop.domain.register_terms import AMBER_FROM, RED_FROM

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Zone fill (light to dark as the score rises), hatch and the word printed in the cell.
ZONES = {
    "Green": ("#e8efe8", ""),
    "Amber": ("#e3b866", ".."),
    "Red": ("#8e2a22", "//"),
}


def zone(likelihood: int, impact: int) -> str:
    """The RAG word of a cell."""
    score = likelihood * impact
    if score >= RED_FROM:
        return "Red"
    return "Amber" if score >= AMBER_FROM else "Green"


def heat_map(counts: Mapping[tuple[int, int], int], width: float = 5.0) -> Figure:
    """A 5×5 grid, likelihood up the side and impact along the bottom, counts in cells."""
    from matplotlib.patches import Rectangle

    figure = sized_figure(width, lambda z: width * 0.8)
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    for lk in range(1, 6):
        for im in range(1, 6):
            word = zone(lk, im)
            fill, hatch = ZONES[word]
            axes.add_patch(
                Rectangle(
                    (im - 0.5, lk - 0.5),
                    1,
                    1,
                    facecolor=fill,
                    hatch=hatch,
                    edgecolor="#555555",
                    linewidth=0.6,
                )
            )
            count = counts.get((lk, im), 0)
            ink = "white" if word == "Red" else "black"
            label = f"{count}" if count else ""
            axes.text(
                im,
                lk + 0.12,
                label,
                ha="center",
                va="center",
                fontsize=sizes.title,
                fontweight="bold",
                color=ink,
                family=FONT,
                bbox={"facecolor": fill, "edgecolor": "none", "pad": 1} if count else None,
            )
            axes.text(
                im,
                lk - 0.28,
                word,
                ha="center",
                va="center",
                fontsize=sizes.small,
                color=ink,
                family=FONT,
            )
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    axes.tick_params(labelsize=sizes.small, length=0)
    axes.set_xlabel("Impact (1 to 5)", fontsize=sizes.body, family=FONT)
    axes.set_ylabel("Likelihood (1 to 5)", fontsize=sizes.body, family=FONT)
    axes.set_aspect("equal")
    for side in axes.spines.values():
        side.set_visible(False)
    return figure
