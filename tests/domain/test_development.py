"""Own development, wellbeing check-ins and the journal: drafts, the trend prompt, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import development_store, plan_store, wellbeing_store
from dass_desktop.domain.development_rules import highlights
from dass_desktop.domain.development_terms import DevelopmentDraft, RecordKind
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.wellbeing_rules import monday_of, trend, wellbeing_prompt
from dass_desktop.domain.wellbeing_terms import CheckInDraft, CheckInRow, JournalDraft
from dass_desktop.store import Store

TODAY = dt.date(2026, 11, 26)  # a Thursday
MONDAY = dt.date(2026, 11, 23)


def _weeks(*paces: tuple[int, int]) -> list[CheckInRow]:
    """Check-ins for consecutive weeks ending this week, from (energy, workload) pairs."""
    first = MONDAY - dt.timedelta(weeks=len(paces) - 1)
    return [
        CheckInRow(n, first + dt.timedelta(weeks=n), energy, workload, "")
        for n, (energy, workload) in enumerate(paces)
    ]


def test_wellbeing_prompt_after_three_falls_in_a_row() -> None:
    """Three weekly falls in a row prompt; two falls, or a flat week in between, do not."""
    falling = _weeks((5, 2), (4, 2), (4, 3), (3, 4))
    prompt = wellbeing_prompt(falling, TODAY)
    assert prompt is not None
    assert len(prompt.weeks) == 4
    assert "3 weeks running" in prompt.text
    assert wellbeing_prompt(falling[1:], TODAY) is None
    assert wellbeing_prompt(_weeks((5, 2), (4, 2), (4, 2), (3, 4)), TODAY) is None
    # A missed week breaks the run.
    gap = [
        falling[0],
        *(
            CheckInRow(r.id, r.week_of + dt.timedelta(weeks=1), r.energy, r.workload, "")
            for r in falling[1:]
        ),
    ]
    assert wellbeing_prompt(gap, TODAY + dt.timedelta(weeks=1)) is None
    # An old run is not about now.
    assert wellbeing_prompt(falling, TODAY + dt.timedelta(days=30)) is None


def test_checkins_one_a_week_replaced_and_removed(store: Store) -> None:
    """A second check-in in a week replaces the first; its week is the Monday; remove undoes."""
    wellbeing_store.save_checkin(store, CheckInDraft(TODAY, 4, 2, " Good  week "), TODAY)
    wellbeing_store.save_checkin(store, CheckInDraft(MONDAY, 3, 4, "Busier"), TODAY)
    rows = wellbeing_store.list_checkins(store)
    assert [(r.week_of, r.energy, r.workload, r.line) for r in rows] == [(MONDAY, 3, 4, "Busier")]
    assert not wellbeing_store.save_checkin(store, CheckInDraft(TODAY, 3, 4, "Busier"), TODAY)
    assert trend(rows) == [(MONDAY, 3, 4, 5)]
    with pytest.raises(InvalidInput) as refused:
        wellbeing_store.save_checkin(store, CheckInDraft(TODAY, 0, 3), TODAY)
    assert refused.value.field == "energy"
    with pytest.raises(InvalidInput):
        wellbeing_store.save_checkin(store, CheckInDraft(TODAY + dt.timedelta(days=7), 3, 3), TODAY)
    wellbeing_store.remove_checkin(store, TODAY)
    assert wellbeing_store.checkin_for(store, TODAY) is None
    assert monday_of(dt.date(2026, 11, 29)) == MONDAY


def test_records_with_actions_and_plan_links(store: Store) -> None:
    """A 360 round keeps its actions' ticks through an edit, links plan items, and shows in
    the highlights (without any journal text).
    """
    theme, _ = plan_store.add_theme(store, "Own development")
    item, _ = plan_store.add_item(store, theme_id=theme, title="Find a mentor")
    record, _ = development_store.add_record(
        store,
        DevelopmentDraft(
            RecordKind.FEEDBACK_360,
            dt.date(2026, 11, 9),
            title="360 round",
            actions=("Delegate more", "Visit nights"),
            plan_item_ids=(item, item),
        ),
    )
    row = development_store.get_record(store, record)
    assert row is not None
    assert row.plan_items == ((item, "Find a mentor"),)
    development_store.set_action_done(store, row.actions[0].id, True)
    development_store.update_record(
        store, record, DevelopmentDraft(**{**row.draft().__dict__, "actions": ("Delegate more",)})
    )
    again = development_store.get_record(store, record)
    assert again is not None
    assert [(a.text, a.done) for a in again.actions] == [("Delegate more", True)]
    development_store.add_record(
        store, DevelopmentDraft("mentor", dt.date(2026, 10, 1), with_whom="Ruth", will_try="Ask")
    )
    summary = highlights(development_store.list_records(store))
    assert (summary.sessions, summary.feedback_rounds, summary.actions_done) == (1, 1, 1)
    assert summary.lines[1] == "01 Oct: Mentor session with Ruth (trying: Ask)"
    with pytest.raises(InvalidInput) as refused:
        development_store.add_record(store, DevelopmentDraft("mentor", TODAY))
    assert refused.value.field == "title"
    development_store.delete_record(store, record, dt.datetime(2026, 11, 26, 12))
    assert len(development_store.list_records(store)) == 1
    development_store.restore_record(store, record)
    assert development_store.get_record(store, record) == again


def test_journal_private_by_default(store: Store) -> None:
    """A journal entry is private unless said otherwise; an empty one is refused."""
    entry, _ = wellbeing_store.add_entry(store, JournalDraft(TODAY, "Hard week", "Text"), TODAY)
    assert wellbeing_store.list_journal(store)[0].private
    with pytest.raises(InvalidInput):
        wellbeing_store.add_entry(store, JournalDraft(TODAY), TODAY)
    wellbeing_store.delete_entry(store, entry, dt.datetime(2026, 11, 26, 12))
    assert wellbeing_store.list_journal(store) == []
    wellbeing_store.restore_entry(store, entry)
    assert [e.title for e in wellbeing_store.list_journal(store)] == ["Hard week"]
