"""Writing a chart's text into its picture without redoing the same sums for every letter.

matplotlib 3.11 writes text into an Agg picture one glyph at a time, in Python, and for each
glyph sets the font's size again and works out the text's rotation matrix again with numpy,
though both are the same for every glyph of a text. On a chart with a few hundred letters
that was a quarter of its drawing time. :class:`GlyphRenderer` does the same drawing with
the size set when the font changes and the matrix worked out once a text: the same calls to
FreeType in the same order, so the same pixels (tests/charts/test_agg_text.py holds its
pictures equal to matplotlib's own, byte for byte). Within one drawing it also finds each
font, reads its line heights and lays out each line of text (a year under every quarter's
month) once, where matplotlib does so for every text it measures or writes.

Its fonts are opened from copies of their files held in memory (:func:`font_in_memory`).
matplotlib opens a font through a Python file object, and FreeType asks it for a few bytes,
a seek and a read each a system call, every time it loads a glyph: for every letter
measured, laid out or drawn. A trend chart made 2,300 such reads, and measuring or laying
out a line of text took three times as long as it does from memory.

It is used only with the matplotlib versions it was checked against (:data:`CHECKED`); with
any other, :func:`faster_text` leaves the renderer as it is.

matplotlib is imported here at the top: import this module only when drawing.
"""

from __future__ import annotations

import io
import math
import os
import threading
from functools import cache, lru_cache
from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib import font_manager, ft2font
from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
from matplotlib.font_manager import FontProperties, fontManager

__all__ = ["CHECKED", "FasterText", "GlyphRenderer", "faster_text", "font_in_memory"]

# The matplotlib releases whose RendererAgg._draw_text_glyphs_and_boxes, _prepare_font,
# Text._get_layout and font_manager.get_font this repeats, and whose font_manager._get_font
# it calls. Before adding one, compare those with this module and run
# tests/charts/test_agg_text.py (its pictures must match matplotlib's own, byte for byte).
# Once a release speeds up its own text drawing (matplotlib's pull request 32120), this
# module may be dropped.
CHECKED = ("3.11.",)


# A font's ascent, descent and line gap in pixels (None when its tables do not say).
Heights = tuple[float, float, float] | tuple[None, None, None]


def _font_key(prop: FontProperties) -> tuple[Any, ...]:
    """What finding ``prop``'s font depends on (as ``FontProperties.__hash__`` reads it)."""
    return (
        tuple(prop.get_family()),
        prop.get_slant(),
        prop.get_variant(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_size(),
        prop.get_file(),
        prop.get_math_fontfamily(),
    )


class GlyphRenderer(RendererAgg):
    """matplotlib's Agg renderer, writing each text's glyphs with less repeated work.

    Within one drawing it also finds each font, and reads its line heights, once rather
    than for every text measured and drawn (matplotlib asks over a hundred times a chart).
    """

    _fonts: dict[tuple[Any, ...], Any]
    _heights: dict[tuple[Any, ...], Heights]
    _layouts: dict[tuple[Any, ...], Any]

    def clear(self) -> None:
        """Start a drawing afresh: a font found for the last may be set differently now."""
        super().clear()  # type: ignore[no-untyped-call]  # (untyped in matplotlib)
        self._fonts = {}
        self._heights = {}
        self._layouts = {}

    def draw_text(
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        """Write ``s`` as matplotlib's own does, laying out each line of text once a drawing.

        A chart writes some lines more than once ("2026" under each quarter of the year);
        laying one out (finding and placing its glyphs) gives the same glyphs each time.
        """
        if ismath:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]
            return
        font = self._prepare_font(prop)
        flags = get_hinting_flag()  # type: ignore[no-untyped-call]
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        size = prop.get_size_in_points()
        key: tuple[Any, ...] | None = (id(font), size, s, flags, features, language)
        layouts = self.__dict__.setdefault("_layouts", {})
        try:
            items = layouts.get(key)
        except TypeError:  # features or language given as a list: laid out each time
            key, items = None, None
        if items is None:
            items = font._layout(s, flags=flags, features=features, language=language)
            if key is not None:
                layouts[key] = items
        self._draw_text_glyphs_and_boxes(
            gc,
            x,
            y,
            angle,
            ((item.ft_object, size, item.glyph_index, 0, 1, item.x, item.y) for item in items),
            [],
        )

    def _found(self, prop: FontProperties) -> tuple[tuple[Any, ...], Any]:
        key = _font_key(prop)
        fonts = self.__dict__.setdefault("_fonts", {})
        font = fonts.get(key)
        if font is None:
            font = fonts[key] = font_in_memory(fontManager._find_fonts_by_props(prop))
        return key, font

    def _prepare_font(self, font_prop: FontProperties) -> Any:
        """The font for ``font_prop``, cleared and sized, as matplotlib's own does it."""
        font = self._found(font_prop)[1]
        font.clear()
        font.set_size(font_prop.get_size_in_points(), self.dpi)
        return font

    def _get_font_height_metrics(self, prop: FontProperties) -> Heights:
        """The font's ascent, descent and line gap in pixels, as matplotlib's text works
        them out from its tables when the renderer gives none (``Text._get_layout``).
        """
        key, font = self._found(prop)
        heights: dict[tuple[Any, ...], Heights] = self.__dict__.setdefault("_heights", {})
        found = heights.get(key)
        if found is None:
            found = heights[key] = _line_heights(font, prop, self.dpi)
        return found

    def _draw_text_glyphs_and_boxes(
        self, gc: Any, x: float, y: float, angle: float, glyphs: Any, boxes: Any
    ) -> None:
        """Write ``glyphs`` as matplotlib's own does, less the sums it repeats per glyph."""
        if boxes:  # mathtext's rules and fraction bars: matplotlib's own way
            draw = super()._draw_text_glyphs_and_boxes
            draw(gc, x, y, angle, glyphs, boxes)  # type: ignore[no-untyped-call]
            return
        cos = math.cos(math.radians(angle))
        sin = math.sin(math.radians(angle))
        load_flags = get_hinting_flag()  # type: ignore[no-untyped-call]
        antialiased = gc.get_antialiased()
        mode = ft2font.RenderMode.NORMAL if antialiased else ft2font.RenderMode.MONO
        rotation = 0x10000 * np.array([[cos, -sin], [sin, cos]])
        matrices: dict[tuple[float, float], Any] = {}
        height = self.height
        top = int(height)
        dpi = self.dpi
        draw_image = self._renderer.draw_text_image
        sized: tuple[Any, float] | None = None
        for font, size, glyph_index, slant, extend, dx, dy in glyphs:  # dy is upwards.
            if sized is None or sized[0] is not font or sized[1] != size:
                font.set_size(size, dpi)
                sized = (font, size)
            matrix = matrices.get((slant, extend))
            if matrix is None:
                matrix = matrices[(slant, extend)] = (
                    (rotation @ [[extend, extend * slant], [0, 1]]).round().astype(int)
                )
            font._set_transform(
                matrix,
                [
                    round(0x40 * (x + dx * cos - dy * sin)),
                    # FreeType's y is upwards.
                    round(0x40 * (height - y + dx * sin + dy * cos)),
                ],
            )
            bitmap = font._render_glyph(glyph_index, load_flags, mode)
            buffer = bitmap.buffer
            if not antialiased:
                buffer *= 0xFF
            # draw_text_image's y is downwards & the bitmap bottom side.
            draw_image(buffer, bitmap.left, top - bitmap.top + buffer.shape[0], 0, gc)


def _line_heights(font: Any, prop: FontProperties, dpi: float) -> Heights:
    """Ascent, descent and line gap from the font's OS/2 or hhea table, scaled as
    matplotlib's ``Text._get_layout`` scales them (None: it measures "lp" instead).
    """
    for table_name, gap_key, ascent_key, descent_key in (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    ):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        fontsize = prop.get_size_in_points()
        units_per_em = font.get_sfnt_table("head")["unitsPerEm"]
        scale = 1 / units_per_em * fontsize * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


@cache
def _file_bytes(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


@lru_cache(64)  # as matplotlib's own: each drawing asks for its fonts again
def _real_path(path: str) -> str:
    return os.path.realpath(path)


@lru_cache(64)  # as matplotlib's own
def _open_in_memory(
    paths: tuple[tuple[str, int], ...], kerning: int, thread: int, last_resort: bool
) -> Any:
    """What matplotlib's ``_get_font`` makes of ``paths``, each font read from memory.

    Each font has a stream of its own, since FreeType moves a stream's position as it reads.
    The fonts are kept for each thread, as matplotlib keeps its own: a font is not safe to
    use from two threads at once.
    """
    streams = tuple((io.BytesIO(_file_bytes(path)), index) for path, index in paths)
    return font_manager._get_font.__wrapped__(  # type: ignore[attr-defined]
        streams, _kerning_factor=kerning, thread_id=thread, enable_last_resort=last_resort
    )


if hasattr(os, "register_at_fork"):  # as matplotlib's own: a font cannot cross a fork
    os.register_at_fork(after_in_child=_open_in_memory.cache_clear)


def font_in_memory(font_paths: list[Any]) -> Any:
    """The font matplotlib's ``get_font(font_paths)`` gives, read from memory, not its file.

    The same font files, read by the same FreeType calls, so the same glyphs and sizes.
    With a matplotlib not in :data:`CHECKED`, it is matplotlib's own, reading the files.
    """
    if not checked():
        return font_manager.get_font(font_paths)
    # A file's path, or (matplotlib 3.11) a FontPath of its path and the face's index in it.
    paths = tuple(
        (_real_path(getattr(p, "path", p)), getattr(p, "face_index", 0)) for p in font_paths
    )
    font = _open_in_memory(
        paths,
        mpl.rcParams["text.kerning_factor"],
        threading.get_ident(),
        mpl.rcParams["font.enable_last_resort"],
    )
    font._set_transform([[0x10000, 0], [0, 0x10000]], [0, 0])  # as get_font leaves it
    return font


def checked() -> bool:
    """Whether the matplotlib in use is one :class:`GlyphRenderer` was checked against."""
    return mpl.__version__.startswith(CHECKED)


def faster_text(renderer: Any) -> Any:
    """``renderer``, writing text as :class:`GlyphRenderer` does when that is safe."""
    if type(renderer) is RendererAgg and checked():
        renderer.__class__ = GlyphRenderer
    return renderer


class FasterText:
    """For a matplotlib Agg canvas (``class Canvas(FasterText, FigureCanvasAgg)``): its
    renderer writes text as :class:`GlyphRenderer` does, when that is safe.
    """

    def get_renderer(self) -> Any:
        """The canvas's renderer, writing text with less repeated work."""
        return faster_text(super().get_renderer())  # type: ignore[misc]
