"""The recognition summary counted in SQL equals the rules' summary of the whole log."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import recognition_store, team_store
from dass_desktop.domain.recognition_rules import summarise
from dass_desktop.domain.recognition_terms import RecognitionDraft, ShareWay, WhoKind
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 12, 0)


def from_the_log(store: Store, since: dt.date | None, until: dt.date | None) -> object:
    """The rules' summary of every recognition read into Python."""
    teams = len(team_store.list_teams(store))
    return summarise(recognition_store.list_recognitions(store), teams, since, until)


@pytest.mark.parametrize(
    ("since", "until"),
    [(None, None), (dt.date(2026, 9, 1), TODAY), (TODAY - dt.timedelta(days=20), None)],
)
def test_summary_in_sql_matches_the_rules(store: Store, since: dt.date, until: dt.date) -> None:
    """On the demo (with a deleted team thanked, a deleted recognition and themes written in
    two cases), count, teams thanked, teams, themes and ways shared all agree.
    """
    write_demo(store, TODAY, scale=2)
    team = team_store.list_teams(store)[0]
    for theme in ("Flow", "flow", ""):
        recognition_store.add_recognition(
            store,
            RecognitionDraft(
                TODAY, WhoKind.TEAM, "Cleared the backlog", who_id=team.id, theme=theme
            ),
            TODAY,
        )
    gone, _ = recognition_store.add_recognition(
        store,
        RecognitionDraft(
            TODAY, WhoKind.PERSON, "Cover", who_name="Ann", shared_how=ShareWay.NEWSLETTER
        ),
        TODAY,
    )
    recognition_store.delete_recognition(store, gone, NOW)
    team_store.delete_team(store, team.id, NOW)
    found = recognition_store.summary(store, since, until)
    assert found == from_the_log(store, since, until)
    assert found.count
    assert found.teams_thanked
    assert found.themes
