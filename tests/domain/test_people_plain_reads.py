"""The Teams and Stakeholders pages' plain-SQL reads give exactly what the ORM reads give."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    engagement_store,
    overview_sql,
    overview_sql_contacts,
    plan_store,
    stakeholder_store,
    team_gap_store,
    team_sql,
    team_store,
)
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.team_terms import NoteKind
from dass_desktop.store import Store
from tests.conftest import TODAY

GONE = dt.datetime(2026, 11, 1, 9, 0)


def _delete_some(store: Store) -> dict[str, int]:
    """Delete, as the app's commands do, rows each read must look through: a team with its
    notes and gaps, a note, a gap, the plan action made from a gap, a visit, a person who
    was at visits and a team that was visited; and add two notes on one day. Returns what
    was deleted, by kind.
    """
    profile = load_profile(store)
    start = profile.start_date if profile else None
    teams = team_store.list_teams(store)
    gaps = team_gap_store.list_gaps(store)
    open_gaps = [g for g in gaps if g.status.is_open and g.plan_item_id is None]
    # Two gaps become plan actions; the first action is then deleted (its gap stays).
    made = [team_gap_store.gap_to_action(store, g.id, start)[0] for g in open_gaps[:2]]
    plan_store.delete_items(store, made[:1], GONE)
    team_gap_store.delete_gap(store, gaps[-1].id, GONE)
    with_notes = next(t for t in teams if t.strengths and t.developments)
    note = team_store.list_notes(store, with_notes.id, NoteKind.STRENGTH)[0]
    team_store.delete_note(store, note.id, GONE)
    for text in ("Calm duty desk", "Quick reviews"):  # two on one day: ordered by id
        team_store.add_note(
            store, with_notes.id, NoteKind.STRENGTH, text, noted_on=TODAY, today=TODAY
        )
    with_gaps = next(t for t in teams if t.open_gaps and t.id != with_notes.id)
    team_store.delete_team(store, with_gaps.id, GONE)
    visits = engagement_store.list_engagements(store)
    visited = next(v for v in visits if v.teams and v.people)
    engagement_store.delete_engagements(store, [visits[0].id], GONE)
    stakeholder_store.delete_stakeholders(store, [visited.people[0].id], GONE)
    team_store.delete_team(store, visited.teams[0].id, GONE)
    return {
        "action": made[0],
        "note": note.id,
        "team": with_gaps.id,
        "visit": visits[0].id,
        "person": visited.people[0].id,
    }


@pytest.mark.parametrize("scale", [1, 3])
def test_team_reads_equal_the_orm_reads(store: Store, scale: int) -> None:
    """At two sizes, with deleted teams, notes, gaps and a deleted plan action, the register,
    every team's notes of each kind and every gap (with and without a start date) agree
    field for field, types included, and in the same order.
    """
    write_demo(store, TODAY, scale=scale)
    gone = _delete_some(store)
    profile = load_profile(store)
    assert profile is not None
    con = store.quick()
    teams = team_sql.list_teams(con)
    assert teams == team_store.list_teams(store)
    assert repr(teams) == repr(team_store.list_teams(store))
    assert gone["team"] not in {t.id for t in teams}
    every_team = {t.id for t in team_store.list_teams(store)} | {gone["team"]}
    notes_seen = 0
    for team_id in sorted(every_team):
        for kind in NoteKind:
            notes = team_sql.list_notes(con, team_id, kind)
            assert repr(notes) == repr(team_store.list_notes(store, team_id, kind))
            notes_seen += len(notes)
            assert gone["note"] not in {n.id for n in notes}
    assert notes_seen
    for start in (profile.start_date, None):
        gaps = team_sql.list_gaps(con, start)
        assert repr(gaps) == repr(team_gap_store.list_gaps(store, start=start))
    gaps = team_sql.list_gaps(con, profile.start_date)
    assert gone["action"] not in {g.plan_item_id for g in gaps}
    assert any(g.plan_status is not None and g.plan_due is not None for g in gaps)
    assert len({g.status for g in gaps}) > 1


@pytest.mark.parametrize("scale", [1, 3])
def test_contact_reads_equal_the_orm_reads(store: Store, scale: int) -> None:
    """At two sizes, with a deleted visit, person and team, the contacts book (with and
    without a start date, on three days) and every person's history, deleted people's
    included, agree field for field and in the same order.
    """
    write_demo(store, TODAY, scale=scale)
    gone = _delete_some(store)
    profile = load_profile(store)
    assert profile is not None
    con = store.quick()
    assert overview_sql.load_profile(con) == profile
    for today in (TODAY - dt.timedelta(days=60), TODAY, TODAY + dt.timedelta(days=30)):
        for since in (profile.start_date, None):
            fast = overview_sql_contacts.list_stakeholders(con, today, since)
            assert repr(fast) == repr(stakeholder_store.list_stakeholders(store, today, since))
    people = stakeholder_store.list_stakeholders(store, TODAY)
    assert gone["person"] not in {p.id for p in people}
    seen = 0
    for person_id in sorted({p.id for p in people} | {gone["person"]}):
        history = overview_sql_contacts.person_engagements(con, person_id)
        slow = engagement_store.list_engagements(store, stakeholder_id=person_id)
        assert repr(history) == repr(slow)
        assert gone["visit"] not in {e.id for e in history}
        seen += len(history)
    assert seen
    assert overview_sql_contacts.person_engagements(con, 10**9) == []
