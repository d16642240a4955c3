"""Coverage rules on known rows: overdue contacts, teams visited, themes and weekly counts."""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import coverage
from dass_desktop.domain.contact_terms import Cadence, Category, EngagementKind
from dass_desktop.domain.coverage import CoverageStatus
from dass_desktop.domain.engagement_terms import EngagementRow, Named
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.domain.team_terms import ServiceArea, TeamRow

TODAY = dt.date(2026, 11, 26)
START = dt.date(2026, 9, 7)


def team(team_id: int, name: str) -> TeamRow:
    """A team row with no figures."""
    return TeamRow(team_id, name, ServiceArea.OTHER, "", f"{name} base", 0, 0, None, 0)


def visit(
    engagement_id: int,
    day: dt.date,
    teams: tuple[TeamRow, ...] = (),
    themes: tuple[str, ...] = (),
    kind: EngagementKind = EngagementKind.INFORMAL_VISIT,
    follow_up: dt.date | None = None,
    staff: int | None = None,
) -> EngagementRow:
    """An engagement row on ``day`` with the teams and themes given."""
    return EngagementRow(
        id=engagement_id,
        occurred_on=day,
        starts_at=None,
        kind=kind,
        place="",
        staff_count=staff,
        going_well="",
        to_improve="",
        follow_up_on=follow_up,
        you_said_we_did="",
        teams=tuple(Named(t.id, t.name) for t in teams),
        themes=themes,
    )


def contact(
    name: str, cadence: Cadence, last: dt.date | None, influence: int = 3
) -> StakeholderRow:
    """A stakeholder row whose next due date follows the rules from ``last``."""
    return StakeholderRow(
        id=sum(map(ord, name)),
        name=name,
        role="",
        organisation="",
        category=Category.STAFF,
        email="",
        phone="",
        notes="",
        influence=influence,
        interest=3,
        cadence=cadence,
        tags=(),
        last_contact=last,
        next_due=coverage.next_due(last, cadence, START),
    )


def test_overdue_with_injected_dates() -> None:
    """Overdue depends only on the date passed in; the longest overdue comes first."""
    rows = [
        contact("Fortnightly, seen 1 Nov", Cadence.FORTNIGHTLY, dt.date(2026, 11, 1)),
        contact("Weekly, seen 18 Nov", Cadence.WEEKLY, dt.date(2026, 11, 18)),
        contact("Monthly, never seen", Cadence.MONTHLY, None),
        contact("None, seen long ago", Cadence.NONE, dt.date(2025, 1, 1)),
        contact("Quarterly, seen 1 Oct", Cadence.QUARTERLY, dt.date(2026, 10, 1)),
    ]
    late = coverage.overdue_contacts(rows, TODAY)
    assert [r.name for r in late] == [
        "Monthly, never seen",  # due 7 Oct
        "Fortnightly, seen 1 Nov",  # due 15 Nov
        "Weekly, seen 18 Nov",  # due 25 Nov
    ]
    assert [r.name for r in coverage.overdue_contacts(rows, dt.date(2026, 11, 25))] == [
        "Monthly, never seen",
        "Fortnightly, seen 1 Nov",
    ]
    assert coverage.overdue_contacts(rows, dt.date(2026, 10, 1)) == []
    soon = coverage.contacts_due_soon(rows, dt.date(2026, 11, 20), days=14)
    assert [r.name for r in soon] == ["Weekly, seen 18 Nov"]
    assert coverage.describe_due(late[0], TODAY) == "7 weeks overdue"
    assert coverage.describe_due(rows[1], dt.date(2026, 11, 25)) == "due today"
    assert coverage.describe_due(rows[3], TODAY) == "no cadence"


def test_team_coverage_not_visited_not_recent_and_planned() -> None:
    """Teams never visited come first, then those not visited in 60 days; planned visits
    do not count until their day.
    """
    a, b, c, d = team(1, "Alpha"), team(2, "Bravo"), team(3, "Charlie"), team(4, "Delta")
    rows = [
        visit(1, dt.date(2026, 9, 20), (a, b)),
        visit(2, dt.date(2026, 11, 10), (b,)),
        visit(3, dt.date(2026, 12, 2), (c,)),  # planned
        visit(4, dt.date(2026, 9, 27), (d,)),  # exactly 60 days before: still recent
    ]
    result = coverage.team_coverage([a, b, c, d], rows, TODAY)
    assert [(c.name, c.status, c.visits) for c in result] == [
        ("Charlie", CoverageStatus.NOT_VISITED, 0),
        ("Alpha", CoverageStatus.NOT_RECENT, 1),
        ("Delta", CoverageStatus.VISITED, 1),
        ("Bravo", CoverageStatus.VISITED, 2),
    ]
    assert result[0].next_planned == dt.date(2026, 12, 2)
    assert result[3].last_visit == dt.date(2026, 11, 10)
    assert result[3].days_since(TODAY) == 16
    later = coverage.team_coverage([a, b, c, d], rows, dt.date(2026, 12, 2))
    assert next(x for x in later if x.name == "Charlie").status is CoverageStatus.VISITED


def test_theme_counts_over_a_period() -> None:
    """Only engagements inside the period count, each theme once per engagement."""
    rows = [
        visit(1, dt.date(2026, 9, 30), themes=("workload", "pay")),
        visit(2, dt.date(2026, 10, 1), themes=("workload", "IT and systems")),
        visit(3, dt.date(2026, 10, 15), themes=("IT and systems", "workload")),
        visit(4, dt.date(2026, 10, 31), themes=("pay",)),
        visit(5, dt.date(2026, 11, 1), themes=("workload",)),
    ]
    october = coverage.theme_counts(rows, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert [(t.theme, t.count) for t in october] == [
        ("IT and systems", 2),
        ("workload", 2),
        ("pay", 1),
    ]
    everything = coverage.theme_counts(rows, START, TODAY)
    assert everything[0] == coverage.ThemeCount("workload", 4)


def test_visits_per_week_and_this_month() -> None:
    """Weeks run from Monday, empty weeks included; this month counts from the 1st."""
    rows = [
        visit(1, dt.date(2026, 11, 2), kind=EngagementKind.TEAM_MEETING),  # Monday
        visit(2, dt.date(2026, 11, 8)),  # Sunday, same week
        visit(3, dt.date(2026, 11, 9)),
        visit(4, dt.date(2026, 10, 30)),
        visit(5, dt.date(2026, 11, 30)),  # planned
    ]
    weeks = coverage.visits_per_week(rows, dt.date(2026, 11, 1), TODAY)
    assert [w.week for w in weeks] == [
        dt.date(2026, 10, 26),
        dt.date(2026, 11, 2),
        dt.date(2026, 11, 9),
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 23),
    ]
    assert [w.total for w in weeks] == [0, 2, 1, 0, 0]
    assert weeks[1].counts == {EngagementKind.INFORMAL_VISIT: 1, EngagementKind.TEAM_MEETING: 1}
    assert [e.id for e in coverage.held_this_month(rows, TODAY)] == [1, 2, 3]


def test_follow_ups_and_heard_summary() -> None:
    """Follow-ups in the next fortnight, soonest first; the summary counts reach and staff."""
    a, b, c = team(1, "Alpha"), team(2, "Bravo"), team(3, "Charlie")
    rows = [
        visit(1, dt.date(2026, 10, 1), (a,), ("pay",), follow_up=dt.date(2026, 12, 9), staff=12),
        visit(2, dt.date(2026, 11, 2), (a, b), ("pay",), follow_up=dt.date(2026, 11, 27), staff=8),
        visit(3, dt.date(2026, 11, 3), follow_up=dt.date(2026, 11, 20)),
        visit(4, dt.date(2026, 12, 3), (c,), kind=EngagementKind.ROADSHOW),  # planned
    ]
    assert [e.id for e in coverage.follow_ups_due(rows, TODAY)] == [2, 1]
    summary = coverage.heard_summary(rows, [a, b, c], START, TODAY)
    assert summary.held == 3
    assert summary.staff_met == 20
    assert (summary.teams_reached, summary.teams_total) == (2, 3)
    assert summary.by_kind == {EngagementKind.INFORMAL_VISIT: 3}
    assert summary.top_themes == [coverage.ThemeCount("pay", 2)]
    assert [c.name for c in summary.not_visited] == ["Charlie"]
