"""The visit log: engagements with teams, people, themes and plan actions, and their rules."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import (
    engagement_rules,
    engagement_store,
    plan_store,
    plan_terms,
    stakeholder_store,
    team_store,
)
from dass_desktop.domain.changes import Area
from dass_desktop.domain.contact_terms import Category, EngagementKind, clean_theme, split_themes
from dass_desktop.domain.engagement_rules import parse_time
from dass_desktop.domain.engagement_terms import ActionDraft, EngagementDraft
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from tests.conftest import TODAY

START = dt.date(2026, 9, 7)


@pytest.fixture
def linked(store_with_profile: Store) -> tuple[Store, int, int, int]:
    """A store with a team and two people to link engagements to."""
    store = store_with_profile
    team, _ = team_store.add_team(store, TeamDraft("Hospital Discharge Team", ServiceArea.OTHER))
    dana, _ = stakeholder_store.add_stakeholder(
        store, StakeholderDraft("Dana Okafor", Category.STAFF, role="Team manager"), START
    )
    lee, _ = stakeholder_store.add_stakeholder(
        store,
        StakeholderDraft("Lee Carter", Category.TRADE_UNIONS, role="UNISON branch secretary"),
        START,
    )
    return store, team, dana, lee


def test_visit_with_team_people_themes_and_actions(linked: tuple[Store, int, int, int]) -> None:
    """One engagement saves its links, and each action lands in the plan, linked back."""
    store, team, dana, lee = linked
    engagement_id, changes = engagement_store.add_engagement(
        store,
        EngagementDraft(
            occurred_on=dt.date(2026, 11, 20),
            kind=EngagementKind.INFORMAL_VISIT,
            starts_at="10.30",
            place=" Royal Northmoor  Infirmary ",
            team_ids=(team,),
            stakeholder_ids=(dana, lee, dana),
            staff_count="14",
            going_well="Daily huddle with the wards",
            to_improve="Weekend cover depends on goodwill",
            themes="Workload, hospital discharge, workload, It and Systems",
            follow_up_on=dt.date(2026, 12, 18),
        ),
        TODAY,
        actions=[ActionDraft("Review weekend rota", "Dana Okafor", dt.date(2026, 12, 18))],
        start=START,
    )
    assert changes.touches(Area.ENGAGEMENTS)
    assert changes.touches(Area.PLAN)
    row = engagement_store.get_engagement(store, engagement_id)
    assert row is not None
    assert row.place == "Royal Northmoor Infirmary"
    assert row.starts_at == dt.time(10, 30)
    assert row.staff_count == 14
    assert [t.name for t in row.teams] == ["Hospital Discharge Team"]
    assert [p.name for p in row.people] == ["Dana Okafor", "Lee Carter"]
    assert row.themes == ("hospital discharge", "IT and systems", "workload")
    (action,) = row.actions
    assert action.title == "Review weekend rota"
    assert action.status is plan_terms.Status.NOT_STARTED
    item = plan_store.get_item(store, action.item_id, START)
    assert item is not None
    assert item.source == f"engagement:{engagement_id}"
    assert item.theme_title == plan_terms.ACTIONS_THEME_TITLE
    assert item.phase is Phase.TO_MONTH_6  # due on day 103
    assert "informal visit on 20 Nov 2026 at Royal Northmoor Infirmary" in item.findings
    assert row.summary == "Informal visit · Hospital Discharge Team · Royal Northmoor Infirmary"


def test_future_visit_is_allowed_and_planned(linked: tuple[Store, int, int, int]) -> None:
    """A date to come is saved and marked planned until its day."""
    store, team, _, _ = linked
    engagement_id, _ = engagement_store.add_engagement(
        store, EngagementDraft(dt.date(2026, 12, 9), team_ids=(team,)), TODAY
    )
    row = engagement_store.get_engagement(store, engagement_id)
    assert row is not None
    assert row.is_planned(TODAY)
    assert not row.is_planned(dt.date(2026, 12, 9))


def test_bad_input_is_refused_and_nothing_saved(linked: tuple[Store, int, int, int]) -> None:
    """Each fault names its field; nothing reaches the log or the plan."""
    store, team, _, _ = linked
    day = dt.date(2026, 11, 20)
    cases = [
        (EngagementDraft(day), "place"),
        (EngagementDraft(day, place="Civic Centre", starts_at="25:00"), "starts_at"),
        (EngagementDraft(day, place="Civic Centre", staff_count="a dozen"), "staff_count"),
        (EngagementDraft(day, place="x", follow_up_on=day - dt.timedelta(days=1)), "follow_up_on"),
        (EngagementDraft(dt.date(2029, 1, 1), place="x"), "occurred_on"),
        (EngagementDraft(day, kind="séance", place="x"), "kind"),
        (EngagementDraft(day, team_ids=(team + 99,)), "teams"),
    ]
    for draft, field in cases:
        with pytest.raises(InvalidInput) as raised:
            engagement_store.add_engagement(store, draft, TODAY)
        assert raised.value.field == field, field
    with pytest.raises(InvalidInput) as raised:
        engagement_store.add_engagement(
            store, EngagementDraft(day, place="x"), TODAY, actions=[ActionDraft("  ")]
        )
    assert raised.value.field == "actions"
    assert engagement_store.list_engagements(store) == []
    assert not [r for r in plan_store.list_items(store, START) if r.source.startswith("engagement")]


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("10:30", dt.time(10, 30)),
        ("0930", dt.time(9, 30)),
        ("2pm", dt.time(14, 0)),
        ("12:15 am", dt.time(0, 15)),
        ("", None),
    ],
)
def test_times_are_read_as_typed(typed: str, time: dt.time | None) -> None:
    """Common ways of writing a time of day are understood."""
    assert parse_time(typed) == time


def test_themes_are_tidied_to_suggestions() -> None:
    """A suggested theme keeps its spelling whatever the case; own themes are kept."""
    assert clean_theme("it AND systems") == "IT and systems"
    assert clean_theme("Parking at the Civic Centre") == "parking at the Civic Centre"
    assert split_themes("NHS liaison, pay,Pay") == ["NHS liaison", "pay"]


def test_edit_delete_restore_and_you_said_we_did(linked: tuple[Store, int, int, int]) -> None:
    """Editing replaces links; closing every action invites "you said, we did"."""
    store, team, dana, lee = linked
    engagement_id, _ = engagement_store.add_engagement(
        store,
        EngagementDraft(
            dt.date(2026, 10, 14),
            EngagementKind.TEAM_MEETING,
            team_ids=(team,),
            stakeholder_ids=(dana,),
            to_improve="Laptops take 20 minutes to start",
            themes=("IT and systems",),
        ),
        TODAY,
        actions=[ActionDraft("Ask IT for faster laptops", "Head of digital")],
    )
    row = engagement_store.get_engagement(store, engagement_id)
    assert row is not None
    assert not row.awaits_you_said_we_did
    plan_store.update_item(store, row.actions[0].item_id, TODAY, status=plan_terms.Status.DONE)
    row = engagement_store.get_engagement(store, engagement_id)
    assert row is not None
    assert row.awaits_you_said_we_did
    suggestion = engagement_rules.you_said_we_did_suggestion(row)
    assert "Laptops take 20 minutes" in suggestion
    assert "Ask IT for faster laptops" in suggestion
    draft = row.draft()
    engagement_store.update_engagement(
        store,
        engagement_id,
        EngagementDraft(**{**draft.__dict__, "stakeholder_ids": (lee,), "you_said_we_did": "Done"}),
        TODAY,
    )
    row = engagement_store.get_engagement(store, engagement_id)
    assert row is not None
    assert [p.id for p in row.people] == [lee]
    assert row.you_said_we_did == "Done"
    assert not row.awaits_you_said_we_did
    engagement_store.add_actions(store, engagement_id, [ActionDraft("Laptop pilot")], TODAY, START)
    row = engagement_store.get_engagement(store, engagement_id)
    assert row is not None
    assert len(row.actions) == 2
    assert row.open_actions == 1
    engagement_store.delete_engagements(store, [engagement_id], dt.datetime(2026, 11, 26, 9))
    assert engagement_store.list_engagements(store) == []
    assert (
        len([r for r in plan_store.list_items(store, START) if r.source.startswith("engage")]) == 2
    )
    engagement_store.restore_engagements(store, [engagement_id])
    restored = engagement_store.get_engagement(store, engagement_id)
    assert restored is not None
    assert len(restored.actions) == 2
