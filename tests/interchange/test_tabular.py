"""Reading CSV text: encodings, delimiters, numbers and months as spreadsheets write them."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from dass_desktop.interchange.tabular import (
    CsvProblem,
    day_first_order,
    decode,
    normalise_header,
    parse_number,
    parse_period,
    read_table,
)


def test_encodings_are_detected() -> None:
    """UTF-8 with and without a BOM, UTF-16 and Windows-1252 are all read."""
    assert decode("Café".encode()) == ("Café", "UTF-8")
    assert decode(codecs.BOM_UTF8 + "Café".encode()) == ("Café", "UTF-8 with BOM")
    assert decode("Café".encode("utf-16")) == ("Café", "UTF-16")
    assert decode("Café – North".encode("cp1252")) == ("Café – North", "Windows-1252")


def test_spreadsheet_files_are_refused_with_advice() -> None:
    """An .xlsx file is recognised and the director told to save it as CSV."""
    with pytest.raises(CsvProblem, match="Save As"):
        decode(b"PK\x03\x04rest-of-a-zip")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_detected(delimiter: str) -> None:
    """Commas, semicolons and tabs are found from the first lines."""
    text = delimiter.join(["Month", "Team", "FTE"]) + "\n" + delimiter.join(["2026-03", "A", "1"])
    table = read_table(text.encode())
    assert table.delimiter == delimiter
    assert table.header == ("Month", "Team", "FTE")


def test_blank_lines_and_trailing_empty_columns() -> None:
    """Blank lines are skipped and counted; line numbers stay those of the file."""
    text = "Month,FTE,,\n\n2026-03,1,,\n,,,\n2026-04,2,,\n"
    table = read_table(text.encode())
    assert table.header == ("Month", "FTE")
    assert [line for line, _ in table.rows] == [3, 5]
    assert table.blank_lines == 2


def test_one_column_files_are_refused() -> None:
    """A file that no delimiter splits is refused in plain words."""
    with pytest.raises(CsvProblem, match="only one column"):
        read_table(b"Month|FTE\n2026-03|1\n")


def test_headers_are_normalised() -> None:
    """Case, spaces, brackets and % signs do not matter when matching column names."""
    assert normalise_header("Vacancy Rate (%)") == "vacancy_rate_pct"
    assert normalise_header("\ufeffla_code") == "la_code"


@pytest.mark.parametrize(
    ("text", "delimiter", "expected"),
    [
        ("12.5", ",", (12.5, False)),
        ("12.5%", ",", (12.5, True)),
        (" 12.5 % ", ",", (12.5, True)),
        ("0.125", ",", (0.125, False)),
        ("1,234", ",", (1234.0, False)),
        ("1,234.5", ",", (1234.5, False)),
        ("12,5", ";", (12.5, False)),
        ("1.234,5", ";", (1234.5, False)),
        ("12,5%", "\t", (12.5, True)),
        ("", ",", None),
        ("c", ",", None),
        ("low", ",", None),
        ("[z]", ",", None),
        ("n/a", ",", None),
    ],
)
def test_numbers(text: str, delimiter: str, expected: tuple[float, bool] | None) -> None:
    """Numbers with % signs, thousands separators and decimal commas; 'no figure' markers."""
    assert parse_number(text, delimiter) == expected


@pytest.mark.parametrize("text", ["twelve", "12,5", "1_000", "nan", "inf", "12.5.1"])
def test_not_numbers(text: str) -> None:
    """Text, a decimal comma in a comma file, and nan or inf are not numbers."""
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(text, ",")


MARCH = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03", (MARCH, "")),
        ("2026-03-31", (MARCH, "")),
        ("2026-03-31 00:00:00", (MARCH, "")),
        ("Mar 2026", (MARCH, "")),
        ("March 2026", (MARCH, "")),
        ("Mar-26", (MARCH, "")),
        ("03/2026", (MARCH, "")),
        ("3/2026", (MARCH, "")),
        ("31/03/2026", (MARCH, "")),
        ("31/03/26", (MARCH, "")),
        ("31 March 2026", (MARCH, "")),
        ("202603", (MARCH, "")),
        ("2025/26", (MARCH, "2025/26")),
        ("2025-26", (MARCH, "2025/26")),
        ("202526", (MARCH, "2025/26")),
        ("FY 2025/26", (MARCH, "2025/26")),
        ("2011-12", (dt.date(2011, 12, 1), "")),
        ("2025", (dt.date(2025, 12, 1), "2025")),
    ],
)
def test_months(text: str, expected: tuple[dt.date, str]) -> None:
    """Every way the issue lists of writing a month, and financial and calendar years."""
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("13/2026", "has no month 13"),
        ("31/02/2026", "has no day 31"),
        ("Mar 20266", "is not a month"),
        ("soon", "is not a month"),
        ("", "there is no month"),
    ],
)
def test_bad_months(text: str, reason: str) -> None:
    """A cell that is not a month says why."""
    with pytest.raises(ValueError, match=reason):
        parse_period(text)


def test_day_or_month_first() -> None:
    """UK order unless the dates only make sense month first (a US export)."""
    assert day_first_order(["03/04/2026", "01/05/2026"])  # either way: UK
    assert day_first_order(["31/03/2026", "01/04/2026"])
    assert not day_first_order(["03/31/2026", "04/30/2026"])
    assert parse_period("03/31/2026", day_first=False) == (MARCH, "")
    assert parse_period("03/04/2026") == (dt.date(2026, 4, 1), "")
