"""A workforce CSV file as the import sees it: its columns, their targets and the outcome.

:func:`preview` reads the file's layout and guesses what each column holds: published
workforce statistics' column names are recognised without asking, and a mapping remembered
from an earlier file with the same header is reused. The row checks (``figure_rows.py``,
``diversity_rows.py``) report into an :class:`Outcome`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dass_desktop.domain.workforce_import import ImportBatch, SavedMapping
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.tabular import (
    CsvProblem,
    Table,
    normalise_header,
    parse_period,
    read_table,
)

Progress = Callable[[int, int], None]
SAMPLE_ROWS = 12


@dataclass(frozen=True)
class Column:
    """A column of the file and what it maps to (None: not mapped yet)."""

    index: int
    header: str
    key: str
    target: str | None
    how: str  # "recognised", "remembered", "ignored" or ""


@dataclass(frozen=True)
class Preview:
    """The file's layout and first rows, with each column's guessed target."""

    file_name: str
    table: Table
    columns: tuple[Column, ...]
    signature: str
    remembered: SavedMapping | None

    @property
    def sample(self) -> list[list[str]]:
        """The first rows, padded or cut to the header's width."""
        width = len(self.columns)
        return [(cells + [""] * width)[:width] for _, cells in self.table.rows[:SAMPLE_ROWS]]

    @property
    def targets(self) -> list[str | None]:
        """The guessed target of each column."""
        return [c.target for c in self.columns]

    @property
    def unmapped(self) -> list[Column]:
        """Columns nobody has said what to do with."""
        return [c for c in self.columns if c.target is None]

    @property
    def describe(self) -> str:
        """``412 rows, UTF-8, separated by commas; 2 blank lines skipped``."""
        rows = len(self.table.rows)
        blank = self.table.blank_lines
        skipped = f"; {blank} blank line{'s' if blank != 1 else ''} skipped" if blank else ""
        return (
            f"{rows:,} row{'s' if rows != 1 else ''}, {self.table.encoding}, separated by "
            f"{self.table.delimiter_name}{skipped}"
        )


@dataclass(frozen=True)
class Problem:
    """Something wrong with one line of the file (line 0: the file as a whole)."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"Line {self.line}" if self.line else "The file"
        column = f" ({self.column})" if self.column else ""
        return f"{where}{column}: {self.message}"


@dataclass(frozen=True)
class Context:
    """What an import needs to know about the director's council."""

    council_code: str | None
    council_name: str | None
    region: str | None
    family: dict[str, str]  # council code -> name
    today: dt.date


@dataclass
class Outcome:
    """The result of checking a file: a batch to save, or problems, or a question."""

    batch: ImportBatch | None = None
    problems: list[Problem] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the batch can be saved as it is."""
        return self.batch is not None and not self.problems and not self.ambiguous

    @property
    def question(self) -> str:
        """The question to ask about percentage columns holding only values from 0 to 1."""
        names = ", ".join(f"'{n}'" for n in self.ambiguous)
        plural = len(self.ambiguous) > 1
        return (
            f"The column{'s' if plural else ''} {names} hold{'' if plural else 's'} only values "
            "between 0 and 1. Are they fractions (0.125 means 12.5%) or percentages "
            "(0.125 means 0.125%)?"
        )


def signature_of(header: Sequence[str]) -> str:
    """The key a mapping is remembered by: the file's normalised column names."""
    return "|".join(normalise_header(h) for h in header)


def preview(
    data: bytes,
    file_name: str,
    remembered: Callable[[str], SavedMapping | None] | None = None,
) -> Preview:
    """Read the file's layout and guess each column's target.

    ``remembered(signature)`` returns a mapping saved from an earlier file, if any.

    Raises:
        CsvProblem: when the file cannot be read as a table of figures at all.
    """
    table = read_table(data)
    if sum(1 for h in table.header if _is_month(h)) >= 3:
        raise CsvProblem(
            "The months run across the top of this file. Put each month on its own row, "
            "with one column per figure (in a spreadsheet: copy, then Paste Special ▸ "
            "Transpose)."
        )
    signature = signature_of(table.header)
    saved = remembered(signature) if remembered is not None else None
    columns = []
    for index, header in enumerate(table.header):
        key = normalise_header(header)
        target, how = cols.guess(key)
        if saved is not None and key in saved.mapping:
            target, how = saved.mapping[key], "remembered"
        columns.append(Column(index, header or f"Column {index + 1}", key, target, how))
    return Preview(file_name, table, tuple(columns), signature, saved)


def _is_month(header: str) -> bool:
    try:
        _, label = parse_period(header)
    except ValueError:
        return False
    return not label


class Percentages:
    """What each column's numbers look like, to decide about fractions afterwards."""

    def __init__(self) -> None:
        self.signed: set[int] = set()
        self.over_one: set[int] = set()
        self.between: set[int] = set()

    def add(self, column: int, value: float, percent: bool) -> None:
        """Note one number of ``column`` (``percent``: it was written with a % sign)."""
        if percent:
            self.signed.add(column)
        elif value > 1:
            self.over_one.add(column)
        elif 0 < value < 1:
            self.between.add(column)

    def ambiguous(self, column: int) -> bool:
        """Only bare values from 0 to 1, some strictly between: fractions or tiny rates?"""
        return column in self.between and column not in self.over_one and column not in self.signed


def read_period(
    cache: dict[str, tuple[dt.date, str] | str], text: str, day_first: bool
) -> tuple[dt.date, str] | str:
    """A cell's month (cached by its text), or the reason it is not one."""
    found = cache.get(text)
    if found is None:
        try:
            found = parse_period(text, day_first)
        except ValueError as exc:
            found = str(exc)
        cache[text] = found
    return found
