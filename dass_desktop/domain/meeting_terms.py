"""The words and row types of one-to-ones: meetings, agenda points, commitments, the ledger."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

MAX_POINT_TITLE = 300


class WithWhom(enum.Enum):
    """Whom a one-to-one is with."""

    CHIEF_EXECUTIVE = "chief-executive"
    LEAD_MEMBER = "lead-member"
    LEADER = "leader"
    DIRECTOR_OF_FINANCE = "director-of-finance"

    @property
    def label(self) -> str:
        """The title in words."""
        return {
            WithWhom.CHIEF_EXECUTIVE: "Chief executive",
            WithWhom.LEAD_MEMBER: "Lead member",
            WithWhom.LEADER: "Leader of the council",
            WithWhom.DIRECTOR_OF_FINANCE: "Director of finance",
        }[self]


class Direction(enum.Enum):
    """Who made a commitment: the director ("mine") or the other side ("theirs")."""

    MINE = "mine"
    THEIRS = "theirs"

    @property
    def label(self) -> str:
        """``Mine`` or ``Theirs``."""
        return "Mine" if self is Direction.MINE else "Theirs"


class CommitmentStatus(enum.Enum):
    """Where a commitment stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ExpectationStatus(enum.Enum):
    """How an agreed expectation is going."""

    ON_TRACK = "on-track"
    AT_RISK = "at-risk"
    OFF_TRACK = "off-track"
    MET = "met"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        """The status in words."""
        return self.value.replace("-", " ").capitalize()


#: Optional prompts from the new-leader conversations with one's boss.
CONVERSATION_PROMPTS = (
    "The situation as I see it",
    "What success looks like, and by when",
    "Resources",
    "How and when we consult each other",
    "My development",
)


@dataclass(frozen=True)
class PointRow:
    """An agenda point as plain values."""

    id: int
    meeting_id: int
    position: int
    title: str
    source: str
    covered: bool
    carried_count: int
    removed: bool
    notes: str

    @property
    def carried(self) -> bool:
        """True when the point was carried forward from an earlier meeting."""
        return self.carried_count > 0

    @property
    def label(self) -> str:
        """The title, marked ``(carried forward twice)`` when carried."""
        if not self.carried:
            return self.title
        times = {1: "once", 2: "twice"}.get(self.carried_count, f"{self.carried_count} times")
        return f"{self.title} (carried forward {times})"


@dataclass(frozen=True)
class CommitmentRow:
    """A commitment, with the day of the meeting where it was made."""

    id: int
    meeting_id: int
    made_on: dt.date
    direction: Direction
    text: str
    due_on: dt.date | None
    status: CommitmentStatus

    def is_overdue(self, today: dt.date) -> bool:
        """Still open and its due date has passed."""
        return (
            self.status is CommitmentStatus.OPEN and self.due_on is not None and self.due_on < today
        )

    def is_due_by(self, day: dt.date) -> bool:
        """Still open and due on or before ``day``."""
        return (
            self.status is CommitmentStatus.OPEN and self.due_on is not None and self.due_on <= day
        )


@dataclass(frozen=True)
class DecisionRow:
    """A decision recorded at a meeting."""

    id: int
    meeting_id: int
    text: str


@dataclass(frozen=True)
class MeetingRow:
    """A meeting with its agenda, decisions and commitments."""

    id: int
    held_on: dt.date
    with_whom: WithWhom
    attendees: str
    notes: str
    points: tuple[PointRow, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()
    commitments: tuple[CommitmentRow, ...] = ()

    @property
    def agenda(self) -> list[PointRow]:
        """The points not removed, in order."""
        return [p for p in self.points if not p.removed]

    @property
    def title(self) -> str:
        """``Chief executive, 12 October 2026``."""
        from dass_desktop.domain.dates import long_date

        return f"{self.with_whom.label}, {long_date(self.held_on)}"


@dataclass(frozen=True)
class ProposedPoint:
    """A point the agenda proposes, where it came from, and how often it was carried."""

    title: str
    source: str
    carried_count: int = 0


@dataclass(frozen=True)
class ExpectationVersionRow:
    """One dated version of an expectation."""

    changed_on: dt.date
    success: str
    measure: str
    by_when: dt.date | None
    status: ExpectationStatus


@dataclass(frozen=True)
class ExpectationRow:
    """An expectation: its current version and every earlier one, oldest first."""

    id: int
    history: tuple[ExpectationVersionRow, ...]

    @property
    def current(self) -> ExpectationVersionRow:
        """The latest version."""
        return self.history[-1]

    def as_of(self, day: dt.date) -> ExpectationVersionRow | None:
        """The version in force on ``day`` (None before it was agreed)."""
        earlier = [v for v in self.history if v.changed_on <= day]
        return earlier[-1] if earlier else None
