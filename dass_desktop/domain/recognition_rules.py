"""Rules of the recognition log: checking a draft, the prompt, who has not been thanked.

Pure functions of plain rows and an injected ``today``, so the dashboard, the plans and
the tests ask the same questions and get the same answers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.recognition_terms import (
    RecognitionDraft,
    RecognitionPrompt,
    RecognitionRow,
    RecognitionSummary,
    ShareWay,
    WhoKind,
)

#: Days without any recognition logged before the dashboard prompts.
PROMPT_AFTER_DAYS = 30
MAX_NAME = 200
MAX_THEME = 60


@dataclass(frozen=True)
class CleanRecognition:
    """A draft that passed :func:`validate_recognition`."""

    given_on: dt.date
    who_kind: WhoKind
    who_id: int | None
    who_name: str
    what_for: str
    theme: str
    shared_how: ShareWay
    engagement_id: int | None


def validate_recognition(draft: RecognitionDraft, today: dt.date) -> CleanRecognition:
    """Check a draft; raise :class:`InvalidInput` with one plain sentence when it is wrong."""
    try:
        kind = WhoKind(draft.who_kind)
    except ValueError:
        raise InvalidInput("who_kind", "Choose a person, a team or a contact.") from None
    name = " ".join(draft.who_name.split())
    if kind is WhoKind.PERSON:
        if not name:
            raise InvalidInput("who_name", "Say whom you thanked.")
        who_id = None
    else:
        if draft.who_id is None:
            raise InvalidInput("who_id", f"Choose the {kind.value} you thanked.")
        who_id = draft.who_id
    if len(name) > MAX_NAME:
        raise InvalidInput("who_name", f"Keep the name to {MAX_NAME} characters.")
    what_for = draft.what_for.strip()
    if not what_for:
        raise InvalidInput("what_for", "Say what the thanks was for.")
    if draft.given_on > today:
        raise InvalidInput("given_on", "A recognition cannot be dated in the future.")
    theme = " ".join(draft.theme.split())
    if len(theme) > MAX_THEME:
        raise InvalidInput("theme", f"Keep the theme to {MAX_THEME} characters.")
    try:
        way = ShareWay(draft.shared_how)
    except ValueError:
        raise InvalidInput("shared_how", "Choose how the thanks was shared.") from None
    return CleanRecognition(
        given_on=draft.given_on,
        who_kind=kind,
        who_id=who_id,
        who_name=name,
        what_for=what_for,
        theme=theme,
        shared_how=way,
        engagement_id=draft.engagement_id,
    )


def recognition_prompt(
    given: Iterable[dt.date], today: dt.date, start: dt.date | None = None
) -> RecognitionPrompt | None:
    """A nudge when nothing has been recognised for :data:`PROMPT_AFTER_DAYS` days.

    Args:
        given: The dates recognitions were given on.
        today: Today.
        start: The director's start date; no nudge in the first month when none is logged.
    """
    past = [day for day in given if day <= today]
    if past:
        days = (today - max(past)).days
        if days < PROMPT_AFTER_DAYS:
            return None
        return RecognitionPrompt(
            f"Nothing celebrated for {days} days: who has done something worth thanking?",
            days,
        )
    if start is not None and (today - start).days < PROMPT_AFTER_DAYS:
        return None
    return RecognitionPrompt(
        "No recognition logged yet: thank a team or a person for something done well.", None
    )


def teams_thanked(rows: Iterable[RecognitionRow]) -> set[int | None]:
    """The ids of the teams the recognitions name (as :func:`summarise` counts them)."""
    return {r.who_id for r in rows if r.who_kind is WhoKind.TEAM}


def teams_never_recognised(
    teams: Sequence[tuple[int, str]], rows: Iterable[RecognitionRow] | set[int | None]
) -> list[tuple[int, str]]:
    """The teams (id, name) no recognition has named, in the order given; ``rows`` may be
    the recognitions or the :func:`teams_thanked` by them.
    """
    thanked = rows if isinstance(rows, set) else teams_thanked(rows)
    return [(team_id, name) for team_id, name in teams if team_id not in thanked]


def summarise(
    rows: Iterable[RecognitionRow],
    teams_total: int,
    since: dt.date | None = None,
    until: dt.date | None = None,
    top: int = 5,
) -> RecognitionSummary:
    """How many recognitions in the period, teams reached, top themes and ways shared."""
    chosen = [
        r
        for r in rows
        if (since is None or r.given_on >= since) and (until is None or r.given_on <= until)
    ]
    return summary_from_counts(
        len(chosen),
        len({r.who_id for r in chosen if r.who_kind is WhoKind.TEAM}),
        teams_total,
        Counter(r.theme for r in chosen if r.theme).items(),
        Counter(r.shared_how for r in chosen).items(),
        top,
    )


def summary_from_counts(
    count: int,
    teams_thanked: int,
    teams_total: int,
    themes: Iterable[tuple[str, int]],
    ways: Iterable[tuple[ShareWay, int]],
    top: int = 5,
) -> RecognitionSummary:
    """The summary from counts by theme as written and by way shared (see :func:`summarise`;
    ``recognition_store.summary`` counts them in SQL).
    """
    by_theme: Counter[str] = Counter()
    for theme, n in themes:
        by_theme[theme.lower()] += n
    by_way: Counter[str] = Counter()
    for way, n in ways:
        by_way[way.label] += n
    return RecognitionSummary(
        count=count,
        teams_thanked=teams_thanked,
        teams_total=teams_total,
        themes=tuple(sorted(by_theme.items(), key=lambda kv: (-kv[1], kv[0]))[:top]),
        by_way=tuple(sorted(by_way.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
