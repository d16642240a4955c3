"""UK date formats."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain.dates import (
    date_reader,
    long_date,
    long_date_with_weekday,
    parse_uk_date,
    short_date,
    sql_date,
    week_start,
)


def test_formats() -> None:
    """26 Nov 2026, Thu 26 Nov 2026 and 26/11/2026."""
    day = dt.date(2026, 11, 26)
    assert long_date(day) == "26 Nov 2026"
    assert long_date_with_weekday(day) == "Thu 26 Nov 2026"
    assert short_date(dt.date(2026, 3, 4)) == "04/03/2026"


@pytest.mark.parametrize("text", ["04/03/2026", "4-3-2026", "2026-03-04", "4 Mar 2026"])
def test_parse_day_first(text: str) -> None:
    """Day comes before month, as in the UK."""
    assert parse_uk_date(text) == dt.date(2026, 3, 4)


def test_parse_rejects_with_plain_message() -> None:
    """An impossible date is explained, not crashed on."""
    with pytest.raises(ValueError, match="write it as 26/11/2026"):
        parse_uk_date("31/02/2026")


def test_weeks_start_on_monday() -> None:
    """Thursday 26 Nov 2026 is in the week beginning Monday 23 Nov."""
    assert week_start(dt.date(2026, 11, 26)) == dt.date(2026, 11, 23)


def test_sql_dates_read_iso_text_timestamps_and_none() -> None:
    """Dates SQLite gives back as text are read, a timestamp by its date, None as None."""
    assert sql_date("2026-11-30") == dt.date(2026, 11, 30)
    assert sql_date("2026-11-30 09:15:00.000000") == dt.date(2026, 11, 30)
    assert sql_date(None) is None
    read = date_reader()
    first, again = read("2026-11-30"), read("2026-11-30")
    assert first == dt.date(2026, 11, 30)
    assert first is again  # one object per day
    assert read("2026-12-01 08:00:00") == dt.date(2026, 12, 1)
    assert read(None) is None
