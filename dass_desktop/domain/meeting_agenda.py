"""The query that proposes a meeting's agenda from everything the director keeps.

It gathers the inputs of :func:`meeting_rules.propose_agenda` from the store and the
overview read model: the previous meeting, commitments both ways, the register, workforce
headlines that moved since the previous meeting, and red and newly amber plan themes.
"""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import meeting_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.meeting_rules import propose_agenda
from dass_desktop.domain.meeting_terms import CONVERSATION_PROMPTS, ProposedPoint, WithWhom
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.store import Store


def propose_for(
    store: Store, meeting_id: int, today: dt.date, with_prompts: bool = False
) -> list[ProposedPoint]:
    """The points proposed for a meeting that are not on its agenda yet (nor removed)."""
    # Here, not at the top: the dashboard imports this module for its one line, and the
    # read model and register would cost every start a tenth of its imports.
    from dass_desktop.domain import register_store
    from dass_desktop.domain.overview_store import Overview

    meetings = meeting_store.list_meetings(store)
    meeting = next((m for m in meetings if m.id == meeting_id), None)
    if meeting is None:
        return []
    previous = meeting_store.previous_meeting(meetings, meeting)
    overview = Overview(store, today)
    since = previous.held_on if previous else overview.since
    moves = [m.sentence for m in overview.workforce_moves(since)]
    themes = overview.themes()
    earlier_amber = {p.source for p in previous.points} if previous else set()
    amber = [
        t.title
        for t in themes
        if t.rag is Rag.AMBER and f"theme-amber:{t.title}" not in earlier_amber
    ]
    on_agenda = {p.source for p in meeting.points}
    proposed = propose_agenda(
        meeting_day=meeting.held_on,
        previous=previous,
        commitments=meeting_store.all_commitments(meetings),
        register=register_store.list_entries(store),
        moves=moves,
        red_themes=[t.title for t in themes if t.rag is Rag.RED],
        amber_themes=amber,
        removed=on_agenda,
        prompts=CONVERSATION_PROMPTS if with_prompts else (),
    )
    return proposed


def arrange(
    store: Store,
    held_on: dt.date,
    today: dt.date,
    with_whom: WithWhom = WithWhom.CHIEF_EXECUTIVE,
    attendees: str = "",
) -> tuple[int, Changes]:
    """Arrange a meeting with its proposed agenda accepted, in one step; return its id."""
    with store.transaction():
        meeting_id, changes = meeting_store.add_meeting(store, held_on, with_whom, attendees)
        changes |= meeting_store.add_points(
            store, meeting_id, propose_for(store, meeting_id, today)
        )
    return meeting_id, changes


def accept_proposal(
    store: Store, meeting_id: int, today: dt.date, *, prompts: bool = False
) -> tuple[list[int], Changes]:
    """Add what is proposed now and not yet on the agenda; return the new points' ids.

    With ``prompts``, add only the conversation prompts (the situation as I see it, what
    success looks like, and the rest) not yet on the agenda nor removed from it.
    """
    with store.transaction():
        before = meeting_store.get_meeting(store, meeting_id)
        known = {p.id for p in before.points} if before else set()
        proposed = propose_for(store, meeting_id, today, with_prompts=prompts)
        if prompts:
            proposed = [p for p in proposed if p.source.startswith("prompt:")]
        if not proposed:
            return [], Changes()
        changes = meeting_store.add_points(store, meeting_id, proposed)
        after = meeting_store.get_meeting(store, meeting_id)
        added = [p.id for p in after.points if p.id not in known] if after else []
    return added, changes


def next_meeting_words(store: Store, today: dt.date) -> str:
    """One line for the dashboard: the next one-to-one and what is due for it."""
    from dass_desktop.domain.dates import long_date

    meetings = meeting_store.list_meetings(store)
    upcoming = meeting_store.next_meeting(meetings, today)
    if upcoming is None:
        return "No one-to-one arranged yet (One-to-ones page)."
    open_points = len(upcoming.agenda)
    late = [c for c in meeting_store.all_commitments(meetings) if c.is_overdue(today)]
    due = [
        c
        for c in meeting_store.all_commitments(meetings)
        if c.is_due_by(upcoming.held_on) and not c.is_overdue(today)
    ]
    parts = [f"{open_points} point{'' if open_points == 1 else 's'} on the agenda"]
    if late:
        parts.append(f"{len(late)} commitment{'' if len(late) == 1 else 's'} overdue")
    if due:
        parts.append(f"{len(due)} due by then")
    return (
        f"Next one-to-one: {upcoming.with_whom.label.lower()}, {long_date(upcoming.held_on)}; "
        + ", ".join(parts)
        + "."
    )
