"""The recognition log read in pieces (ids, a few rows, one column, a search, the teams
thanked) gives exactly what reading every row and working in Python gave.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import recognition_log, recognition_store, stakeholder_store, team_store
from dass_desktop.domain.recognition_rules import teams_thanked
from dass_desktop.domain.recognition_terms import RecognitionDraft, RecognitionRow, WhoKind
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 12, 0)
WORDS = [
    ["team"],
    ["TEAM", "the"],
    ["strasse"],
    ["straße"],
    ["zoë"],
    ["ss"],
    ["k"],
    ["i̇stanbul"],
    ["100%"],
    ["a_b"],
    ["%"],
    ["_"],
    ["\\"],
    ["in", "person"],
    ["newsletter"],
    ["hub"],
    ["renamed"],
    ["a"],
    ["nothing-matches-this"],
]


def search_text(row: RecognitionRow) -> str:
    """The text the page searched each row by, before the log was searched in SQL."""
    return " ".join((row.who, row.what_for, row.theme, row.shared_how.label)).casefold()


def _log(store: Store, scale: int) -> list[RecognitionRow]:
    """The demo at ``scale`` with deleted recognitions, teams and contacts, a renamed team,
    a team thanked only by a deleted recognition, ties on one day, texts beyond ASCII and
    texts holding LIKE's wildcards; its rows as :func:`list_recognitions` reads them.
    """
    write_demo(store, TODAY, scale=scale)
    teams = team_store.list_teams(store)
    team, renamed, forgotten = teams[0], teams[1], teams[-1]
    contact = stakeholder_store.list_stakeholders(store, TODAY)[0]
    drafts = [
        RecognitionDraft(TODAY, WhoKind.TEAM, "Backlog cleared", who_id=team.id),
        RecognitionDraft(TODAY, WhoKind.TEAM, "Straße office moved", who_id=renamed.id),
        RecognitionDraft(TODAY, WhoKind.CONTACT, "Joint visit", who_id=contact.id),
        RecognitionDraft(TODAY, WhoKind.PERSON, "Cover", who_name="Zoë Ünal", theme="Größe"),
        RecognitionDraft(TODAY, WhoKind.PERSON, "Kelvin ſign", who_name="İstanbul"),
        RecognitionDraft(TODAY, WhoKind.PERSON, "100% done, a_b and back\\slash", who_name="X"),
        RecognitionDraft(TODAY, WhoKind.PERSON, "Gone", who_name="Bob Strasse"),
        RecognitionDraft(TODAY, WhoKind.TEAM, "Only deleted", who_id=forgotten.id),
    ]
    made = [recognition_store.add_recognition(store, d, TODAY)[0] for d in drafts]
    old = [r.id for r in recognition_store.list_recognitions(store) if r.who_id == forgotten.id]
    for rid in [made[-2], *old]:
        recognition_store.delete_recognition(store, rid, NOW)
    team_store.delete_team(store, team.id, NOW)
    stakeholder_store.delete_stakeholders(store, [contact.id], NOW)
    team_store.update_team(
        store, renamed.id, dataclasses.replace(renamed.draft(), name="Renamed Ärzte Hub")
    )
    return recognition_store.list_recognitions(store)


@pytest.mark.parametrize("scale", [1, 3])
def test_pieces_equal_the_whole_read(store: Store, scale: int) -> None:
    """At two sizes: the ids in order, rows by id, every column's values, the teams
    thanked and the ids every search finds equal what the whole read gives.
    """
    rows = _log(store, scale)
    con = store.quick()
    named = recognition_log.names(con)
    ids = [r.id for r in rows]
    assert recognition_log.log_ids(con) == ids
    make = recognition_log.row_maker(named)
    assert recognition_log.rows_of(con, ids, make) == {r.id: r for r in rows}
    assert recognition_log.rows_of(con, [], make) == {}
    for field in recognition_log.FIELDS:
        expected = {r.id: getattr(r, field) for r in rows}
        assert recognition_log.values_of(con, field, named) == expected, field
    thanked = recognition_log.teams_thanked(con)
    assert thanked == teams_thanked(rows)
    texts = {r.id: search_text(r) for r in rows}
    seen = set()
    for words in WORDS:
        folded = [word.casefold() for word in words]
        expected_ids = {rid for rid, text in texts.items() if all(w in text for w in folded)}
        assert recognition_log.matching_ids(con, folded, named) == expected_ids, words
        seen.add(min(len(expected_ids), 2))
    assert seen == {0, 1, 2}  # nothing, one row and several were found


def test_only_the_unusual_team_is_left_out(store: Store) -> None:
    """A team named by a deleted recognition alone is not thanked; one named by deleted and
    live recognitions is.
    """
    rows = _log(store, 1)
    forgotten = team_store.list_teams(store)[-1].id
    assert forgotten not in recognition_log.teams_thanked(store.quick())
    assert forgotten not in teams_thanked(rows)
    assert recognition_log.teams_thanked(store.quick()) == teams_thanked(rows)


def test_ids_are_read_from_the_date_index_alone(store: Store) -> None:
    """The ids in order come from the date index, with no sorting and no row looked up."""
    write_demo(store, TODAY, scale=1)
    con = store.quick()
    plans = {
        sql: [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql)]
        for sql in (recognition_log._IDS, recognition_log._DELETED)
    }
    assert plans[recognition_log._IDS] == [
        "SCAN recognition USING COVERING INDEX ix_recognition_given_on"
    ]
    assert plans[recognition_log._DELETED] == [
        "SEARCH recognition USING COVERING INDEX ix_recognition_deleted_at (deleted_at>?)"
    ]
