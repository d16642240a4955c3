"""Light and dark: the app follows the system's colour scheme with one stylesheet.

``resources/style.qss`` names no colour of its own for text or backgrounds: it uses the
palette's roles (``palette(window)``, ``palette(link)``...), and this module fills those
roles from :data:`LIGHT` or :data:`DARK`. The roles stand for the house colours:

- ``window``/``window-text``: the page and its text; ``base``/``text``: cards and inputs;
- ``dark``: muted text (notes, counts); ``mid``: input borders; ``midlight``: card borders;
- ``link``: headlines and accents; ``link-visited``: the focus ring;
- ``bright-text``: errors; ``alternate-base``: help panels and alternate rows.

Charts (drawn by matplotlib, which knows nothing of Qt) are recoloured to match by
:func:`restyle_figure`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from dass_desktop.domain.plan_terms import Rag
from dass_desktop.resources import read_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Role = QPalette.ColorRole
LATE_ON_LIGHT = "#b3261e"  # the charts' red, 6:1 on white
BAR_ON_DARK = "#4a7fc1"  # the house navy, lifted to stand out on a dark chart
# A RAG cell's pale fill, in the plan and on the dashboard (dark text on it in either theme).
RAG_BACKGROUND = {Rag.RED: "#f6d5d3", Rag.AMBER: "#fbe7c2", Rag.GREEN: "#d7ecd9"}
RAG_BRUSHES = {rag: QBrush(QColor(colour)) for rag, colour in RAG_BACKGROUND.items()}

LIGHT: dict[str, str] = {
    "window": "#f5f6f8",
    "window-text": "#1f2933",
    "base": "#ffffff",
    "alternate-base": "#eef3f8",
    "text": "#1f2933",
    "button": "#ffffff",
    "button-text": "#1f2933",
    "highlight": "#2f5a8f",
    "highlighted-text": "#ffffff",
    "dark": "#52606d",
    "mid": "#8a96a3",
    "midlight": "#d9dde3",
    "link": "#1f3a5f",
    "link-visited": "#1565c0",
    "bright-text": "#b00020",
    "tooltip-base": "#ffffdc",
    "tooltip-text": "#1f2933",
    "placeholder-text": "#616e7c",
}

DARK: dict[str, str] = {
    "window": "#161b22",
    "window-text": "#e6edf3",
    "base": "#1f2630",
    "alternate-base": "#243447",
    "text": "#e6edf3",
    "button": "#2a3240",
    "button-text": "#e6edf3",
    "highlight": "#3b6ea8",
    "highlighted-text": "#ffffff",
    "dark": "#a9b4c0",
    "mid": "#6b7785",
    "midlight": "#3a4452",
    "link": "#9cc3f5",
    "link-visited": "#7fb2ff",
    "bright-text": "#ff8a80",
    "tooltip-base": "#2a3240",
    "tooltip-text": "#e6edf3",
    "placeholder-text": "#9aa5b1",
}

_ROLES: dict[str, Role] = {
    "window": Role.Window,
    "window-text": Role.WindowText,
    "base": Role.Base,
    "alternate-base": Role.AlternateBase,
    "text": Role.Text,
    "button": Role.Button,
    "button-text": Role.ButtonText,
    "highlight": Role.Highlight,
    "highlighted-text": Role.HighlightedText,
    "dark": Role.Dark,
    "mid": Role.Mid,
    "midlight": Role.Midlight,
    "link": Role.Link,
    "link-visited": Role.LinkVisited,
    "bright-text": Role.BrightText,
    "tooltip-base": Role.ToolTipBase,
    "tooltip-text": Role.ToolTipText,
    "placeholder-text": Role.PlaceholderText,
}


def palette_for(colours: dict[str, str]) -> QPalette:
    """A palette with every house role filled from ``colours``."""
    palette = QPalette()
    for name, role in _ROLES.items():
        colour = QColor(colours[name])
        palette.setColor(QPalette.ColorGroup.All, role, colour)
    muted = QColor(colours["dark"])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    palette.setColor(Role.Light, QColor(colours["base"]))
    palette.setColor(Role.Shadow, QColor(colours["mid"]))
    return palette


def system_is_dark() -> bool:
    """Whether the system asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, dark: bool | None = None) -> bool:
    """Style ``app`` light or dark (as the system asks when ``dark`` is None); returns dark."""
    chosen = system_is_dark() if dark is None else dark
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:  # the one style that draws every widget from the palette
        app.setStyle(fusion)
    app.setPalette(palette_for(DARK if chosen else LIGHT))
    app.setProperty("darkTheme", chosen)
    app.setStyleSheet(read_text("style.qss"))
    return chosen


def follow_system(app: QApplication) -> None:
    """Apply the system's scheme now and again whenever the system changes it."""
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


def show_roles(top: QWidget) -> None:
    """Style every widget under ``top`` that has a ``role`` as ``style.qss`` says.

    Qt matches a widget's style-sheet rules when it is polished. A page gives its labels
    and cards their role as it builds them, and whether a widget was polished before that
    depends on what the page happened to measure first: one polished early kept its plain
    look. Polishing the widgets with a role once more, after the page is built, makes every
    role show. (Moving a built page into the window's page stack used to do this for the
    whole page, at the cost of restyling every widget in it.)
    """
    for widget in top.findChildren(QWidget):
        if widget.property("role") is not None:
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)


def is_dark() -> bool:
    """Whether the app is showing its dark theme."""
    app = QApplication.instance()
    return bool(app is not None and app.property("darkTheme"))


def colours() -> dict[str, str]:
    """The house colours in use now."""
    return DARK if is_dark() else LIGHT


def muted() -> QColor:
    """The colour of secondary text (a note, an empty list's sentence)."""
    return QColor(colours()["dark"])


def warning() -> QColor:
    """The colour of text that warns (late, overdue), readable on the theme's base."""
    return QColor(DARK["bright-text"] if is_dark() else LATE_ON_LIGHT)


def _luminance(colour: Any) -> float:
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def restyle_figure(figure: Figure) -> None:
    """Recolour a chart drawn for paper to sit on the dark theme: light text and lines."""
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    theme = DARK
    figure.patch.set_facecolor(theme["base"])
    for axes in figure.axes:
        axes.set_facecolor(theme["base"])
        for spine in axes.spines.values():
            spine.set_edgecolor(theme["mid"])
        axes.tick_params(colors=theme["dark"], labelcolor=theme["text"])
        for grid in [*axes.get_xgridlines(), *axes.get_ygridlines()]:
            grid.set_color(theme["midlight"])
        legend = axes.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(theme["base"])
            legend.get_frame().set_edgecolor(theme["midlight"])
    for text in figure.findobj(Text):
        if _luminance(text.get_color()) < 0.45:
            text.set_color(theme["text"])
        box = text.get_bbox_patch()
        if box is not None and _luminance(box.get_facecolor()) > 0.6:
            box.set_facecolor(theme["base"])  # a label's white box, made the chart's own
            box.set_edgecolor(theme["base"])
    for line in figure.findobj(Line2D):
        if _luminance(line.get_color()) < 0.3:
            line.set_color(theme["link"])
            if line.get_markerfacecolor() is not None:
                line.set_markerfacecolor(theme["link"])
                line.set_markeredgecolor(theme["link"])
    for patch in figure.findobj(Patch):
        if patch is figure.patch or patch in [a.patch for a in figure.axes]:
            continue
        face = to_rgba(patch.get_facecolor())
        if face[3] > 0 and _luminance(face) < 0.3:
            patch.set_facecolor(BAR_ON_DARK)
