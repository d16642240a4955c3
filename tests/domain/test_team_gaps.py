"""Gaps in teams: what a gap must say, and turning a gap into a plan action once."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import plan_store, plan_terms, team_gap_store, team_store
from dass_desktop.domain.changes import Area
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import (
    GapStatus,
    Mitigation,
    Role,
    ServiceArea,
    Severity,
    TeamDraft,
)
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store

NOW = dt.datetime(2026, 11, 26, 10, 0)
START = dt.date(2026, 9, 7)


def amhp_gap(**fields: object) -> GapDraft:
    """A typical AMHP gap, with any field overridden."""
    values: dict[str, object] = {
        "role": Role.AMHP,
        "gap_fte": "2",
        "description": "Out-of-hours rota relies on two people",
        "severity": Severity.HIGH,
        "mitigation": Mitigation.SHARED_SERVICE,
        "mitigation_notes": "Talk to Westvale about a joint rota",
        "owner": "Head of Mental Health",
        "status": GapStatus.OPEN,
        "target_date": dt.date(2027, 1, 29),
    }
    values.update(fields)
    return GapDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def team_id(store_with_profile: Store) -> int:
    """A mental health team in the register."""
    new_id, _ = team_store.add_team(
        store_with_profile,
        TeamDraft(
            name="Mental Health and AMHP",
            service_area=ServiceArea.MENTAL_HEALTH,
            establishment="14",
            in_post="10",
        ),
    )
    return new_id


def test_add_gap_and_read_it_back(store_with_profile: Store, team_id: int) -> None:
    """Every field of a gap is saved and read back as typed values."""
    gap_id, changes = team_gap_store.add_gap(store_with_profile, team_id, amhp_gap())
    assert changes.touches(Area.TEAMS)
    assert not changes.touches(Area.PLAN)
    (gap,) = team_gap_store.list_gaps(store_with_profile, team_id)
    assert gap.id == gap_id
    assert gap.team_name == "Mental Health and AMHP"
    assert (gap.role, gap.gap_fte, gap.severity) == (Role.AMHP, 2.0, Severity.HIGH)
    assert gap.mitigation is Mitigation.SHARED_SERVICE
    assert gap.owner == "Head of Mental Health"
    assert gap.size == "2.0 FTE"
    assert not gap.in_plan
    assert gap.is_overdue(dt.date(2027, 2, 1))
    assert not gap.is_overdue(dt.date(2027, 1, 29))


def test_a_gap_is_given_in_fte_or_described(store_with_profile: Store, team_id: int) -> None:
    """A gap with neither a figure nor a description is refused; either alone will do."""
    with pytest.raises(InvalidInput) as problem:
        team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(gap_fte="", description=" "))
    assert problem.value.field == "gap_fte"
    with pytest.raises(InvalidInput) as negative:
        team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(gap_fte="-1"))
    assert negative.value.field == "gap_fte"
    assert "cannot be negative" in negative.value.message
    team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(gap_fte=""))
    team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(description=""))
    sizes = {g.size for g in team_gap_store.list_gaps(store_with_profile)}
    assert sizes == {"2.0 FTE", "Out-of-hours rota relies on two people"}


@pytest.mark.parametrize(
    ("fields", "field_at_fault"),
    [
        ({"role": "wizard"}, "role"),
        ({"severity": "dire"}, "severity"),
        ({"mitigation": "magic"}, "mitigation"),
        ({"status": "forgotten"}, "status"),
        ({"gap_fte": "two"}, "gap_fte"),
    ],
)
def test_bad_gap_fields_are_named(
    store_with_profile: Store, team_id: int, fields: dict[str, object], field_at_fault: str
) -> None:
    """Each unknown choice or bad figure names its field; nothing is saved."""
    with pytest.raises(InvalidInput) as problem:
        team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(**fields))
    assert problem.value.field == field_at_fault
    assert team_gap_store.list_gaps(store_with_profile) == []


def test_gaps_are_listed_open_first_then_worst(store_with_profile: Store, team_id: int) -> None:
    """Open gaps come before closed ones, critical before low."""
    low, _ = team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(severity="low"))
    closed, _ = team_gap_store.add_gap(
        store_with_profile, team_id, amhp_gap(severity="critical", status="closed")
    )
    critical, _ = team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(severity="critical"))
    assert [g.id for g in team_gap_store.list_gaps(store_with_profile)] == [critical, low, closed]


def test_gap_becomes_a_plan_action_once(store_with_profile: Store, team_id: int) -> None:
    """One step puts the gap in the plan with its date, owner and source; never twice."""
    gap_id, _ = team_gap_store.add_gap(store_with_profile, team_id, amhp_gap())
    profile = load_profile(store_with_profile)
    assert profile is not None
    item_id, changes = team_gap_store.gap_to_action(store_with_profile, gap_id, profile.start_date)
    assert changes.touches(Area.TEAMS)
    assert changes.touches(Area.PLAN)
    action = plan_store.get_item(store_with_profile, item_id, profile.start_date)
    assert action is not None
    assert action.title == "Close the AMHP gap in Mental Health and AMHP (2.0 FTE)"
    assert action.due == dt.date(2027, 1, 29)
    assert action.owner == "Head of Mental Health"
    assert action.source == f"gap:{gap_id}"
    assert action.theme_title == plan_terms.ACTIONS_THEME_TITLE
    assert action.phase is Phase.TO_MONTH_6
    assert "Shared service with neighbouring councils or the NHS" in action.findings
    gap = team_gap_store.get_gap(store_with_profile, gap_id, profile.start_date)
    assert gap is not None
    assert gap.plan_item_id == item_id
    assert gap.plan_status is plan_terms.Status.NOT_STARTED
    assert gap.plan_due == dt.date(2027, 1, 29)

    again, no_change = team_gap_store.gap_to_action(store_with_profile, gap_id, profile.start_date)
    assert again == item_id
    assert not no_change
    sources = [r.source for r in plan_store.list_items(store_with_profile, profile.start_date)]
    assert sources.count(f"gap:{gap_id}") == 1


def test_a_deleted_action_can_be_made_again(store_with_profile: Store, team_id: int) -> None:
    """When the gap's action is deleted from the plan, the gap no longer shows it."""
    gap_id, _ = team_gap_store.add_gap(store_with_profile, team_id, amhp_gap(target_date=None))
    first, _ = team_gap_store.gap_to_action(store_with_profile, gap_id, START)
    plan_store.delete_items(store_with_profile, [first], NOW)
    gap = team_gap_store.get_gap(store_with_profile, gap_id)
    assert gap is not None
    assert not gap.in_plan
    second, _ = team_gap_store.gap_to_action(store_with_profile, gap_id, START)
    assert second != first
    assert plan_store.get_item(store_with_profile, second, START) is not None


def test_an_unlinked_action_from_an_interrupted_attempt_is_reused(
    store_with_profile: Store, team_id: int
) -> None:
    """An action already in the plan with the gap's source is linked, not repeated."""
    gap_id, _ = team_gap_store.add_gap(store_with_profile, team_id, amhp_gap())
    orphan, _ = plan_store.add_action(
        store_with_profile, title="Close the AMHP gap", due_date=None, source=f"gap:{gap_id}"
    )
    item_id, _ = team_gap_store.gap_to_action(store_with_profile, gap_id, START)
    assert item_id == orphan
    assert len(plan_store.list_items(store_with_profile, START)) == 1


def test_update_delete_and_restore_a_gap(store_with_profile: Store, team_id: int) -> None:
    """A gap's details change in place; deleting it can be undone; its action stays."""
    gap_id, _ = team_gap_store.add_gap(store_with_profile, team_id, amhp_gap())
    item_id, _ = team_gap_store.gap_to_action(store_with_profile, gap_id, START)
    team_gap_store.update_gap(
        store_with_profile, gap_id, amhp_gap(status=GapStatus.MITIGATING, owner="AMHP lead")
    )
    gap = team_gap_store.get_gap(store_with_profile, gap_id)
    assert gap is not None
    assert gap.status is GapStatus.MITIGATING
    assert gap.owner == "AMHP lead"
    assert gap.plan_item_id == item_id
    team_gap_store.delete_gap(store_with_profile, gap_id, NOW)
    assert team_gap_store.list_gaps(store_with_profile) == []
    assert plan_store.get_item(store_with_profile, item_id, START) is not None
    team_gap_store.restore_gap(store_with_profile, gap_id)
    assert [g.id for g in team_gap_store.list_gaps(store_with_profile)] == [gap_id]
    with pytest.raises(InvalidInput):
        team_gap_store.gap_to_action(store_with_profile, 9999, START)
