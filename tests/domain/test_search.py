"""Searching everything: every kind is found, deletions drop out and come back, any text."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from dass_desktop import paths
from dass_desktop.domain import (
    engagement_store,
    meeting_store,
    plan_store,
    register_store,
    search_rules,
    search_store,
    stakeholder_store,
    team_gap_store,
    team_store,
)
from dass_desktop.domain.search_terms import Hit, HitKind
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.store import Store, open_store
from dass_desktop.store.models import PlanItem
from tests.fixtures.make_fixture_db import fill

NOW = dt.datetime(2026, 11, 27, 9, 0)


def _ids(store: Store, text: str, kind: HitKind) -> list[int]:
    return [h.id for h in search_store.search(store, text).hits if h.kind is kind]


def _one(store: Store, text: str, kind: HitKind) -> int:
    found = _ids(store, text, kind)
    assert len(found) == 1, f"{text!r} found {found} of {kind}"
    return found[0]


@pytest.fixture
def filled(store: Store) -> Store:
    """The upgrade fixture's data: one of everything the schema holds."""
    fill(store)
    return store


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One filled database for the tests that only read (filling takes a second)."""
    opened = open_store(paths.resolve(tmp_path_factory.mktemp("search") / "data"))
    fill(opened)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("words", "kind", "title"),
    [
        ("Fixture question", HitKind.PLAN_ITEM, "Fixture question"),
        ("line two", HitKind.PLAN_ITEM, "Fixture question"),  # findings
        ("fixture visit action", HitKind.ACTION, "Fixture visit action"),
        ("new team", HitKind.TEAM, "Fixture New Team"),
        ("fixture strength", HitKind.STRENGTH, "Fixture Hospital Discharge: Fixture strength 🙂"),
        (
            "fixture development",
            HitKind.DEVELOPMENT,
            "Fixture Hospital Discharge: Fixture development",
        ),
        ("described gap", HitKind.GAP, "Fixture Hospital Discharge: Fixture described gap"),
        ("Fixture ICB", HitKind.STAKEHOLDER, "Fixture Stakeholder 🙂"),
        ("fixture role", HitKind.STAKEHOLDER, "Fixture Stakeholder 🙂"),
        ("icb", HitKind.STAKEHOLDER, "Fixture Stakeholder 🙂"),  # a tag
        ("going well", HitKind.ENGAGEMENT, "Team meeting at Fixture Infirmary"),
        ("workload", HitKind.ENGAGEMENT, "Team meeting at Fixture Infirmary"),  # a theme
        ("you said we did", HitKind.ENGAGEMENT, "Team meeting at Fixture Infirmary"),
        ("covered point", HitKind.MEETING, "One-to-one with chief executive"),
        ("agreed to go", HitKind.MEETING, "One-to-one with chief executive"),  # point notes
        ("fixture decision", HitKind.MEETING, "One-to-one with chief executive"),
        ("their commitment", HitKind.MEETING, "One-to-one with chief executive"),
        ("meeting notes", HitKind.MEETING, "One-to-one with chief executive"),
        ("Fixture risk", HitKind.REGISTER_ENTRY, "Risk: Fixture risk"),
        ("fixture mitigation", HitKind.REGISTER_ENTRY, "Risk: Fixture risk"),
    ],
)
def test_every_kind_is_found(shared: Store, words: str, kind: HitKind, title: str) -> None:
    """Each kind of record is found by its title or the text under it, titled on one line."""
    hits = [h for h in search_store.search(shared, words).hits if h.kind is kind]
    assert title in [h.title for h in hits]


def test_prefixes_find_as_you_type_and_accents_do_not_matter(filled: Store) -> None:
    """Part of a word finds it (typing is searching), and accents are ignored both ways."""
    assert _ids(filled, "Infirm", HitKind.ENGAGEMENT)
    assert _ids(filled, "fixt stak", HitKind.STAKEHOLDER)
    team_store.add_team(filled, TeamDraft("Équipe Ménage", ServiceArea.OTHER))
    assert _ids(filled, "equipe menage", HitKind.TEAM)


def test_hits_carry_dates_and_results_are_grouped_by_kind(shared: Store) -> None:
    """Hits carry the date that matters for their kind, and come grouped, one group a kind."""
    result = search_store.search(shared, "fixture")
    kinds = [group.kind for group in result.groups]
    assert len(kinds) == len(set(kinds)) >= 8
    by_title = {h.title: h for h in result.hits}
    assert by_title["Team meeting at Fixture Infirmary"].date == dt.date(2026, 10, 14)
    assert by_title["Fixture action"].date == dt.date(2026, 10, 1)
    # A question due by its phase: day 30 of a plan that started on 7 September.
    assert by_title["Fixture question"].date == dt.date(2026, 10, 6)
    assert by_title["Fixture New Team"].date is None
    assert len(result) == len(result.hits)


def test_deleted_records_drop_out_and_undo_brings_them_back(filled: Store) -> None:
    """Deleting any record removes it from search at once; undoing (restore) brings it back."""
    cases: list[tuple[str, HitKind, Any, Any, bool]] = [
        (
            "Fixture question",
            HitKind.PLAN_ITEM,
            plan_store.delete_items,
            plan_store.restore_items,
            True,
        ),
        (
            "Fixture ICB",
            HitKind.STAKEHOLDER,
            stakeholder_store.delete_stakeholders,
            stakeholder_store.restore_stakeholders,
            True,
        ),
        (
            "going well",
            HitKind.ENGAGEMENT,
            engagement_store.delete_engagements,
            engagement_store.restore_engagements,
            True,
        ),
        (
            "fixture strength",
            HitKind.STRENGTH,
            team_store.delete_note,
            team_store.restore_note,
            False,
        ),
        (
            "described gap",
            HitKind.GAP,
            team_gap_store.delete_gap,
            team_gap_store.restore_gap,
            False,
        ),
        (
            "meeting notes",
            HitKind.MEETING,
            meeting_store.delete_meeting,
            meeting_store.restore_meeting,
            False,
        ),
        (
            "Fixture risk",
            HitKind.REGISTER_ENTRY,
            register_store.delete_entry,
            register_store.restore_entry,
            False,
        ),
    ]
    for words, kind, delete, restore, many in cases:
        record = _one(filled, words, kind)
        if many:
            delete(filled, [record], NOW)
        else:
            delete(filled, record, NOW)
        assert _ids(filled, words, kind) == [], f"deleted {kind} still found"
        restore(filled, [record] if many else record)
        assert _ids(filled, words, kind) == [record], f"restored {kind} not found"


def test_a_deleted_team_takes_its_notes_and_gaps_with_it(filled: Store) -> None:
    """Deleting a team hides it, its strengths and its gaps; undo brings all of them back."""
    team = _one(filled, "hospital discharge", HitKind.TEAM)
    team_store.delete_team(filled, team, NOW)
    for words, kind in (
        ("discharge", HitKind.TEAM),
        ("fixture strength", HitKind.STRENGTH),
        ("described gap", HitKind.GAP),
    ):
        assert _ids(filled, words, kind) == []
    team_store.restore_team(filled, team)
    assert _ids(filled, "fixture strength", HitKind.STRENGTH)
    assert _ids(filled, "described gap", HitKind.GAP)


def test_edits_are_searchable_at_once(filled: Store) -> None:
    """A renamed item is found by its new words, not its old; a meeting's new decision too."""
    item = _one(filled, "Fixture question", HitKind.PLAN_ITEM)
    plan_store.update_item(filled, item, dt.date(2026, 11, 27), title="Safeguarding audit")
    assert _ids(filled, "safeguarding audit", HitKind.PLAN_ITEM) == [item]
    assert _ids(filled, "Fixture question", HitKind.PLAN_ITEM) == []
    meeting = _one(filled, "meeting notes", HitKind.MEETING)
    decision, _ = meeting_store.add_decision(filled, meeting, "Approve the brokerage review")
    assert _ids(filled, "brokerage", HitKind.MEETING) == [meeting]
    meeting_store.delete_decision(filled, decision)
    assert _ids(filled, "brokerage", HitKind.MEETING) == []


def test_a_failed_write_leaves_the_index_as_it_was(filled: Store) -> None:
    """The index changes in the write's own transaction: a rolled-back write leaves no trace."""
    item = _one(filled, "Fixture question", HitKind.PLAN_ITEM)
    seen_inside: list[int] = []

    def failing_write() -> None:
        with filled.transaction() as session:
            row = session.get(PlanItem, item)
            assert row is not None
            row.title = "Vanished words"
            session.flush()
            seen_inside.extend(_ids(filled, "vanished", HitKind.PLAN_ITEM))
            raise RuntimeError("the write fails")

    with pytest.raises(RuntimeError):
        failing_write()
    assert seen_inside == [item]
    assert _ids(filled, "vanished", HitKind.PLAN_ITEM) == []
    assert _ids(filled, "Fixture question", HitKind.PLAN_ITEM) == [item]


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        'NEAR("a" "b", 2)',
        "title:x",
        "^x",
        "a AND",
        "(",
        ")",
        "🙂",
        "🙂🙂 fixture",
        "'",
        "x\x00y",
        "-",
        "--",
        "+",
        "{title}:x",
        "a OR OR b",
        "  ",
        "",
        "\\",
        "名前",
        "x" * 5000,
        " ".join(["w"] * 200),
    ],
)
def test_hostile_text_never_raises(shared: Store, typed: str) -> None:
    """Whatever is typed, search answers (maybe with nothing) and never raises."""
    result = search_store.search(shared, typed)
    assert result.query == typed
    assert all(isinstance(h, Hit) for h in result.hits)


def test_operators_are_searched_as_words(filled: Store) -> None:
    """FTS5's words and symbols typed by the director are plain words, not query syntax."""
    plan_store.add_action(
        filled, title="Review NEAR miss AND near-miss reports", due_date=None, source=""
    )
    assert _ids(filled, "NEAR", HitKind.ACTION)
    assert _ids(filled, 'near-miss "AND', HitKind.ACTION)
    assert _ids(filled, "🙂 fixture question 🙂", HitKind.PLAN_ITEM)
    assert search_store.search(filled, "🙂").groups == ()


def test_match_expression_quotes_every_word() -> None:
    """Each word is quoted with a prefix star; text with no letters or digits gives None."""
    assert search_rules.match_expression('hosp "disch') == '"hosp"* "disch"*'
    assert search_rules.match_expression("NEAR(a, b)") == '"NEAR"* "a"* "b"*'
    assert search_rules.match_expression('"*^ 🙂 -') is None
    assert len(search_rules.words_of(" ".join(["w"] * 100))) == search_rules.MAX_WORDS


def test_each_group_is_capped(filled: Store) -> None:
    """At most ``per_kind`` hits a kind, the best first, with how many matched in all."""
    for n in range(5):
        plan_store.add_action(filled, title=f"Brokerage step {n}", due_date=None, source="")
    result = search_store.search(filled, "brokerage", per_kind=3)
    (group,) = result.groups
    assert len(group.hits) == 3
    assert group.total == 5
    assert group.more == 2
    assert [h.rank for h in group.hits] == sorted(h.rank for h in group.hits)


def test_the_index_lives_in_the_file(filled: Store) -> None:
    """The index is an FTS5 table in the database itself, one document per live record."""
    con = sqlite3.connect(filled.paths.database)
    try:
        count = con.execute("SELECT count(*) FROM search_index").fetchone()[0]
    finally:
        con.close()
    # 4 live plan items and actions, 1 practice, 2 teams, 2 notes, 2 gaps, 1 person, 1
    # visit, 1 meeting and 2 register entries: the deleted ones are not there.
    assert count == 16
    assert len(search_store.search(filled, "fixture", per_kind=100)) == 16


def test_snippet_shows_the_words_around_the_first_match() -> None:
    """A snippet is a few words around the first word found, cut with ellipses; accents and
    case do not stop a match; nothing found gives "".
    """
    text = "one two three four five six seven eight nine ten eleven twelve thirteen"
    assert search_rules.snippet(text, ["eig"], size=4) == "…seven eight nine ten…"
    assert search_rules.snippet("Café crème", ["creme"]) == "Café crème"
    assert search_rules.snippet(text, ["zz"]) == ""
