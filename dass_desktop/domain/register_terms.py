"""The words and row types of the risks, issues, decisions and asks register."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

#: A score at or above this is red; at or above AMBER_FROM (and below red) amber.
RED_FROM = 15
AMBER_FROM = 8


class EntryKind(enum.Enum):
    """What a register entry is."""

    RISK = "risk"
    ISSUE = "issue"
    DECISION = "decision"
    ASK = "ask"

    @property
    def label(self) -> str:
        """The kind in words."""
        return self.value.capitalize()


class Category(enum.Enum):
    """The areas a risk falls in."""

    FINANCE = "finance"
    SAFEGUARDING = "safeguarding"
    CQC = "cqc"
    WORKFORCE = "workforce"
    CARE_MARKET = "care-market"
    HEALTH = "health-partnership"
    POLITICAL = "political"
    REPUTATION = "reputation"
    STATUTORY = "statutory"

    @property
    def label(self) -> str:
        """The category in words."""
        return {
            Category.FINANCE: "Finance and budget",
            Category.SAFEGUARDING: "Safeguarding and safety",
            Category.CQC: "CQC assessment",
            Category.WORKFORCE: "Workforce",
            Category.CARE_MARKET: "Care market and providers",
            Category.HEALTH: "Health partnership and hospital discharge",
            Category.POLITICAL: "Political and governance",
            Category.REPUTATION: "Reputation and media",
            Category.STATUTORY: "Statutory duties",
        }[self]


class LinkKind(enum.Enum):
    """What a register entry can be linked to."""

    PLAN_ITEM = "plan-item"
    GAP = "gap"
    TEAM = "team"
    CONTACT = "contact"


class Trend(enum.Enum):
    """Which way a risk moved since its last review."""

    NEW = "new"
    RISING = "rising"
    STEADY = "steady"
    FALLING = "falling"


@dataclass(frozen=True)
class EntryDraft:
    """A register entry as typed in an editor."""

    title: str
    category: Category | str
    kind: EntryKind | str = EntryKind.RISK
    likelihood: int = 3
    impact: int = 3
    owner: str = ""
    mitigation: str = ""
    review_on: dt.date | None = None
    needs_decision: bool = False
    is_ask: bool = False


@dataclass(frozen=True)
class Link:
    """A link from an entry to something else, with that thing's name when it still exists."""

    kind: LinkKind
    target_id: int
    name: str


@dataclass(frozen=True)
class EntryRow:
    """A register entry as plain values, with its live links."""

    id: int
    kind: EntryKind
    title: str
    category: Category
    likelihood: int
    impact: int
    previous_score: int | None
    owner: str
    mitigation: str
    review_on: dt.date | None
    needs_decision: bool
    is_ask: bool
    raised_on: dt.date
    source: str = ""
    links: tuple[Link, ...] = field(default=())

    @property
    def score(self) -> int:
        """Likelihood times impact (1 to 25)."""
        return self.likelihood * self.impact

    @property
    def rag(self) -> str:
        """``Red``, ``Amber`` or ``Green``, from the score."""
        if self.score >= RED_FROM:
            return "Red"
        return "Amber" if self.score >= AMBER_FROM else "Green"

    @property
    def trend(self) -> Trend:
        """Rising, falling or steady against the score at the last review; new if none."""
        if self.previous_score is None:
            return Trend.NEW
        if self.score > self.previous_score:
            return Trend.RISING
        return Trend.FALLING if self.score < self.previous_score else Trend.STEADY

    def is_review_due(self, today: dt.date) -> bool:
        """True when the review date has come."""
        return self.review_on is not None and self.review_on <= today

    def draft(self) -> EntryDraft:
        """The entry as a draft, to prefill an editor."""
        return EntryDraft(
            title=self.title,
            category=self.category,
            kind=self.kind,
            likelihood=self.likelihood,
            impact=self.impact,
            owner=self.owner,
            mitigation=self.mitigation,
            review_on=self.review_on,
            needs_decision=self.needs_decision,
            is_ask=self.is_ask,
        )
