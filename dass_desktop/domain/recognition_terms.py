"""The words and row types of the recognition log: who was thanked, for what, and how."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class WhoKind(enum.Enum):
    """Whom a recognition thanks."""

    PERSON = "person"
    TEAM = "team"
    CONTACT = "contact"

    @property
    def label(self) -> str:
        """The kind in words."""
        return _KIND_LABELS[self.value]


class ShareWay(enum.Enum):
    """How the thanks was shared."""

    TEAM_MEETING = "team-meeting"
    NEWSLETTER = "newsletter"
    ALL_STAFF = "all-staff-briefing"
    PERSONAL_NOTE = "personal-note"
    STAFF_AWARDS = "staff-awards"
    IN_PERSON = "in-person"

    @property
    def label(self) -> str:
        """The way in words."""
        return _WAY_LABELS[self.value]


# Looked up by value: the log's search and sort ask for a label per row, tens of thousands.
_KIND_LABELS = {"person": "A person", "team": "A team", "contact": "A contact"}
_WAY_LABELS = {
    "team-meeting": "At a team meeting",
    "newsletter": "In the newsletter",
    "all-staff-briefing": "At an all-staff briefing",
    "personal-note": "A personal note",
    "staff-awards": "At the staff awards",
    "in-person": "In person",
}


@dataclass(frozen=True)
class RecognitionDraft:
    """A recognition as typed: ``who_id`` names a team or contact; a person is by name."""

    given_on: dt.date
    who_kind: WhoKind | str
    what_for: str
    who_id: int | None = None
    who_name: str = ""
    theme: str = ""
    shared_how: ShareWay | str = ShareWay.PERSONAL_NOTE
    engagement_id: int | None = None


@dataclass(frozen=True, slots=True)
class RecognitionRow:
    """A recognition as plain values; ``who`` is the name shown (the team's or contact's)."""

    id: int
    given_on: dt.date
    who_kind: WhoKind
    who_id: int | None
    who_name: str
    who: str
    what_for: str
    theme: str
    shared_how: ShareWay
    engagement_id: int | None = None

    def draft(self) -> RecognitionDraft:
        """The recognition as a draft, to prefill an editor."""
        return RecognitionDraft(
            given_on=self.given_on,
            who_kind=self.who_kind,
            what_for=self.what_for,
            who_id=self.who_id,
            who_name=self.who_name,
            theme=self.theme,
            shared_how=self.shared_how,
            engagement_id=self.engagement_id,
        )


@dataclass(frozen=True)
class RecognitionPrompt:
    """The dashboard's nudge to thank someone, with the days since the last thanks."""

    text: str
    days_since: int | None


@dataclass(frozen=True)
class RecognitionSummary:
    """Counts for a period: how many, teams reached, and the commonest themes."""

    count: int
    teams_thanked: int
    teams_total: int
    themes: tuple[tuple[str, int], ...]
    by_way: tuple[tuple[str, int], ...]
