"""Rules of the register: checking a draft, ordering entries, what needs attention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.register_terms import Category, EntryDraft, EntryKind, EntryRow, Trend
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import Severity

MAX_TITLE = 300


@dataclass(frozen=True)
class CleanEntry:
    """A draft that passed :func:`validate_entry`."""

    title: str
    category: Category
    kind: EntryKind
    likelihood: int
    impact: int
    owner: str
    mitigation: str
    review_on: dt.date | None
    needs_decision: bool
    is_ask: bool


def validate_entry(draft: EntryDraft) -> CleanEntry:
    """Check a draft; raise :class:`InvalidInput` with one plain sentence when it is wrong."""
    title = " ".join(draft.title.split())
    if not title:
        raise InvalidInput("title", "Give the entry a title.")
    if len(title) > MAX_TITLE:
        raise InvalidInput("title", f"Keep the title to {MAX_TITLE} characters.")
    try:
        category = Category(draft.category)
    except ValueError:
        raise InvalidInput("category", "Choose a category from the list.") from None
    try:
        kind = EntryKind(draft.kind)
    except ValueError:
        raise InvalidInput("kind", "Choose risk, issue, decision or ask.") from None
    for name, value in (("likelihood", draft.likelihood), ("impact", draft.impact)):
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise InvalidInput(name, f"The {name} is a whole number from 1 to 5.")
    return CleanEntry(
        title=title,
        category=category,
        kind=kind,
        likelihood=draft.likelihood,
        impact=draft.impact,
        owner=draft.owner.strip(),
        mitigation=draft.mitigation.strip(),
        review_on=draft.review_on,
        needs_decision=draft.needs_decision or kind is EntryKind.DECISION,
        is_ask=draft.is_ask or kind is EntryKind.ASK,
    )


def ordered(entries: Iterable[EntryRow]) -> list[EntryRow]:
    """Highest score first; then rising before steady, earliest review, title."""
    rank = {Trend.RISING: 0, Trend.NEW: 1, Trend.STEADY: 2, Trend.FALLING: 3}
    return sorted(
        entries,
        key=lambda e: (
            -e.score,
            rank[e.trend],
            e.review_on or dt.date.max,
            e.title.casefold(),
            e.id,
        ),
    )


def needing_attention(entries: Sequence[EntryRow], today: dt.date) -> list[EntryRow]:
    """Risks and issues that are red, new, rising or due for review, in order."""
    return ordered(
        e
        for e in entries
        if e.kind in (EntryKind.RISK, EntryKind.ISSUE)
        and (e.rag == "Red" or e.trend in (Trend.NEW, Trend.RISING) or e.is_review_due(today))
    )


def decisions_waiting(entries: Sequence[EntryRow]) -> list[EntryRow]:
    """Entries needing a decision from the chief executive, in order."""
    return ordered(e for e in entries if e.needs_decision)


def asks(entries: Sequence[EntryRow]) -> list[EntryRow]:
    """Entries that are asks of the chief executive, in order."""
    return ordered(e for e in entries if e.is_ask and not e.needs_decision)


def heat_counts(entries: Iterable[EntryRow]) -> dict[tuple[int, int], int]:
    """How many risks and issues sit in each (likelihood, impact) cell of the 5×5 matrix."""
    counts = {(lk, im): 0 for lk in range(1, 6) for im in range(1, 6)}
    for e in entries:
        if e.kind in (EntryKind.RISK, EntryKind.ISSUE):
            counts[(e.likelihood, e.impact)] += 1
    return counts


_GAP_IMPACT = {Severity.LOW: 2, Severity.MEDIUM: 3, Severity.HIGH: 4, Severity.CRITICAL: 5}


def draft_from_gap(gap: GapRow) -> EntryDraft:
    """A workforce risk drafted from a team's gap: severity sets the impact."""
    return EntryDraft(
        title=f"{gap.team_name}: {gap.role.label} gap ({gap.size})",
        category=Category.WORKFORCE,
        kind=EntryKind.RISK,
        likelihood=4 if gap.severity.rank >= Severity.HIGH.rank else 3,
        impact=_GAP_IMPACT[gap.severity],
        owner=gap.owner,
        mitigation=gap.mitigation_notes,
        review_on=gap.target_date,
    )
