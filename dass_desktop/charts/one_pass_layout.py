"""A layout for a figure with one axes: constrained layout's result, measured once.

matplotlib's constrained layout measures every text of a figure twice at each drawing: it
places the axes from the room its decorations take, then measures again in case moving the
axes changed them, and places it again. Most of the trend chart's drawing time went on it.

For a figure with one axes, only a legend anchored to the axes changes with the axes' place
(it hangs below it at a fraction of its height, centred on it); tick labels, axis label,
title and the labels at the lines' ends stay the same distance from the axes' edges. So this
layout measures the decorations once, without the legend, measures the legend's own size,
and works out constrained layout's two rounds from those: the same place for the axes, with
the same padding (``figure.constrained_layout.w_pad`` and ``h_pad``), for half the measuring.

matplotlib is imported here at the top: import this module only when drawing.
"""

from __future__ import annotations

from typing import Any

import matplotlib as mpl
from matplotlib import artist
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.transforms import Bbox

ROUNDS = 2  # as constrained layout: the second round settles what the first moved


class OnePassLayout(LayoutEngine):
    """Places a figure's one axes as constrained layout would, measuring its texts once.

    A figure with more than one axes is left as it is (use constrained layout for those).
    """

    _adjust_compatible = False  # like constrained layout: subplots_adjust does not apply
    _colorbar_gridspec = False

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._params = {
            "w_pad": float(mpl.rcParams["figure.constrained_layout.w_pad"]),
            "h_pad": float(mpl.rcParams["figure.constrained_layout.h_pad"]),
        }

    def execute(self, fig: Any) -> None:
        """Move the axes in from the figure's edges by what is drawn around it, plus padding."""
        axes = [a for a in fig.axes if a.get_in_layout()]
        if len(axes) != 1 or not isinstance(fig, Figure):
            return
        ax = axes[0]
        width, height = fig.get_size_inches()
        pad = (self._params["w_pad"] / width, self._params["h_pad"] / height)
        renderer = fig._get_renderer()  # type: ignore[attr-defined]
        to_figure = fig.transFigure.inverted()
        pos = ax.get_position(original=True)
        legend = ax.get_legend()
        hang = None
        if legend is not None and legend.get_in_layout() and legend.get_visible():
            legend.set_in_layout(False)
            try:
                tight = artist._get_tightbbox_for_layout_only(ax, renderer)  # type: ignore[attr-defined]
            finally:
                legend.set_in_layout(True)
            hang = _Hanging(ax, pos, legend.get_window_extent(renderer).transformed(to_figure))
        else:
            tight = artist._get_tightbbox_for_layout_only(ax, renderer)  # type: ignore[attr-defined]
        box = pos if tight is None else Bbox.union([pos, tight.transformed(to_figure)])
        # How far the decorations reach beyond each edge of the axes (they keep these).
        reach = (pos.x0 - box.x0, pos.y0 - box.y0, box.x1 - pos.x1, box.y1 - pos.y1)
        for _ in range(ROUNDS):
            around = [pos.x0 - reach[0], pos.y0 - reach[1], pos.x1 + reach[2], pos.y1 + reach[3]]
            if hang is not None:
                around = _union(around, hang.at(pos))
            left = pad[0] + pos.x0 - around[0]
            bottom = pad[1] + pos.y0 - around[1]
            right = pad[0] + around[2] - pos.x1
            top = pad[1] + around[3] - pos.y1
            if left + right < 1.0 and bottom + top < 1.0:  # else no room: left where it was
                pos = Bbox.from_extents(left, bottom, 1.0 - right, 1.0 - top)
        ax._set_position(pos)


class _Hanging:
    """Where a legend anchored in axes fractions sits for any place of its axes."""

    def __init__(self, ax: Any, pos: Bbox, legend: Bbox) -> None:
        anchor = ax.get_legend().get_bbox_to_anchor().transformed(ax.transAxes.inverted())
        self._fx, self._fy = float(anchor.x0), float(anchor.y0)
        self._size = (legend.width, legend.height)
        # The legend's offset from its anchor point (padding, and which corner is anchored).
        x, y = self._point(pos)
        self._offset = (legend.x0 - x, legend.y0 - y)

    def _point(self, pos: Bbox) -> tuple[float, float]:
        return pos.x0 + self._fx * pos.width, pos.y0 + self._fy * pos.height

    def at(self, pos: Bbox) -> list[float]:
        """The legend's box when the axes is at ``pos`` (figure fractions)."""
        x, y = self._point(pos)
        x0, y0 = x + self._offset[0], y + self._offset[1]
        return [x0, y0, x0 + self._size[0], y0 + self._size[1]]


def _union(a: list[float], b: list[float]) -> list[float]:
    return [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
