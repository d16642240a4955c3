"""The dashboard's aggregate queries agree with the rules the printed plans use."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    coverage,
    overview_habits,
    overview_queries,
    practice_store,
    recognition_store,
    scorecard,
    stakeholder_store,
    team_store,
    wellbeing_store,
    workforce_rules,
    workforce_store,
)
from dass_desktop.domain.contact_terms import Cadence, Category
from dass_desktop.domain.coverage import CoverageStatus
from dass_desktop.domain.overview_store import Overview
from dass_desktop.domain.practice_terms import PracticeState
from dass_desktop.domain.recognition_rules import teams_never_recognised
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.domain.wellbeing_rules import FALLS
from dass_desktop.store import Store
from dass_desktop.store.models import PracticeLog
from tests.conftest import TODAY


@pytest.mark.parametrize("days_on", [0, 40, 200])
def test_counts_and_first_rows_match_the_whole_lists(store: Store, days_on: int) -> None:
    """At three points in the plan, on a demo big enough for every list to be cut short,
    each count equals the rules' list's length and each first-rows list is its head.
    """
    write_demo(store, TODAY, scale=3)
    today = TODAY + dt.timedelta(days=days_on)
    overview = Overview(store, today)
    start = overview.start
    assert overview_queries.theme_progress(store) == overview.themes()
    assert overview_queries.overall(overview.themes()) == overview.progress()

    late = overview_queries.open_items_due(store, start, before=today, limit=5)
    assert late.total == len(overview.overdue())
    assert [r.id for r in late.rows] == [r.id for r in overview.overdue()[:5]]
    soon = overview_queries.open_items_due(
        store, start, after=today - dt.timedelta(days=1), before=today + dt.timedelta(days=15)
    )
    assert soon.total == len(overview.due_soon())
    assert [r.id for r in soon.rows] == [r.id for r in overview.due_soon()[:20]]

    month = coverage.held_this_month(overview.engagements, today)
    kinds = overview_queries.kinds_held(store, today.replace(day=1), today)
    assert kinds == coverage.kind_counts(month)
    due = overview_queries.follow_ups_due(store, today, 14, limit=3)
    assert due.total == len(overview.follow_ups())
    assert [e.id for e in due.rows] == [e.id for e in overview.follow_ups()[:3]]

    never = [c for c in overview.visits.coverage if c.status is CoverageStatus.NOT_VISITED]
    teams, not_yet = overview_queries.teams_not_visited(store, today, limit=4)
    assert teams == len(overview.teams)
    assert not_yet.total == len(never)
    assert list(not_yet.rows) == never[:4]


@pytest.mark.parametrize("days_on", [0, 40])
def test_contacts_added_late_count_from_the_day_added_on_the_dashboard(
    store: Store, days_on: int
) -> None:
    """The dashboard's overdue contacts and the contacts book agree, and a person added on
    the day looked at is not overdue there, however long ago the director started.
    """
    write_demo(store, TODAY, scale=2)
    today = TODAY + dt.timedelta(days=days_on)
    new, _ = stakeholder_store.add_stakeholder(
        store, StakeholderDraft("Noor Haddad", Category.NHS_AND_ICB, cadence=Cadence.WEEKLY), today
    )
    overview = Overview(store, today)
    book = stakeholder_store.list_stakeholders(store, today, overview.start)
    assert [p.id for p in overview.contacts_overdue] == [
        p.id for p in coverage.overdue_contacts(book, today)
    ]
    assert overview.contacts_overdue
    assert new not in {p.id for p in overview.contacts_overdue}
    added = next(p for p in overview.people if p.id == new)
    assert added.next_due == Cadence.WEEKLY.after(today)


def test_team_coverage_from_one_query_matches_the_whole_log(store: Store) -> None:
    """Coverage worked out from grouped visit dates equals coverage from every engagement."""
    write_demo(store, TODAY, scale=2)
    overview = Overview(store, TODAY)
    assert overview.team_coverage == list(overview.visits.coverage)


def test_team_compliance_reads_the_latest_figures_only(store: Store) -> None:
    """Each team's compliance from the latest-figure query equals the latest point of its
    whole supervision and appraisal series.
    """
    write_demo(store, TODAY, scale=2)
    found = scorecard.compliance_by_team(store)
    every = workforce_store.list_all_values(store, ["supervision", "appraisals"])
    names = {s.id: s.name for s in workforce_store.list_scopes(store) if not s.is_department}
    expected = {}
    for scope_id, rows in every.items():
        if scope_id in names:
            supervision = workforce_rules.latest(workforce_rules.series(rows, "supervision"))
            appraisals = workforce_rules.latest(workforce_rules.series(rows, "appraisals"))
            expected[names[scope_id]] = (supervision, appraisals)
    assert len(found) == len(expected) > 1
    assert {c.team: (c.supervision, c.appraisals) for c in found} == expected


def _celebration_from_whole_lists(store: Store, today: dt.date) -> overview_habits.Celebration:
    """The celebrating card's figures worked out from every recognition, team and check-in."""
    rows = recognition_store.list_recognitions(store)
    past = [r for r in rows if r.given_on <= today]
    last = max(past, key=lambda r: r.given_on) if past else None
    teams = [(t.id, t.name) for t in team_store.list_teams(store)]
    checkins = [c for c in wellbeing_store.list_checkins(store) if c.week_of <= today]
    return overview_habits.Celebration(
        (last.who, last.given_on) if last else None,
        len(teams),
        tuple(teams_never_recognised(teams, rows)),
        tuple(reversed(checkins[-(FALLS + 1) :])),
    )


@pytest.mark.parametrize("days_on", [0, 40, 120, 200])
def test_lapsed_practices_and_celebration_match_the_whole_logs(store: Store, days_on: int) -> None:
    """The lapsed practices and the celebrating card's figures from SQL equal the rules'
    answers over every log entry, engagement, recognition, team and check-in.
    """
    write_demo(store, TODAY, scale=3)
    today = TODAY + dt.timedelta(days=days_on)
    start = Overview(store, today).start
    expected = practice_store.lapsed_practices(store, start, today)
    found = overview_habits.lapsed_practices(store, start, today)
    assert [(p.id, p.title, p.next_by) for p in found] == [
        (p.id, p.title, p.next_by) for p in expected
    ]
    assert overview_habits.celebration(store, today) == _celebration_from_whole_lists(store, today)


def test_lapsed_practices_count_each_engagement_once(store: Store) -> None:
    """A visit logged by hand on another day counts on that day only, as in the log: a
    practice kept up by that visit lapses, and the SQL answer still equals the rules'.
    """
    write_demo(store, TODAY, scale=2)
    start = Overview(store, TODAY).start
    practices = practice_store.list_practices(store, start, TODAY)
    counting = next(
        p
        for p in practices
        if p.state is PracticeState.KEPT_UP and p.log[0].id is None and p.log[0].engagement_id
    )
    with store.transaction() as session:
        for entry in counting.log:
            if entry.engagement_id:
                session.add(
                    PracticeLog(
                        item_id=counting.id,
                        practised_on=entry.practised_on - dt.timedelta(days=200),
                        kind="visit",
                        note="",
                        engagement_id=entry.engagement_id,
                    )
                )
    expected = practice_store.lapsed_practices(store, start, TODAY)
    found = overview_habits.lapsed_practices(store, start, TODAY)
    assert counting.id in [p.id for p in expected]
    assert [(p.id, p.next_by) for p in found] == [(p.id, p.next_by) for p in expected]
