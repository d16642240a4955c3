"""Reading a diversity file as councils publish it: a row per year, a column per group.

Each row is a year (or an organisation and a year); each column such as
``ethnicity_asian_pakistani``, ``gender_female``, ``disability_yes`` or ``age_25-34`` holds
the number of staff in that group, with ``<characteristic>_total``,
``<characteristic>_prefernottosay`` and ``<characteristic>_undisclosed`` columns and an
``employees`` count; many cells are blank. Counts become percentages of the staff who
declared: "prefer not to say" and "undisclosed" are never a group, they are counted and
reported. A finer ethnic group is kept beside its broad parent (Asian, Black, Mixed, White,
Other); the parent is its own column when the file has one, else the sum of its finer
groups, so nobody is counted twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dass_desktop.domain.diversity import BROAD_ETHNICITY, GROUP_WORDS, recognise_group
from dass_desktop.domain.workforce_import import DiversityRow, ImportBatch
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.tabular import parse_number
from dass_desktop.interchange.workforce_file import Context, Outcome, Preview, Problem, read_period

_DIMENSIONS = {
    "ethnicity": "ethnicity",
    "ethnic_group": "ethnicity",
    "ethnic_origin": "ethnicity",
    "gender": "sex",
    "sex": "sex",
    "disability": "disability",
    "disabled": "disability",
    "age": "age",
    "age_band": "age",
    "religion": "religion",
    "religion_or_belief": "religion",
    "sexuality": "sexuality",
    "sexual_orientation": "sexuality",
}
_WORDS = {
    "ethnicity": "ethnicity",
    "sex": "sex",
    "age": "age",
    "disability": "disability",
    "religion": "religion or belief",
    "sexuality": "sexual orientation",
}
_TOTAL = {"total", "all", "all_staff"}
_PREFER = {"prefernottosay", "prefer_not_to_say", "prefer_not_say", "pnts", "prefernot"}
_UNDISCLOSED = {
    "undisclosed", "not_disclosed", "unknown", "not_known", "notknown", "not_stated",
    "notstated", "not_recorded", "blank", "missing", "undeclared", "not_declared",
    "information_not_held",
}  # fmt: skip
_DISABILITY = {
    "yes": "disabled",
    "y": "disabled",
    "disabled": "disabled",
    "no": "not_disabled",
    "n": "not_disabled",
    "not_disabled": "not_disabled",
    "non_disabled": "not_disabled",
}


@dataclass(frozen=True)
class WideColumn:
    """What one column of a wide file counts."""

    index: int
    header: str
    dimension: str
    kind: str  # "group", "total", "prefer" or "undisclosed"
    group: str = ""


def read_column(index: int, header: str, key: str) -> WideColumn | str:
    """What a ``characteristic_group`` column counts, or why the app cannot tell."""
    match = cols.WIDE_COLUMN.fullmatch(key)
    if match is None:
        return f"'{header}' is not a characteristic and group (such as gender_female)"
    dimension, rest = _DIMENSIONS[match.group(1)], match.group(2)
    if rest in _TOTAL:
        return WideColumn(index, header, dimension, "total")
    if rest in _PREFER:
        return WideColumn(index, header, dimension, "prefer")
    if rest in _UNDISCLOSED:
        return WideColumn(index, header, dimension, "undisclosed")
    group = _group(dimension, rest)
    if group is None:
        word = _WORDS[dimension]
        return (
            f"'{header}' is not {'an' if word[0] in 'aeiou' else 'a'} {word} group the app knows; "
            "ignore the column in the preview, or rename it"
        )
    return WideColumn(index, header, dimension, "group", group)


def _group(dimension: str, rest: str) -> str | None:
    if dimension in GROUP_WORDS:
        return GROUP_WORDS[dimension].get(rest)
    if dimension == "disability":
        return _DISABILITY.get(rest)
    if dimension == "age":
        words = rest.replace("_", " ")
        for plus in (" plus", "plus", " and over", " over"):
            words = words.removesuffix(plus) + ("+" if words.endswith(plus) else "")
        if words == "65":  # "age_65+" once its "+" is read as a separator
            words = "65+"
        if len(words) == 5 and words[2] == " ":
            words = f"{words[:2]}-{words[3:]}"
        found = recognise_group(words, "age")
        return found[1] if found else None
    if dimension == "sex":
        found = recognise_group(rest, "sex")
        return found[1] if found else None
    return _ethnic_group(rest)


def _ethnic_group(rest: str) -> str | None:
    rest = rest.replace("any_other", "other")
    if rest in ("other_ethnic_group", "other_ethnic", "other_ethnicity"):
        return "other"
    broad = next((b for b in BROAD_ETHNICITY if rest == b or rest.startswith(f"{b}_")), None)
    if broad is None:
        found = recognise_group(rest, "ethnicity")
        if found is None:
            return None
        broad = found[1]
        rest = f"{broad}_{rest}"
    if rest in (f"{broad}_total", f"{broad}_all"):
        return broad
    return rest[:40]


def check_wide(
    view: Preview,
    targets: Sequence[str | None],
    by_target: dict[str, int],
    context: Context,
    outcome: Outcome,
) -> None:
    """Read a wide diversity file into ``outcome``: its shares, or every problem by line."""
    problems = outcome.problems
    wide: list[WideColumn] = []
    for column, target in zip(view.columns, targets, strict=True):
        if target != cols.GROUP_COUNT:
            continue
        found = read_column(column.index, column.header, column.key)
        if isinstance(found, str):
            problems.append(Problem(0, column.header, found + "."))
        else:
            wide.append(found)
    if problems:
        return
    rows = _own_rows(view, by_target, context, problems)
    period_col = by_target[cols.PERIOD]
    employees_col = by_target.get("headcount")
    periods: dict[str, tuple[dt.date, str] | str] = {}
    seen: dict[dt.date, int] = {}
    found_rows: list[DiversityRow] = []
    for line, cells in rows:
        cells = cells + [""] * (len(view.columns) - len(cells))
        period_header = view.columns[period_col].header
        text = cells[period_col].strip()
        if not text:
            problems.append(Problem(line, period_header, "there is no year"))
            continue
        period = read_period(periods, text, True)
        if isinstance(period, str):
            problems.append(Problem(line, period_header, period))
            continue
        as_of, label = period[0], period[1] or text
        if as_of in seen:
            problems.append(Problem(line, period_header, f"{label} is also on line {seen[as_of]}"))
            continue
        seen[as_of] = line
        counts = _counts(view, cells, line, [*(c.index for c in wide), employees_col], problems)
        if counts is None:
            continue
        employees = counts.get(employees_col) if employees_col is not None else None
        said: list[str] = []
        for dimension in dict.fromkeys(c.dimension for c in wide):
            mine = [c for c in wide if c.dimension == dimension]
            if all(counts.get(c.index) is None for c in mine):
                continue
            shares = _shares(dimension, mine, counts, employees, line, problems)
            if shares is None:
                continue
            declared, not_declared, detail, percents = shares
            if not declared:
                said.append(f"nobody declared their {_WORDS[dimension]}")
                continue
            staff = f" of {employees:,.0f} staff" if employees is not None else ""
            missing = (
                f"; {not_declared:,.0f} did not ({detail})"
                if not_declared
                else "; everyone declared"
            )
            said.append(f"{_WORDS[dimension]} {declared:,.0f}{staff} declared{missing}")
            source = (
                f"{view.file_name}, {label}: % of the {declared:,.0f}{staff} who declared "
                f"their {_WORDS[dimension]}{missing}"
            )
            found_rows.extend(
                DiversityRow("workforce", dimension, group, as_of, percent, source)
                for group, percent in percents.items()
            )
        if said:
            outcome.notes.append(f"{label}: {', '.join(said)}.")
    if problems:
        problems.sort(key=lambda p: p.line)
        return
    if not found_rows:
        problems.append(Problem(0, "", "There are no head counts in the file to import."))
        return
    outcome.batch = ImportBatch(view.file_name, diversity=found_rows)


def _own_rows(
    view: Preview, by_target: dict[str, int], context: Context, problems: list[Problem]
) -> list[tuple[int, list[str]]]:
    """The rows of the director's own council, when the file names organisations."""
    org_cols = [by_target[t] for t in (cols.AREA_CODE, cols.AREA_NAME) if t in by_target]
    if not org_cols:
        return list(view.table.rows)

    def org(cells: list[str]) -> tuple[str, ...]:
        return tuple((cells[i] if i < len(cells) else "").strip() for i in org_cols)

    names = {org(cells) for _, cells in view.table.rows}
    if len(names) <= 1:
        return list(view.table.rows)
    own = {
        (context.council_code or "").casefold(),
        (context.council_name or "").casefold(),
    } - {""}

    def is_own(cells: list[str]) -> bool:
        return any(
            value.casefold() in own or any(o and o in value.casefold() for o in own if len(o) > 3)
            for value in org(cells)
        )

    mine = [(line, cells) for line, cells in view.table.rows if is_own(cells)]
    if not mine:
        listed = ", ".join(sorted(" ".join(n) for n in names)[:4])
        yours = context.council_name or "not set up yet"
        problems.append(
            Problem(
                0,
                "",
                f"The file holds several organisations ({listed}) and none is your council "
                f"({yours}); keep only your council's rows, or set up your profile first.",
            )
        )
    return mine


def _counts(
    view: Preview,
    cells: list[str],
    line: int,
    indexes: Sequence[int | None],
    problems: list[Problem],
) -> dict[int, float] | None:
    """The head counts of one row by column (blank cells left out), or None after a problem."""
    counts: dict[int, float] = {}
    before = len(problems)
    for index in indexes:
        if index is None:
            continue
        header = view.columns[index].header
        try:
            number = parse_number(cells[index], view.table.delimiter)
        except ValueError as exc:
            problems.append(Problem(line, header, str(exc)))
            continue
        if number is None:
            continue
        value, percent = number
        if percent:
            problems.append(
                Problem(line, header, "holds a percentage; this file needs numbers of staff")
            )
        elif value < 0:
            problems.append(Problem(line, header, f"{value:g} staff is below zero"))
        elif value != int(value):
            problems.append(Problem(line, header, f"{value:g} is not a whole number of staff"))
        else:
            counts[index] = value
    return counts if len(problems) == before else None


def _shares(
    dimension: str,
    columns: list[WideColumn],
    counts: dict[int, float],
    employees: float | None,
    line: int,
    problems: list[Problem],
) -> tuple[float, float, str, dict[str, float]] | None:
    """(declared, did not declare, how they did not, percent of the declared per group)."""
    groups: dict[str, float] = {}
    for column in columns:
        value = counts.get(column.index)
        if column.kind == "group" and value is not None:
            groups[column.group] = groups.get(column.group, 0.0) + value
    broad = dict(groups)
    if dimension == "ethnicity":
        for parent in BROAD_ETHNICITY:
            children = {k: v for k, v in groups.items() if k.startswith(f"{parent}_")}
            if not children:
                continue
            finer = sum(children.values())
            if parent in groups and finer > groups[parent]:
                names = ", ".join(sorted(c.header for c in columns if c.group in children))
                problems.append(
                    Problem(
                        line,
                        "",
                        f"the {parent.capitalize()} groups ({names}) add up to {finer:,.0f}, "
                        f"more than the {groups[parent]:,.0f} in the {parent} column",
                    )
                )
                return None
            broad.setdefault(parent, finer)
            for child in children:
                broad.pop(child)
    declared = sum(broad.values())
    word = _WORDS[dimension]

    def total_of(kind: str) -> float | None:
        found = [counts[c.index] for c in columns if c.kind == kind and c.index in counts]
        return sum(found) if found else None

    prefer, undisclosed, total = total_of("prefer"), total_of("undisclosed"), total_of("total")
    if prefer is not None or undisclosed is not None:
        not_declared = (prefer or 0.0) + (undisclosed or 0.0)
    elif total is not None:
        not_declared = total - declared
    elif employees is not None:
        not_declared = employees - declared
    else:
        not_declared = 0.0
    if total is not None and total not in (declared, declared + not_declared):
        problems.append(
            Problem(
                line,
                f"{dimension}_total",
                f"the {word} total is {total:,.0f}, but its groups add up to {declared:,.0f} "
                f"and {not_declared:,.0f} did not say",
            )
        )
        return None
    if not_declared < 0 or (employees is not None and declared + not_declared > employees):
        problems.append(
            Problem(
                line,
                "",
                f"the {word} columns count {declared + max(not_declared, 0):,.0f} staff, more "
                f"than the {employees if employees is not None else total or 0:,.0f} there are",
            )
        )
        return None
    detail = ", ".join(
        part
        for part in (
            f"{prefer:,.0f} preferred not to say" if prefer else "",
            f"{undisclosed:,.0f} undisclosed" if undisclosed else "",
        )
        if part
    )
    detail = detail or "not recorded"
    percents = (
        {group: 100.0 * value / declared for group, value in groups.items()} if declared else {}
    )
    for parent, value in broad.items():
        if declared:
            percents[parent] = 100.0 * value / declared
    return declared, not_declared, detail, percents
