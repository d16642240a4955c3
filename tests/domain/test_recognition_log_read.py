"""The recognition log read in one plain statement equals the column-by-column ORM read."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import recognition_store, stakeholder_store, team_sql, team_store
from dass_desktop.domain.recognition_rules import summarise, teams_never_recognised, teams_thanked
from dass_desktop.domain.recognition_terms import RecognitionDraft, WhoKind
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 12, 0)


@pytest.mark.parametrize("scale", [1, 3])
def test_plain_read_equals_the_orm_read(store: Store, scale: int) -> None:
    """At two sizes of the demo, with a deleted recognition, a deleted team and a deleted
    contact still named, and ties on one day, every row and the order are the same.
    """
    write_demo(store, TODAY, scale=scale)
    team = team_store.list_teams(store)[0]
    contact = stakeholder_store.list_stakeholders(store, TODAY)[0]
    made = [
        recognition_store.add_recognition(store, draft, TODAY)[0]
        for draft in (
            RecognitionDraft(TODAY, WhoKind.TEAM, "Backlog cleared", who_id=team.id),
            RecognitionDraft(TODAY, WhoKind.CONTACT, "Joint visit", who_id=contact.id),
            RecognitionDraft(TODAY, WhoKind.PERSON, "Cover", who_name="Ann Smith"),
            RecognitionDraft(TODAY, WhoKind.PERSON, "Gone", who_name="Bob"),
        )
    ]
    recognition_store.delete_recognition(store, made[-1], NOW)
    team_store.delete_team(store, team.id, NOW)
    stakeholder_store.delete_stakeholders(store, [contact.id], NOW)
    plain = recognition_store.list_recognitions(store)
    assert plain == recognition_store._read(store, None)
    assert made[-1] not in {r.id for r in plain}
    named = {r.id: r.who for r in plain}
    assert (named[made[0]], named[made[1]]) == (team.name, contact.name)


def test_counts_on_the_page_equal_the_rules_summary(store: Store) -> None:
    """The page's count of teams thanked equals summarise()'s, and the teams never
    recognised are those not among them.
    """
    write_demo(store, TODAY, scale=1)
    rows = recognition_store.list_recognitions(store)
    teams = [(t.id, t.name) for t in team_store.list_teams(store)]
    thanked = teams_thanked(rows)
    assert len(thanked) == summarise(rows, len(teams)).teams_thanked > 0
    assert teams_never_recognised(teams, thanked) == teams_never_recognised(teams, rows)


def test_repeated_texts_and_dates_are_kept_once(store: Store) -> None:
    """Rows repeating a theme, a reason, a name or a date share one object for it, so a
    long log does not hold a copy of each per row.
    """
    for name in ("Ann Smith", "Ann Smith"):
        recognition_store.add_recognition(
            store,
            RecognitionDraft(TODAY, WhoKind.PERSON, "Cover", who_name=name, theme="Safety"),
            TODAY,
        )
    first, second = recognition_store.list_recognitions(store)
    assert first == dataclasses.replace(second, id=first.id)
    for field in ("given_on", "who_name", "who", "what_for", "theme"):
        assert getattr(first, field) is getattr(second, field), field


def test_log_is_read_down_the_date_index(store: Store) -> None:
    """The log's statement walks the date index in order: no sorting of the whole log in a
    temporary tree, and no join per row for the names shown.
    """
    write_demo(store, TODAY, scale=1)
    plan = [row[3] for row in store.quick().execute("EXPLAIN QUERY PLAN " + recognition_store._LOG)]
    assert plan == ["SCAN recognition USING INDEX ix_recognition_given_on"]


@pytest.mark.parametrize("scale", [1, 3])
def test_team_names_equal_the_team_register(store: Store, scale: int) -> None:
    """The teams named on the Recognition page are the register's live teams, in its
    order, names in mixed case and accented included, a deleted team left out.
    """
    write_demo(store, TODAY, scale=scale)
    first = team_store.list_teams(store)[0]
    team_store.delete_team(store, first.id, NOW)
    for name in ("zeta Team", "Ånd team", "aNd team"):
        team_store.add_team(
            store, dataclasses.replace(team_store.list_teams(store)[0].draft(), name=name)
        )
    expected = [(t.id, t.name) for t in team_store.list_teams(store)]
    assert team_sql.team_names(store.quick()) == expected
    assert first.id not in {i for i, _ in expected}
