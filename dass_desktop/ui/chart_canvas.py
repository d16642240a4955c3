"""The shared chart canvas: a matplotlib Figure inside a Qt widget.

matplotlib (about 2 s with its Qt backend) is imported only when a canvas is first shown,
so pages with charts do not slow start-up. A page hands the canvas a function that builds
the Figure; the canvas calls it when visible and again after :meth:`ChartCanvas.refresh`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.ui import theme
from dass_desktop.ui.quiet_gc import collector_held

if TYPE_CHECKING:
    from matplotlib.figure import Figure


MIN_CHART_WIDTH = 260


class ChartCanvas(QWidget):
    """Shows the Figure built by ``build``; redraws lazily and offers "Save as PNG…"."""

    def __init__(
        self,
        build: Callable[[], Figure | None],
        *,
        title: str = "",
        empty_text: str = "Nothing to chart yet.",
        describe: Callable[[Any], str | None] | None = None,
        keep_size: bool = False,
        wait_for_refresh: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        # Never drawn smaller than built (a chart placed to the inch, such as the map, would
        # crowd): put the canvas in a scroll area when the window may be smaller.
        self._keep_size = keep_size
        # Given a matplotlib mouse event, what to say about the point under the mouse.
        self._describe = describe
        self._title = title
        # A page that fills what its chart is built from as it is shown, and then calls
        # refresh(), asks the canvas to wait for that call: built when first shown, the chart
        # would be built from nothing and at once built again.
        self._stale = not wait_for_refresh
        self._canvas: Any = None
        self.figure: Figure | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(empty_text, self)
        self._empty.setWordWrap(True)
        self._empty.setProperty("role", "empty")
        self._layout.addWidget(self._empty)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.save_button = QPushButton("Save as PNG…", self)
        self.save_button.setToolTip("Save this chart as a picture for a slide or an e-mail")
        self.save_button.clicked.connect(self.save_png)
        self.save_button.setEnabled(False)
        bar.addWidget(self.save_button)
        self._layout.addLayout(bar)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def title(self) -> str:
        """The chart's title, as given when the canvas was made."""
        return self._title

    def refresh(self) -> None:
        """Rebuild the chart now if visible, or when next shown."""
        self._stale = True
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        """Build the chart the first time (and after a refresh) the canvas is shown."""
        super().showEvent(event)
        if self._stale:
            self._draw()

    def _draw(self) -> None:
        with collector_held():  # the first chart imports matplotlib: see ui/quiet_gc.py
            self._draw_now()

    def _draw_now(self) -> None:
        self._stale = False
        figure = self._build()
        self.figure = figure
        self.save_button.setEnabled(figure is not None)
        if figure is None:
            if self._canvas is not None:
                self._canvas.hide()
            self._empty.show()
            return
        self._empty.hide()
        if theme.is_dark():
            theme.restyle_figure(figure)

        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.setParent(None)
            self._canvas.deleteLater()
        self._canvas = _canvas_class()(figure)
        # Narrower or shorter than this, matplotlib's layout has no room left for the axes.
        self._canvas.setMinimumSize(MIN_CHART_WIDTH, 220)
        if self._keep_size:
            ratio = self._canvas.devicePixelRatioF() or 1.0
            width, height = figure.get_size_inches() * figure.dpi / ratio
            self._canvas.setMinimumSize(math.ceil(width), math.ceil(height))
        if self._describe is not None:
            self._canvas.mpl_connect("motion_notify_event", self._hover)
        self._layout.insertWidget(0, self._canvas, 1)
        self._canvas.draw_idle()

    def _hover(self, event: Any) -> None:
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        text = self._describe(event) if self._describe is not None else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self._canvas)
        else:
            QToolTip.hideText()

    def save_png(self, path: str | None = None) -> str | None:
        """Save the chart as a PNG (asking where when no path is given); return the path."""
        if self.figure is None:
            return None
        if path is None:
            suggested = (self._title or "chart").lower().replace(" ", "-") + ".png"
            path, _ = QFileDialog.getSaveFileName(self, "Save chart", suggested, "PNG (*.png)")
            if not path:
                return None
        self.figure.savefig(path, dpi=200, format="png")
        return path


@functools.cache
def _canvas_class() -> type[Any]:
    """matplotlib's Qt canvas, writing its charts' text with :mod:`dass_desktop.charts.agg_text`
    (the same pixels, with less work per letter). Made when a chart is first drawn.
    """
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from dass_desktop.charts.agg_text import FasterText

    class ChartPicture(FasterText, FigureCanvasQTAgg):
        """The Qt canvas of a chart, on the faster text renderer when it is safe."""

    return ChartPicture
