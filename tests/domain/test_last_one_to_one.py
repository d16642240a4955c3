"""Where "what changed since the last one-to-one" runs from: the meetings kept on the
One-to-ones page, and a logged engagement with the chief executive only while there are none.
"""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import engagement_store, meeting_store, stakeholder_store
from dass_desktop.domain.contact_terms import Category, EngagementKind
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.domain.meeting_terms import WithWhom
from dass_desktop.domain.overview_store import Overview
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.store import Store
from tests.conftest import TODAY


def test_the_last_meeting_with_the_chief_executive_wins_over_other_contact(
    store_with_profile: Store,
) -> None:
    """An engagement the chief executive attended stands in only until a one-to-one is kept;
    then the last one-to-one with the chief executive before today is the date, and a later
    meeting with the lead member or one still to come does not count.
    """
    store = store_with_profile
    profile = load_profile(store)
    assert profile is not None
    assert profile.chief_executive_name
    chief, _ = stakeholder_store.add_stakeholder(
        store, StakeholderDraft(profile.chief_executive_name, Category.COUNCIL_LEADERSHIP), TODAY
    )
    attended = TODAY - dt.timedelta(days=7)
    engagement_store.add_engagement(
        store,
        EngagementDraft(attended, EngagementKind.TEAM_MEETING, stakeholder_ids=(chief,)),
        TODAY,
    )
    assert Overview(store, TODAY).last_one_to_one == attended
    held = TODAY - dt.timedelta(days=14)
    meeting_store.add_meeting(store, held)
    meeting_store.add_meeting(store, TODAY - dt.timedelta(days=3), WithWhom.LEAD_MEMBER)
    meeting_store.add_meeting(store, TODAY + dt.timedelta(days=7))
    overview = Overview(store, TODAY)
    assert overview.last_one_to_one == held
    assert overview.since == held
