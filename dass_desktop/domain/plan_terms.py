"""The words and row types of the plan: constants, enums, drafts and the rows read back."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from dass_desktop.domain.timeline import Phase

MAX_TITLE = 500


#: How far ahead, in days, "due soon" looks (plan items, and follow-ups of visits).
DUE_SOON_DAYS = 14

ACTIONS_THEME_KEY = "actions-arising"


ACTIONS_THEME_TITLE = "Actions arising"


class Keep(enum.Enum):
    """The value of a field left out of an update: the field keeps what it holds."""

    KEEP = "keep"


KEEP = Keep.KEEP
"""Pass (or leave as the default) to keep a field as it is."""


class Status(enum.Enum):
    """Where an item has got to."""

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NOT_APPLICABLE = "not-applicable"

    @property
    def label(self) -> str:
        """The status as the director reads it."""
        return {
            Status.NOT_STARTED: "Not started",
            Status.IN_PROGRESS: "In progress",
            Status.DONE: "Done",
            Status.NOT_APPLICABLE: "Not applicable",
        }[self]

    @property
    def is_open(self) -> bool:
        """True while the item still needs doing."""
        return self in (Status.NOT_STARTED, Status.IN_PROGRESS)


class Rag(enum.Enum):
    """Red, amber or green: ordered from worst to best."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    @property
    def label(self) -> str:
        """``Red``, ``Amber`` or ``Green``: written as a word, never colour alone."""
        return self.value.capitalize()

    @property
    def severity(self) -> int:
        """0 for red (worst) to 2 for green."""
        return {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}[self]


@dataclass(frozen=True, slots=True)  # no __dict__: a large plan's thousands build quicker
class PlanRow:
    """One plan item as plain values, with its effective due date worked out."""

    id: int
    theme_id: int
    theme_title: str
    theme_position: int
    template_key: str | None
    kind: str
    title: str
    help: str
    guidance_ref: str
    phase: Phase
    day_offset: int | None
    due_date: dt.date | None
    due: dt.date | None
    status: Status
    rag: Rag | None
    owner: str
    findings: str
    completed_on: dt.date | None
    source: str
    position: int
    evidence_count: int

    def is_overdue(self, today: dt.date) -> bool:
        """Open and due before today."""
        return is_overdue(self.status, self.due, today)


@dataclass(frozen=True)
class ThemeRow:
    """A theme as plain values."""

    id: int
    title: str
    template_key: str | None
    position: int


@dataclass(frozen=True)
class ThemeProgress:
    """Progress of a set of items: done out of applicable, and the worst open RAG."""

    title: str
    done: int
    applicable: int
    open_items: int
    rag: Rag | None
    # How many open items carry each rating, worst first (ratings nobody gave left out).
    rag_counts: tuple[tuple[Rag, int], ...] = ()

    @property
    def rag_reason(self) -> str:
        """Why the roll-up is the colour it is, in words ("Red: 2 open items rated Red")."""
        if self.open_items == 0:
            return "No open items, so nothing to rate."
        if self.rag is None:
            return f"None of the {self.open_items} open items has a RAG rating yet."
        counts = dict(self.rag_counts)
        worst = counts.get(self.rag, 0)
        items = "item" if worst == 1 else "items"
        others = [f"{n} {rag.label}" for rag, n in self.rag_counts if rag is not self.rag]
        also = f" (also {', '.join(others)})" if others else ""
        return (
            f"{self.rag.label}: {worst} open {items} rated {self.rag.label}{also}. "
            "A theme shows the worst rating among its open items; done items do not count."
        )

    @property
    def percent(self) -> int:
        """Whole-number percentage done of applicable items (0 when none apply)."""
        return round(100 * self.done / self.applicable) if self.applicable else 0

    @property
    def sentence(self) -> str:
        """The one wording of progress every surface uses: "40% done (12 of 30)"."""
        if not self.applicable:
            return "no items yet"
        return f"{self.percent}% done ({self.done} of {self.applicable})"


@dataclass(frozen=True)
class Evidence:
    """A link to a file or web address held as evidence for an item."""

    id: int
    item_id: int
    target: str
    label: str
    added_on: dt.date


def is_overdue(status: Status, due: dt.date | None, today: dt.date) -> bool:
    """True when an open item's due date has passed."""
    return status.is_open and due is not None and due < today


WEB_SCHEMES = ("http", "https", "mailto")
