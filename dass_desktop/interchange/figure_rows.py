"""Checking the rows of a file of workforce figures: months, whose row, numbers, limits.

Rows are read first (the month, whose row it is, duplicates); then each figure column is
read as a whole, which keeps a 100,000-row file to a second or two. Percentage columns
holding only values from 0 to 1 raise a question instead of a guess.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from dass_desktop.domain.workforce_import import ComparatorRow, ImportBatch, OwnValue
from dass_desktop.domain.workforce_rules import check_value, upper_limit
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY, ROLLING, month_label
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.tabular import day_first_order, parse_number
from dass_desktop.interchange.workforce_areas import AreaMatcher, RowKind
from dass_desktop.interchange.workforce_file import (
    Context,
    Outcome,
    Preview,
    Problem,
    Progress,
    read_period,
)


def _limit(key: str) -> float:
    return upper_limit(key)


def check_figures(
    view: Preview,
    by_target: dict[str, int],
    context: Context,
    fractions: bool | None,
    progress: Progress | None,
    outcome: Outcome,
) -> None:
    """Rows first (month, whose row, duplicates), then each figure column as a whole,
    which keeps a 100,000-row file to a second or two.
    """
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
    scopes: dict[str, str | None] = {}
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
            found = read_period(periods, cells[period_col].strip(), day_first)
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
            who = None
            if team_col is not None:  # a file names each of its few teams many times
                cell = cells[team_col]
                who = (
                    scopes[cell]
                    if cell in scopes
                    else scopes.setdefault(cell, cols.scope_name(cell))
                )
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
    one go, anything else cell by cell.
    """
    shapes = _Shapes()
    try:
        # Plain numbers, or every cell a plain number with a % sign (as parse_number reads
        # them): read in one go.
        signed = bool(cells) and all(c.endswith("%") for c in cells)
        bare = [c[:-1] for c in cells] if signed else cells
        values: list[float | None] = list(map(float, bare))
        if all(map(math.isfinite, values)) and not any("_" in c for c in bare):  # type: ignore[arg-type]
            present = values
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
