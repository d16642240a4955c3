"""Rules of the development record: checking a draft, and its highlights for the plans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dass_desktop.domain.development_terms import (
    DevelopmentDraft,
    DevelopmentRow,
    Highlights,
    RecordKind,
)
from dass_desktop.domain.errors import InvalidInput

MAX_TITLE = 200
SESSIONS = (RecordKind.MENTOR, RecordKind.COACH, RecordKind.PEER_SUPPORT)
EVENTS = (RecordKind.LEARNING, RecordKind.NETWORK)


@dataclass(frozen=True)
class CleanRecord:
    """A draft that passed :func:`validate_record`."""

    kind: RecordKind
    held_on: dt.date
    title: str
    with_whom: str
    themes: str
    will_try: str
    actions: tuple[str, ...]
    plan_item_ids: tuple[int, ...]


def validate_record(draft: DevelopmentDraft) -> CleanRecord:
    """Check a draft; raise :class:`InvalidInput` with one plain sentence when it is wrong."""
    try:
        kind = RecordKind(draft.kind)
    except ValueError:
        raise InvalidInput("kind", "Choose what kind of record this is.") from None
    title = " ".join(draft.title.split())
    with_whom = " ".join(draft.with_whom.split())
    if not title and not with_whom:
        raise InvalidInput("title", "Give the record a title, or say who it was with.")
    if len(title) > MAX_TITLE:
        raise InvalidInput("title", f"Keep the title to {MAX_TITLE} characters.")
    if len(with_whom) > MAX_TITLE:
        raise InvalidInput("with_whom", f"Keep who it was with to {MAX_TITLE} characters.")
    actions = tuple(a.strip() for a in draft.actions if a.strip())
    return CleanRecord(
        kind=kind,
        held_on=draft.held_on,
        title=title,
        with_whom=with_whom,
        themes=draft.themes.strip(),
        will_try=draft.will_try.strip(),
        actions=actions,
        plan_item_ids=tuple(dict.fromkeys(draft.plan_item_ids)),
    )


def highlights(
    rows: Iterable[DevelopmentRow],
    since: dt.date | None = None,
    until: dt.date | None = None,
    top: int = 4,
    names: bool = True,
) -> Highlights:
    """Sessions, feedback rounds, events and actions in a period, and a few lines to show.

    The lines are headings and "what I will try", newest first; no journal text ever.
    Without ``names``, a line says only the kind of record (a mentor is a person).
    """
    chosen = sorted(
        (
            r
            for r in rows
            if (since is None or r.held_on >= since) and (until is None or r.held_on <= until)
        ),
        key=lambda r: r.held_on,
        reverse=True,
    )
    actions = [a for r in chosen for a in r.actions]
    lines = []
    for r in chosen[:top]:
        tried = r.will_try.splitlines()[0] if r.will_try else ""
        what = r.heading if names else r.kind.label
        lines.append(f"{r.held_on:%d %b}: {what}" + (f" (trying: {tried})" if tried else ""))
    return Highlights(
        sessions=sum(r.kind in SESSIONS for r in chosen),
        feedback_rounds=sum(r.kind is RecordKind.FEEDBACK_360 for r in chosen),
        events=sum(r.kind in EVENTS for r in chosen),
        actions_done=sum(a.done for a in actions),
        actions_total=len(actions),
        lines=tuple(lines),
    )
