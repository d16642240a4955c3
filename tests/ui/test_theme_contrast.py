"""Text in the stylesheet meets WCAG AA contrast (4.5:1) in both the light and dark theme.

Every rule of ``resources/style.qss`` that sets a text colour is paired with the
background it is drawn on (its own, or the page's), with the palette roles filled from
each theme, and the contrast ratio is worked out as WCAG 2.1 defines it.
"""

from __future__ import annotations

import re

import pytest
from dass_desktop.resources import read_text
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from dass_desktop.ui.theme import DARK, LIGHT, apply_theme, is_dark

AA = 4.5
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
# What a rule's text is drawn on when the rule sets no background of its own.
DRAWN_ON = (
    ("QListView#navigation", "#1f3a5f"),
    ("QTreeView", "palette(base)"),
    ("QLineEdit", "palette(base)"),
    ("QCheckBox", "palette(window)"),
    ('QLabel[role="heading"]', "palette(base)"),  # headings sit on cards
    ('QLabel[role="subheading"]', "palette(base)"),
    ('QLabel[role="headline"]', "palette(base)"),
    ("QLabel", "palette(window)"),
    ("QStatusBar", "palette(window)"),
    ("QPushButton", "palette(button)"),
)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _resolve(value: str, theme: dict[str, str]) -> str:
    value = value.strip()
    found = re.fullmatch(r"palette\(([a-z-]+)\)", value)
    return theme[found.group(1)] if found else value


def text_pairs(theme: dict[str, str]) -> list[tuple[str, str, str]]:
    """(selector, text colour, background colour) for every rule that colours text."""
    pairs = []
    sheet = re.sub(r"/\*.*?\*/", "", read_text("style.qss"), flags=re.DOTALL)
    for selectors, body in RULE.findall(sheet):
        props = dict(
            (name.strip(), value.strip())
            for name, _, value in (p.partition(":") for p in body.split(";"))
            if value.strip()
        )
        if "color" not in props:
            continue
        for selector in (s.strip() for s in selectors.split(",")):
            background = props.get("background")
            if background is None or background == "transparent":
                background = next(
                    (bg for prefix, bg in DRAWN_ON if selector.startswith(prefix)),
                    "palette(window)",
                )
            pairs.append((selector, _resolve(props["color"], theme), _resolve(background, theme)))
    return pairs


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_stylesheet_text_meets_wcag_aa(theme: dict[str, str]) -> None:
    """Every text colour the stylesheet sets reads at 4.5:1 or better on its background."""
    pairs = text_pairs(theme)
    assert len(pairs) > 15  # the sheet was read, and its rules found
    poor = [
        f"{selector}: {text} on {background} is {contrast(text, background):.2f}:1"
        for selector, text, background in pairs
        if contrast(text, background) < AA
    ]
    assert poor == []


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_palette_text_meets_wcag_aa(theme: dict[str, str]) -> None:
    """The palette's own text roles (used where the sheet says nothing) read at 4.5:1 too."""
    for text, background in (
        ("window-text", "window"),
        ("text", "base"),
        ("dark", "base"),
        ("dark", "window"),
        ("button-text", "button"),
        ("highlighted-text", "highlight"),
        ("bright-text", "base"),
        ("link", "base"),
        ("tooltip-text", "tooltip-base"),
        ("text", "alternate-base"),
        ("placeholder-text", "base"),
    ):
        ratio = contrast(theme[text], theme[background])
        assert ratio >= AA, f"{text} on {background}: {ratio:.2f}:1"


def test_the_app_can_be_switched_to_dark_and_back(qapp: QApplication) -> None:
    """Applying the dark theme fills the palette from it; light puts it back."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    try:
        assert apply_theme(qapp, dark=True)
        assert is_dark()
        assert qapp.palette().window().color().name() == DARK["window"]
        assert not apply_theme(qapp, dark=False)
        assert qapp.palette().window().color().name() == LIGHT["window"]
    finally:
        qapp.setStyleSheet("")
        qapp.setProperty("darkTheme", False)
        qapp.setStyle(style)
        qapp.setPalette(palette)


def test_a_chart_drawn_for_paper_is_recoloured_for_the_dark_theme() -> None:
    """Black text, navy lines and white label boxes become light on the dark chart."""
    from matplotlib.colors import to_hex

    from dass_desktop.charts.style import OWN_LINE, new_figure
    from dass_desktop.ui.theme import restyle_figure

    figure = new_figure()
    axes = figure.add_subplot()
    (line,) = axes.plot([1, 2, 3], color=OWN_LINE[0])
    label = axes.text(1, 1, "14.9%", color="black", bbox={"facecolor": "white"})
    axes.set_title("Vacancy rate")
    restyle_figure(figure)
    assert to_hex(figure.get_facecolor()) == DARK["base"]
    assert to_hex(label.get_color()) == DARK["text"]
    assert to_hex(axes.title.get_color()) == DARK["text"]
    box = label.get_bbox_patch()
    assert box is not None
    assert to_hex(box.get_facecolor()) == DARK["base"]
    assert contrast(to_hex(line.get_color()), DARK["base"]) >= 3.0  # lines: WCAG's 3:1


def test_text_colours_come_from_the_theme() -> None:
    """No page colours its text with a fixed colour, which a dark theme would make
    unreadable: a ForegroundRole brush is built from ui/theme.py's colours. Fixed colours
    are kept for pale fills, whose text is always dark (see table_columns.DARK_TEXT).
    """
    from pathlib import Path

    import dass_desktop.ui

    fixed = re.compile(r"""QColor\(\s*["']#[0-9a-fA-F]{3,8}["']""")
    found = [
        f"{path.name}:{number}"
        for path in Path(dass_desktop.ui.__file__).parent.glob("*.py")
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert found == []
