"""Suggestions for the quick capture form, from what the visit log already holds.

Recent places, the teams visited and the people met most recently come first, so that
logging the next visit is mostly a matter of ticking; the suggested themes come before the
director's own, most used first.
"""

from __future__ import annotations

from sqlalchemy import func, select

from dass_desktop.domain.contact_terms import THEME_SUGGESTIONS
from dass_desktop.store import Store
from dass_desktop.store.models import (
    Engagement,
    EngagementParticipant,
    EngagementTeam,
    EngagementTheme,
)


def recent_places(store: Store, limit: int = 15) -> list[str]:
    """Places visited, the most recently visited first."""
    with store.read() as session:
        rows = session.execute(
            select(Engagement.place, func.max(Engagement.occurred_on))
            .where(Engagement.place != "", Engagement.deleted_at.is_(None))
            .group_by(Engagement.place)
            .order_by(func.max(Engagement.occurred_on).desc(), Engagement.place)
            .limit(limit)
        )
        return [place for place, _ in rows]


def recent_team_ids(store: Store, limit: int = 8) -> list[int]:
    """Teams in the most recent engagements, most recent first."""
    return _recent(store, EngagementTeam.team_id, EngagementTeam.engagement_id, limit)


def recent_stakeholder_ids(store: Store, limit: int = 12) -> list[int]:
    """People met most recently, most recent first."""
    return _recent(
        store, EngagementParticipant.stakeholder_id, EngagementParticipant.engagement_id, limit
    )


def _recent(store: Store, column: object, engagement_column: object, limit: int) -> list[int]:
    last = func.max(Engagement.occurred_on)
    with store.read() as session:
        rows = session.execute(
            select(column, last)  # type: ignore[call-overload]
            .join(Engagement, Engagement.id == engagement_column)
            .where(Engagement.deleted_at.is_(None))
            .group_by(column)
            .order_by(last.desc())
            .limit(limit)
        )
        return [int(value) for value, _ in rows]


def known_themes(store: Store) -> list[str]:
    """The suggested themes, then the director's own themes, most used first."""
    with store.read() as session:
        used = session.execute(
            select(EngagementTheme.theme, func.count())
            .group_by(EngagementTheme.theme)
            .order_by(func.count().desc(), EngagementTheme.theme)
        )
        own = [theme for theme, _ in used if theme not in THEME_SUGGESTIONS]
    return [*THEME_SUGGESTIONS, *own]
