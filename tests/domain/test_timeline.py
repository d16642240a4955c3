"""Plan days and phases: day 1 is the start date; 30, 100 and 183 are the milestones."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain.timeline import Phase, Progress, date_of_day, day_number, phase_of_day

START = dt.date(2026, 9, 7)


@pytest.mark.parametrize(
    ("today", "day"),
    [
        (dt.date(2026, 9, 7), 1),
        (dt.date(2026, 9, 8), 2),
        (dt.date(2026, 9, 6), 0),
        (dt.date(2026, 8, 31), -6),
        (dt.date(2027, 3, 8), 183),
    ],
)
def test_day_number(today: dt.date, day: int) -> None:
    """The start date is day 1; the day before is day 0."""
    assert day_number(START, today) == day
    assert date_of_day(START, day) == today


@pytest.mark.parametrize(
    ("day", "phase"),
    [
        (0, Phase.BEFORE_START),
        (1, Phase.FIRST_30),
        (30, Phase.FIRST_30),
        (31, Phase.TO_DAY_100),
        (100, Phase.TO_DAY_100),
        (101, Phase.TO_MONTH_6),
        (183, Phase.TO_MONTH_6),
        (184, Phase.AFTER_PLAN),
    ],
)
def test_phase_boundaries(day: int, phase: Phase) -> None:
    """Each phase ends on its last day, inclusive."""
    assert phase_of_day(day) is phase


def test_headline_and_day_100_sentence() -> None:
    """The dashboard's sentences for an injected date in the 100-day phase."""
    progress = Progress(START, dt.date(2026, 11, 26))
    assert progress.day == 81
    assert progress.headline == "Day 81 of 183"
    assert progress.hundred_day_sentence == "19 days left to day 100 (15 Dec 2026)"
    assert progress.days_to_end == 102


def test_before_the_start_counts_down_to_day_1() -> None:
    """Before the start date the headline says how many days until day 1."""
    assert Progress(START, dt.date(2026, 9, 4)).headline == "Day 1 is in 3 days"
    assert Progress(START, dt.date(2026, 9, 6)).headline == "Day 1 is in 1 day"
    assert Progress(START, dt.date(2026, 9, 4)).fraction_elapsed == 0


def test_after_the_plan() -> None:
    """Past day 183 the headline says so and the elapsed share stays at 100%."""
    progress = Progress(START, dt.date(2027, 4, 1))
    assert progress.headline == "Day 207: past the six-month plan"
    assert progress.fraction_elapsed == 1
    assert progress.hundred_day_sentence == "Day 100 was 15 Dec 2026"
