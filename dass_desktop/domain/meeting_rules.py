"""Rules of one-to-ones: what a new meeting's agenda proposes, and which figures moved.

Pure functions over rows: no store. :func:`propose_agenda` gathers points in a fixed order
(carried forward, commitments, risks, decisions, figures, themes), each with a ``source``
key so that a point the director removed from a meeting is not proposed for it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from dass_desktop.domain.meeting_terms import (
    CommitmentRow,
    Direction,
    MeetingRow,
    PointRow,
    ProposedPoint,
)
from dass_desktop.domain.register_rules import decisions_waiting, needing_attention
from dass_desktop.domain.register_terms import EntryRow, Trend


@dataclass(frozen=True)
class Figure:
    """A figure's value on the day of the last meeting and now (injected by the caller)."""

    label: str
    before: float
    now: float


def moved(figures: Iterable[Figure], threshold: float) -> list[Figure]:
    """The figures whose change since the last meeting is at least ``threshold``."""
    return [f for f in figures if abs(f.now - f.before) >= threshold]


def carried_forward(previous: MeetingRow | None) -> list[ProposedPoint]:
    """Points of the previous meeting that were not covered (nor removed), counted once more."""
    if previous is None:
        return []
    return [
        ProposedPoint(p.title, _carried_source(p), p.carried_count + 1)
        for p in previous.agenda
        if not p.covered
    ]


def _carried_source(point: PointRow) -> str:
    # A carried point keeps the source of the point it first came from, so that removing it
    # from one meeting matches the same key whichever meeting carried it.
    return point.source or f"point:{point.id}"


def commitment_words(c: CommitmentRow, today: dt.date) -> str:
    """``Mine, overdue since 3 Nov: send the budget paper``."""
    from dass_desktop.domain.dates import short_date

    who = "Mine" if c.direction is Direction.MINE else "Theirs"
    if c.due_on is None:
        when = "no date"
    elif c.is_overdue(today):
        when = f"overdue since {short_date(c.due_on)}"
    else:
        when = f"due {short_date(c.due_on)}"
    return f"{who}, {when}: {c.text}"


def propose_agenda(
    *,
    meeting_day: dt.date,
    previous: MeetingRow | None,
    commitments: Sequence[CommitmentRow],
    register: Sequence[EntryRow],
    moves: Sequence[str],
    red_themes: Sequence[str],
    amber_themes: Sequence[str],
    removed: Collection[str] = (),
    prompts: Sequence[str] = (),
) -> list[ProposedPoint]:
    """The agenda proposed for a meeting on ``meeting_day``.

    Args:
        meeting_day: the day of the meeting; commitments due by then are included.
        previous: the last meeting before it, whose uncovered points are carried forward.
        commitments: every commitment, both ways.
        register: the live register entries.
        moves: sentences for figures that moved more than the threshold since ``previous``.
        red_themes: plan themes rated red.
        amber_themes: plan themes newly amber since the last meeting.
        removed: sources the director removed from this meeting: never proposed again.
        prompts: optional conversation prompts to add at the end.
    """
    points: list[ProposedPoint] = list(carried_forward(previous))
    for c in sorted(commitments, key=lambda c: (c.due_on or dt.date.max, c.id)):
        if c.is_due_by(meeting_day):
            points.append(ProposedPoint(commitment_words(c, meeting_day), f"commitment:{c.id}"))
    for e in needing_attention(register, meeting_day):
        if not e.needs_decision and (e.rag == "Red" or e.trend in (Trend.NEW, Trend.RISING)):
            word = "new" if e.trend is Trend.NEW else e.trend.value
            points.append(
                ProposedPoint(f"Risk ({e.rag.lower()}, {word}): {e.title}", f"risk:{e.id}")
            )
    for e in decisions_waiting(register):
        points.append(ProposedPoint(f"Decision needed: {e.title}", f"decision:{e.id}"))
    points.extend(ProposedPoint(f"Figure moved: {m}", f"figure:{m.split(':')[0]}") for m in moves)
    points.extend(ProposedPoint(f"Theme rated red: {t}", f"theme-red:{t}") for t in red_themes)
    points.extend(
        ProposedPoint(f"Theme newly amber: {t}", f"theme-amber:{t}") for t in amber_themes
    )
    points.extend(ProposedPoint(p, f"prompt:{p}") for p in prompts)
    seen: set[str] = set()
    kept = []
    for p in points:
        if p.source in removed or p.source in seen:
            continue
        seen.add(p.source)
        kept.append(p)
    return kept
