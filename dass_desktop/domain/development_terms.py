"""The words and row types of the director's own development record."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class RecordKind(enum.Enum):
    """What a development record is."""

    MENTOR = "mentor"
    COACH = "coach"
    FEEDBACK_360 = "feedback-360"
    LEARNING = "learning"
    NETWORK = "network"
    PEER_SUPPORT = "peer-support"

    @property
    def label(self) -> str:
        """The kind in words."""
        return {
            RecordKind.MENTOR: "Mentor session",
            RecordKind.COACH: "Coaching session",
            RecordKind.FEEDBACK_360: "360-degree feedback round",
            RecordKind.LEARNING: "Learning event",
            RecordKind.NETWORK: "Network event",
            RecordKind.PEER_SUPPORT: "Peer support",
        }[self]


@dataclass(frozen=True)
class DevelopmentDraft:
    """A development record as typed."""

    kind: RecordKind | str
    held_on: dt.date
    title: str = ""
    with_whom: str = ""
    themes: str = ""
    will_try: str = ""
    actions: tuple[str, ...] = ()
    plan_item_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActionRow:
    """An action taken from a record."""

    id: int
    text: str
    done: bool


@dataclass(frozen=True)
class DevelopmentRow:
    """A development record as plain values, with its actions and linked plan items."""

    id: int
    kind: RecordKind
    held_on: dt.date
    title: str
    with_whom: str
    themes: str
    will_try: str
    actions: tuple[ActionRow, ...] = field(default=())
    plan_items: tuple[tuple[int, str], ...] = field(default=())

    @property
    def heading(self) -> str:
        """The title, or the kind and who it was with when there is no title."""
        if self.title:
            return self.title
        return f"{self.kind.label} with {self.with_whom}" if self.with_whom else self.kind.label

    def draft(self) -> DevelopmentDraft:
        """The record as a draft, to prefill an editor."""
        return DevelopmentDraft(
            kind=self.kind,
            held_on=self.held_on,
            title=self.title,
            with_whom=self.with_whom,
            themes=self.themes,
            will_try=self.will_try,
            actions=tuple(a.text for a in self.actions),
            plan_item_ids=tuple(item_id for item_id, _ in self.plan_items),
        )


@dataclass(frozen=True)
class Highlights:
    """Development in a period, for the six-month plan (no journal text, ever)."""

    sessions: int
    feedback_rounds: int
    events: int
    actions_done: int
    actions_total: int
    lines: tuple[str, ...]
