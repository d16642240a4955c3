"""The director's first six months as a plan of 183 days.

Day 1 is the start date in post. The plan has three phases: the first 30 days, days 31 to
100 (the 100-day plan) and days 101 to 183 (the rest of the six-month plan). Every screen
and export that says "Day N" or names a phase asks this module.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from dass_desktop.domain.dates import long_date

PLAN_DAYS = 183
HUNDRED_DAYS = 100
FIRST_PHASE_DAYS = 30


class Phase(enum.Enum):
    """Where a day falls in the plan; the middle three are the phases an item is planned for."""

    BEFORE_START = "before"
    FIRST_30 = "first-30"
    TO_DAY_100 = "to-100"
    TO_MONTH_6 = "to-183"
    AFTER_PLAN = "after"

    @property
    def label(self) -> str:
        """``Days 1–30`` and so on: the phase as the plan and the printed plans name it."""
        return _PHASE_LABELS[self]

    @property
    def progress_label(self) -> str:
        """The phase as the dashboard's progress line and a plan's front page put it."""
        return _PROGRESS_LABELS[self]

    @property
    def last_day(self) -> int:
        """The plan day the phase ends on (30, 100 or 183; 0 before the start)."""
        return _LAST_DAYS[self]

    @classmethod
    def of_day(cls, day: int) -> Phase:
        """The plan phase for an item due on ``day`` (before day 1 counts as the first)."""
        if day <= FIRST_PHASE_DAYS:
            return cls.FIRST_30
        if day <= HUNDRED_DAYS:
            return cls.TO_DAY_100
        return cls.TO_MONTH_6


PLAN_PHASES: tuple[Phase, ...] = (Phase.FIRST_30, Phase.TO_DAY_100, Phase.TO_MONTH_6)
"""The three phases a plan item can be planned for, in order."""

_PHASE_LABELS = {
    Phase.BEFORE_START: "Before day 1",
    Phase.FIRST_30: "Days 1–30",
    Phase.TO_DAY_100: "Days 31–100",
    Phase.TO_MONTH_6: "Days 101–183",
    Phase.AFTER_PLAN: "Beyond six months",
}

_PROGRESS_LABELS = {
    Phase.BEFORE_START: "Before day 1",
    Phase.FIRST_30: "First 30 days",
    Phase.TO_DAY_100: "Days 31–100",
    Phase.TO_MONTH_6: "Days 101–183",
    Phase.AFTER_PLAN: "Beyond six months",
}

_LAST_DAYS = {
    Phase.BEFORE_START: 0,
    Phase.FIRST_30: FIRST_PHASE_DAYS,
    Phase.TO_DAY_100: HUNDRED_DAYS,
    Phase.TO_MONTH_6: PLAN_DAYS,
    Phase.AFTER_PLAN: PLAN_DAYS,
}


def day_number(start: dt.date, today: dt.date) -> int:
    """The plan day of ``today``: 1 on the start date, 0 the day before, negative earlier."""
    return (today - start).days + 1


def date_of_day(start: dt.date, day: int) -> dt.date:
    """The calendar date of plan day ``day`` (day 1 is ``start``)."""
    return start + dt.timedelta(days=day - 1)


def phase_of_day(day: int) -> Phase:
    """The phase that plan day ``day`` falls in."""
    if day < 1:
        return Phase.BEFORE_START
    if day <= FIRST_PHASE_DAYS:
        return Phase.FIRST_30
    if day <= HUNDRED_DAYS:
        return Phase.TO_DAY_100
    if day <= PLAN_DAYS:
        return Phase.TO_MONTH_6
    return Phase.AFTER_PLAN


@dataclass(frozen=True)
class Progress:
    """Where the director is in the plan on a given day, with the sentences to show it."""

    start: dt.date
    today: dt.date

    @property
    def day(self) -> int:
        """Plan day of today."""
        return day_number(self.start, self.today)

    @property
    def phase(self) -> Phase:
        """Phase of today."""
        return phase_of_day(self.day)

    @property
    def days_to_day_100(self) -> int:
        """Days from today until day 100 (0 on day 100, negative after it)."""
        return HUNDRED_DAYS - self.day

    @property
    def days_to_end(self) -> int:
        """Days from today until day 183 (0 on day 183, negative after it)."""
        return PLAN_DAYS - self.day

    @property
    def fraction_elapsed(self) -> float:
        """Share of the 183 days that has passed, between 0 and 1."""
        return min(max(self.day, 0), PLAN_DAYS) / PLAN_DAYS

    @property
    def headline(self) -> str:
        """``Day 12 of 183``, or how long until day 1, or how far past the plan."""
        day = self.day
        if day < 1:
            until = 1 - day
            return f"Day 1 is in {until} day{'s' if until != 1 else ''}"
        if day > PLAN_DAYS:
            return f"Day {day}: past the six-month plan"
        return f"Day {day} of {PLAN_DAYS}"

    @property
    def hundred_day_sentence(self) -> str:
        """How far away day 100 is, in words."""
        left = self.days_to_day_100
        day_100 = long_date(date_of_day(self.start, HUNDRED_DAYS))
        if left > 1:
            return f"{left} days left to day 100 ({day_100})"
        if left == 1:
            return f"1 day left to day 100 ({day_100})"
        if left == 0:
            return f"Today is day 100 ({day_100})"
        return f"Day 100 was {day_100}"

    def milestones(self) -> list[tuple[str, dt.date]]:
        """The plan's milestones and their dates: day 1, 30, 100 and 183."""
        return [
            ("Day 1: start in post", self.start),
            ("Day 30: end of the first month", date_of_day(self.start, FIRST_PHASE_DAYS)),
            ("Day 100: 100-day plan review", date_of_day(self.start, HUNDRED_DAYS)),
            ("Day 183: six-month review", date_of_day(self.start, PLAN_DAYS)),
        ]
