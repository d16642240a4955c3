"""The house style of every printed plan: A4, DejaVu Sans, marking on every page.

Headers and footers carry the protective marking, the council, the date and "Page X of Y";
the total is known because pages are drawn once the whole document has been laid out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from dass_desktop.domain.dates import long_date

# Streams (pages, fonts, charts drawn as pictures) are written compressed and binary, as PDFs
# normally carry them, not spelled out again in ASCII85 text: reportlab's ASCII85 encoder is
# pure Python, about 8% of the six-month plan's export, and made the file 15% larger.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
TOP_MARGIN = MARGIN + 6 * mm
BOTTOM_MARGIN = MARGIN + 4 * mm
#: The height a flowable may have: the body frame less its padding (6 points each side).
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN - 12
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4e7eb")
BAND = colors.HexColor("#f5f7fa")


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (shipped with matplotlib) for text and charts alike."""
    from matplotlib import get_data_path

    folder = Path(get_data_path()) / "fonts" / "ttf"
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the house style."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    note: ParagraphStyle
    toc1: ParagraphStyle
    bullet: ParagraphStyle
    kicker: ParagraphStyle
    front_title: ParagraphStyle
    h2c: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles (fonts registered first)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=22, leading=27),
        subtitle=ParagraphStyle("subtitle", base, fontSize=12, leading=17, textColor=MUTED),
        h1=ParagraphStyle(
            "h1", base, fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=10, spaceAfter=6
        ),
        h2=ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
        body=ParagraphStyle("b", base, spaceAfter=5, alignment=TA_LEFT),
        small=ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED),
        cell=ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        cell_bold=ParagraphStyle("cellb", base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        note=ParagraphStyle("note", base, fontName=FONT_ITALIC, textColor=MUTED, spaceAfter=6),
        toc1=ParagraphStyle("toc1", base, fontSize=10, leading=14, leftIndent=6),
        bullet=ParagraphStyle("bullet", base, leftIndent=11, bulletIndent=1, spaceAfter=2),
        kicker=ParagraphStyle(
            "kicker",
            base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=7,
            spaceAfter=3,
        ),
        front_title=ParagraphStyle("front", base, fontName=FONT_BOLD, fontSize=17, leading=21),
        h2c=ParagraphStyle(
            "h2c", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=0, spaceAfter=4
        ),
    )


def table_style(header_rows: int = 1) -> TableStyle:
    """Rules between rows and a shaded, bold header (repeated on every page by the table).

    With ``header_rows=0`` the first column is shaded instead: a table of facts.
    """
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        last = header_rows - 1
        commands += [
            ("FONT", (0, 0), (-1, last), FONT_BOLD, 8.5),
            ("BACKGROUND", (0, 0), (-1, last), HEADER_FILL),
            ("LINEBELOW", (0, last), (-1, last), 0.8, INK),
        ]
    else:
        commands += [
            ("BACKGROUND", (0, 0), (0, -1), BAND),
            ("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE),
        ]
    return TableStyle(commands)


@dataclass(frozen=True)
class PageFurniture:
    """What every page's header and footer says."""

    marking: str
    document: str
    council: str
    as_of: dt.date


class PlanDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """An A4 document whose headings feed a table of contents."""

    def __init__(self, target: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            lang="en-GB",
            **kwargs,
        )
        self.furniture = furniture
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Any) -> None:
        """Send section headings to the table of contents, with PDF bookmarks."""
        if isinstance(flowable, Paragraph) and flowable.style.name in ("front", "h1", "h2"):
            level = 1 if flowable.style.name == "h2" else 0
            text = flowable.getPlainText()
            key = f"s{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            if level == 0:
                self.notify("TOCEntry", (0, text, self.page, key))


def contents_table() -> TableOfContents:
    """A table of contents listing the document's main sections."""
    toc = TableOfContents()
    toc.levelStyles = [styles().toc1]
    toc.dotsMinLevel = 0
    return toc


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that draws header and footer once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_furniture(self, furniture, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_furniture(canvas: Canvas, furniture: PageFurniture, page: int, total: int) -> None:
    canvas.saveState()
    marking = furniture.marking
    canvas.setFont(FONT_BOLD, 9)
    canvas.setFillColor(INK)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 11 * mm, marking)
    canvas.drawCentredString(PAGE_WIDTH / 2, 8 * mm, marking)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, PAGE_HEIGHT - 13.5 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 13.5 * mm)
    canvas.line(MARGIN, 16.5 * mm, PAGE_WIDTH - MARGIN, 16.5 * mm)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, furniture.document)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm, furniture.council)
    canvas.drawString(MARGIN, 12 * mm, f"{furniture.council} · as at {long_date(furniture.as_of)}")
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 12 * mm, f"Page {page} of {total}")
    canvas.restoreState()
