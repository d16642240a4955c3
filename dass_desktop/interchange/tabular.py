"""Reading a CSV the way spreadsheets write them: any encoding, delimiter, number or month.

Excel and LibreOffice export CSV as UTF-8 (with or without a byte-order mark), Windows-1252
or UTF-16, separated by commas, semicolons or tabs, with blank lines, trailing empty
columns, thousands separators and months written a dozen ways. This module turns such a
file into a header and rows of text, and reads numbers and months out of cells, with a
plain sentence whenever it cannot.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}
# Cells that published statistics use for "no figure" (suppressed, not applicable, zero
# rounded away); they are read as blank, never as an error.
NO_FIGURE = frozenset(
    {"", "-", "–", "—", ".", "..", ":", "*", "c", "x", "z", "u", "k", "low", "n/a", "na"}
    | {"[c]", "[x]", "[z]", "[u]", "[k]", "[low]", "#n/a"}
)
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
MONTH_HINT = "Write months as 2026-03, Mar 2026, 03/2026 or 31/03/2026."


class CsvProblem(ValueError):
    """The file as a whole cannot be read; ``message`` says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Table:
    """A CSV file as text: its header, its rows (with their line numbers) and how it was
    written.
    """

    header: tuple[str, ...]
    rows: list[tuple[int, list[str]]]
    delimiter: str
    encoding: str
    blank_lines: int

    @property
    def delimiter_name(self) -> str:
        """``commas``, ``semicolons`` or ``tabs``."""
        return DELIMITER_NAMES[self.delimiter]


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are read as such;
    anything else that is not valid UTF-8 is read as Windows-1252, which is what Excel on a
    UK Windows laptop writes.
    """
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise CsvProblem(
            "This is a spreadsheet file, not a CSV. In Excel or LibreOffice, use "
            "File ▸ Save As and choose CSV, then import that file."
        )
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", "UTF-8 with BOM")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", "UTF-16")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        _refuse_mixed(data, exc.start)
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def _refuse_mixed(data: bytes, bad_at: int) -> None:
    """Refuse a file that is UTF-8 in places and something else in others: reading it
    either way would change some names (two versions of one team).
    """
    utf8_line = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        utf8_line = number
        break
    if utf8_line:
        bad_line = data.count(b"\n", 0, bad_at) + 1
        raise CsvProblem(
            f"The file mixes two text encodings (line {utf8_line} is UTF-8, line {bad_line} "
            "is not), so names in it could be read two ways. Save it again as CSV UTF-8."
        )


def _decode(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError:
        raise CsvProblem(f"The file says it is {name} but is not; save it again as CSV.") from None


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter (comma, semicolon or tab) that splits the first lines most evenly."""
    best: tuple[int, int, str] | None = None
    for delimiter in (",", ";", "\t"):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        steady = sum(1 for c in counts if c == counts[0])
        score = (steady, counts[0], delimiter)
        if best is None or score[:2] > best[:2]:
            best = score
    if best is None:
        raise CsvProblem(
            "The file has only one column: separate the columns with commas, "
            "semicolons or tabs (in a spreadsheet, Save As CSV)."
        )
    return best[2]


MAX_FIELD = 1_000_000


def _check_quotes(text: str) -> None:
    """Refuse a quote that is opened and never closed (it would swallow the rest)."""
    if text.count('"') % 2 == 0:
        return
    open_at = 0
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.count('"') % 2:
            inside = not inside
            if inside:
                open_at = number
    raise CsvProblem(
        f'Line {open_at} opens a quote (") that is never closed, so the rest of the file '
        "cannot be read; correct it in a spreadsheet and save it as CSV again."
    )


def read_table(data: bytes) -> Table:
    """Split a CSV file into a header and rows of text; raises :class:`CsvProblem`."""
    text, encoding = decode(data)
    if "\x00" in text:
        raise CsvProblem("This does not look like a CSV file (it holds binary data).")
    _check_quotes(text)
    sample = [line[:MAX_FIELD] for line in text.splitlines()[:200] if line.strip()][:30]
    if not sample:
        raise CsvProblem("The file is empty.")
    delimiter = sniff_delimiter(sample)
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    blank = 0
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not "".join(cells).strip():  # every cell blank (quicker than any())
                if header is not None:
                    blank += 1
                continue
            if header is None:
                header = [c.strip().lstrip("\ufeff") for c in cells]
                continue
            rows.append((start, cells))
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise CsvProblem(
                f"Line {line} has a cell longer than {MAX_FIELD // 1_000_000} MB; "
                "no figure is that long, so the file cannot be a table of figures."
            ) from None
        raise CsvProblem(f"Line {line} cannot be read as CSV ({exc}).") from None
    assert header is not None
    while header and not header[-1]:
        header.pop()
    if not rows:
        raise CsvProblem("The file has a header but no rows of figures.")
    return Table(tuple(header), rows, delimiter, encoding, blank)


def normalise_header(name: str) -> str:
    """A column name in a comparable form: ``Vacancy Rate (%)`` -> ``vacancy_rate_pct``."""
    text = name.strip().lstrip("\ufeff").casefold().replace("%", " pct ")
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


# --- numbers -----------------------------------------------------------------------------
_THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")


def parse_number(text: str, delimiter: str = ",") -> tuple[float, bool] | None:
    """A cell's number and whether it was written with a ``%`` sign; None for a blank or
    "no figure" cell (see :data:`NO_FIGURE`).

    Raises:
        ValueError: with the reason, when the cell holds something that is not a number.
    """
    try:  # the common case, a plain number, read without any tidying
        value = float(text)
    except ValueError:
        pass
    else:
        if value - value == 0 and "_" not in text:  # not nan or inf, no 1_000
            return value, False
    raw = text.strip()
    if raw.casefold() in NO_FIGURE:
        return None
    percent = raw.endswith("%")
    cleaned = raw[:-1].strip() if percent else raw
    cleaned = cleaned.replace("\u00a0", "").replace(" ", "")
    if "," in cleaned:
        if delimiter == "," or ("." in cleaned and cleaned.rfind(".") > cleaned.rfind(",")):
            if not _THOUSANDS.fullmatch(cleaned):
                raise ValueError(f"'{raw}' is not a number")
            cleaned = cleaned.replace(",", "")
        else:  # a decimal comma, as European spreadsheets write in semicolon files
            cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"'{raw}' is not a number") from None
    if "_" in cleaned:
        raise ValueError(f"'{raw}' is not a number")
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"'{raw}' is not a number")
    return value, percent


# --- months ------------------------------------------------------------------------------
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})[/\-](\d{1,2})(?:[/\-](\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_WORDS = re.compile(r"(?:(\d{1,2})[ \-])?([a-z]+)[ \-,]+(\d{4}|\d{2})")
_FINANCIAL = re.compile(r"(?:fy\s*)?(\d{4})\s*[/\-]\s*(\d{2}|\d{4})")


def day_first_order(texts: Iterable[str]) -> bool:
    """Whether dd/mm/yyyy dates in these cells put the day first (UK) or the month (US).

    The day comes first unless some date only makes sense month-first (e.g. 03/31/2026)
    and none only day-first; dates that read either way are taken as UK dates.
    """
    day_only = month_only = False
    for text in texts:
        match = _NUMERIC_DATE.fullmatch(text.strip())
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            day_only |= first > 12
            month_only |= second > 12
    return not (month_only and not day_only)


def parse_period(text: str, day_first: bool = True) -> tuple[dt.date, str]:
    """The month a cell names (its first day), and the source's own label when the cell
    names a year rather than a month (``2023/24``, ``2025``).

    Accepts 2026-03, 2026-03-31, Mar 2026, March 2026, Mar-26, 03/2026, 31/03/2026, 202603,
    and years: 2023/24, 2023-24, 202324 (financial years, ending in March) and 2025 (a
    calendar year, ending in December).

    Raises:
        ValueError: with a plain sentence when the cell is not a month.
    """
    raw = text.strip()
    cell = raw.casefold()
    if not cell:
        raise ValueError("there is no month")
    try:
        return _parse(cell, day_first)
    except ValueError as exc:
        reason = str(exc)
        if reason:
            raise ValueError(f"'{raw}' {reason}") from None
        raise ValueError(f"'{raw}' is not a month. {MONTH_HINT}") from None


def _month(year: int, month: int) -> dt.date:
    if not 1 <= month <= 12:
        raise ValueError("has no month " + str(month))
    if not 1900 <= year <= 2200:
        raise ValueError("has a year that looks wrong")
    return dt.date(year, month, 1)


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _parse(cell: str, day_first: bool) -> tuple[dt.date, str]:
    if cell.isdigit() and len(cell) == 6:
        start, end = int(cell[:4]), int(cell[4:])
        if end == (start + 1) % 100:
            return _month(start + 1, 3), f"{start}/{cell[4:]}"
        return _month(start, end), ""
    if cell.isdigit() and len(cell) == 4:
        return _month(int(cell), 12), cell
    match = _FINANCIAL.fullmatch(cell)
    if match:
        start, tail = int(match.group(1)), match.group(2)
        # 2011-12 reads as December 2011 (ISO); 2011/12, 2016-17 and 2011-2012 are years.
        iso_month = "-" in cell and len(tail) == 2 and int(tail) <= 12 and "fy" not in cell
        if int(tail[-2:]) == (start + 1) % 100 and not iso_month:
            return _month(start + 1, 3), f"{start}/{tail[-2:]}"
    match = _ISO.fullmatch(cell)
    if match:
        found = _month(int(match.group(1)), int(match.group(2)))
        if match.group(3) is not None:
            _check_day(found, int(match.group(3)))
        return found, ""
    match = _NUMERIC_DATE.fullmatch(cell)
    if match:
        first, second = int(match.group(1)), int(match.group(2))
        day, month_number = (first, second) if day_first else (second, first)
        found = _month(_year(match.group(3)), month_number)
        _check_day(found, day)
        return found, ""
    match = _MONTH_YEAR.fullmatch(cell)
    if match:
        return _month(int(match.group(2)), int(match.group(1))), ""
    match = _WORDS.fullmatch(cell)
    if match and match.group(2) in MONTHS:
        found = _month(_year(match.group(3)), MONTHS[match.group(2)])
        if match.group(1):
            _check_day(found, int(match.group(1)))
        return found, ""
    raise ValueError("")


def _check_day(month: dt.date, day: int) -> None:
    try:
        month.replace(day=day)
    except ValueError:
        raise ValueError(f"has no day {day} in {month:%B %Y}") from None
