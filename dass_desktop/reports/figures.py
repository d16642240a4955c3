"""Putting a chart Figure into a PDF as vector graphics.

The Figure is written as SVG with text kept as text, then read by svglib into a reportlab
Drawing and scaled to the width wanted. Text stays sharp in print and can be searched.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, Image

from dass_desktop.reports.style import FONT, register_fonts

if TYPE_CHECKING:
    from matplotlib.figure import Figure


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MAX_HEIGHT = 620.0  # points: a little under the A4 frame, so a chart always fits a page


def figure_flowable(figure: Figure, width: float, *, raster: bool = False) -> Flowable:
    """A flowable of ``figure`` scaled to ``width`` points (or smaller, to fit a page),
    vector where possible.

    ``raster`` (or any hatched bar) gives a 200 dpi PNG instead: svglib cannot draw
    matplotlib's hatch patterns and leaves hatched bars blank.
    """
    _printable(figure)
    w_in, h_in = figure.get_size_inches()
    width = min(width, MAX_HEIGHT * w_in / h_in)
    drawing = None if raster or _has_hatching(figure) else _svg_drawing(figure)
    if drawing is None:  # hatching, or an SVG svglib cannot read: a sharp PNG
        return _png(figure, width)
    scale = width / drawing.width
    drawing.width, drawing.height = width, drawing.height * scale
    drawing.scale(scale, scale)
    drawing.hAlign = "CENTER"
    return drawing


def _printable(figure: Figure) -> None:
    """Drop control characters from every text of ``figure`` (titles, labels, tick labels):
    the font has no glyph for them and nothing printable is lost.
    """
    from matplotlib.text import Text
    from matplotlib.ticker import FixedFormatter

    for artist in figure.findobj(Text):
        words = artist.get_text()
        if _CONTROL.search(words):
            artist.set_text(_CONTROL.sub("", words))
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            formatter = axis.get_major_formatter()
            if isinstance(formatter, FixedFormatter):
                formatter.seq = [_CONTROL.sub("", str(label)) for label in formatter.seq]
            labels = axis.get_ticklabels()
            if any(_CONTROL.search(label.get_text()) for label in labels):
                first = labels[0]
                axis.set_ticks(
                    axis.get_ticklocs(),
                    [_CONTROL.sub("", label.get_text()) for label in labels],
                    fontsize=first.get_fontsize(),
                    family=first.get_fontfamily(),
                )


def _has_hatching(figure: Figure) -> bool:
    """True when any bar or patch is hatched: svglib cannot draw SVG pattern fills."""
    return any(
        getattr(artist, "get_hatch", lambda: None)()
        for axes in figure.axes
        for artist in [*axes.patches, *axes.collections]
    )


def _svg_drawing(figure: Figure) -> Any:
    import matplotlib
    from svglib.fonts import register_font
    from svglib.svglib import svg2rlg

    register_fonts()
    register_font("DejaVu Sans", rlgFontName=FONT)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "dass-desktop"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    buffer.seek(0)
    return svg2rlg(buffer)


def _png(figure: Figure, width: float) -> Image:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=200)
    buffer.seek(0)
    w_in, h_in = figure.get_size_inches()
    return Image(buffer, width=width, height=width * h_in / w_in)
