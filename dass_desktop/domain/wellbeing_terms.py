"""The words and row types of weekly wellbeing check-ins and the reflective journal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: What private journal text is replaced with wherever an entry must be mentioned at all.
PRIVATE_PLACEHOLDER = "(private entry)"


@dataclass(frozen=True)
class CheckInDraft:
    """A check-in as typed: energy and workload from 1 (low) to 5 (high), and one line."""

    week_of: dt.date
    energy: int
    workload: int
    line: str = ""


@dataclass(frozen=True)
class CheckInRow:
    """A check-in as stored; ``week_of`` is a Monday."""

    id: int
    week_of: dt.date
    energy: int
    workload: int
    line: str

    @property
    def pace(self) -> int:
        """Energy and lightness of load together, from 2 (worst) to 10 (best)."""
        return self.energy + (6 - self.workload)

    def draft(self) -> CheckInDraft:
        """The check-in as a draft (to put back after an undo)."""
        return CheckInDraft(self.week_of, self.energy, self.workload, self.line)


@dataclass(frozen=True)
class WellbeingPrompt:
    """The dashboard's gentle nudge when the trend has fallen for three weeks."""

    text: str
    weeks: tuple[dt.date, ...]


@dataclass(frozen=True)
class JournalDraft:
    """A journal entry as typed; entries are private unless said otherwise."""

    written_on: dt.date
    title: str = ""
    text: str = ""
    private: bool = True


@dataclass(frozen=True)
class JournalRow:
    """A journal entry as stored."""

    id: int
    written_on: dt.date
    title: str
    text: str
    private: bool

    def draft(self) -> JournalDraft:
        """The entry as a draft, to prefill an editor."""
        return JournalDraft(self.written_on, self.title, self.text, self.private)
