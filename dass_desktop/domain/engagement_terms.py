"""The words and row types of the visit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.plan_terms import Status

EARLIEST = dt.date(2000, 1, 1)


MAX_AHEAD = dt.timedelta(days=2 * 366)


MAX_TEXT = 10_000


MAX_STAFF = 10_000


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
class CleanEngagement:
    """An engagement draft checked and tidied, ready to save."""

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


# --- the log's summary ----------------------------------------------------------------------
def reach_sentence(reached: int, total: int) -> str:
    """``11 of 13 teams (85%)``, or a sentence when there are no teams."""
    if not total:
        return "No teams in the register yet"
    return f"{reached} of {total} teams ({round(100 * reached / total)}%)"


@dataclass(frozen=True)
class LogCounts:
    """What the visit log's summary line counts: the same figures as the read model's
    ``VisitFigures`` (held, booked, teams reached), and the visits to write back to.
    """

    held: int
    booked: int
    teams_reached: int
    teams_total: int
    to_write_back: int

    @property
    def reach_sentence(self) -> str:
        """``11 of 13 teams (85%)``, or a sentence when there are no teams."""
        return reach_sentence(self.teams_reached, self.teams_total)


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
