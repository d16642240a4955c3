"""The director's narrative for each printed plan: their own words, section by section.

Each plan (the 100-day plan and the six-month plan) has the same six sections. The text is
saved as the director types, and the PDFs print it where it belongs.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.plan_rules import plain_text
from dass_desktop.domain.timeline import HUNDRED_DAYS, PLAN_DAYS
from dass_desktop.store import Store
from dass_desktop.store.models import PlanNarrative


class PlanKind(enum.Enum):
    """The two printed plans."""

    HUNDRED_DAY = "100-day"
    SIX_MONTH = "six-month"

    @property
    def title(self) -> str:
        """The plan's name as printed."""
        return "100-day plan" if self is PlanKind.HUNDRED_DAY else "Six-month plan"

    @property
    def last_day(self) -> int:
        """The plan day the plan runs to."""
        return HUNDRED_DAYS if self is PlanKind.HUNDRED_DAY else PLAN_DAYS


class Section(enum.Enum):
    """The sections the director writes for each plan."""

    LEARNED = "learned"
    EARLY_WINS = "early-wins"
    PRIORITIES = "priorities"
    DECISIONS = "decisions"
    RISKS = "risks"
    ASKS = "asks"
    NEXT_30_DAYS = "next-30"

    @property
    def heading(self) -> str:
        """The section's heading."""
        return _HEADINGS[self][0]

    @property
    def prompt(self) -> str:
        """A short prompt to help the director write it."""
        return _HEADINGS[self][1]


_HEADINGS = {
    Section.LEARNED: (
        "What I have learned",
        "The picture so far: structure, workforce, culture, and what people told you.",
    ),
    Section.EARLY_WINS: (
        "Early wins",
        "Things already better because you acted: small and visible counts.",
    ),
    Section.PRIORITIES: (
        "Priorities",
        "The few things you will concentrate on next, and why.",
    ),
    Section.DECISIONS: (
        "Decisions needed from the chief executive",
        "One decision per line, the one that matters most first. These lead the front page.",
    ),
    Section.RISKS: (
        "Risks and issues",
        "One risk per line, the worst first. Add the owner and the trend after bars if you "
        "like: Weekend AMHP cover | Head of Mental Health | rising.",
    ),
    Section.ASKS: (
        "What I need from the chief executive",
        "Support, money or cover you are asking for, one ask per line.",
    ),
    Section.NEXT_30_DAYS: (
        "Next 30 days",
        "What you will do before the next one-to-one.",
    ),
}


@dataclass(frozen=True)
class Narrative:
    """A plan's narrative: the text of every section (empty when not written)."""

    kind: PlanKind
    sections: dict[Section, str]

    def text(self, section: Section) -> str:
        """The section's text, or an empty string."""
        return self.sections.get(section, "")

    @property
    def is_empty(self) -> bool:
        """True when nothing has been written for any section."""
        return not any(t.strip() for t in self.sections.values())


def load_narrative(store: Store, kind: PlanKind) -> Narrative:
    """The narrative of one plan."""
    with store.read() as session:
        rows = session.scalars(select(PlanNarrative).where(PlanNarrative.plan_kind == kind.value))
        found = {Section(r.section): r.text for r in rows if r.section in _VALUES}
    return Narrative(kind, {s: found.get(s, "") for s in Section})


def save_section(store: Store, kind: PlanKind, section: Section, text: str) -> Changes:
    """Save one section's text exactly as typed (as plain text)."""
    cleaned = plain_text(text)
    with store.transaction() as session:
        row = session.scalar(
            select(PlanNarrative).where(
                PlanNarrative.plan_kind == kind.value, PlanNarrative.section == section.value
            )
        )
        if row is None:
            session.add(PlanNarrative(plan_kind=kind.value, section=section.value, text=cleaned))
        elif row.text == cleaned:
            return Changes()
        else:
            row.text = cleaned
    return Changes.of(Area.NARRATIVE)


_VALUES = {s.value for s in Section}
