"""Quick capture's suggestions: recent places, teams and people first; themes after."""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import engagement_store, stakeholder_store, team_store
from dass_desktop.domain import engagement_suggestions as suggestions
from dass_desktop.domain.contact_terms import Category
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.store import Store
from tests.conftest import TODAY


def test_suggestions_put_recent_first(store: Store) -> None:
    """Recent places, teams and people come most recent first; themes after suggestions."""
    team, _ = team_store.add_team(store, TeamDraft("Hospital Discharge Team", ServiceArea.OTHER))
    dana, _ = stakeholder_store.add_stakeholder(
        store, StakeholderDraft("Dana Okafor", Category.STAFF), TODAY
    )
    lee, _ = stakeholder_store.add_stakeholder(
        store, StakeholderDraft("Lee Carter", Category.TRADE_UNIONS), TODAY
    )
    for day, place, people in (
        (dt.date(2026, 10, 1), "Civic Centre", (lee,)),
        (dt.date(2026, 11, 1), "Brackley Resource Centre", (dana,)),
    ):
        engagement_store.add_engagement(
            store,
            EngagementDraft(day, place=place, stakeholder_ids=people, themes="parking"),
            TODAY,
        )
    assert suggestions.recent_places(store) == ["Brackley Resource Centre", "Civic Centre"]
    assert suggestions.recent_stakeholder_ids(store) == [dana, lee]
    assert suggestions.recent_team_ids(store) == []
    assert suggestions.known_themes(store)[-1] == "parking"
    assert [r.occurred_on.month for r in engagement_store.list_engagements(store)] == [11, 10]
    assert len(engagement_store.list_engagements(store, stakeholder_id=lee)) == 1
    assert engagement_store.list_engagements(store, team_id=team) == []
