"""The words and row types of searching everything: kinds of record, hits and groups."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from dass_desktop.domain.changes import Area


class HitKind(enum.Enum):
    """The kinds of record search finds, in the order their groups are listed on a tie."""

    PLAN_ITEM = "plan-item"
    ACTION = "action"
    TEAM = "team"
    STRENGTH = "strength"
    DEVELOPMENT = "development"
    GAP = "gap"
    STAKEHOLDER = "stakeholder"
    ENGAGEMENT = "engagement"
    MEETING = "meeting"
    REGISTER_ENTRY = "register-entry"

    @property
    def label(self) -> str:
        """One such record, in words ("Plan item"), as the command line prints it."""
        return _LABELS[self][0]

    @property
    def heading(self) -> str:
        """The heading of a group of them ("Plan items")."""
        return _LABELS[self][1]

    @property
    def area(self) -> Area:
        """The part of the data (and so the page) the record belongs to."""
        return _AREAS[self]


_LABELS = {
    HitKind.PLAN_ITEM: ("Plan item", "Plan items"),
    HitKind.ACTION: ("Action", "Actions"),
    HitKind.TEAM: ("Team", "Teams"),
    HitKind.STRENGTH: ("Strength", "Strengths"),
    HitKind.DEVELOPMENT: ("Area for development", "Areas for development"),
    HitKind.GAP: ("Gap", "Gaps"),
    HitKind.STAKEHOLDER: ("Contact", "Contacts"),
    HitKind.ENGAGEMENT: ("Visit", "Visits and meetings"),
    HitKind.MEETING: ("One-to-one", "One-to-ones"),
    HitKind.REGISTER_ENTRY: ("Register entry", "Risks, issues, decisions and asks"),
}
_AREAS = {
    HitKind.PLAN_ITEM: Area.PLAN,
    HitKind.ACTION: Area.PLAN,
    HitKind.TEAM: Area.TEAMS,
    HitKind.STRENGTH: Area.TEAMS,
    HitKind.DEVELOPMENT: Area.TEAMS,
    HitKind.GAP: Area.TEAMS,
    HitKind.STAKEHOLDER: Area.CONTACTS,
    HitKind.ENGAGEMENT: Area.ENGAGEMENTS,
    HitKind.MEETING: Area.MEETINGS,
    HitKind.REGISTER_ENTRY: Area.REGISTER,
}


@dataclass(frozen=True)
class Hit:
    """One record found: what it is, its title on one line, its date, its id and a snippet.

    ``rank`` orders hits best first (lower is better, as SQLite's bm25 gives it). The date
    is the one that matters for the kind: an item's due date, a note's date, a gap's target,
    a visit's or a meeting's day, the day a risk was raised; None where there is none.
    """

    kind: HitKind
    title: str
    date: dt.date | None
    id: int
    snippet: str
    rank: float = 0.0


@dataclass(frozen=True)
class HitGroup:
    """The hits of one kind, best first, and how many records of the kind matched in all
    (``total`` may exceed the hits shown).
    """

    kind: HitKind
    hits: tuple[Hit, ...]
    total: int = 0

    @property
    def more(self) -> int:
        """How many matches of this kind are not among the hits."""
        return max(self.total - len(self.hits), 0)


@dataclass(frozen=True)
class SearchResult:
    """What a search found, grouped by kind (the group with the best hit first)."""

    query: str
    groups: tuple[HitGroup, ...]

    @property
    def hits(self) -> list[Hit]:
        """Every hit, group by group."""
        return [hit for group in self.groups for hit in group.hits]

    def __len__(self) -> int:
        return sum(len(group.hits) for group in self.groups)
