"""Checking the rows of a diversity file: groups, characteristics and shares."""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain.diversity import check_percent, recognise_dimension, recognise_group
from dass_desktop.domain.workforce_import import DiversityRow, ImportBatch
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.tabular import parse_number
from dass_desktop.interchange.workforce_file import (
    Context,
    Outcome,
    Percentages,
    Preview,
    Problem,
    read_period,
)


def check_diversity(
    view: Preview,
    by_target: dict[str, int],
    context: Context,
    fractions: bool | None,
    outcome: Outcome,
) -> None:
    """Read each row's characteristic, group, date and shares into ``outcome``: a batch
    of shares, every problem by line, or the fractions question.
    """
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
    shapes = Percentages()
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
            found = read_period(periods, cells[period_col].strip(), True)
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
