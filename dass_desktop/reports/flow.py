"""The building blocks every section is made of: paragraphs, headings, tables and "more" lines.

Tables size their columns from what they hold, never narrower than the longest word in the
column (so no word is broken inside a header), and their rows may split across pages, so no
amount of text in a cell can make a table taller than a page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from dass_desktop.reports.style import (
    BAND,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    styles,
    table_style,
)

# Control characters but line breaks and tabs: dropped from everything printed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CELL_SIZE = 8.5
SUB_SIZE = 7.5
PADDING = 12.0  # reportlab's default cell padding: 6 points left and 6 right
MAX_NATURAL = 260.0  # points: wider text wraps, so it asks for no more than this


def text(value: str) -> str:
    """Escape text for a reportlab Paragraph, keeping line breaks; control characters (a
    bell, an escape sequence pasted from a terminal) are dropped, never printed.
    """
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text in a named house style."""
    return Paragraph(text(value), getattr(styles(), style))


def heading(value: str, level: int = 1) -> Paragraph:
    """A section heading (level 1 goes in the contents and the PDF's bookmarks)."""
    return Paragraph(text(value), styles().h1 if level == 1 else styles().h2)


def nothing_yet(sentence: str) -> Paragraph:
    """The sentence shown in place of an empty section."""
    return para(sentence, "note")


def section_start(title: str, first: Sequence[Flowable], level: int = 1) -> list[Flowable]:
    """A heading kept on the same page as what follows it (never orphaned at a page foot)."""
    room = 60 * mm if level == 1 else 40 * mm
    if any(isinstance(f, Table) for f in first):  # tables split: keeping them whole wastes pages
        return [CondPageBreak(room), heading(title, level), *first]
    return [CondPageBreak(room), KeepTogether([heading(title, level), *first])]


def more_line(shown: int, total: int, noun: str, where: str) -> list[Flowable]:
    """``Showing the 12 most pressing of 53 items; 41 more in the appendix.`` when cut short."""
    if total <= shown:
        return []
    return [
        para(
            f"Showing the {shown} most pressing of {total} {noun}; {total - shown} more {where}.",
            "small",
        )
    ]


def truncated(value: str, limit: int) -> tuple[str, bool]:
    """``value`` cut at a word boundary to at most ``limit`` characters, and whether it was cut."""
    value = value.strip()
    if len(value) <= limit:
        return value, False
    cut = value[:limit].rsplit(None, 1)[0].rstrip(",;:")
    return cut + "…", True


@dataclass(frozen=True)
class Cell:
    """A table cell: main text, an optional muted second line, bold or not."""

    main: str
    sub: str = ""
    bold: bool = False


CellValue = str | Cell


def _cell(value: CellValue) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


def _flowable(value: CellValue) -> Paragraph:
    cell = _cell(value)
    s = styles()
    body = text(cell.main or "–")
    if cell.sub:
        body += f"<br/><font size={SUB_SIZE} color='#52606d'>{text(cell.sub)}</font>"
    return Paragraph(body, s.cell_bold if cell.bold else s.cell)


def _words_width(value: str, font: str, size: float) -> tuple[float, float]:
    """The widest single word and the whole text's width (longest line), in points."""
    words = value.split()
    widest = max((stringWidth(w, font, size) for w in words), default=0.0)
    whole = max((stringWidth(line, font, size) for line in value.splitlines() or [""]), default=0)
    return widest, whole


def column_widths(
    header: Sequence[str], rows: Sequence[Sequence[CellValue]], total: float = CONTENT_WIDTH
) -> list[float]:
    """Widths from the content: at least the longest word (header words in bold), otherwise
    in proportion to how much each column holds, adding up to ``total``.
    """
    count = len(header)
    least = [stringWidth(w, FONT_BOLD, CELL_SIZE) for w in ("",) * count]
    want = [0.0] * count
    for index, title in enumerate(header):
        widest, whole = _words_width(title, FONT_BOLD, CELL_SIZE)
        least[index] = widest
        want[index] = whole
    for row in rows:
        for index, value in enumerate(row):
            cell = _cell(value)
            font = FONT_BOLD if cell.bold else FONT
            widest, whole = _words_width(cell.main, font, CELL_SIZE)
            sub_widest, sub_whole = _words_width(cell.sub, FONT, SUB_SIZE)
            least[index] = max(least[index], min(widest, 90.0), min(sub_widest, 90.0))
            want[index] = max(want[index], min(max(whole, sub_whole), MAX_NATURAL))
    least = [w + PADDING + 1 for w in least]
    want = [max(w + PADDING + 1, m) for w, m in zip(want, least, strict=True)]
    if sum(want) <= total:
        spare = total - sum(want)
        return [w + spare * w / sum(want) for w in want]
    if sum(least) >= total:
        return [total * w / sum(least) for w in least]
    room = total - sum(least)
    extra = [w - m for w, m in zip(want, least, strict=True)]
    return [m + room * e / sum(extra) for m, e in zip(least, extra, strict=True)]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    *,
    widths: Sequence[float] | None = None,
    group_rows: Sequence[int] = (),
    total: float = CONTENT_WIDTH,
) -> Table:
    """A table with a repeated, shaded header; rows may split across pages.

    ``group_rows`` are indexes (into ``rows``) of rows spanning the whole table, shaded, used
    as group headings.
    """
    widths = list(widths) if widths else column_widths(header, rows, total)
    data: list[list[object]] = [[_flowable(Cell(h, bold=True)) for h in header]]
    data += [[_flowable(v) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    style = table_style()
    for index in group_rows:
        style.add("SPAN", (0, index + 1), (-1, index + 1))
        style.add("BACKGROUND", (0, index + 1), (-1, index + 1), BAND)
    table.setStyle(style)
    return table


def facts_table(facts: Sequence[tuple[str, str]], label_width: float = 45 * mm) -> Table:
    """A two-column table of labelled facts, the labels shaded."""
    table = Table(
        [[para(k, "cell_bold"), para(v, "cell")] for k, v in facts],
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(header_rows=0))
    return table


def bullets(entries: Sequence[str], style: str = "body") -> list[Flowable]:
    """Entries as a bulleted list."""
    s = getattr(styles(), style)
    return [Paragraph(text(e), s, bulletText="•") for e in entries]


def gap(height_mm: float = 2) -> Spacer:
    """Vertical space between blocks."""
    return Spacer(1, height_mm * mm)
