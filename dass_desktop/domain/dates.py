"""Dates as UK readers expect them: 26 Nov 2026, 26/11/2026, weeks starting on Monday.

Formatting is done here rather than through the system locale, so exports read the same on
every laptop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def long_date(day: dt.date) -> str:
    """``26 Nov 2026``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def long_date_with_weekday(day: dt.date) -> str:
    """``Thu 26 Nov 2026``."""
    return f"{_DAYS[day.weekday()]} {long_date(day)}"


def short_date(day: dt.date) -> str:
    """``26/11/2026``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def parse_uk_date(text: str) -> dt.date:
    """Read ``26/11/2026``, ``26-11-2026``, ``2026-11-26`` or ``26 Nov 2026``.

    Raises:
        ValueError: with a plain sentence when the text is not a date in one of those forms.
    """
    cleaned = text.strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %b %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"'{text}' is not a date; write it as 26/11/2026.")


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week containing ``day``."""
    return day - dt.timedelta(days=day.weekday())


def sql_date(value: object) -> dt.date | None:
    """The date SQLite gives back as ISO text (a timestamp's date part too); None stays None."""
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


#: Reads a date SQLite gave back as text (see :func:`date_reader`).
DateReader = Callable[[object], dt.date | None]


def date_reader() -> DateReader:
    """:func:`sql_date` for one long read: each distinct text parsed once, and one date
    object per day however many rows share it (a log of thousands has a few hundred days).
    """
    known: dict[object, dt.date] = {}

    def read(value: object) -> dt.date | None:
        if value is None:
            return None
        found = known.get(value)
        if found is None:
            found = known[value] = dt.date.fromisoformat(str(value)[:10])
        return found

    return read
