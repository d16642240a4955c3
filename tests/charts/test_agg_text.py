"""The faster text renderer draws every chart's pixels exactly as matplotlib's own does."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager

from dass_desktop.charts.agg_text import (
    FasterText,
    GlyphRenderer,
    checked,
    faster_text,
    font_in_memory,
)
from dass_desktop.charts.workforce import (
    compliance_chart,
    diversity_chart,
    trend_chart,
    trend_grid,
)
from dass_desktop.domain.diversity import DiversityGap
from dass_desktop.domain.scorecard import TeamCompliance
from dass_desktop.domain.workforce_terms import Point
from tests.charts.test_trend_drawing_work import _trend

OCT = dt.date(2026, 10, 1)


class _FasterCanvas(FasterText, FigureCanvasAgg):
    """An Agg canvas on the faster text renderer, as the app's chart canvas is."""


def _mixed_texts() -> Figure:
    """Texts of every kind the renderer meets: rotated, bold, italic, not antialiased,
    mathtext (with its rules), several lines, and letters from a fallback font.
    """
    figure = Figure(figsize=(4.0, 3.0), dpi=100)
    axes = figure.add_subplot()
    axes.set_title("Title ½ — “quoted” ✓", fontweight="bold")
    axes.set_ylabel("Rotated label")
    axes.text(0.1, 0.8, "Italic\nover two lines", style="italic")
    axes.text(0.1, 0.5, "Not antialiased", antialiased=False)
    axes.text(0.1, 0.3, r"$\frac{a}{b} + \sqrt{x^2}$", fontsize=12)
    axes.text(0.6, 0.2, "Slanted 30°", rotation=30, fontsize=7.3)
    return figure


def _charts() -> list[Figure]:
    rows = [
        DiversityGap("ethnicity", "asian", "Asian", 5.8, 9.6, OCT, OCT, ""),
        DiversityGap("ethnicity", "white", "White", 84.1, 84.8, OCT, OCT, ""),
    ]
    teams = [
        TeamCompliance("Safeguarding", Point(OCT, 96, ""), Point(OCT, 91, "")),
        TeamCompliance("Hospital Discharge", Point(OCT, 74, ""), None),
    ]
    return [
        trend_chart(_trend()),
        trend_grid([_trend(), _trend("sickness_days")]),
        diversity_chart("Ethnicity", rows),
        compliance_chart(teams, 90.0),
        _mixed_texts(),
    ]


@pytest.mark.parametrize("index", range(5))
def test_the_faster_renderer_draws_the_same_pixels_as_matplotlib(index: int) -> None:
    """Each chart (and a figure with rotated, bold, mathtext and fallback-font text) drawn
    on the faster renderer is byte for byte the picture matplotlib's own renderer draws.
    """
    plain = FigureCanvasAgg(_charts()[index])
    plain.draw()
    faster = _FasterCanvas(_charts()[index])
    faster.draw()
    assert bytes(faster.buffer_rgba()) == bytes(plain.buffer_rgba())


def test_a_chart_saved_at_print_resolution_is_the_same_picture(tmp_path: Path) -> None:
    """Saving as PNG (at 200 dots an inch) writes the same file through either renderer."""
    plain, faster = tmp_path / "plain.png", tmp_path / "faster.png"
    for canvas, path in ((FigureCanvasAgg, plain), (_FasterCanvas, faster)):
        figure = trend_chart(_trend())
        canvas(figure)
        figure.savefig(path, dpi=200, format="png")
    assert faster.read_bytes() == plain.read_bytes()


def test_the_faster_renderer_is_used_only_where_it_was_checked() -> None:
    """With the matplotlib it was checked against, charts draw on the faster renderer, and
    with any other on matplotlib's own (a new release does not fail the tests: its charts
    are simply drawn the slower way until it is compared and added to ``CHECKED``); a
    renderer of another kind is left alone.
    """
    canvas = _FasterCanvas(trend_chart(_trend()))
    canvas.draw()
    assert isinstance(canvas.get_renderer(), GlyphRenderer) == checked()

    class OtherRenderer(RendererAgg):
        """A renderer some other backend made."""

    other = OtherRenderer(10, 10, 100)
    assert type(faster_text(other)) is OtherRenderer


def test_each_line_of_text_is_laid_out_once_a_drawing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line written more than once in a drawing (the year under each quarter's month) is
    laid out once: the trend chart writes more lines than it lays out.
    """
    written: list[int] = []
    plain = GlyphRenderer._draw_text_glyphs_and_boxes

    def counted(self: GlyphRenderer, *args: Any) -> None:
        written.append(1)
        plain(self, *args)

    monkeypatch.setattr(GlyphRenderer, "_draw_text_glyphs_and_boxes", counted)
    canvas = _FasterCanvas(trend_chart(_trend()))
    canvas.draw()
    renderer = canvas.get_renderer()
    laid_out = renderer._layouts
    assert len(written) > len(laid_out) > 5
    assert {key[2] for key in laid_out} >= {"2025", "2026"}


def _reads_by_this_thread() -> int:
    """How many times this thread has asked the system to read from a file (Linux)."""
    for line in Path("/proc/thread-self/io").read_text().splitlines():
        if line.startswith("syscr:"):
            return int(line.split()[1])
    raise AssertionError("no read count in /proc/thread-self/io")


@pytest.mark.skipif(
    not Path("/proc/thread-self/io").exists(), reason="needs Linux's count of each thread's reads"
)
def test_a_chart_is_drawn_without_reading_its_font_files() -> None:
    """Once its fonts are loaded, a chart is measured and written from their copies in memory:
    matplotlib's own renderer reads the font files again, a few bytes at a time, for every
    glyph it measures or writes (thousands of reads for a trend chart).
    """
    _FasterCanvas(trend_chart(_trend())).draw()  # the fonts are loaded
    canvas = _FasterCanvas(trend_chart(_trend()))
    before = _reads_by_this_thread()
    canvas.draw()
    reads = _reads_by_this_thread() - before
    plain = FigureCanvasAgg(trend_chart(_trend()))
    before = _reads_by_this_thread()
    plain.draw()
    assert _reads_by_this_thread() - before > 100  # matplotlib's own, reading its files
    assert (reads < 10) == checked()


def test_each_thread_has_fonts_of_its_own() -> None:
    """A font read from memory is kept for the thread that asked, as matplotlib keeps its
    own: a font moves its position in its file as it reads, so two threads cannot share one.
    """
    paths = fontManager._find_fonts_by_props(FontProperties(family="DejaVu Sans"))
    here = font_in_memory(paths)
    assert font_in_memory(paths) is here
    found: list[object] = []
    other = threading.Thread(target=lambda: found.append(font_in_memory(paths)))
    other.start()
    other.join()
    assert found
    assert found[0] is not here
    assert found[0].family_name == here.family_name == "DejaVu Sans"  # type: ignore[attr-defined]


def test_charts_draw_with_a_matplotlib_the_renderer_was_not_checked_against() -> None:
    """With an older matplotlib (here one without 3.11's render modes, and with a font maker
    of another shape), the module still loads and charts are drawn matplotlib's own way,
    from the font files: a release the renderer was not compared with never stops a chart.
    """
    script = textwrap.dedent(
        """
        import matplotlib
        from matplotlib import font_manager, ft2font
        from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
        from matplotlib.figure import Figure

        matplotlib.__version__ = "3.10.7"
        del ft2font.RenderMode  # new in 3.11
        made = font_manager._get_font  # and it may be made differently in another release
        font_manager._get_font = lambda *paths, **options: made(*paths, **options)
        from dass_desktop.charts.agg_text import FasterText, font_in_memory

        class Canvas(FasterText, FigureCanvasAgg):
            pass

        figure = Figure()
        figure.add_subplot().set_title("A title")
        canvas = Canvas(figure)
        canvas.draw()
        assert type(canvas.get_renderer()) is RendererAgg
        paths = font_manager.fontManager._find_fonts_by_props(font_manager.FontProperties())
        assert str(font_in_memory(paths).fname).endswith(".ttf")
        print("drawn")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "drawn"
