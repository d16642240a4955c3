"""One-to-ones: agendas carry forward, removed points stay removed, the ledger keeps history."""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import ledger_store, meeting_agenda, meeting_store, register_store
from dass_desktop.domain.changes import Area
from dass_desktop.domain.meeting_rules import Figure, moved, propose_agenda
from dass_desktop.domain.meeting_terms import (
    CommitmentStatus,
    Direction,
    ExpectationStatus,
    ProposedPoint,
)
from dass_desktop.domain.register_terms import Category, EntryDraft, EntryKind
from dass_desktop.store import Store

TODAY = dt.date(2026, 11, 26)


def _meeting(store: Store, day: dt.date) -> int:
    meeting_id, changes = meeting_store.add_meeting(store, day)
    assert changes.touches(Area.MEETINGS)
    return meeting_id


def test_uncovered_points_carry_forward_across_two_meetings(store_with_profile: Store) -> None:
    """A point not covered is proposed again, counted once, then twice at the next meeting."""
    store = store_with_profile
    first = _meeting(store, dt.date(2026, 10, 1))
    meeting_store.add_points(
        store, first, [ProposedPoint("Budget recovery plan", ""), ProposedPoint("CQC", "")]
    )
    covered = meeting_store.get_meeting(store, first)
    assert covered is not None
    cqc = covered.points[1]
    meeting_store.edit_point(store, cqc.id, title=cqc.title, covered=True)

    second = _meeting(store, dt.date(2026, 10, 29))
    proposed = meeting_agenda.propose_for(store, second, TODAY)
    carried = [p for p in proposed if p.carried_count]
    assert [(p.title, p.carried_count) for p in carried] == [("Budget recovery plan", 1)]
    meeting_store.add_points(store, second, carried)

    third = _meeting(store, dt.date(2026, 11, 26))
    proposed = meeting_agenda.propose_for(store, third, TODAY)
    carried = [p for p in proposed if p.carried_count]
    assert [(p.title, p.carried_count) for p in carried] == [("Budget recovery plan", 2)]
    meeting_store.add_points(store, third, carried)
    row = meeting_store.get_meeting(store, third)
    assert row is not None
    assert row.agenda[0].label == "Budget recovery plan (carried forward twice)"
    # Once accepted, nothing is proposed twice.
    assert not [p for p in meeting_agenda.propose_for(store, third, TODAY) if p.carried_count]


def test_a_removed_point_is_not_proposed_again_for_that_meeting(store_with_profile: Store) -> None:
    """A removed point is not proposed again for that meeting; a later meeting may see it."""
    store = store_with_profile
    first = _meeting(store, dt.date(2026, 10, 1))
    _, _ = meeting_store.add_commitment(
        store, first, Direction.THEIRS, "Agree the agency cap", dt.date(2026, 10, 20)
    )
    second = _meeting(store, dt.date(2026, 11, 26))
    proposed = meeting_agenda.propose_for(store, second, TODAY)
    assert [p.source for p in proposed if p.source.startswith("commitment:")]
    meeting_store.add_points(store, second, proposed)
    row = meeting_store.get_meeting(store, second)
    assert row is not None
    point = next(p for p in row.points if p.source.startswith("commitment:"))
    assert "overdue" in point.title
    assert "Theirs" in point.title
    meeting_store.set_removed(store, point.id, True)
    row = meeting_store.get_meeting(store, second)
    assert row is not None
    assert point.id not in [p.id for p in row.agenda]
    assert not [p for p in meeting_agenda.propose_for(store, second, TODAY)]
    third = _meeting(store, dt.date(2026, 12, 20))
    assert [p for p in meeting_agenda.propose_for(store, third, TODAY) if "agency" in p.title]


def test_reorder_and_commitments_both_ways(store_with_profile: Store) -> None:
    """Points take the order given; commitments are overdue only while open and past due."""
    store = store_with_profile
    meeting = _meeting(store, dt.date(2026, 10, 1))
    meeting_store.add_points(store, meeting, [ProposedPoint(t, "") for t in ("A", "B", "C")])
    row = meeting_store.get_meeting(store, meeting)
    assert row is not None
    ids = [p.id for p in row.points]
    meeting_store.reorder(store, meeting, [ids[2], ids[0], ids[1]])
    row = meeting_store.get_meeting(store, meeting)
    assert row is not None
    assert [p.title for p in row.agenda] == ["C", "A", "B"]
    mine, _ = meeting_store.add_commitment(
        store, meeting, Direction.MINE, "Send the market plan", dt.date(2026, 11, 1)
    )
    meeting_store.add_commitment(store, meeting, Direction.THEIRS, "Brief the leader", None)
    row = meeting_store.get_meeting(store, meeting)
    assert row is not None
    overdue = [c for c in row.commitments if c.is_overdue(TODAY)]
    assert [c.direction for c in overdue] == [Direction.MINE]
    meeting_store.set_commitment_status(store, mine, CommitmentStatus.DONE)
    row = meeting_store.get_meeting(store, meeting)
    assert row is not None
    assert not [c for c in row.commitments if c.is_overdue(TODAY)]


def test_movement_threshold_with_injected_figures() -> None:
    """A figure counts as moved at the threshold and above, never below it."""
    figures = [
        Figure("Vacancy rate", 14.0, 12.0),
        Figure("Turnover", 13.0, 13.9),
        Figure("Sickness days", 9.0, 10.0),
    ]
    assert [f.label for f in moved(figures, 1.0)] == ["Vacancy rate", "Sickness days"]
    assert [f.label for f in moved(figures, 2.5)] == []
    proposed = propose_agenda(
        meeting_day=TODAY,
        previous=None,
        commitments=[],
        register=[],
        moves=["Vacancy rate: 14.0% → 12.0% (better)"],
        red_themes=["Workforce"],
        amber_themes=["Prevention"],
    )
    assert [p.source for p in proposed] == [
        "figure:Vacancy rate",
        "theme-red:Workforce",
        "theme-amber:Prevention",
    ]


def test_risks_and_decisions_are_proposed(store_with_profile: Store) -> None:
    """New, rising and red risks, and decisions waiting, come onto the agenda."""
    store = store_with_profile
    register_store.add_entry(
        store,
        EntryDraft("Market failure in homecare", Category.CARE_MARKET, likelihood=4, impact=4),
        TODAY,
    )
    register_store.add_entry(
        store,
        EntryDraft("Approve the agency cap", Category.WORKFORCE, kind=EntryKind.DECISION),
        TODAY,
    )
    meeting = _meeting(store, dt.date(2026, 12, 1))
    titles = [p.title for p in meeting_agenda.propose_for(store, meeting, TODAY)]
    assert "Risk (red, new): Market failure in homecare" in titles
    assert "Decision needed: Approve the agency cap" in titles


def test_ledger_keeps_every_dated_version(store: Store) -> None:
    """Changing an expectation keeps the earlier version with its date."""
    exp_id, _ = ledger_store.agree(
        store, dt.date(2026, 10, 1), "Balanced budget", "Outturn", dt.date(2027, 3, 31)
    )
    ledger_store.change(
        store,
        exp_id,
        dt.date(2026, 11, 5),
        "Overspend under £1m",
        "Outturn",
        dt.date(2027, 3, 31),
        ExpectationStatus.AT_RISK,
    )
    (row,) = ledger_store.list_expectations(store)
    assert [v.success for v in row.history] == ["Balanced budget", "Overspend under £1m"]
    october = row.as_of(dt.date(2026, 10, 31))
    assert october is not None
    assert october.success == "Balanced budget"
    assert october.changed_on == dt.date(2026, 10, 1)
    assert row.current.status is ExpectationStatus.AT_RISK
    assert row.as_of(dt.date(2026, 9, 1)) is None
