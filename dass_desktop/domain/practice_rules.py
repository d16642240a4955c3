"""The rules of practices, as pure functions of dates (today is always passed in)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from dass_desktop.domain.practice_terms import Cadence, LogEntry, PracticeState
from dass_desktop.domain.working_days import next_working_day


def next_by(cadence: Cadence, last: dt.date | None, first_by: dt.date | None) -> dt.date | None:
    """The day by which the practice should next be practised.

    After a first entry in the log it is the last time plus the cadence; before one, the
    plan day it should first have been practised by (None with no start date known). Either
    way a weekend or bank holiday moves it to the next working day.
    """
    if last is not None:
        return next_working_day(last + dt.timedelta(days=cadence.days))
    return next_working_day(first_by) if first_by is not None else None


def state_of(
    cadence: Cadence, last: dt.date | None, first_by: dt.date | None, today: dt.date
) -> PracticeState:
    """Kept up, lapsed, or not due yet (never practised and its first day not yet past)."""
    due = next_by(cadence, last, first_by)
    if due is None:
        return PracticeState.NOT_YET
    if today > due:
        return PracticeState.LAPSED
    return PracticeState.KEPT_UP if last is not None else PracticeState.NOT_YET


def merged_log(entries: Iterable[LogEntry], today: dt.date) -> tuple[LogEntry, ...]:
    """The log newest first, without entries dated after today.

    An engagement logged by hand and also counted on its own appears once: the hand-made
    entry (which may carry a note) wins.
    """
    kept: dict[object, LogEntry] = {}
    for entry in entries:
        if entry.practised_on > today:
            continue
        key: object = ("e", entry.engagement_id) if entry.engagement_id else ("l", entry.id)
        if key not in kept or kept[key].id is None:
            kept[key] = entry
    return tuple(sorted(kept.values(), key=lambda e: (e.practised_on, e.id or 0), reverse=True))


def lapsed_words(titles: Sequence[str], most: int = 3) -> str:
    """The lapsed practices as a sentence, naming at most ``most`` ("" with none to name).

    The dashboard and the printed plans both use it, so they cannot disagree.
    """
    if not titles:
        return ""
    named = list(titles[:most])
    rest = len(titles) - len(named)
    if rest:
        listed = ", ".join(named) + f" and {rest} more"
    elif len(named) > 1:
        listed = ", ".join(named[:-1]) + " and " + named[-1]
    else:
        listed = named[0]
    lead = "1 practice has lapsed" if len(titles) == 1 else f"{len(titles)} practices have lapsed"
    return f"{lead}: {listed}."
