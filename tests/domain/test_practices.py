"""Practices: kept up or lapsed by their cadence, logged by hand or through a visit."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from dass_desktop.domain import engagement_store, plan_rules, plan_store, practice_store
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.guidance import seed_from_templates, templates
from dass_desktop.domain.plan_terms import Status
from dass_desktop.domain.practice_rules import next_by, state_of
from dass_desktop.domain.practice_terms import Cadence, LogKind, PracticeRow, PracticeState
from dass_desktop.store import Store

START = dt.date(2026, 9, 7)


def test_cadence_rules_with_injected_dates() -> None:
    """Kept up within the cadence, lapsed the working day after it runs out, not due before
    day N; a weekend or bank holiday moves the day it runs out to the next working day.
    """
    first_by = dt.date(2026, 9, 21)
    assert state_of(Cadence.WEEKLY, None, first_by, dt.date(2026, 9, 21)) is PracticeState.NOT_YET
    assert state_of(Cadence.WEEKLY, None, first_by, dt.date(2026, 9, 22)) is PracticeState.LAPSED
    last = dt.date(2026, 10, 1)
    assert state_of(Cadence.WEEKLY, last, first_by, dt.date(2026, 10, 8)) is PracticeState.KEPT_UP
    assert state_of(Cadence.WEEKLY, last, first_by, dt.date(2026, 10, 9)) is PracticeState.LAPSED
    # 31 days on is Sunday 1 November: it runs out on Monday 2 November.
    assert state_of(Cadence.MONTHLY, last, first_by, dt.date(2026, 11, 2)) is PracticeState.KEPT_UP
    assert state_of(Cadence.MONTHLY, last, first_by, dt.date(2026, 11, 3)) is PracticeState.LAPSED
    assert state_of(Cadence.QUARTERLY, last, None, dt.date(2026, 12, 31)) is PracticeState.KEPT_UP
    assert next_by(Cadence.QUARTERLY, last, None) == dt.date(2027, 1, 4)  # past New Year's Day
    assert state_of(Cadence.MONTHLY, None, None, dt.date(2027, 1, 1)) is PracticeState.NOT_YET


def _practices(store: Store, today: dt.date) -> dict[str | None, PracticeRow]:
    return {p.template_key: p for p in practice_store.list_practices(store, START, today)}


def test_seeded_practices_are_the_six_behaviours(store: Store) -> None:
    """Seeding adds the six practices as their own kind, never due and never counted done."""
    seed_from_templates(store)
    practices = _practices(store, START)
    assert set(practices) == {
        "practice.role-model",
        "practice.strengths-based",
        "practice.celebrate",
        "practice.pace",
        "practice.two-way",
        "practice.away-days",
    }
    assert practices["practice.two-way"].cadence is Cadence.WEEKLY
    assert practices["practice.away-days"].cadence is Cadence.QUARTERLY
    rows = plan_store.list_items(store, START)
    kinds = {r.template_key: r for r in rows}
    assert kinds["practice.pace"].kind == "practice"
    assert kinds["practice.pace"].due is None
    tasks = [r for r in rows if r.kind != "practice"]
    assert plan_rules.progress_of("All", rows).applicable == len(tasks)


def test_logging_a_visit_practises_two_way_conversation(store: Store) -> None:
    """A logged informal visit counts for the two-way practice, with a link to the visit."""
    seed_from_templates(store)
    day_20 = START + dt.timedelta(days=19)
    assert _practices(store, day_20)["practice.two-way"].state is PracticeState.LAPSED
    visit, _ = engagement_store.add_engagement(
        store,
        EngagementDraft(day_20, EngagementKind.INFORMAL_VISIT, place="Hub"),
        day_20,
    )
    two_way = _practices(store, day_20)["practice.two-way"]
    assert two_way.state is PracticeState.KEPT_UP
    assert two_way.log[0].engagement_id == visit
    assert two_way.log[0].kind is LogKind.VISIT
    assert _practices(store, day_20)["practice.role-model"].log == ()  # visits do not count
    later = day_20 + dt.timedelta(days=10)  # a week on is a Saturday: it lapses after Monday
    assert _practices(store, later)["practice.two-way"].state is PracticeState.LAPSED
    assert [p.template_key for p in practice_store.lapsed_practices(store, START, later)][:1] == [
        "practice.two-way"
    ]
    engagement_store.delete_engagements(store, [visit], dt.datetime(2026, 10, 1, 9))
    assert _practices(store, day_20)["practice.two-way"].log == ()


def test_done_today_is_logged_and_undone(store: Store) -> None:
    """Done today keeps a practice up; taking the entry out and back restores the state."""
    seed_from_templates(store)
    today = START + dt.timedelta(days=40)
    pace = _practices(store, today)["practice.pace"]
    assert pace.state is PracticeState.LAPSED
    log_id, changes = practice_store.log_practice(store, pace.id, today, note="Left at five")
    assert changes
    after = _practices(store, today)["practice.pace"]
    assert after.state is PracticeState.KEPT_UP
    assert after.log[0].note == "Left at five"
    assert after.log[0].kind is LogKind.DONE
    practice_store.delete_log(store, log_id, dt.datetime(2026, 10, 17, 9))
    assert _practices(store, today)["practice.pace"].state is PracticeState.LAPSED
    practice_store.restore_log(store, log_id)
    assert _practices(store, today)["practice.pace"].last_practised == today


def test_a_practice_is_never_marked_done(store: Store) -> None:
    """Marking a practice done is refused with a sentence, and it stays as it was."""
    seed_from_templates(store)
    pace = _practices(store, START)["practice.pace"]
    with pytest.raises(InvalidInput, match="kept up rather than done"):
        plan_store.toggle_done(store, pace.id, START)
    row = plan_store.get_item(store, pace.id, START)
    assert row is not None
    assert row.status is not Status.DONE
    task = next(r for r in plan_store.list_items(store, START) if r.kind == "question")
    with pytest.raises(InvalidInput):
        practice_store.log_practice(store, task.id, START)


def test_the_upgrade_converts_to_the_shipped_practices() -> None:
    """The practices the 0008 upgrade writes are exactly those the templates seed."""
    upgrade = importlib.import_module("dass_desktop.store.migrations.versions.0008_practices")
    shipped = {i.key: i for i in templates().items}
    for new_key, title, help_text, cadence, counts, day, phase in upgrade.CONVERSIONS.values():
        item = shipped[new_key]
        assert (item.title, item.help, item.cadence, item.day, item.phase.value) == (
            title,
            help_text,
            cadence,
            day,
            phase,
        )
        assert ",".join(item.counts) == counts
        assert upgrade.REFS[new_key] == item.ref
    assert not set(upgrade.CONVERSIONS) & set(shipped), "converted tasks are still seeded"
    assert not set(upgrade.MERGED) & set(shipped)


def test_lapsed_practices_in_one_sentence() -> None:
    """The sentence the dashboard and plans share names a few and counts the rest."""
    from dass_desktop.domain.practice_rules import lapsed_words

    assert lapsed_words([]) == ""
    assert lapsed_words(["Pace"]) == "1 practice has lapsed: Pace."
    assert lapsed_words(["A", "B"]) == "2 practices have lapsed: A and B."
    assert lapsed_words(["A", "B", "C", "D"], most=2) == "4 practices have lapsed: A, B and 2 more."
