"""The visit log: visits, meetings, briefings and calls, each one record (an engagement).

An engagement holds when and where, the teams involved, the people met, what is going well,
what needs to improve, the themes heard, a follow-up date, and the actions it gave rise to.
Actions live in the plan (under "Actions arising", with ``engagement:<id>`` as their
source) and are linked back here, so closing one in the plan shows here too; once every
action is closed the director can write back "you said, we did". A date still to come is
allowed: such an engagement is *planned* until the day comes (worked out, never stored).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from dass_desktop.domain import plan_rules
from dass_desktop.domain.contact_terms import EngagementKind, split_themes
from dass_desktop.domain.engagement_terms import (
    EARLIEST,
    MAX_AHEAD,
    MAX_STAFF,
    MAX_TEXT,
    ActionDraft,
    CleanEngagement,
    EngagementDraft,
    EngagementRow,
    LogCounts,
)
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import Status

_TIME = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)


# --- the rules ---------------------------------------------------------------------------
def parse_time(value: dt.time | str | None) -> dt.time | None:
    """A start time from ``10:30``, ``1030``, ``10.30``, ``2pm`` or ``2:15 pm`` (blank: none).

    Raises:
        InvalidInput: for ``starts_at`` when the text is not a time of day.
    """
    if value is None or isinstance(value, dt.time):
        return value
    text = value.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is not None:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").lower()
        if suffix and not 1 <= hour <= 12:
            match = None
        elif suffix == "pm" and hour != 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        if match is not None and 0 <= hour <= 23 and 0 <= minute <= 59:
            return dt.time(hour, minute)
    raise InvalidInput(
        "starts_at", f"'{text}' is not a time; write it as 10:30, or leave it blank."
    )


def parse_staff_count(value: int | str | None) -> int | None:
    """How many staff attended, from what was typed (blank: not counted)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if not text.isdigit():
        raise InvalidInput("staff_count", "Give the number of staff as a whole number, e.g. 12.")
    number = int(text)
    if number > MAX_STAFF:
        raise InvalidInput("staff_count", "That is more staff than any one visit; check it.")
    return number


def plain(text: str) -> str:
    """Text kept as typed, with line endings made newlines and no NULs."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def validate_engagement(draft: EngagementDraft, today: dt.date) -> CleanEngagement:
    """Check a draft; raise :class:`InvalidInput` naming the first fault.

    A date after ``today`` is allowed (the engagement is planned), up to two years ahead.
    """
    day = draft.occurred_on
    if day < EARLIEST:
        raise InvalidInput("occurred_on", "That date looks too early; check the year.")
    if day > today + MAX_AHEAD:
        raise InvalidInput("occurred_on", "That date is more than two years ahead; check the year.")
    try:
        kind = EngagementKind(draft.kind)
    except ValueError:
        raise InvalidInput("kind", "Choose what kind of visit or meeting it was.") from None
    texts = {}
    for name in ("going_well", "to_improve", "you_said_we_did"):
        texts[name] = plain(getattr(draft, name))
        if len(texts[name]) > MAX_TEXT:
            raise InvalidInput(name, f"Keep this under {MAX_TEXT} characters.")
    themes = tuple(
        split_themes(draft.themes if isinstance(draft.themes, str) else ",".join(draft.themes))
    )
    place = " ".join(draft.place.split())[:200]
    teams = tuple(dict.fromkeys(draft.team_ids))
    people = tuple(dict.fromkeys(draft.stakeholder_ids))
    if not (place or teams or people or texts["going_well"] or texts["to_improve"] or themes):
        raise InvalidInput(
            "place", "Say where it was, which teams or who you met, or what you heard."
        )
    if draft.follow_up_on is not None and draft.follow_up_on < day:
        raise InvalidInput(
            "follow_up_on", "The follow-up date is before the visit itself; check it."
        )
    return CleanEngagement(
        occurred_on=day,
        kind=kind,
        starts_at=parse_time(draft.starts_at),
        place=place,
        team_ids=teams,
        stakeholder_ids=people,
        staff_count=parse_staff_count(draft.staff_count),
        going_well=texts["going_well"],
        to_improve=texts["to_improve"],
        themes=themes,
        follow_up_on=draft.follow_up_on,
        you_said_we_did=texts["you_said_we_did"],
    )


def validate_actions(actions: Sequence[ActionDraft]) -> list[ActionDraft]:
    """Actions with titles tidied; :class:`InvalidInput` for ``actions`` on an empty title."""
    clean = []
    for action in actions:
        try:
            title = plan_rules.clean_title(action.title)
        except InvalidInput as problem:
            raise InvalidInput("actions", f"An action arising: {problem.message}") from None
        clean.append(ActionDraft(title, " ".join(action.owner.split())[:200], action.due_date))
    return clean


def you_said_we_did_suggestion(row: EngagementRow) -> str:
    """A first draft of "you said, we did" from what needed improving and the actions done."""
    said = " ".join(row.to_improve.split()) or ", ".join(row.themes) or "what you raised"
    done = [a.title for a in row.actions if a.status is Status.DONE]
    did = "; ".join(done) if done else "looked into it"
    return f"You said: {said}\nWe did: {did}."


def log_counts(
    logged: Sequence[EngagementRow], team_ids: Collection[int], first: dt.date, today: dt.date
) -> LogCounts:
    """Visits held from ``first`` to ``today``, booked after it, the live teams (``team_ids``)
    they reached, and those waiting for "you said, we did": what
    :func:`overview_rules.visit_figures` counts, without its themes, weeks and coverage.
    """
    held = [e for e in logged if first <= e.occurred_on <= today]
    reached = {t.id for e in held for t in e.teams}.intersection(team_ids)
    return LogCounts(
        held=len(held),
        booked=sum(1 for e in logged if e.is_planned(today)),
        teams_reached=len(reached),
        teams_total=len(team_ids),
        to_write_back=sum(1 for e in logged if e.awaits_you_said_we_did),
    )
