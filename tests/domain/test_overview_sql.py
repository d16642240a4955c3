"""The dashboard's plain-SQL reads give exactly what the ORM versions give."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    engagement_store,
    overview_habits,
    overview_queries,
    overview_sql,
    overview_sql_contacts,
    overview_sql_plan,
    plan_store,
    stakeholder_store,
)
from dass_desktop.domain.guidance import seed_from_templates, templates
from dass_desktop.domain.meeting_agenda import next_meeting_words
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from tests.conftest import TODAY


def test_an_empty_store_has_no_profile(store: Store) -> None:
    """Before set-up both versions find no profile and no progress."""
    with overview_sql.connection(store) as con:
        assert overview_sql.load_profile(con) is None
        assert overview_sql.theme_progress(con) == overview_queries.theme_progress(store) == []


@pytest.mark.parametrize("days_on", [-30, 0, 40, 120, 200])
def test_each_read_equals_the_orm_version(store: Store, days_on: int) -> None:
    """Before the start, in each phase and after the plan, on a demo council large enough for
    every list to be cut short, each plain-SQL read equals its ORM namesake.
    """
    write_demo(store, TODAY, scale=3)
    today = TODAY + dt.timedelta(days=days_on)
    profile = load_profile(store)
    assert profile is not None
    start = profile.start_date
    with overview_sql.connection(store) as con:
        assert overview_sql.load_profile(con) == profile
        assert overview_sql.theme_progress(con) == overview_queries.theme_progress(store)
        early = [Phase.FIRST_30, Phase.TO_DAY_100]
        assert overview_sql.theme_progress(con, early) == overview_queries.theme_progress(
            store, early
        )
        first = today.replace(day=1)
        assert overview_sql.kinds_held(con, first, today) == overview_queries.kinds_held(
            store, first, today
        )
        for limit in (3, 20):
            assert overview_sql.teams_not_visited(
                con, today, limit
            ) == overview_queries.teams_not_visited(store, today, limit)
        assert overview_sql.lapsed_practices(con, start, today) == overview_habits.lapsed_practices(
            store, start, today
        )
        assert overview_sql.lapsed_practices(con, None, today) == overview_habits.lapsed_practices(
            store, None, today
        )
        assert overview_sql.celebration(con, today) == overview_habits.celebration(store, today)


def test_the_reads_import_no_sqlalchemy() -> None:
    """The plain-SQL module loads without SQLAlchemy (checked in a fresh interpreter)."""
    import subprocess
    import sys

    code = (
        "import sys; import dass_desktop.domain.overview_sql\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("days_on", [-30, 0, 40, 120, 200])
def test_due_items_equal_the_orm_version(store: Store, days_on: int) -> None:
    """Overdue and due-soon counts and rows, in both orders and by phase, equal the ORM's."""
    write_demo(store, TODAY, scale=3)
    today = TODAY + dt.timedelta(days=days_on)
    profile = load_profile(store)
    assert profile is not None
    for start in (profile.start_date, None):
        calls: list[dict[str, object]] = [
            {"before": today, "limit": 5},
            {"after": today - dt.timedelta(days=1), "before": today + dt.timedelta(days=15)},
            {"before": today, "phases": [Phase.FIRST_30], "plan_order": True},
            {"after": today},
        ]
        with overview_sql.connection(store) as con:
            for kwargs in calls:
                fast = overview_sql_plan.open_items_due(con, start, **kwargs)  # type: ignore[arg-type]
                slow = overview_queries.open_items_due(store, start, **kwargs)  # type: ignore[arg-type]
                assert fast == slow, kwargs


@pytest.mark.parametrize("days_on", [-30, 0, 40, 120, 200])
def test_contact_reads_equal_the_orm_version(store: Store, days_on: int) -> None:
    """The contacts book with its contact facts, and the follow-ups due, equal the ORM's."""
    write_demo(store, TODAY, scale=3)
    today = TODAY + dt.timedelta(days=days_on)
    profile = load_profile(store)
    assert profile is not None
    with overview_sql.connection(store) as con:
        for since in (profile.start_date, None):
            fast = overview_sql_contacts.list_stakeholders(con, today, since)
            assert fast == stakeholder_store.list_stakeholders(store, today, since)
        for days, limit in ((14, 3), (60, 20)):
            assert overview_sql_contacts.follow_ups_due(
                con, today, days, limit
            ) == overview_queries.follow_ups_due(store, today, days, limit)
        every = [e.id for e in engagement_store.list_engagements(store)]
        assert overview_sql_contacts.engagement_rows(
            con, every
        ) == engagement_store.list_engagements(store)


@pytest.mark.parametrize("days_on", [-30, 0, 40, 120, 200])
def test_next_meeting_line_equals_the_orm_version(store: Store, days_on: int) -> None:
    """The dashboard's line on the next one-to-one is word for word the ORM version's."""
    write_demo(store, TODAY, scale=3)
    today = TODAY + dt.timedelta(days=days_on)
    with overview_sql.connection(store) as con:
        assert overview_sql_plan.next_meeting_words(con, today) == next_meeting_words(store, today)


def test_an_unworked_plan_lists_the_same_inherited_items(store_with_profile: Store) -> None:
    """On a plan nobody has worked yet, the items overdue before the app was in use are the
    ORM version's on each day, for each first day of use; once worked, both find none.
    """
    store = store_with_profile
    seed_from_templates(store)
    profile = load_profile(store)
    assert profile is not None
    start = profile.start_date
    seen = 0
    with overview_sql.connection(store) as con:
        for days_on in (0, 20, 45, 90, 150):
            today = start + dt.timedelta(days=days_on)
            for used_from in (start, today, today - dt.timedelta(days=10)):
                fast = overview_sql_plan.inherited_overdue(con, start, today, used_from)
                assert fast == plan_store.inherited_overdue(store, start, today, used_from)
                seen += len(fast)
        assert overview_sql_plan.inherited_overdue(con, None, TODAY, TODAY) == []
    assert seen  # the comparison saw items
    first = plan_store.list_items(store, start)[0]
    plan_store.toggle_done(store, first.id, TODAY)
    with overview_sql.connection(store) as con:
        late = start + dt.timedelta(days=90)
        assert overview_sql_plan.inherited_overdue(con, start, late, late) == []
        assert plan_store.inherited_overdue(store, start, late, late) == []


def test_seeding_is_needed_exactly_when_seeding_adds_something(store: Store) -> None:
    """The check says seeding is due on a new database, not after seeding, and again when a
    later release ships one more item.
    """
    shipped = templates()
    with overview_sql.connection(store) as con:
        assert overview_sql_plan.needs_seeding(con, shipped)
    assert seed_from_templates(store, shipped)
    with overview_sql.connection(store) as con:
        assert not overview_sql_plan.needs_seeding(con, shipped)
    assert not seed_from_templates(store, shipped)
    extra = dataclasses.replace(shipped.items[0], key="later-release-item")
    more = dataclasses.replace(shipped, items=(*shipped.items, extra))
    with overview_sql.connection(store) as con:
        assert overview_sql_plan.needs_seeding(con, more)
    assert seed_from_templates(store, more)


def test_the_default_marking_is_the_stores() -> None:
    """The profile's default marking, kept free of the models, is the one the store uses."""
    from dass_desktop.domain import profile_terms
    from dass_desktop.store.models import DEFAULT_MARKING

    assert profile_terms.DEFAULT_MARKING == DEFAULT_MARKING


def _delete_some(store: Store) -> None:
    """Soft-delete rows the rewritten reads look through: the latest thanks of some teams and
    every thanks of one, the latest visit of each kind and the log entries standing for
    visits, a practice's own entry and one team, as the app's delete commands do.
    """
    gone = "'2026-11-01 09:00:00'"
    con = sqlite3.connect(store.paths.database)
    try:
        con.execute(
            f"UPDATE recognition SET deleted_at = {gone} WHERE id IN (SELECT max(id)"
            " FROM recognition WHERE who_kind = 'team' GROUP BY who_id LIMIT 5)"
        )
        con.execute(
            f"UPDATE recognition SET deleted_at = {gone} WHERE who_kind = 'team' AND who_id ="
            " (SELECT min(who_id) FROM recognition WHERE who_kind = 'team')"
        )
        con.execute(
            f"UPDATE engagement SET deleted_at = {gone} WHERE id IN (SELECT max(id)"
            " FROM engagement GROUP BY kind)"
        )
        con.execute(
            "INSERT INTO practice_log (item_id, kind, practised_on, engagement_id, note)"
            " SELECT p.id, 'visit', e.occurred_on, e.id, '' FROM plan_item p, engagement e"
            " WHERE p.kind = 'practice' AND e.deleted_at IS NULL AND instr(',' ||"
            " replace(p.counts_from, ' ', '') || ',', ',' || e.kind || ',') > 0"
            " ORDER BY e.occurred_on DESC LIMIT 3"
        )
        con.execute(
            f"UPDATE practice_log SET deleted_at = {gone} WHERE id = (SELECT min(id)"
            " FROM practice_log)"
        )
        con.execute(
            f"UPDATE team SET deleted_at = {gone} WHERE id = (SELECT min(team_id)"
            " FROM engagement_team)"
        )
        con.commit()
    finally:
        con.close()


@pytest.mark.parametrize("scale", [1, 3])
def test_rewritten_reads_equal_the_orm_with_deleted_rows(store: Store, scale: int) -> None:
    """Teams never visited or thanked, lapsed practices and the due lists, read through the
    indexes, equal the ORM's whole-log reads at two scales, with deleted rows among them.
    """
    write_demo(store, TODAY, scale=scale)
    _delete_some(store)
    profile = load_profile(store)
    assert profile is not None
    start = profile.start_date
    with overview_sql.connection(store) as con:
        linked = "SELECT count(*) FROM practice_log WHERE engagement_id IS NOT NULL"
        assert con.execute(linked).fetchone()[0] >= 3
        lapsed = 0
        for days_on in (-30, 0, 40, 120, 200):
            today = TODAY + dt.timedelta(days=days_on)
            for limit in (3, 20):
                assert overview_sql.teams_not_visited(
                    con, today, limit
                ) == overview_queries.teams_not_visited(store, today, limit)
            for begun in (start, None):
                fast_lapsed = overview_sql.lapsed_practices(con, begun, today)
                assert fast_lapsed == overview_habits.lapsed_practices(store, begun, today)
                lapsed += len(fast_lapsed)
                late = {"before": today, "limit": 5}
                fast = overview_sql_plan.open_items_due(con, begun, **late)  # type: ignore[arg-type]
                assert fast == overview_queries.open_items_due(store, begun, **late)  # type: ignore[arg-type]
            found = overview_sql.celebration(con, today)
            assert found == overview_habits.celebration(store, today)
            assert found.never_recognised
        assert lapsed  # some practice lapsed on some day: the comparison is not of empties
