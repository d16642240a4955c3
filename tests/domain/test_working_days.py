"""Derived due dates fall on working days: never a weekend or an England and Wales bank holiday."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from dass_desktop.resources import read_text

from dass_desktop import paths
from dass_desktop.demo import demo_start_date, write_demo
from dass_desktop.domain import plan_store
from dass_desktop.domain.guidance import templates
from dass_desktop.domain.plan_rules import due_on
from dass_desktop.domain.timeline import PLAN_PHASES, date_of_day
from dass_desktop.domain.working_days import (
    bank_holidays,
    computed_holidays,
    easter_sunday,
    is_working_day,
    next_working_day,
    published_holidays,
)
from dass_desktop.store import open_store

DAY = dt.timedelta(days=1)


def test_the_computed_rules_agree_with_the_published_list() -> None:
    """For every shipped year the rules give the published dates, one-offs apart."""
    rows = list(csv.DictReader(io.StringIO(read_text("bank_holidays_england_wales.csv"))))
    one_offs = {dt.date.fromisoformat(r["date"]) for r in rows if r["notes"] == "One-off"}
    assert one_offs == {dt.date(2023, 5, 8)}
    assert set(published_holidays()) >= {2026, 2027}
    for year, published in published_holidays().items():
        assert computed_holidays(year) == published - one_offs, year


def test_easter_and_substitute_days() -> None:
    """Easter by the computus, and substitute days when Christmas or New Year is at a weekend."""
    assert easter_sunday(2026) == dt.date(2026, 4, 5)
    assert easter_sunday(2027) == dt.date(2027, 3, 28)
    assert easter_sunday(2028) == dt.date(2028, 4, 16)
    assert easter_sunday(2038) == dt.date(2038, 4, 25)
    assert {dt.date(2027, 12, 27), dt.date(2027, 12, 28)} <= bank_holidays(2027)
    assert dt.date(2028, 1, 3) in computed_holidays(2028)  # New Year's Day is a Saturday
    assert {dt.date(2022, 12, 26), dt.date(2022, 12, 27)} <= computed_holidays(2022)
    assert len(computed_holidays(2028)) == 8


def test_next_working_day_moves_forward_only_as_far_as_it_must() -> None:
    """A Saturday moves to Monday; Good Friday to the Tuesday after Easter; a Tuesday stays."""
    assert next_working_day(dt.date(2026, 10, 3)) == dt.date(2026, 10, 5)
    assert next_working_day(dt.date(2026, 4, 3)) == dt.date(2026, 4, 7)
    assert next_working_day(dt.date(2026, 12, 25)) == dt.date(2026, 12, 29)
    assert next_working_day(dt.date(2026, 10, 6)) == dt.date(2026, 10, 6)


def test_no_derived_due_date_on_a_weekend_or_bank_holiday_2026_to_2028() -> None:
    """For every start date in 2026-2028, every template item and phase end is due on a
    working day, the first one on or after its plan day.
    """
    offsets = {item.day for item in templates().items} | {p.last_day for p in PLAN_PHASES}
    start = dt.date(2026, 1, 1)
    checked = 0
    while start <= dt.date(2028, 12, 31):
        for offset in offsets:
            due = due_on(PLAN_PHASES[0], offset, None, start)
            assert due is not None
            assert due.weekday() < 5
            assert due not in bank_holidays(due.year)
            raw = date_of_day(start, offset)
            assert all(not is_working_day(raw + n * DAY) for n in range((due - raw).days))
            checked += 1
        start += DAY
    assert checked > 20_000
    own = dt.date(2026, 12, 26)  # a date the director typed is theirs, weekend or not
    assert due_on(PLAN_PHASES[0], 10, own, dt.date(2026, 9, 7)) == own


@pytest.mark.parametrize("today", [dt.date(2026, 11, 26), dt.date(2027, 3, 10)], ids=str)
def test_the_demo_councils_due_dates_are_working_days(tmp_path: Path, today: dt.date) -> None:
    """Every due date in the demo's plan, worked out or set by the demo, is a working day."""
    with open_store(paths.resolve(tmp_path)) as store:
        write_demo(store, today)
        rows = plan_store.list_items(store, demo_start_date(today))
        dues = [r.due for r in rows if r.due is not None]
        assert len(dues) > 40
        assert all(is_working_day(d) for d in dues), [
            (r.title, r.due) for r in rows if r.due and not is_working_day(r.due)
        ]
