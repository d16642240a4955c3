"""Recognition and staff awards: checking drafts, the prompt, teams never thanked, rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import award_store, recognition_store, team_store
from dass_desktop.domain.award_rules import A_COLLEAGUE, sheet_lines
from dass_desktop.domain.award_terms import NominationDraft
from dass_desktop.domain.changes import Area
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.recognition_rules import (
    recognition_prompt,
    summarise,
    teams_never_recognised,
)
from dass_desktop.domain.recognition_terms import RecognitionDraft, ShareWay, WhoKind
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.store import Store

TODAY = dt.date(2026, 11, 26)
START = dt.date(2026, 9, 7)


def test_prompt_appears_after_a_month_without_thanks() -> None:
    """No prompt 29 days after the last thanks; a prompt naming the days at 30 and after."""
    last = TODAY - dt.timedelta(days=29)
    assert recognition_prompt([last], TODAY, START) is None
    prompt = recognition_prompt([TODAY - dt.timedelta(days=30)], TODAY, START)
    assert prompt is not None
    assert prompt.days_since == 30
    assert "30 days" in prompt.text
    # A date still to come does not count as recognition given.
    assert recognition_prompt([TODAY + dt.timedelta(days=3)], TODAY, START) is not None


def test_prompt_waits_for_the_first_month_when_none_logged() -> None:
    """A new director is not nagged in their first month; after it, an empty log prompts."""
    assert recognition_prompt([], START + dt.timedelta(days=20), START) is None
    prompt = recognition_prompt([], START + dt.timedelta(days=31), START)
    assert prompt is not None
    assert prompt.days_since is None


def _teams(store: Store) -> tuple[int, int]:
    hub, _ = team_store.add_team(store, TeamDraft("Hub", ServiceArea.SAFEGUARDING))
    ot, _ = team_store.add_team(store, TeamDraft("OT Service", ServiceArea.OCCUPATIONAL_THERAPY))
    return hub, ot


def test_log_lists_teams_never_recognised_and_undo_brings_back(store: Store) -> None:
    """Thanking one team leaves the other as never recognised; delete and restore round-trip."""
    hub, ot = _teams(store)
    new_id, changes = recognition_store.add_recognition(
        store,
        RecognitionDraft(TODAY, WhoKind.TEAM, "Cleared the backlog", who_id=hub, theme="Flow"),
        TODAY,
    )
    assert changes.touches(Area.RECOGNITION)
    rows = recognition_store.list_recognitions(store)
    assert [(r.who, r.shared_how) for r in rows] == [("Hub", ShareWay.PERSONAL_NOTE)]
    teams = [(t.id, t.name) for t in team_store.list_teams(store)]
    assert teams_never_recognised(teams, rows) == [(ot, "OT Service")]
    recognition_store.delete_recognition(store, new_id, dt.datetime(2026, 11, 26, 12))
    assert recognition_store.list_recognitions(store) == []
    recognition_store.restore_recognition(store, new_id)
    assert recognition_store.get_recognition(store, new_id) == rows[0]
    summary = summarise(recognition_store.list_recognitions(store), teams_total=2)
    assert (summary.count, summary.teams_thanked, summary.themes) == (1, 1, (("flow", 1),))


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (RecognitionDraft(TODAY, "person", "Thanks"), "who_name"),
        (RecognitionDraft(TODAY, "team", "Thanks"), "who_id"),
        (RecognitionDraft(TODAY, "person", "  ", who_name="Ann"), "what_for"),
        (RecognitionDraft(TODAY + dt.timedelta(days=1), "person", "X", who_name="Ann"), "given_on"),
        (RecognitionDraft(TODAY, "person", "X", who_name="Ann", shared_how="fax"), "shared_how"),
        (RecognitionDraft(TODAY, "team", "X", who_id=999), "who_id"),
    ],
)
def test_bad_recognitions_are_refused(store: Store, draft: RecognitionDraft, field: str) -> None:
    """Each wrong draft is refused on the field at fault and nothing is saved."""
    with pytest.raises(InvalidInput) as refused:
        recognition_store.add_recognition(store, draft, TODAY)
    assert refused.value.field == field
    assert recognition_store.list_recognitions(store) == []


def test_award_round_with_winner_and_no_names_sheet(store: Store) -> None:
    """A round's categories, nominations and winner read back; no-names hides the person."""
    hub, _ot = _teams(store)
    round_id, _ = award_store.add_round(store, "Staff awards 2027", dt.date(2027, 1, 20))
    category, _ = award_store.add_category(store, round_id, "Team of the year")
    team_nom, _ = award_store.add_nomination(
        store, category, NominationDraft("team", team_id=hub, reason="Backlog cleared")
    )
    person_nom, _ = award_store.add_nomination(
        store, category, NominationDraft("person", "Priya Shah", reason="Steady hand")
    )
    assert award_store.set_winner(store, team_nom, True).touches(Area.RECOGNITION)
    assert not award_store.set_winner(store, team_nom, True)  # already a winner
    found = award_store.get_round(store, round_id)
    assert found is not None
    assert found.nomination_count == 2
    assert [n.nominee for n in found.categories[0].winners] == ["Hub"]
    named = sheet_lines(found)
    assert named[0].shortlisted == ("Priya Shah",)
    hidden = sheet_lines(found, names=False)
    assert hidden[0].winners == (("Hub", "Backlog cleared"),)
    assert hidden[0].shortlisted == (A_COLLEAGUE,)
    row = found.categories[0].nominations[1]
    award_store.delete_nomination(store, person_nom)
    award_store.restore_nomination(store, row)
    again = award_store.get_round(store, round_id)
    assert again is not None
    assert again.categories[0].nominations[1] == row
    with pytest.raises(InvalidInput):
        award_store.remove_category(store, category)
    with pytest.raises(InvalidInput) as refused:
        award_store.add_nomination(store, category, NominationDraft("person", "Jo", reason=""))
    assert refused.value.field == "reason"
