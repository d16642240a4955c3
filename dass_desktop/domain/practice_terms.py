"""The words and row types of practices: habits kept up at a cadence, never "done".

A practice is a checklist entry of kind ``practice`` (role-model the behaviour you expect,
keep two-way conversations going ...). It has a cadence and a log of when it was practised;
it is kept up while the last time falls within its cadence, and lapsed once it does not.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

PRACTICE_KIND = "practice"
"""The ``kind`` of a plan item that is a practice."""


class Cadence(enum.Enum):
    """How often a practice should be practised."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"

    @property
    def days(self) -> int:
        """The longest gap, in days, that still counts as keeping it up."""
        return {Cadence.WEEKLY: 7, Cadence.MONTHLY: 31, Cadence.QUARTERLY: 92}[self]

    @property
    def label(self) -> str:
        """``Weekly``, ``Monthly`` or ``Quarterly``."""
        return self.value.capitalize()


class LogKind(enum.Enum):
    """What counted as practising it."""

    VISIT = "visit"
    BRIEFING = "briefing"
    RECOGNITION = "recognition"
    DONE = "done"

    @property
    def label(self) -> str:
        """The kind as the director reads it in the log."""
        return {
            LogKind.VISIT: "Visit",
            LogKind.BRIEFING: "Briefing",
            LogKind.RECOGNITION: "Recognition",
            LogKind.DONE: "Done",
        }[self]


class PracticeState(enum.Enum):
    """Whether a practice is being kept up."""

    NOT_YET = "not-yet"
    KEPT_UP = "kept-up"
    LAPSED = "lapsed"

    @property
    def label(self) -> str:
        """The state as the dashboard and the plans put it."""
        return {
            PracticeState.NOT_YET: "Not due yet",
            PracticeState.KEPT_UP: "Kept up",
            PracticeState.LAPSED: "Lapsed",
        }[self]


BRIEFING_KINDS = frozenset({"staff-briefing", "written-briefing", "roadshow"})
"""Engagement kinds that count as a briefing in a practice's log (the rest are visits)."""


@dataclass(frozen=True)
class LogEntry:
    """One time a practice was practised.

    ``id`` is the log row's id, or None for an engagement that counted on its own;
    ``engagement_id`` links to the visit or briefing, when there is one.
    """

    id: int | None
    practised_on: dt.date
    kind: LogKind
    note: str
    engagement_id: int | None


@dataclass(frozen=True)
class PracticeRow:
    """A practice with its log (newest first) and where it stands on a given day."""

    id: int
    theme_title: str
    template_key: str | None
    title: str
    help: str
    guidance_ref: str
    cadence: Cadence
    findings: str
    owner: str
    first_by: dt.date | None
    log: tuple[LogEntry, ...]
    state: PracticeState
    next_by: dt.date | None

    @property
    def last_practised(self) -> dt.date | None:
        """The latest day it was practised, if ever."""
        return self.log[0].practised_on if self.log else None
