"""What a change touched, so open pages refresh only what they show.

Every domain function that writes returns a :class:`Changes`. The window broadcasts it to
every page through one signal; each page checks :meth:`Changes.touches` for the areas it
displays and refreshes only then.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Area(enum.Enum):
    """A part of the director's data that pages can display."""

    PROFILE = "profile"
    PLAN = "plan"
    NARRATIVE = "narrative"
    TEAMS = "teams"
    WORKFORCE = "workforce"
    CONTACTS = "contacts"
    ENGAGEMENTS = "engagements"
    MEETINGS = "meetings"
    REGISTER = "register"
    RECOGNITION = "recognition"
    DEVELOPMENT = "development"


@dataclass(frozen=True)
class Changes:
    """The areas (and, where known, the row ids) that one operation changed."""

    areas: frozenset[Area] = frozenset()
    ids: frozenset[tuple[Area, int]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        """Changes touching whole areas."""
        return cls(frozenset(areas))

    @classmethod
    def everything(cls) -> Changes:
        """Changes touching every area (after a restore or import)."""
        return cls(frozenset(Area))

    def touches(self, *areas: Area) -> bool:
        """True when any of ``areas`` changed."""
        return any(a in self.areas for a in areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.areas)
