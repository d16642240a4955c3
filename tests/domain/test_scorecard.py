"""The scorecard: latest figure, comparator (or target), RAG and trend data."""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import benchmark_terms, scorecard, workforce_rules, workforce_store
from dass_desktop.domain.benchmark_terms import ComparatorChoice
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.store import Store

OCT = dt.date(2026, 10, 1)


def fill(store: Store) -> int:
    """A department and a team with a year and a month of figures; the department's id."""
    for n in range(13):
        month = workforce_rules.add_months(OCT, -n)
        workforce_store.set_value(
            store, scope=None, key="vacancy_rate", period=month, value=12 - n / 4
        )
        workforce_store.set_value(store, scope=None, key="supervision", period=month, value=80 + n)
    workforce_store.set_value(store, scope="Reablement", key="supervision", period=OCT, value=95)
    workforce_store.set_value(store, scope="Reablement", key="appraisals", period=OCT, value=70)
    workforce_store.set_value(store, scope="Safeguarding", key="vacancy_rate", period=OCT, value=3)
    return next(s.id for s in workforce_store.list_scopes(store) if s.is_department)


def test_scorecard_rates_like_with_like_and_targets_separately(store: Store) -> None:
    """England's vacancy figure (council social workers only) is context, not rated; the
    target is rated in its own right and never stands in for England's figure.
    """
    department = fill(store)
    workforce_store.set_target(store, "vacancy_rate", 11.0)
    rows = {
        r.metric.key: r
        for r in scorecard.scorecard(store, department, ComparatorChoice("england", "England"))
    }
    vacancy = rows["vacancy_rate"]
    assert vacancy.latest is not None
    assert vacancy.latest.value == 12.0
    assert vacancy.benchmark is not None
    assert vacancy.benchmark.label == "England"
    assert vacancy.benchmark.value == 10.5  # council adult social workers, Sept 2023
    assert vacancy.benchmark.period_label == "Sept 2023"
    assert not vacancy.benchmark.like_for_like
    assert vacancy.rag is None
    assert vacancy.target_rag is Rag.AMBER  # 12% against 11%: within 10% of the target
    assert vacancy.change == "▲ 3.0 worse"
    supervision = rows["supervision"]
    assert supervision.benchmark is None
    assert supervision.rag is None
    assert supervision.target == 90.0
    assert supervision.target_rag is Rag.RED  # 80% against 90%: more than 10% short
    assert rows["headcount"].latest is None
    assert rows["headcount"].rag is None


def test_scorecard_of_a_team_against_the_department(store: Store) -> None:
    """A team can be compared with the whole department for the same month."""
    fill(store)
    team = next(s.id for s in workforce_store.list_scopes(store) if s.name == "Reablement")
    rows = {
        r.metric.key: r for r in scorecard.scorecard(store, team, benchmark_terms.DEPARTMENT_CHOICE)
    }
    assert rows["supervision"].benchmark is not None
    assert rows["supervision"].benchmark.value == 80.0
    assert rows["supervision"].rag is Rag.GREEN


def test_trend_holds_the_series_comparators_and_target(store: Store) -> None:
    """A team's trend carries the chosen comparator, the department and the target."""
    fill(store)
    workforce_store.set_target(store, "vacancy_rate", 9.0)
    team = next(s.id for s in workforce_store.list_scopes(store) if s.name == "Safeguarding")
    found = scorecard.trend(store, team, "vacancy_rate", ComparatorChoice("england", "England"))
    assert found.scope_name == "Safeguarding"
    assert [p.value for p in found.points] == [3.0]
    labels = [label for label, _ in found.comparators]
    assert labels == ["England", "Whole department"]
    assert len(found.comparators[1][1]) == 13
    assert found.target == 9.0


def test_compliance_by_team(store: Store) -> None:
    """Teams with supervision or appraisal figures are listed with their latest ones."""
    fill(store)
    rows = scorecard.compliance_by_team(store)
    assert [r.team for r in rows] == ["Reablement"]
    assert rows[0].supervision is not None
    assert rows[0].supervision.value == 95
    assert rows[0].appraisals is not None
    assert rows[0].appraisals.value == 70
