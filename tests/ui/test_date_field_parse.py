"""The date box reads typed text exactly as trying each accepted form with strptime does.

``parse_date`` turns text with five digits in a row away at once, and reads day/month/year
without strptime; both are short cuts, so they are held to the plain loop over every form.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

from dass_desktop.ui.date_field import FORMATS, parse_date


def _by_strptime(text: str) -> dt.date | None:
    """The date ``text`` spells, trying each form in turn with strptime alone."""
    cleaned = " ".join(text.split())
    for form in FORMATS:
        try:
            return dt.datetime.strptime(cleaned, form).date()
        except ValueError:
            continue
    return None


def _texts() -> list[str]:
    """Dates in every form, near misses, each with every digit typed on, and random text."""
    days = ["1", "01", "09", "29", "30", "31", "32", "0", "00", " 1"]
    months = ["1", "02", "12", "13", "0", "Oct", "October", "Sept"]
    years = ["2026", "2024", "0000", "0999", "20260"]
    texts = []
    for day, month, year in itertools.product(days, months, years):
        shown = f"{day}/{month}/{year}"
        texts += [shown, f" {shown} ", f"{day} / {month} / {year}", f"{year}-{month}-{day}"]
        texts += [f"{day} {month} {year}", f"{day}-{month}-{year}", f"{day}.{month}.{year}"]
        texts += [shown + digit for digit in "0123456789"]  # as the box checks a date typed
    texts += ["1/1/999", "01/10/26", "1/1/02026", "001/1/2026", "1/001/2026", "1//2026"]
    texts += ["", "any date", "31/02/2026", "29/02/2024", "29/02/2026", "1/1/2026x", "x1/1/2026"]
    texts += ["１/１/２０２６", "٠١/٠١/٢٠٢٦"]  # other scripts' digits, as strptime reads them
    pick = random.Random(20261130)
    alphabet = "0123456789/ -.OctJanx"
    texts += ["".join(pick.choices(alphabet, k=pick.randint(1, 14))) for _ in range(1500)]
    return texts


def test_parse_date_reads_every_text_as_strptime_does() -> None:
    """Every text, dates in each form and not, gives the same date (or none) both ways."""
    texts = _texts()
    differ = [
        (t, parse_date(t), _by_strptime(t)) for t in texts if parse_date(t) != _by_strptime(t)
    ]
    assert differ == []
    read = sum(1 for t in texts if _by_strptime(t) is not None)
    assert read > 250  # many of the texts are dates, in each form
    assert {_by_strptime(t) for t in ("01/10/2026", "1 Oct 2026", "2026-10-01")} == {
        dt.date(2026, 10, 1)
    }
