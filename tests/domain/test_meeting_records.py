"""The commands the One-to-ones page undoes by: points, decisions, commitments, expectations
and reviews come back exactly as they were, and a meeting is arranged in one step.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import ledger_store, meeting_agenda, meeting_store, register_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.meeting_terms import (
    CommitmentStatus,
    Direction,
    ExpectationStatus,
    ProposedPoint,
)
from dass_desktop.domain.register_terms import Category, EntryDraft, Trend
from dass_desktop.store import Store

TODAY = dt.date(2026, 11, 26)


def test_arrange_takes_the_proposal_and_accepting_again_adds_only_what_is_new(
    store_with_profile: Store,
) -> None:
    """A meeting is arranged with its proposed agenda; proposing again adds nothing new
    until something new is due, and then only that.
    """
    store = store_with_profile
    first, _ = meeting_store.add_meeting(store, dt.date(2026, 10, 1))
    meeting_store.add_points(store, first, [ProposedPoint("Budget recovery plan", "")])
    second, changes = meeting_agenda.arrange(store, dt.date(2026, 12, 3), TODAY)
    assert changes
    row = meeting_store.get_meeting(store, second)
    assert row is not None
    assert [p.label for p in row.agenda] == ["Budget recovery plan (carried forward once)"]
    assert meeting_agenda.accept_proposal(store, second, TODAY) == ([], Changes())
    register_store.add_entry(
        store, EntryDraft("Market failure", Category.CARE_MARKET, likelihood=5, impact=4), TODAY
    )
    added, changes = meeting_agenda.accept_proposal(store, second, TODAY)
    assert changes
    row = meeting_store.get_meeting(store, second)
    assert row is not None
    assert [p.title for p in row.points if p.id in added] == ["Risk (red, new): Market failure"]


def test_points_deleted_come_back_with_their_ids_and_state(store: Store) -> None:
    """Deleting points outright and restoring them gives back the same rows."""
    meeting, _ = meeting_store.add_meeting(store, dt.date(2026, 12, 3))
    point_id, _ = meeting_store.add_point(store, meeting, ProposedPoint("Winter plan", "x", 2))
    meeting_store.edit_point(store, point_id, title="Winter plan", covered=True, notes="Agreed")
    row = meeting_store.get_meeting(store, meeting)
    assert row is not None
    before = row.points
    meeting_store.delete_points(store, [point_id])
    gone = meeting_store.get_meeting(store, meeting)
    assert gone is not None
    assert gone.points == ()
    meeting_store.restore_points(store, before)
    back = meeting_store.get_meeting(store, meeting)
    assert back is not None
    assert back.points == before


def test_decisions_and_commitments_edit_delete_and_restore(store: Store) -> None:
    """A decision and a commitment can be edited, deleted and restored exactly."""
    meeting, _ = meeting_store.add_meeting(store, dt.date(2026, 12, 3))
    decision_id, _ = meeting_store.add_decision(store, meeting, "Agency cap agreed")
    meeting_store.edit_decision(store, decision_id, "Agency cap of 12% agreed")
    with pytest.raises(InvalidInput, match="few words"):
        meeting_store.edit_decision(store, decision_id, "  ")
    commitment_id, _ = meeting_store.add_commitment(
        store, meeting, Direction.MINE, "Send the plan", dt.date(2026, 12, 10)
    )
    meeting_store.update_commitment(
        store, commitment_id, Direction.THEIRS, "Brief the leader", None, CommitmentStatus.DONE
    )
    row = meeting_store.get_meeting(store, meeting)
    assert row is not None
    (decision,) = row.decisions
    (commitment,) = row.commitments
    assert decision.text == "Agency cap of 12% agreed"
    assert (commitment.direction, commitment.text, commitment.due_on, commitment.status) == (
        Direction.THEIRS,
        "Brief the leader",
        None,
        CommitmentStatus.DONE,
    )
    meeting_store.delete_decision(store, decision_id)
    meeting_store.delete_commitment(store, commitment_id)
    empty = meeting_store.get_meeting(store, meeting)
    assert empty is not None
    assert (empty.decisions, empty.commitments) == ((), ())
    meeting_store.restore_decision(store, decision)
    meeting_store.restore_commitment(store, commitment)
    back = meeting_store.get_meeting(store, meeting)
    assert back is not None
    assert back.decisions == (decision,)
    assert back.commitments == (commitment,)


def test_a_change_is_withdrawn_and_cannot_be_dated_before_the_last(store: Store) -> None:
    """Withdrawing takes back the latest version only; the first is kept; a change dated
    before the last one is refused and nothing is saved.
    """
    exp_id, _ = ledger_store.agree(store, dt.date(2026, 10, 1), "Balanced budget")
    with pytest.raises(InvalidInput, match="on or after 01/10/2026"):
        ledger_store.change(
            store, exp_id, dt.date(2026, 9, 1), "Earlier", "", None, ExpectationStatus.AT_RISK
        )
    ledger_store.change(
        store,
        exp_id,
        dt.date(2026, 11, 5),
        "Overspend under £1m",
        "",
        None,
        ExpectationStatus.AT_RISK,
    )
    ledger_store.withdraw_latest(store, exp_id)
    (row,) = ledger_store.list_expectations(store)
    assert [v.success for v in row.history] == ["Balanced budget"]
    with pytest.raises(InvalidInput, match="first agreed"):
        ledger_store.withdraw_latest(store, exp_id)


def test_a_review_is_taken_back_whole(store: Store) -> None:
    """Restoring before a review gives back the score, the trend and the review date."""
    entry_id, _ = register_store.add_entry(
        store,
        EntryDraft("Discharge delays", Category.HEALTH, likelihood=3, impact=4, review_on=TODAY),
        TODAY,
    )
    before = register_store.get_entry(store, entry_id)
    assert before is not None
    register_store.review_entry(store, entry_id, 5, 4, dt.date(2026, 12, 24))
    after = register_store.get_entry(store, entry_id)
    assert after is not None
    assert after.trend is Trend.RISING
    register_store.restore_review(store, before)
    assert register_store.get_entry(store, entry_id) == before
