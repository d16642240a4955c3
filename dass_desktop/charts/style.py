"""The house style shared by every chart: fonts, sizes, a print-safe palette, round axes.

Charts are drawn once for the app and for print. In a PDF a figure is scaled to the width
the report gives it (at narrowest :data:`PRINT_WIDTH`) and never taller than
:data:`PRINT_HEIGHT`, so every text size is worked out from the figure's own size by
:func:`text_sizes`: no text prints smaller than :data:`MIN_PRINTED_PT`.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

# Colours, dark to light, each a step of lightness from the next so that series stay
# distinct when printed in black and white; hatches too.
PALETTE = ("#1f3a5f", "#a8432c", "#6a9a72", "#e0a526", "#cdbfe0", "#ececec")
GREYS = ("#222222", "#555555", "#888888", "#bbbbbb", "#dddddd")
HATCHES = ("", "//", "..", "xx", "\\\\", "oo")
RAG_COLOURS = {"red": "#b3261e", "amber": "#e39b00", "green": "#2e7d32"}
FONT = "DejaVu Sans"

# How reference lines differ in print: colour (of distinct lightness), dash and width.
# (colour, dash pattern, line width)
Dashes = str | tuple[int, tuple[float, ...]]
OWN_LINE: tuple[str, Dashes, float] = (PALETTE[0], "-", 2.2)
COMPARATOR_LINES: tuple[tuple[str, Dashes, float], ...] = (
    ("#7a7a7a", (0, (5.0, 2.5)), 1.6),  # mid grey, dashed
    ("#000000", (0, (1.2, 1.8)), 1.8),  # black, dotted
    ("#a6a6a6", (0, (7.0, 2.0, 1.5, 2.0, 1.5, 2.0)), 1.5),  # light grey, dash-dot-dot
)
TARGET_LINE: tuple[str, Dashes, float] = (PALETTE[1], (0, (6.0, 2.0, 1.5, 2.0)), 1.4)  # dash-dot

PRINT_WIDTH = 6.6 * 0.85  # inches: the narrowest a report prints a chart
PRINT_HEIGHT = 620 / 72  # inches: the tallest a report prints a chart
MIN_PRINTED_PT = 7.0  # the smallest text allowed on paper


def print_scale(width: float, height: float) -> float:
    """How much a ``width`` × ``height`` inch figure is scaled by, at worst, in print."""
    return min(PRINT_WIDTH / width, PRINT_HEIGHT / height)


@dataclass(frozen=True)
class TextSizes:
    """Font sizes (points, in the figure) that print at :data:`MIN_PRINTED_PT` or more."""

    small: float  # value labels, legends, tick labels
    body: float  # category labels, axis labels
    title: float

    @classmethod
    def for_size(cls, width: float, height: float) -> TextSizes:
        """The sizes for a figure of ``width`` × ``height`` inches."""
        # A little margin above the minimum, rounded up to a tenth of a point.
        small = max(7.5, math.ceil(10 * (MIN_PRINTED_PT + 0.1) / print_scale(width, height)) / 10)
        return cls(small=small, body=round(small + 0.5, 1), title=round(small + 2.0, 1))


def sized_figure(width: float, height_for: Callable[[TextSizes], float]) -> Figure:
    """A figure ``width`` inches wide and as tall as ``height_for`` needs at the text sizes
    that height prints at (a tall figure is shrunk in print, so its text must be larger,
    which makes it taller still: the two settle after a few rounds).
    """
    height = 3.0
    for _ in range(12):
        wanted = height_for(TextSizes.for_size(width, height))
        if abs(wanted - height) < 0.01:
            break
        height = wanted
    return new_figure(width, height)


def text_sizes(figure: Figure) -> TextSizes:
    """The font sizes for ``figure`` at its current size."""
    width, height = figure.get_size_inches()
    return TextSizes.for_size(float(width), float(height))


def new_figure(width: float = 6.4, height: float = 3.6) -> Figure:
    """A blank figure in the house style (inches; suits both the app and an A4 page)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def tidy_axes(axes: object, labelsize: float = 9) -> None:
    """Remove chart junk: top and right spines, heavy ticks."""
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)  # type: ignore[attr-defined]
    axes.tick_params(labelsize=labelsize, length=3)  # type: ignore[attr-defined]


def round_axis(
    axis: Axis, top: float, *, integer: bool = False, most: float | None = None, bins: int = 7
) -> float:
    """Start ``axis`` at 0 and end it at a round number at or above ``top``, with ticks at a
    round step (1, 2 or 5 times a power of ten): never 2.5, 7.5 or 12.5.

    ``most`` caps the end (e.g. 100 for a percentage); returns the end chosen.
    """
    from matplotlib.ticker import MaxNLocator, MultipleLocator

    class InView(MultipleLocator):
        """Ticks at the multiples of the step inside the axis's view only.

        matplotlib's own gives one more beyond each end, for which the axis makes a tick
        (lines, labels, their text set at every layout and drawing) that is never drawn.
        """

        def __call__(self) -> Any:
            ticks = super().__call__()
            if self.axis is None:
                return ticks
            low, high = sorted(self.axis.get_view_interval())
            # Looser than the axis's own test of what it draws, so no tick drawn is lost.
            room = (high - low) * 1e-9
            return ticks[(ticks >= low - room) & (ticks <= high + room)]

    top = max(top, 1.0 if integer else 1e-9)
    ticks = MaxNLocator(nbins=bins, steps=[1, 2, 5, 10], integer=integer).tick_values(0, top)
    step = float(ticks[1] - ticks[0])
    end = math.ceil(top / step - 1e-9) * step
    if most is not None:
        end = min(end, most)
    axis.set_major_locator(InView(step))
    if axis.axis_name == "x":  # type: ignore[attr-defined]
        axis.axes.set_xlim(0, end)
    else:
        axis.axes.set_ylim(0, end)
    return end


def percent_ticks(axis: Axis) -> None:
    """Write an axis's ticks as whole percentages."""
    axis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")


def fit_label(text: str, width: int = 26, lines: int = 2) -> str:
    """``text`` wrapped to ``width`` characters in at most ``lines`` lines, the rest cut
    with an ellipsis, so a long team or theme name never runs into its neighbour.
    """
    wrapped = textwrap.wrap(text, width) or [text]
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    rest = " ".join(wrapped[lines - 1 :])
    last = textwrap.shorten(rest, width - 1, placeholder="") or rest[: width - 1]
    return "\n".join([*wrapped[: lines - 1], last.rstrip(" ,;:") + "…"])


def luminance(colour: Any) -> float:
    """How light ``colour`` prints in greyscale, from 0 (black) to 1 (white)."""
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(colour)
    return 0.299 * red + 0.587 * green + 0.114 * blue


def spread_apart(wanted: Sequence[float], gaps: Sequence[float]) -> list[float]:
    """Positions as near ``wanted`` as possible with neighbours at least their ``gaps``
    apart (``gaps[i]`` is the room item ``i`` needs on each side), order kept.

    Used to stack direct labels at the ends of lines that end close together.
    """
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed = [float(wanted[i]) for i in order]
    room = [float(gaps[i]) for i in order]
    for _ in range(len(placed) + 1):  # a few passes settle every cluster
        for k in range(1, len(placed)):
            need = room[k - 1] + room[k]
            overlap = placed[k - 1] + need - placed[k]
            if overlap > 0:
                placed[k - 1] -= overlap / 2
                placed[k] += overlap / 2
    # A final sweep upwards guarantees the gaps whatever the passes left.
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + room[k - 1] + room[k])
    result = [0.0] * len(wanted)
    for rank, i in enumerate(order):
        result[i] = placed[rank]
    return result
