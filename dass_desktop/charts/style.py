"""The house style shared by every chart: fonts, sizes and a print-safe palette."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Colours that stay distinct when printed in black and white (dark to light), with hatches.
PALETTE = ("#1f3a5f", "#c8553d", "#6b8f71", "#f2b705", "#8d6a9f", "#7a7a7a")
GREYS = ("#222222", "#555555", "#888888", "#bbbbbb", "#dddddd")
HATCHES = ("", "//", "..", "xx", "\\\\", "oo")
RAG_COLOURS = {"red": "#b3261e", "amber": "#e39b00", "green": "#2e7d32"}
FONT = "DejaVu Sans"


def new_figure(width: float = 6.4, height: float = 3.6) -> Figure:
    """A blank figure in the house style (inches; suits both the app and an A4 page)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def tidy_axes(axes: object) -> None:
    """Remove chart junk: top and right spines, heavy ticks."""
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)  # type: ignore[attr-defined]
    axes.tick_params(labelsize=9, length=3)  # type: ignore[attr-defined]
