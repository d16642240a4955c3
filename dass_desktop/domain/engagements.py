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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from dass_desktop.domain import plan_rules, plan_store
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.contact_terms import EngagementKind, split_themes
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import Status
from dass_desktop.store import Store
from dass_desktop.store.models import (
    Engagement,
    EngagementAction,
    EngagementParticipant,
    EngagementTeam,
    EngagementTheme,
    PlanItem,
    Stakeholder,
    Team,
)

EARLIEST = dt.date(2000, 1, 1)
MAX_AHEAD = dt.timedelta(days=2 * 366)
MAX_TEXT = 10_000
MAX_STAFF = 10_000
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
    """Text kept as typed, with line endings made ``\\n`` and no NULs."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


# --- drafts ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionDraft:
    """An action arising, as typed: it becomes a plan action when the engagement is saved."""

    title: str
    owner: str = ""
    due_date: dt.date | None = None


@dataclass(frozen=True)
class EngagementDraft:
    """An engagement as typed in the quick capture form or the editor."""

    occurred_on: dt.date
    kind: EngagementKind | str = EngagementKind.INFORMAL_VISIT
    starts_at: dt.time | str | None = None
    place: str = ""
    team_ids: tuple[int, ...] = ()
    stakeholder_ids: tuple[int, ...] = ()
    staff_count: int | str | None = None
    going_well: str = ""
    to_improve: str = ""
    themes: tuple[str, ...] | str = ()
    follow_up_on: dt.date | None = None
    you_said_we_did: str = ""


@dataclass(frozen=True)
class _Clean:
    occurred_on: dt.date
    kind: EngagementKind
    starts_at: dt.time | None
    place: str
    team_ids: tuple[int, ...]
    stakeholder_ids: tuple[int, ...]
    staff_count: int | None
    going_well: str
    to_improve: str
    themes: tuple[str, ...]
    follow_up_on: dt.date | None
    you_said_we_did: str


def validate_engagement(draft: EngagementDraft, today: dt.date) -> _Clean:
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
    return _Clean(
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


# --- rows --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Named:
    """A team or person linked to an engagement: id, name and (for people) role."""

    id: int
    name: str
    detail: str = ""


@dataclass(frozen=True)
class LinkedAction:
    """A plan action that arose from an engagement, as it stands in the plan now."""

    item_id: int
    title: str
    owner: str
    due_date: dt.date | None
    status: Status
    completed_on: dt.date | None


@dataclass(frozen=True)
class EngagementRow:
    """An engagement as plain values, with its teams, people, themes and actions."""

    id: int
    occurred_on: dt.date
    starts_at: dt.time | None
    kind: EngagementKind
    place: str
    staff_count: int | None
    going_well: str
    to_improve: str
    follow_up_on: dt.date | None
    you_said_we_did: str
    teams: tuple[Named, ...] = ()
    people: tuple[Named, ...] = ()
    themes: tuple[str, ...] = ()
    actions: tuple[LinkedAction, ...] = ()

    def is_planned(self, today: dt.date) -> bool:
        """True while the engagement's date is still to come."""
        return self.occurred_on > today

    @property
    def open_actions(self) -> int:
        """How many of its actions are still open in the plan."""
        return sum(1 for a in self.actions if a.status.is_open)

    @property
    def actions_closed(self) -> bool:
        """True when it gave rise to actions and every one is now closed."""
        return bool(self.actions) and self.open_actions == 0

    @property
    def awaits_you_said_we_did(self) -> bool:
        """Every action is closed but nothing has been written back yet."""
        return self.actions_closed and not self.you_said_we_did

    @property
    def summary(self) -> str:
        """``Informal visit · Hospital Discharge Team · Royal Northmoor Infirmary``."""
        parts = [self.kind.label]
        if self.teams:
            parts.append(", ".join(t.name for t in self.teams))
        elif self.people:
            parts.append(", ".join(p.name for p in self.people[:3]))
        if self.place:
            parts.append(self.place)
        return " · ".join(parts)

    @property
    def who_or_where(self) -> str:
        """The teams, else the people, else the place: a short name for the engagement."""
        if self.teams:
            return ", ".join(t.name for t in self.teams)
        if self.people:
            more = f" and {len(self.people) - 2} more" if len(self.people) > 2 else ""
            return ", ".join(p.name for p in self.people[:2]) + more
        return self.place or self.kind.label

    @property
    def when(self) -> str:
        """``26 Nov 2026``, with the time when one was given."""
        time = f" at {self.starts_at:%H:%M}" if self.starts_at else ""
        return long_date(self.occurred_on) + time

    def draft(self) -> EngagementDraft:
        """The engagement as a draft, to prefill the editor."""
        return EngagementDraft(
            occurred_on=self.occurred_on,
            kind=self.kind,
            starts_at=f"{self.starts_at:%H:%M}" if self.starts_at else "",
            place=self.place,
            team_ids=tuple(t.id for t in self.teams),
            stakeholder_ids=tuple(p.id for p in self.people),
            staff_count="" if self.staff_count is None else str(self.staff_count),
            going_well=self.going_well,
            to_improve=self.to_improve,
            themes=self.themes,
            follow_up_on=self.follow_up_on,
            you_said_we_did=self.you_said_we_did,
        )


def you_said_we_did_suggestion(row: EngagementRow) -> str:
    """A first draft of "you said, we did" from what needed improving and the actions done."""
    said = " ".join(row.to_improve.split()) or ", ".join(row.themes) or "what you raised"
    done = [a.title for a in row.actions if a.status is Status.DONE]
    did = "; ".join(done) if done else "looked into it"
    return f"You said: {said}\nWe did: {did}."


def list_engagements(
    store: Store,
    *,
    ids: Iterable[int] | None = None,
    stakeholder_id: int | None = None,
    team_id: int | None = None,
) -> list[EngagementRow]:
    """Engagements not deleted (all, ``ids``, or those with a person or team), newest first."""
    query = select(Engagement).where(Engagement.deleted_at.is_(None))
    if ids is not None:
        query = query.where(Engagement.id.in_(list(ids)))
    if stakeholder_id is not None:
        query = query.where(
            Engagement.id.in_(
                select(EngagementParticipant.engagement_id).where(
                    EngagementParticipant.stakeholder_id == stakeholder_id
                )
            )
        )
    if team_id is not None:
        query = query.where(
            Engagement.id.in_(
                select(EngagementTeam.engagement_id).where(EngagementTeam.team_id == team_id)
            )
        )
    with store.read() as session:
        found = list(session.scalars(query))
        wanted = [e.id for e in found]
        teams: dict[int, list[Named]] = {}
        people: dict[int, list[Named]] = {}
        themes: dict[int, list[str]] = {}
        actions: dict[int, list[LinkedAction]] = {}
        # Fetched in chunks: SQLite limits how many values one IN (...) may hold.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for engagement_id, team in session.execute(
                select(EngagementTeam.engagement_id, Team)
                .join(Team, Team.id == EngagementTeam.team_id)
                .where(EngagementTeam.engagement_id.in_(chunk), Team.deleted_at.is_(None))
            ):
                teams.setdefault(engagement_id, []).append(Named(team.id, team.name))
            for engagement_id, person in session.execute(
                select(EngagementParticipant.engagement_id, Stakeholder)
                .join(Stakeholder, Stakeholder.id == EngagementParticipant.stakeholder_id)
                .where(
                    EngagementParticipant.engagement_id.in_(chunk),
                    Stakeholder.deleted_at.is_(None),
                )
            ):
                detail = ", ".join(p for p in (person.role, person.organisation) if p)
                people.setdefault(engagement_id, []).append(Named(person.id, person.name, detail))
            for engagement_id, theme in session.execute(
                select(EngagementTheme.engagement_id, EngagementTheme.theme).where(
                    EngagementTheme.engagement_id.in_(chunk)
                )
            ):
                themes.setdefault(engagement_id, []).append(theme)
            for engagement_id, item in session.execute(
                select(EngagementAction.engagement_id, PlanItem)
                .join(PlanItem, PlanItem.id == EngagementAction.plan_item_id)
                .where(EngagementAction.engagement_id.in_(chunk), PlanItem.deleted_at.is_(None))
                .order_by(PlanItem.id)
            ):
                actions.setdefault(engagement_id, []).append(
                    LinkedAction(
                        item.id,
                        item.title,
                        item.owner,
                        item.due_date,
                        Status(item.status),
                        item.completed_on,
                    )
                )
    rows = [
        EngagementRow(
            id=e.id,
            occurred_on=e.occurred_on,
            starts_at=e.starts_at,
            kind=EngagementKind(e.kind),
            place=e.place,
            staff_count=e.staff_count,
            going_well=e.going_well,
            to_improve=e.to_improve,
            follow_up_on=e.follow_up_on,
            you_said_we_did=e.you_said_we_did,
            teams=tuple(sorted(teams.get(e.id, []), key=lambda n: n.name.casefold())),
            people=tuple(sorted(people.get(e.id, []), key=lambda n: n.name.casefold())),
            themes=tuple(sorted(themes.get(e.id, []), key=str.casefold)),
            actions=tuple(actions.get(e.id, [])),
        )
        for e in found
    ]
    return sorted(rows, key=lambda r: (r.occurred_on, r.starts_at or dt.time(), r.id), reverse=True)


def get_engagement(store: Store, engagement_id: int) -> EngagementRow | None:
    """One engagement (None if it does not exist or is deleted)."""
    found = list_engagements(store, ids=[engagement_id])
    return found[0] if found else None


# --- changing ----------------------------------------------------------------------------
def _check_links(session: Session, clean: _Clean) -> None:
    if clean.team_ids:
        known = set(
            session.scalars(
                select(Team.id).where(Team.id.in_(clean.team_ids), Team.deleted_at.is_(None))
            )
        )
        if known != set(clean.team_ids):
            raise InvalidInput("teams", "One of the teams chosen has been deleted; choose again.")
    if clean.stakeholder_ids:
        known = set(
            session.scalars(
                select(Stakeholder.id).where(
                    Stakeholder.id.in_(clean.stakeholder_ids), Stakeholder.deleted_at.is_(None)
                )
            )
        )
        if known != set(clean.stakeholder_ids):
            raise InvalidInput("people", "One of the people chosen has been deleted; choose again.")


def _apply(engagement: Engagement, clean: _Clean) -> None:
    engagement.occurred_on = clean.occurred_on
    engagement.starts_at = clean.starts_at
    engagement.kind = clean.kind.value
    engagement.place = clean.place
    engagement.staff_count = clean.staff_count
    engagement.going_well = clean.going_well
    engagement.to_improve = clean.to_improve
    engagement.follow_up_on = clean.follow_up_on
    engagement.you_said_we_did = clean.you_said_we_did


def _link(session: Session, engagement_id: int, clean: _Clean) -> None:
    for table in (EngagementTeam, EngagementParticipant, EngagementTheme):
        session.execute(delete(table).where(table.engagement_id == engagement_id))
    session.add_all(EngagementTeam(engagement_id=engagement_id, team_id=t) for t in clean.team_ids)
    session.add_all(
        EngagementParticipant(engagement_id=engagement_id, stakeholder_id=s)
        for s in clean.stakeholder_ids
    )
    session.add_all(EngagementTheme(engagement_id=engagement_id, theme=t) for t in clean.themes)


def add_engagement(
    store: Store,
    draft: EngagementDraft,
    today: dt.date,
    actions: Sequence[ActionDraft] = (),
    start: dt.date | None = None,
) -> tuple[int, Changes]:
    """Log an engagement and put its actions in the plan; return its id.

    Everything is checked before anything is saved. Each action goes into the plan's
    "Actions arising" with ``engagement:<id>`` as its source and ``start`` (the director's
    start date) placing it in a phase.
    """
    clean = validate_engagement(draft, today)
    wanted = validate_actions(actions)
    # One transaction: the visit and every action it raised are saved together, or none.
    with store.transaction() as session:
        _check_links(session, clean)
        engagement = Engagement()
        _apply(engagement, clean)
        session.add(engagement)
        session.flush()
        engagement_id = engagement.id
        _link(session, engagement_id, clean)
        changes = Changes.of(Area.ENGAGEMENTS)
        if wanted:
            changes |= _add_actions(store, engagement_id, clean, wanted, start)
    return engagement_id, changes


def add_actions(
    store: Store,
    engagement_id: int,
    actions: Sequence[ActionDraft],
    today: dt.date,
    start: dt.date | None = None,
) -> Changes:
    """Put further actions arising from an engagement already logged into the plan."""
    wanted = validate_actions(actions)
    row = get_engagement(store, engagement_id)
    if row is None:
        raise InvalidInput("actions", "That visit is no longer in the log.")
    if not wanted:
        return Changes()
    with store.transaction():  # all the actions, or none
        return _add_actions(
            store, engagement_id, validate_engagement(row.draft(), today), wanted, start
        )


def _add_actions(
    store: Store,
    engagement_id: int,
    clean: _Clean,
    actions: Sequence[ActionDraft],
    start: dt.date | None,
) -> Changes:
    where = f" at {clean.place}" if clean.place else ""
    findings = f"Arose from the {clean.kind.label.lower()} on {long_date(clean.occurred_on)}{where}"
    findings += f": “{clean.to_improve}”" if clean.to_improve else "."
    changes = Changes.of(Area.ENGAGEMENTS)
    for action in actions:
        item_id, added = plan_store.add_action(
            store,
            title=action.title,
            due_date=action.due_date,
            owner=action.owner,
            source=f"engagement:{engagement_id}",
            findings=findings,
            start=start,
        )
        with store.transaction() as session:
            session.add(EngagementAction(engagement_id=engagement_id, plan_item_id=item_id))
        changes |= added
    return changes


def update_engagement_and_add_actions(
    store: Store,
    engagement_id: int,
    draft: EngagementDraft,
    actions: Sequence[ActionDraft],
    today: dt.date,
    start: dt.date | None = None,
) -> Changes:
    """Save an edited engagement and the new actions it raised, in one transaction."""
    validate_actions(actions)
    with store.transaction():
        changes = update_engagement(store, engagement_id, draft, today)
        changes |= add_actions(store, engagement_id, actions, today, start)
    return changes


def update_engagement(
    store: Store, engagement_id: int, draft: EngagementDraft, today: dt.date
) -> Changes:
    """Change an engagement: its details, teams, people, themes and "you said, we did"."""
    clean = validate_engagement(draft, today)
    with store.transaction() as session:
        engagement = session.get(Engagement, engagement_id)
        if engagement is None or engagement.deleted_at is not None:
            raise InvalidInput("occurred_on", "That visit is no longer in the log.")
        _check_links(session, clean)
        _apply(engagement, clean)
        _link(session, engagement_id, clean)
    return Changes.of(Area.ENGAGEMENTS)


def delete_engagements(store: Store, ids: Sequence[int], now: dt.datetime) -> Changes:
    """Delete engagements (their plan actions stay in the plan); undo restores them whole."""
    with store.transaction() as session:
        session.execute(
            update(Engagement)
            .where(Engagement.id.in_(list(ids)), Engagement.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.ENGAGEMENTS)


def restore_engagements(store: Store, ids: Sequence[int]) -> Changes:
    """Undo the deletion of engagements."""
    with store.transaction() as session:
        session.execute(
            update(Engagement).where(Engagement.id.in_(list(ids))).values(deleted_at=None)
        )
    return Changes.of(Area.ENGAGEMENTS)
