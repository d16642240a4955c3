"""Keeping the labels at the ends of trend lines apart, at whatever size the chart is drawn.

Lines that end close together would have their labels written over each other. The labels
are moved apart from where the lines end, by their own heights, which are only known once
the chart is laid out at its final size: on screen that is the window's width, in print
the page's. So the moving is done by an invisible artist, each time matplotlib lays out
or draws the axes, rather than by drawing the figure beforehand to measure it (two whole
layout passes, most of the time the Workforce page took to open).

matplotlib is imported here at the top: import this module only when drawing.
"""

from __future__ import annotations

from typing import Any

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

from dass_desktop.charts.style import spread_apart


class LineLabelSpreader(Artist):
    """Moves one axes' end-of-line labels apart whenever the axes is laid out or drawn.

    It draws nothing. Added to the axes before the labels and below everything else, it
    runs before they are measured by constrained layout and before they are drawn.
    """

    def __init__(self, gid: str, gap: float) -> None:
        super().__init__()
        self._gid = gid
        self._gap = gap  # points from the axes' right edge to each label
        self.set_zorder(-100)  # runs before any label is drawn
        # Not clipped, so constrained layout asks it for its box (and it moves the labels).
        self.set_clip_on(False)

    def labels(self) -> list[Annotation]:
        """The labels this spreader keeps apart."""
        axes = self.axes
        if not isinstance(axes, Axes):
            return []
        return [t for t in axes.texts if isinstance(t, Annotation) and t.get_gid() == self._gid]

    def spread(self, renderer: Any) -> None:
        """Place each label as near its line's end as the others allow."""
        axes = self.axes
        labels = self.labels()
        if not labels or axes is None or renderer is None:
            return
        to_points = 1.0 / renderer.points_to_pixels(1.0)
        lines = [float(axes.transData.transform((0, t.xy[1]))[1]) for t in labels]
        room = [t.get_window_extent(renderer).height / 2 + 1.0 for t in labels]
        placed = spread_apart(lines, room)
        for text, line, where in zip(labels, lines, placed, strict=True):
            text.xyann = (self._gap, (where - line) * to_points)

    def get_tightbbox(self, renderer: Any = None) -> Bbox | None:
        """Called while the axes is laid out: move the labels so they are measured placed."""
        self.spread(renderer)
        return None

    def get_window_extent(self, renderer: Any = None) -> Bbox:
        """An empty box: the spreader takes no room."""
        return Bbox.null()

    def draw(self, renderer: Any) -> None:
        """Called just before the labels are drawn: place them at the drawn size."""
        if self.get_visible():
            self.spread(renderer)
        self.stale = False


def keep_apart(axes: Axes, gid: str, gap: float) -> None:
    """Keep the labels with ``gid`` on ``axes`` apart, each ``gap`` points to the right of
    the axes (call before writing them).
    """
    axes.add_artist(LineLabelSpreader(gid, gap))
