"""The words and row types of staff award rounds: categories, nominations and winners."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class NomineeKind(enum.Enum):
    """Who can be nominated."""

    PERSON = "person"
    TEAM = "team"

    @property
    def label(self) -> str:
        """The kind in words."""
        return "A person" if self is NomineeKind.PERSON else "A team"


@dataclass(frozen=True)
class NominationDraft:
    """A nomination as typed: a team by id, or a person by name."""

    nominee_kind: NomineeKind | str
    nominee_name: str = ""
    team_id: int | None = None
    nominated_by: str = ""
    reason: str = ""


@dataclass(frozen=True)
class NominationRow:
    """A nomination as plain values; ``nominee`` is the name shown."""

    id: int
    category_id: int
    nominee_kind: NomineeKind
    team_id: int | None
    nominee_name: str
    nominee: str
    nominated_by: str
    reason: str
    is_winner: bool

    def draft(self) -> NominationDraft:
        """The nomination as a draft, to prefill an editor."""
        return NominationDraft(
            self.nominee_kind, self.nominee_name, self.team_id, self.nominated_by, self.reason
        )


@dataclass(frozen=True)
class CategoryRow:
    """A category with its nominations."""

    id: int
    round_id: int
    name: str
    nominations: tuple[NominationRow, ...] = field(default=())

    @property
    def winners(self) -> tuple[NominationRow, ...]:
        """The nominations marked as winners."""
        return tuple(n for n in self.nominations if n.is_winner)


@dataclass(frozen=True)
class RoundRow:
    """An award round with its categories, in order."""

    id: int
    name: str
    event_on: dt.date | None
    venue: str
    categories: tuple[CategoryRow, ...] = field(default=())

    @property
    def nomination_count(self) -> int:
        """Nominations across every category."""
        return sum(len(c.nominations) for c in self.categories)
