"""Rules of wellbeing and pace: the week a check-in is for, checking one, the trend prompt.

Pure functions of plain rows and an injected ``today``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable

from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.wellbeing_terms import (
    CheckInDraft,
    CheckInRow,
    JournalDraft,
    WellbeingPrompt,
)

MAX_LINE = 200
MAX_TITLE = 200
#: How many falls in a row make the prompt.
FALLS = 3
#: The latest check-in must be this recent for the prompt to still be about now.
RECENT_DAYS = 14


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the week ``day`` falls in."""
    return day - dt.timedelta(days=day.weekday())


def validate_checkin(draft: CheckInDraft, today: dt.date) -> CheckInDraft:
    """The check-in with its week set to a Monday and its line tidied; refused if wrong."""
    for name, value in (("energy", draft.energy), ("workload", draft.workload)):
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise InvalidInput(name, f"Give {name} as a whole number from 1 to 5.")
    week = monday_of(draft.week_of)
    if week > monday_of(today):
        raise InvalidInput("week_of", "A check-in cannot be for a week still to come.")
    line = " ".join(draft.line.split())
    if len(line) > MAX_LINE:
        raise InvalidInput("line", f"Keep the line to {MAX_LINE} characters.")
    return CheckInDraft(week, draft.energy, draft.workload, line)


def validate_journal(draft: JournalDraft, today: dt.date) -> JournalDraft:
    """The entry with its title tidied; refused when empty, too long or dated ahead."""
    title = " ".join(draft.title.split())
    text = draft.text.strip()
    if not title and not text:
        raise InvalidInput("text", "Write something, or give the entry a title.")
    if len(title) > MAX_TITLE:
        raise InvalidInput("title", f"Keep the title to {MAX_TITLE} characters.")
    if draft.written_on > today:
        raise InvalidInput("written_on", "A journal entry cannot be dated in the future.")
    return JournalDraft(draft.written_on, title, text, draft.private)


def wellbeing_prompt(rows: Iterable[CheckInRow], today: dt.date) -> WellbeingPrompt | None:
    """A nudge when pace has fallen three weeks running, up to a recent check-in.

    The last :data:`FALLS` + 1 check-ins must be in consecutive weeks, each lower than the
    week before, and the latest no older than :data:`RECENT_DAYS`.
    """
    ordered = sorted((r for r in rows if r.week_of <= today), key=lambda r: r.week_of)
    run = ordered[-(FALLS + 1) :]
    if len(run) < FALLS + 1 or (today - run[-1].week_of).days > RECENT_DAYS:
        return None
    for before, after in itertools.pairwise(run):
        if (after.week_of - before.week_of).days != 7 or after.pace >= before.pace:
            return None
    return WellbeingPrompt(
        f"Your energy and pace have dropped {FALLS} weeks running. Is there something to "
        "stop, hand on or talk through with your mentor?",
        tuple(r.week_of for r in run),
    )


def trend(
    rows: Iterable[CheckInRow], since: dt.date | None = None
) -> list[tuple[dt.date, int, int, int]]:
    """(week, energy, workload, pace) for each check-in from ``since``, oldest first."""
    return [
        (r.week_of, r.energy, r.workload, r.pace)
        for r in sorted(rows, key=lambda r: r.week_of)
        if since is None or r.week_of >= since
    ]
