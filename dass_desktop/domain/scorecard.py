"""The workforce scorecard: each metric's latest figure beside its comparator, with a RAG.

This is what the Workforce page's table and charts show, worked out in one place so that a
printed plan can show the same: the latest figure for a scope, the figure a year before,
the chosen comparator with its period and whose staff it covers, the director's target, and
direction-aware RAG ratings: against the comparator only when it covers the same staff as
the department's figures (otherwise it is shown as context), and against the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dass_desktop.domain import (
    benchmark_rules,
    benchmark_store,
    benchmark_terms,
    comparator_family,
    workforce_rules,
    workforce_sql,
    workforce_store,
    workforce_terms,
)
from dass_desktop.domain.benchmark_terms import Benchmark, ComparatorChoice, ComparatorFigure
from dass_desktop.domain.comparator_family import FamilyMember
from dass_desktop.domain.overview_sql import load_profile as load_profile_quickly
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.domain.profile import DirectorProfile, load_profile
from dass_desktop.domain.workforce_terms import HEADLINE_METRICS, Metric, Point, Scope
from dass_desktop.store import Store


@dataclass(frozen=True)
class ScorecardRow:
    """One metric's line of the scorecard."""

    metric: Metric
    latest: Point | None
    year_ago: Point | None
    benchmark: Benchmark | None
    rag: Rag | None
    target: float | None = None
    target_rag: Rag | None = None

    @property
    def change(self) -> str:
        """How the figure moved over the year, e.g. ``▲ 1.2 pts (worse)``; empty if unknown."""
        if self.latest is None or self.year_ago is None:
            return ""
        return workforce_rules.change_words(self.metric, self.latest.value, self.year_ago.value)


@dataclass(frozen=True)
class Trend:
    """What the trend chart draws for one metric and scope."""

    metric: Metric
    scope_name: str
    points: tuple[Point, ...]
    comparators: tuple[tuple[str, tuple[Benchmark, ...]], ...]
    target: float | None


@dataclass(frozen=True)
class TeamCompliance:
    """A team's latest supervision and appraisal figures."""

    team: str
    supervision: Point | None
    appraisals: Point | None


def pick_benchmark(
    item: Metric,
    series: Sequence[Benchmark],
    target: float | None,
    choice: ComparatorChoice,
) -> Benchmark | None:
    """The comparator for a metric: the latest under ``choice``; the target only when the
    director chose to compare with targets (a target never stands in for England or the
    CIPFA family).
    """
    if choice.key == benchmark_terms.TARGET.key:
        return benchmark_rules.target_benchmark(item.key, target)
    return series[-1] if series else None


def row_for(
    item: Metric,
    points: Sequence[Point],
    benchmark: Benchmark | None,
    target: float | None = None,
) -> ScorecardRow:
    """A scorecard line from a metric's series, its comparator and the director's target.

    The comparator is rated only when it covers the same staff as the department's figures
    (like for like); otherwise it is context, with no RAG.
    """
    last = workforce_rules.latest(points)
    year_ago = workforce_rules.year_before(points, last) if last else None
    rag = target_rag = None
    if last is not None and benchmark is not None and benchmark.like_for_like:
        rag = workforce_rules.rag_against(item, last.value, benchmark.value)
    if last is not None and target is not None:
        target_rag = workforce_rules.rag_against(item, last.value, target)
    return ScorecardRow(item, last, year_ago, benchmark, rag, target, target_rag)


def _department_benchmark(item: Metric, points: Sequence[Point]) -> list[Benchmark]:
    return [
        Benchmark(
            label=workforce_terms.DEPARTMENT,
            value=p.value,
            period_label=p.period_text,
            covers="Your department's own figure",
            source=p.source,
            period_end=p.period,
        )
        for p in points
    ]


@dataclass(frozen=True)
class Shared:
    """What the scorecard, the trend and the Workforce page around them all need, read once.

    A page showing several of them reads these once for the lot (see :func:`read_shared`)
    rather than once for each: the same rows, five reads fewer each time.
    """

    profile: DirectorProfile | None
    scopes: list[Scope]
    figures: list[ComparatorFigure]
    family: list[FamilyMember]
    targets: dict[str, float | None]


def read_shared(store: Store) -> Shared:
    """Read the director's profile, scopes, comparator figures, family and targets.

    Read through the store's plain connection, so on the main thread only (see
    :meth:`Store.quick`); the same holds for a scorecard or trend handed what this returns.
    """
    quick = store.quick()
    # Plain SQL (the store's quick connection), as the window reads the profile: the same
    # rows, without making the ORM's engine and compiling its statements on the page's first
    # open. The scorecard and trend handed these read their figures the same way.
    return Shared(
        profile=load_profile_quickly(quick),
        scopes=workforce_sql.list_scopes(quick),
        figures=[*workforce_sql.stored_figures(quick), *benchmark_rules.reference_figures()],
        family=workforce_sql.list_family(quick),
        targets=workforce_sql.targets(quick),
    )


def scorecard(
    store: Store, scope_id: int, choice: ComparatorChoice, shared: Shared | None = None
) -> list[ScorecardRow]:
    """The scorecard of a scope against ``choice``, one row per headline metric.

    ``shared``, when given, is used instead of reading those again (read it just before),
    and the scope's figures are read the same plain way.
    """
    profile = shared.profile if shared else load_profile(store)
    figures = shared.figures if shared else benchmark_store.all_figures(store)
    family = shared.family if shared else comparator_family.list_family(store)
    goals = shared.targets if shared else workforce_store.targets(store)
    rows = _values(store, scope_id, shared)
    department = _department_rows(store, choice, shared)
    found = []
    for item in HEADLINE_METRICS:
        points = workforce_rules.series(rows, item.key)
        if choice.key == benchmark_terms.DEPARTMENT_CHOICE.key:
            comparison = _department_benchmark(item, workforce_rules.series(department, item.key))
            if points and comparison:
                same = [b for b in comparison if b.period_end == points[-1].period]
                comparison = same or comparison
        else:
            comparison = benchmark_rules.benchmark_series(
                choice, item.key, figures=figures, family=family, profile=profile
            )
        chosen = pick_benchmark(item, comparison, goals[item.key], choice)
        found.append(row_for(item, points, chosen, goals[item.key]))
    return found


def _department_rows(
    store: Store, choice: ComparatorChoice, shared: Shared | None
) -> list[workforce_terms.FigureRow]:
    if choice.key != benchmark_terms.DEPARTMENT_CHOICE.key:
        return []
    scopes = shared.scopes if shared else workforce_store.list_scopes(store)
    department = next((s for s in scopes if s.is_department), None)
    return _values(store, department.id, shared) if department else []


def _values(store: Store, scope_id: int, shared: Shared | None) -> list[workforce_terms.FigureRow]:
    """A scope's stored figures: the plain way when handed the shared reads (see above)."""
    if shared is not None:
        return workforce_sql.list_values(store.quick(), scope_id)
    return workforce_store.list_values(store, scope_id)


def _series(store: Store, scope_id: int, key: str, shared: Shared | None) -> list[Point]:
    """A scope's series of ``key``: the plain way when handed the shared reads."""
    if shared is not None:
        return workforce_sql.load_series(store.quick(), scope_id, key)
    return workforce_store.load_series(store, scope_id, key)


def trend(
    store: Store,
    scope_id: int,
    metric_key: str,
    choice: ComparatorChoice,
    shared: Shared | None = None,
) -> Trend:
    """The series of a metric for a scope, with its comparator and target.

    The chosen comparator's series comes too (and the whole department's, when the scope is
    a team). ``shared``, when given, is used instead of reading those again, and
    the series are read the same plain way.
    """
    item = workforce_terms.metric(metric_key)
    profile = shared.profile if shared else load_profile(store)
    scopes = {s.id: s for s in (shared.scopes if shared else workforce_store.list_scopes(store))}
    scope = scopes.get(scope_id)
    points = tuple(_series(store, scope_id, metric_key, shared))
    comparators: list[tuple[str, tuple[Benchmark, ...]]] = []
    if choice.key not in (benchmark_terms.TARGET.key, benchmark_terms.DEPARTMENT_CHOICE.key):
        found = benchmark_rules.benchmark_series(
            choice,
            metric_key,
            figures=shared.figures if shared else benchmark_store.all_figures(store),
            family=shared.family if shared else comparator_family.list_family(store),
            profile=profile,
        )
        if found:
            comparators.append((choice.label, tuple(found)))
    if scope is not None and not scope.is_department:
        department = next((s for s in scopes.values() if s.is_department), None)
        if department is not None:
            dept_points = _series(store, department.id, metric_key, shared)
            if dept_points:
                comparators.append(
                    (workforce_terms.DEPARTMENT, tuple(_department_benchmark(item, dept_points)))
                )
    return Trend(
        metric=item,
        scope_name=scope.name if scope else workforce_terms.DEPARTMENT,
        points=points,
        comparators=tuple(comparators),
        target=(shared.targets if shared else workforce_store.targets(store))[metric_key],
    )


def compliance_by_team(store: Store) -> list[TeamCompliance]:
    """Each team's latest supervision and appraisal figures, teams by name."""
    by_scope = workforce_store.latest_values(store, ["supervision", "appraisals"])
    found = []
    for scope in workforce_store.list_scopes(store):
        if scope.is_department:
            continue
        rows = by_scope.get(scope.id, [])
        supervision = workforce_rules.latest(workforce_rules.series(rows, "supervision"))
        appraisals = workforce_rules.latest(workforce_rules.series(rows, "appraisals"))
        if supervision is not None or appraisals is not None:
            found.append(TeamCompliance(scope.name, supervision, appraisals))
    return found


def lowest_supervision(rows: Sequence[TeamCompliance], most: int) -> list[TeamCompliance]:
    """At most ``most`` of ``rows``: the teams furthest below target on supervision (those
    without a supervision figure last), in the order given.
    """
    if len(rows) <= most:
        return list(rows)
    ranked = sorted(rows, key=lambda r: r.supervision.value if r.supervision else 101.0)
    keep = {id(r) for r in ranked[:most]}
    return [r for r in rows if id(r) in keep]
