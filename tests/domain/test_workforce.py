"""Workforce rules: months, checks on values, rolling 12-month figures and direction-aware RAG."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import workforce_rules, workforce_store, workforce_terms
from dass_desktop.domain.changes import Area
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY, Direction, FigureRow
from dass_desktop.store import Store

JAN = dt.date(2026, 1, 1)


def rows(metric: str, values: dict[dt.date, float], scope_id: int = 1) -> list[FigureRow]:
    """Stored-figure rows for one metric, as the database would return them."""
    return [
        FigureRow(n, scope_id, metric, month, "", value, "typed", "", None)
        for n, (month, value) in enumerate(sorted(values.items()), start=1)
    ]


def months(count: int, end: dt.date = JAN) -> list[dt.date]:
    """``count`` consecutive months ending with ``end``."""
    return [workforce_rules.add_months(end, -n) for n in range(count - 1, -1, -1)]


def test_months_are_added_across_years_and_labelled_the_uk_way() -> None:
    """Month arithmetic crosses year ends; labels read Mar 2026."""
    assert workforce_rules.add_months(dt.date(2026, 11, 1), 3) == dt.date(2027, 2, 1)
    assert workforce_rules.add_months(JAN, -1) == dt.date(2025, 12, 1)
    assert workforce_rules.month_of(dt.date(2026, 3, 31)) == dt.date(2026, 3, 1)
    assert workforce_terms.month_label(dt.date(2026, 3, 1)) == "Mar 2026"


@pytest.mark.parametrize(
    ("key", "direction"),
    [
        ("vacancy_rate", Direction.LOWER_IS_BETTER),
        ("turnover_rate", Direction.LOWER_IS_BETTER),
        ("sickness_days", Direction.LOWER_IS_BETTER),
        ("absence_rate", Direction.LOWER_IS_BETTER),
        ("agency_rate", Direction.LOWER_IS_BETTER),
        ("supervision", Direction.HIGHER_IS_BETTER),
        ("appraisals", Direction.HIGHER_IS_BETTER),
        ("engagement_full", Direction.HIGHER_IS_BETTER),
        ("engagement_snap", Direction.HIGHER_IS_BETTER),
        ("headcount", Direction.NEUTRAL),
        ("fte", Direction.NEUTRAL),
    ],
)
def test_each_metric_knows_which_way_is_better(key: str, direction: Direction) -> None:
    """High vacancy is bad, high appraisal completion is good, headcount is neither."""
    assert METRIC_BY_KEY[key].direction is direction


@pytest.mark.parametrize(
    ("key", "value", "comparator", "expected"),
    [
        ("vacancy_rate", 8.0, 10.0, Rag.GREEN),  # lower than the comparator: good
        ("vacancy_rate", 10.0, 10.0, Rag.GREEN),  # as good as
        ("vacancy_rate", 10.9, 10.0, Rag.AMBER),  # up to 10% worse
        ("vacancy_rate", 11.5, 10.0, Rag.RED),
        ("turnover_rate", 30.0, 24.2, Rag.RED),
        ("sickness_days", 11.0, 10.7, Rag.AMBER),
        ("agency_rate", 4.0, 5.0, Rag.GREEN),
        ("supervision", 95.0, 90.0, Rag.GREEN),  # higher than the target: good
        ("supervision", 84.0, 90.0, Rag.AMBER),
        ("supervision", 70.0, 90.0, Rag.RED),
        ("appraisals", 81.0, 90.0, Rag.AMBER),
        ("appraisals", 80.9, 90.0, Rag.RED),
        ("engagement_snap", 64.0, 60.0, Rag.GREEN),
    ],
)
def test_rag_is_direction_aware(key: str, value: float, comparator: float, expected: Rag) -> None:
    """The same gap is green one way and red the other, depending on the metric."""
    assert workforce_rules.rag_against(METRIC_BY_KEY[key], value, comparator) is expected


def test_neutral_metrics_have_no_rag() -> None:
    """Headcount and FTE are neither good nor bad when higher."""
    assert workforce_rules.rag_against(METRIC_BY_KEY["headcount"], 400, 300) is None
    assert workforce_rules.rag_against(METRIC_BY_KEY["fte"], 10, 300) is None


def test_rolling_turnover_from_monthly_leavers_and_headcount() -> None:
    """Turnover for a month is 12 months' leavers over the average headcount, as a %."""
    span = months(12)
    leavers = dict.fromkeys(span, 2.0)
    headcount = {m: 100.0 + n * 2 for n, m in enumerate(span)}  # 100 to 122, average 111
    data = rows("leavers", leavers) + rows("headcount", headcount)
    points = workforce_rules.series(data, "turnover_rate")
    assert [p.period for p in points] == [JAN]
    assert points[0].value == pytest.approx(24 / 111 * 100)
    assert points[0].derived
    assert "12 months of leavers and headcount" in points[0].source


def test_rolling_sickness_days_per_fte() -> None:
    """Sickness days per FTE is 12 months' days lost over the average FTE."""
    span = months(14)
    data = rows("days_lost", dict.fromkeys(span, 50.0)) + rows("fte", dict.fromkeys(span, 60.0))
    points = workforce_rules.series(data, "sickness_days")
    assert [p.period for p in points] == span[11:]  # the first 11 months lack a full year
    assert all(p.value == pytest.approx(600 / 60) for p in points)


def test_rolling_needs_every_month_of_leavers() -> None:
    """A missing month of leavers means no rolling figure rather than a wrong one."""
    span = months(12)
    leavers = {m: 1.0 for m in span if m != span[5]}
    data = rows("leavers", leavers) + rows("headcount", dict.fromkeys(span, 50.0))
    assert workforce_rules.series(data, "turnover_rate") == []


def test_rolling_needs_enough_headcount_months() -> None:
    """Fewer than six months of headcount gives no turnover figure."""
    span = months(12)
    data = rows("leavers", dict.fromkeys(span, 1.0)) + rows("headcount", {span[-1]: 50.0})
    assert workforce_rules.series(data, "turnover_rate") == []


def test_a_stored_rolling_figure_wins_over_the_worked_out_one() -> None:
    """Turnover typed or imported for a month is shown as it is, with its source."""
    span = months(12)
    data = (
        rows("leavers", dict.fromkeys(span, 2.0))
        + rows("headcount", dict.fromkeys(span, 100.0))
        + rows("turnover_rate", {JAN: 19.5})
    )
    (point,) = workforce_rules.series(data, "turnover_rate")
    assert point.value == 19.5
    assert not point.derived
    assert point.source == "Typed in"


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("vacancy_rate", -1.0, "below zero"),
        ("agency_rate", 100.5, "over 100%"),
        ("headcount", -3.0, "below zero"),
        ("sickness_days", 400.0, "more than a year"),
        ("vacancy_rate", float("nan"), "not a number"),
    ],
)
def test_impossible_values_are_named(key: str, value: float, problem: str) -> None:
    """Negative figures, rates over 100% and more sickness than a year are refused."""
    reason = workforce_rules.check_value(METRIC_BY_KEY[key], value)
    assert reason is not None
    assert problem in reason


def test_change_on_a_year_says_better_or_worse() -> None:
    """A rise in vacancies is worse; a rise in supervision is better."""
    assert workforce_rules.change_words(METRIC_BY_KEY["vacancy_rate"], 12.0, 10.5) == "▲ 1.5 worse"
    assert workforce_rules.change_words(METRIC_BY_KEY["supervision"], 92.0, 85.0) == "▲ 7.0 better"
    assert workforce_rules.change_words(METRIC_BY_KEY["headcount"], 400, 410) == "▼ 10"
    assert workforce_rules.change_words(METRIC_BY_KEY["fte"], 10.0, 10.01) == "No change"


def test_set_value_creates_scopes_and_replaces_the_month(store: Store) -> None:
    """A typed figure goes to the department or a new team; typing again replaces it."""
    workforce_store.set_value(
        store, scope=None, key="vacancy_rate", period=dt.date(2026, 3, 9), value=9
    )
    workforce_store.set_value(store, scope="Reablement", key="vacancy_rate", period=JAN, value=12.5)
    _, changes = workforce_store.set_value(
        store, scope="  Reablement ", key="vacancy_rate", period=JAN, value=11
    )
    assert changes.touches(Area.WORKFORCE)
    scopes = workforce_store.list_scopes(store)
    assert [s.name for s in scopes] == ["Whole department", "Reablement"]
    assert scopes[0].is_department
    assert scopes[1].team_id is None
    team = workforce_store.list_values(store, scopes[1].id)
    assert [(v.period, v.value, v.source) for v in team] == [(JAN, 11.0, "Typed in")]
    department = workforce_store.list_values(store, scopes[0].id)
    assert department[0].period == dt.date(2026, 3, 1)


def test_set_value_refuses_impossible_figures(store: Store) -> None:
    """A rate over 100% is refused with the field named, and nothing is saved."""
    with pytest.raises(InvalidInput) as refused:
        workforce_store.set_value(store, scope=None, key="agency_rate", period=JAN, value=120)
    assert refused.value.field == "value"
    assert "over 100%" in refused.value.message
    with pytest.raises(InvalidInput):
        workforce_store.set_value(store, scope=None, key="morale", period=JAN, value=1)
    assert workforce_store.list_scopes(store) == []


def test_targets_default_to_90_for_supervision_and_appraisals(store: Store) -> None:
    """Supervision and appraisals start with a 90% target; others can be set or removed."""
    goals = workforce_store.targets(store)
    assert goals["supervision"] == 90.0
    assert goals["appraisals"] == 90.0
    assert goals["vacancy_rate"] is None
    workforce_store.set_target(store, "vacancy_rate", 8.0)
    workforce_store.set_target(store, "supervision", None)
    goals = workforce_store.targets(store)
    assert goals["vacancy_rate"] == 8.0
    assert goals["supervision"] is None
    with pytest.raises(InvalidInput):
        workforce_store.set_target(store, "appraisals", 150.0)


def test_delete_value(store: Store) -> None:
    """A stored figure can be removed."""
    value_id, _ = workforce_store.set_value(store, scope=None, key="fte", period=JAN, value=12.5)
    workforce_store.delete_value(store, value_id)
    scope = workforce_store.list_scopes(store)[0]
    assert workforce_store.list_values(store, scope.id) == []


def test_a_deleted_figure_is_put_back_as_it_was(store: Store) -> None:
    """put_back_value restores a deleted figure with its source; find_value finds it by month."""
    september = dt.date(2026, 9, 1)
    workforce_store.set_value(
        store, scope="Reablement", key="vacancy_rate", period=september, value=9
    )
    held = workforce_store.find_value(
        store, scope=" reablement ", key="vacancy_rate", period=dt.date(2026, 9, 17)
    )
    assert held is not None
    assert held.value == 9
    workforce_store.delete_value(store, held.id)
    assert (
        workforce_store.find_value(store, scope="Reablement", key="vacancy_rate", period=september)
        is None
    )
    new_id, changes = workforce_store.put_back_value(store, held)
    assert changes.touches(Area.WORKFORCE)
    again = workforce_store.find_value(
        store, scope="Reablement", key="vacancy_rate", period=september
    )
    assert again is not None
    assert again.id == new_id
    assert (again.value, again.source, again.scope_id) == (9, "Typed in", held.scope_id)
    assert (
        workforce_store.find_value(store, scope=None, key="vacancy_rate", period=september) is None
    )
