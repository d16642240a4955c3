"""The demo council's trail of recognition, awards, development, pace and journal."""

from __future__ import annotations

from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    award_store,
    development_store,
    recognition_store,
    team_store,
    wellbeing_store,
)
from dass_desktop.domain.development_terms import RecordKind
from dass_desktop.domain.recognition_rules import recognition_prompt, teams_never_recognised
from dass_desktop.domain.wellbeing_rules import wellbeing_prompt
from dass_desktop.store import Store
from tests.conftest import TODAY


def test_demo_shows_who_was_thanked_and_a_dip_in_pace(store: Store) -> None:
    """The demo thanks most teams but not all, holds one award round with a winner in every
    category, mentor sessions and a 360 round with one action done, a month's dip that the
    wellbeing prompt notices, and private journal entries beside a shared one.
    """
    write_demo(store, TODAY)
    thanks = recognition_store.list_recognitions(store)
    assert len(thanks) >= 10
    assert any(r.engagement_id is not None for r in thanks)
    assert recognition_prompt([r.given_on for r in thanks], TODAY) is None
    teams = [(t.id, t.name) for t in team_store.list_teams(store)]
    never = teams_never_recognised(teams, thanks)
    assert 0 < len(never) < len(teams) / 2
    (award_round,) = award_store.list_rounds(store)
    assert all(len(c.winners) == 1 for c in award_round.categories)
    assert len(award_round.categories) == 4
    records = development_store.list_records(store)
    assert sum(r.kind is RecordKind.MENTOR for r in records) >= 2
    (feedback,) = [r for r in records if r.kind is RecordKind.FEEDBACK_360]
    assert [a.done for a in feedback.actions] == [True, False, False]
    assert feedback.plan_items
    assert wellbeing_prompt(wellbeing_store.list_checkins(store), TODAY) is not None
    journal = wellbeing_store.list_journal(store)
    assert sum(e.private for e in journal) == 3
    assert sum(not e.private for e in journal) == 1
