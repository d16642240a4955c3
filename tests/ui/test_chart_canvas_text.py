"""A chart on a page is drawn on the renderer that writes its text with less repeated work."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dass_desktop.charts.agg_text import GlyphRenderer
from dass_desktop.charts.workforce import trend_chart
from dass_desktop.ui.chart_canvas import ChartCanvas
from tests.charts.test_trend_drawing_work import _trend


def test_a_shown_chart_is_drawn_and_saved_through_the_faster_text_renderer(
    qtbot: QtBot, tmp_path: object
) -> None:
    """The canvas's first drawing, and "Save as PNG…", go through the faster renderer (its
    pictures are held equal to matplotlib's own in tests/charts/test_agg_text.py).
    """
    canvas = ChartCanvas(lambda: trend_chart(_trend()))
    qtbot.addWidget(canvas)
    canvas.resize(600, 420)
    canvas.show()
    picture = canvas._canvas
    assert picture is not None
    picture.draw()
    assert type(picture.get_renderer()) is GlyphRenderer
    assert canvas.save_png(str(tmp_path) + "/chart.png")
    assert type(picture.get_renderer()) is GlyphRenderer
