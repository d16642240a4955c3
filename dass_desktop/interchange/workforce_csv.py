"""Importing workforce figures from a CSV file: preview, mapping, checks and the outcome.

A file is read in steps. :func:`preview` reads the header and guesses what each column
holds (published workforce statistics' column names are recognised without asking, and a
mapping remembered from an earlier file with the same header is reused). :func:`check`
reads every row with a chosen mapping and returns either a clean batch, or every problem
with its line number, or a question when percentages are ambiguous; nothing is written
until the whole file is clean. ``domain.workforce_import.apply_import`` then writes the
batch in one transaction. :func:`import_file` does all of it for the command line.

Three kinds of file are understood:

* the council's own figures: a month column, optionally a team column, figure columns;
* published statistics with one row per area and period (see ``workforce_areas.py``);
* diversity: a group column with the workforce's and/or the population's share.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dass_desktop.domain import benchmarks
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.diversity import check_percent, recognise_dimension, recognise_group
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.workforce import METRIC_BY_KEY, ROLLING, check_value, month_label
from dass_desktop.domain.workforce_import import (
    ComparatorRow,
    DiversityRow,
    ImportBatch,
    OwnValue,
    SavedMapping,
    apply_import,
    saved_mapping,
)
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.tabular import (
    CsvProblem,
    Table,
    day_first_order,
    normalise_header,
    parse_number,
    parse_period,
    read_table,
)
from dass_desktop.interchange.workforce_areas import AreaMatcher, RowKind
from dass_desktop.store import Store

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


class ImportRefused(Exception):
    """The command-line import cannot go ahead; ``message`` says why, nothing was saved."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems)


def signature_of(header: Sequence[str]) -> str:
    """The key a mapping is remembered by: the file's normalised column names."""
    return "|".join(normalise_header(h) for h in header)


def context_for(store: Store, today: dt.date) -> Context:
    """The director's council, region and comparator councils, for sorting rows (the
    published CIPFA list stands in for a family the director has not set up yet)."""
    profile = load_profile(store)
    family = {m.council_code: m.name for m in benchmarks.list_family(store)}
    if not family and profile is not None:  # no family chosen yet: the published CIPFA list
        family = {
            code: name for code, name, _, _ in benchmarks.cipfa_neighbours(profile.council_code)
        }
    if profile is None:
        return Context(None, None, None, family, today)
    return Context(profile.council_code, profile.council_name, profile.region, family, today)


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


# --- checking ------------------------------------------------------------------------------
def check(
    view: Preview,
    targets: Sequence[str | None],
    context: Context,
    *,
    fractions: bool | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Read every row with ``targets`` (one per column) and return the outcome.

    ``fractions`` answers the question asked when a percentage column holds only values
    between 0 and 1; None means it has not been answered.
    """
    outcome = Outcome()
    mapping_problems = cols.check_mapping(view.columns, targets)
    if mapping_problems:
        outcome.problems = [Problem(0, "", m) for m in mapping_problems]
        return outcome
    by_target = {t: i for i, t in enumerate(targets) if t and t != cols.IGNORE}
    if cols.GROUP in by_target:
        _check_diversity(view, by_target, context, fractions, outcome)
    else:
        if any(t in by_target for t in cols.AREA_FIELDS) and not (
            context.council_code or context.council_name
        ):
            outcome.problems.append(
                Problem(
                    0,
                    "",
                    "This file has one row per council. Set up your profile first, so that "
                    "the app knows which council's rows are yours.",
                )
            )
            return outcome
        _check_figures(view, by_target, context, fractions, progress, outcome)
    if outcome.batch is not None:
        outcome.batch.signature = view.signature
        outcome.batch.mapping = {
            c.key: t or cols.IGNORE for c, t in zip(view.columns, targets, strict=True)
        }
        outcome.batch.options = {"fractions": fractions} if fractions is not None else {}
    return outcome


class _Percentages:
    """What each column's numbers look like, to decide about fractions afterwards."""

    def __init__(self) -> None:
        self.signed: set[int] = set()
        self.over_one: set[int] = set()
        self.between: set[int] = set()

    def add(self, column: int, value: float, percent: bool) -> None:
        if percent:
            self.signed.add(column)
        elif value > 1:
            self.over_one.add(column)
        elif 0 < value < 1:
            self.between.add(column)

    def ambiguous(self, column: int) -> bool:
        """Only bare values from 0 to 1, some strictly between: fractions or tiny rates?"""
        return column in self.between and column not in self.over_one and column not in self.signed


def _limit(key: str) -> float:
    item = METRIC_BY_KEY[key]
    if item.is_percent:
        return 100.0
    return 366.0 if key == "sickness_days" else float("inf")


def _read_period(
    cache: dict[str, tuple[dt.date, str] | str], text: str, day_first: bool
) -> tuple[dt.date, str] | str:
    found = cache.get(text)
    if found is None:
        try:
            found = parse_period(text, day_first)
        except ValueError as exc:
            found = str(exc)
        cache[text] = found
    return found


def _check_figures(
    view: Preview,
    by_target: dict[str, int],
    context: Context,
    fractions: bool | None,
    progress: Progress | None,
    outcome: Outcome,
) -> None:
    """Rows first (month, whose row, duplicates), then each figure column as a whole,
    which keeps a 100,000-row file to a second or two."""
    table, columns, problems = view.table, view.columns, outcome.problems
    period_col = by_target[cols.PERIOD]
    team_col = by_target.get(cols.TEAM)
    metric_cols = [(i, t) for t, i in by_target.items() if t in METRIC_BY_KEY]
    has_areas = any(t in by_target for t in cols.AREA_FIELDS)
    matcher = AreaMatcher(context, by_target) if has_areas else None
    width = len(columns)
    day_first = day_first_order(
        {cells[period_col] for _, cells in table.rows if period_col < len(cells)}
    )
    if not day_first:
        outcome.notes.append("Dates were read month first (03/31/2026), as the file writes them.")
    periods: dict[str, tuple[dt.date, str] | str] = {}
    meta: list[tuple[int, RowKind, str | None, str, dt.date, str]] = []
    kept: list[list[str]] = []
    seen: dict[tuple[RowKind, str | None, dt.date], int] = {}
    skipped = 0
    total = len(table.rows)
    for count, (line, cells) in enumerate(table.rows, start=1):
        if progress is not None and count % 10000 == 0:
            progress(count, total)
        if len(cells) != width:
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                problems.append(
                    Problem(line, "", f"has {len(cells)} cells but the header has {width}")
                )
                continue
            cells = (cells + [""] * width)[:width]
        found = periods.get(cells[period_col])
        if found is None:
            found = _read_period(periods, cells[period_col].strip(), day_first)
            periods[cells[period_col]] = found
        if isinstance(found, str):
            problems.append(Problem(line, columns[period_col].header, found))
            continue
        period, label = found
        if matcher is not None:
            kind, key, name = matcher.classify(cells)
            if kind is RowKind.SKIP:
                skipped += 1
                continue
            who: str | None = key or None
        else:
            kind, name = RowKind.OWN, ""
            who = cols.scope_name(cells[team_col]) if team_col is not None else None
        first = seen.get((kind, who, period))
        if first is not None:
            whose = who or ("the whole department" if kind is RowKind.OWN else name)
            problems.append(
                Problem(
                    line, "", f"{whose}, {label or month_label(period)} is also on line {first}"
                )
            )
            continue
        seen[(kind, who, period)] = line
        meta.append((line, kind, who, name, period, label))
        kept.append(cells)
    if progress is not None:
        progress(total, total)
    lines = [m[0] for m in meta]
    numbers: dict[int, list[float | None]] = {}
    ambiguous: list[int] = []
    for column, key in metric_cols:
        values, shapes = _read_column(
            [cells[column] for cells in kept], lines, columns[column].header, table.delimiter
        )
        problems += shapes.problems
        if METRIC_BY_KEY[key].is_percent and shapes.ambiguous:
            ambiguous.append(column)
        numbers[column] = values
    if ambiguous and fractions is None and not problems:
        outcome.ambiguous = [columns[i].header for i in ambiguous]
        return
    for column, key in metric_cols:
        values = numbers[column]
        if column in ambiguous and fractions:
            values = [None if v is None else v * 100.0 for v in values]
            numbers[column] = values
        present = [v for v in values if v is not None]
        if present and (min(present) < 0 or max(present) > _limit(key)):
            item = METRIC_BY_KEY[key]
            for index, value in enumerate(values):
                reason = None if value is None else check_value(item, value)
                if reason is not None:
                    problems.append(Problem(lines[index], columns[column].header, reason))
                    values[index] = None
    if problems:
        problems.sort(key=lambda p: p.line)
        return
    own, comparators, converted = _figures(meta, metric_cols, numbers, view.file_name)
    if not own and not comparators:
        problems.append(Problem(0, "", "There are no figures in the file to import."))
        return
    if skipped:
        plural = "s" if skipped != 1 else ""
        outcome.notes.append(f"{skipped:,} row{plural} for other councils or regions skipped.")
    if converted:
        outcome.notes.append(
            "Yearly leavers and days lost were turned into turnover and sickness days per "
            "FTE using the headcount and FTE on the same row."
        )
    outcome.batch = ImportBatch(view.file_name, own=own, comparators=comparators)


@dataclass
class _Shapes:
    """What a column's numbers look like, and the cells that are not numbers."""

    problems: list[Problem] = field(default_factory=list)
    ambiguous: bool = False


def _read_column(
    cells: list[str], lines: list[int], header: str, delimiter: str
) -> tuple[list[float | None], _Shapes]:
    """A column's numbers (None for blank cells) and its shape; plain numbers are read in
    one go, anything else cell by cell."""
    shapes = _Shapes()
    try:
        values: list[float | None] = list(map(float, cells))
        if all(map(math.isfinite, values)) and not any("_" in c for c in cells):  # type: ignore[arg-type]
            present = values
            signed = False
        else:
            raise ValueError
    except ValueError:
        values, present, signed = [], [], False
        for line, cell in zip(lines, cells, strict=True):
            try:
                number = parse_number(cell, delimiter)
            except ValueError as exc:
                shapes.problems.append(Problem(line, header, str(exc)))
                values.append(None)
                continue
            if number is None:
                values.append(None)
                continue
            values.append(number[0])
            present.append(number[0])
            signed |= number[1]
    numbers = [v for v in present if v is not None]
    shapes.ambiguous = (
        not signed and bool(numbers) and max(numbers) <= 1 and any(0 < v < 1 for v in numbers)
    )
    return values, shapes


def _figures(
    meta: list[tuple[int, RowKind, str | None, str, dt.date, str]],
    metric_cols: list[tuple[int, str]],
    numbers: dict[int, list[float | None]],
    file_name: str,
) -> tuple[list[OwnValue], list[ComparatorRow], int]:
    """The checked figures as the council's own values and comparator values."""
    simple = all(m[1] is RowKind.OWN and not m[5] for m in meta)
    if simple:  # the common, large case: own monthly figures, built column by column
        own = [
            OwnValue(m[2], key, m[4], "", value, m[0])
            for column, key in metric_cols
            for m, value in zip(meta, numbers[column], strict=True)
            if value is not None
        ]
        return own, [], 0
    own, comparators = [], []
    covers = f"As in {file_name}"[:200]
    converted = 0
    for index, (line, kind, who, name, period, label) in enumerate(meta):
        figures: dict[str, float] = {}
        for column, key in metric_cols:
            value = numbers[column][index]
            if value is not None:
                figures[key] = value
        if label:
            converted += _yearly_rates(figures)
        if kind is RowKind.OWN:
            own += [OwnValue(who, key, period, label, v, line) for key, v in figures.items()]
            continue
        comparators += [
            ComparatorRow(
                kind.value,
                who or name,
                name,
                key,
                label or month_label(period),
                period,
                value,
                covers,
                line,
            )
            for key, value in figures.items()
            if METRIC_BY_KEY[key].is_percent or key == "sickness_days"
        ]
    return own, comparators, converted


def _yearly_rates(figures: dict[str, float]) -> int:
    """Turn a year's leavers and days lost into rates, as monthly flows would mislead."""
    converted = 0
    for rate, (flow, base, factor) in ROLLING.items():
        if flow not in figures:
            continue
        amount = figures.pop(flow)
        if rate not in figures and figures.get(base, 0) > 0:
            figures[rate] = amount / figures[base] * factor
        converted += 1
    return converted


def _check_diversity(
    view: Preview,
    by_target: dict[str, int],
    context: Context,
    fractions: bool | None,
    outcome: Outcome,
) -> None:
    table, columns, problems = view.table, view.columns, outcome.problems
    group_col = by_target[cols.GROUP]
    dimension_col = by_target.get(cols.DIMENSION)
    period_col = by_target.get(cols.PERIOD)
    shares = [
        (by_target[t], subject)
        for t, subject in (
            (cols.WORKFORCE_SHARE, "workforce"),
            (cols.POPULATION_SHARE, "population"),
        )
        if t in by_target
    ]
    implied = recognise_dimension(columns[group_col].header)
    default_as_of = context.today.replace(day=1)
    periods: dict[str, tuple[dt.date, str] | str] = {}
    shapes = _Percentages()
    parsed: list[tuple[int, str, str, dt.date, list[tuple[int, str, float]]]] = []
    seen: dict[tuple[str, str, dt.date], int] = {}
    for line, cells in table.rows:
        cells = cells + [""] * (len(columns) - len(cells))
        dimension = implied
        if dimension_col is not None:
            dimension = recognise_dimension(cells[dimension_col]) or None
            if dimension is None:
                problems.append(
                    Problem(
                        line,
                        columns[dimension_col].header,
                        f"'{cells[dimension_col].strip()}' is not ethnicity, sex, age or "
                        "disability",
                    )
                )
                continue
        group = recognise_group(cells[group_col], dimension)
        if group is None:
            problems.append(
                Problem(
                    line, columns[group_col].header, _unknown_group(cells[group_col], dimension)
                )
            )
            continue
        as_of = default_as_of
        if period_col is not None and cells[period_col].strip():
            found = _read_period(periods, cells[period_col].strip(), True)
            if isinstance(found, str):
                problems.append(Problem(line, columns[period_col].header, found))
                continue
            as_of = found[0]
        values = []
        for column, subject in shares:
            try:
                number = parse_number(cells[column], table.delimiter)
            except ValueError as exc:
                problems.append(Problem(line, columns[column].header, str(exc)))
                continue
            if number is not None:
                shapes.add(column, *number)
                values.append((column, subject, number[0]))
        key = (group[0], group[1], as_of)
        if key in seen:
            problems.append(Problem(line, "", f"this group is also on line {seen[key]}"))
            continue
        seen[key] = line
        parsed.append((line, group[0], group[1], as_of, values))
    ambiguous = [column for column, _ in shares if shapes.ambiguous(column)]
    if ambiguous and fractions is None and not problems:
        outcome.ambiguous = [columns[i].header for i in ambiguous]
        return
    found_rows: list[DiversityRow] = []
    for line, dimension, group_key, as_of, values in parsed:
        for column, subject, raw in values:
            value = raw * (100.0 if column in ambiguous and fractions else 1.0)
            reason = check_percent(value)
            if reason is None and subject == "population" and group_key == "not_stated":
                reason = "census figures have no 'not stated' group"
            if reason is not None:
                problems.append(Problem(line, columns[column].header, reason))
                continue
            source = f"{view.file_name}, line {line}"
            found_rows.append(DiversityRow(subject, dimension, group_key, as_of, value, source))
    if problems:
        problems.sort(key=lambda p: p.line)
        return
    if not found_rows:
        problems.append(Problem(0, "", "There are no figures in the file to import."))
        return
    outcome.batch = ImportBatch(view.file_name, diversity=found_rows)


def _unknown_group(text: str, dimension: str | None) -> str:
    if dimension is None:
        return (
            f"'{text.strip()}' is not a group the app knows; add a column saying whether "
            "each row is ethnicity, sex, age or disability"
        )
    return f"'{text.strip()}' is not a {dimension} group the app knows"


# --- the command line ------------------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    """What a finished import did."""

    file_name: str
    own: int
    comparators: int
    diversity: int
    notes: tuple[str, ...]
    changes: Changes

    @property
    def summary(self) -> str:
        """One sentence: what was imported."""
        parts = []
        if self.own:
            parts.append(f"{self.own:,} of your figures")
        if self.comparators:
            parts.append(f"{self.comparators:,} comparator figures")
        if self.diversity:
            parts.append(f"{self.diversity:,} diversity figures")
        return f"Imported {' and '.join(parts) or 'nothing'} from {self.file_name}."


def import_file(
    store: Store,
    path: Path,
    today: dt.date,
    *,
    fractions: bool | None = None,
    progress: Progress | None = None,
) -> Report:
    """Import a workforce CSV without asking anything (the command line's import).

    Columns must all be recognised, or mapped by a mapping remembered from an import in
    the app. Raises :class:`ImportRefused` with the reason (and every bad line); nothing
    is saved then.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"{path} cannot be read ({exc.strerror or exc}).") from None
    try:
        view = preview(data, path.name, lambda sig: saved_mapping(store, sig))
    except CsvProblem as problem:
        raise ImportRefused(f"{path.name}: {problem.message}") from None
    if view.unmapped:
        names = ", ".join(f"'{c.header}'" for c in view.unmapped)
        raise ImportRefused(
            f"{path.name}: these columns are not recognised: {names}. Import the file once "
            "in the app (Workforce ▸ Import CSV…) to say what they hold; the app then "
            "remembers it for files with the same columns. Nothing was imported."
        )
    if fractions is None and view.remembered is not None:
        answer = view.remembered.options.get("fractions")
        fractions = answer if isinstance(answer, bool) else None
    outcome = check(
        view, view.targets, context_for(store, today), fractions=fractions, progress=progress
    )
    if outcome.ambiguous:
        raise ImportRefused(
            f"{path.name}: {outcome.question} Run the import again with "
            "--percentages fractions or --percentages points. Nothing was imported."
        )
    if outcome.problems or outcome.batch is None:
        count = sum(1 for p in outcome.problems if p.line)
        lines = f"{count:,} line{'s' if count != 1 else ''} cannot be imported" if count else ""
        raise ImportRefused(
            f"{path.name}: {lines or 'the file cannot be imported'}. Nothing was imported; "
            "correct the file and import it again.",
            outcome.problems,
        )
    batch = outcome.batch
    changes = apply_import(store, batch, progress)
    return Report(
        path.name,
        len(batch.own),
        len(batch.comparators),
        len(batch.diversity),
        tuple(outcome.notes),
        changes,
    )
