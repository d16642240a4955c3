"""Working days in England and Wales: not a Saturday, a Sunday or a bank holiday.

Bank holidays come from the list gov.uk publishes (``resources/bank_holidays_england_wales.csv``,
source and licence in ``resources/ATTRIBUTION.md``) for the years it covers. For other years
they are worked out from the standing rules: New Year's Day, Good Friday and Easter Monday
(Easter by the Gregorian computus), the first and last Mondays of May, the last Monday of
August, Christmas Day and Boxing Day, with substitute weekdays when a fixed day falls at a
weekend. One-off holidays (a coronation, a jubilee) are known only from the published list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from functools import cache

from dass_desktop.resources import read_text

DAY = dt.timedelta(days=1)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday in ``year`` (Gregorian calendar; the anonymous computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _monday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


def _last_monday(year: int, month: int) -> dt.date:
    last = (dt.date(year + month // 12, month % 12 + 1, 1)) - DAY
    return last - dt.timedelta(days=last.weekday())


def computed_holidays(year: int) -> frozenset[dt.date]:
    """England and Wales bank holidays in ``year`` by the standing rules (no one-offs)."""
    new_year = dt.date(year, 1, 1)
    if new_year.weekday() >= 5:
        new_year = _monday_on_or_after(new_year)
    easter = easter_sunday(year)
    days = {
        new_year,
        easter - 2 * DAY,
        easter + DAY,
        _monday_on_or_after(dt.date(year, 5, 1)),
        _last_monday(year, 5),
        _last_monday(year, 8),
    }
    christmas, boxing = dt.date(year, 12, 25), dt.date(year, 12, 26)
    for fixed in (christmas, boxing):
        while fixed in days or fixed.weekday() >= 5:  # the next weekday not yet taken
            fixed += DAY
        days.add(fixed)
    return frozenset(days)


@cache
def published_holidays() -> dict[int, frozenset[dt.date]]:
    """The shipped gov.uk list, by year."""
    years: dict[int, set[dt.date]] = {}
    for row in csv.DictReader(io.StringIO(read_text("bank_holidays_england_wales.csv"))):
        day = dt.date.fromisoformat(row["date"])
        years.setdefault(day.year, set()).add(day)
    return {year: frozenset(days) for year, days in years.items()}


@cache
def bank_holidays(year: int) -> frozenset[dt.date]:
    """England and Wales bank holidays in ``year``: published where shipped, else computed."""
    return published_holidays().get(year) or computed_holidays(year)


def is_working_day(day: dt.date) -> bool:
    """A weekday that is not a bank holiday in England and Wales."""
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += DAY
    return day
