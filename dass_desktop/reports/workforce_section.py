"""The workforce section of the printed plans: the department's figures against comparators.

The same scorecard and trend functions as the Workforce page are used, so the printed and
on-screen figures, RAG ratings and comparator notes always agree. Each comparator's
coverage is printed, because national figures often cover the whole sector rather than the
council's own staff.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from dass_desktop.charts import workforce as workforce_charts
from dass_desktop.domain import benchmarks, comparator_family, scorecard, workforce
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.scorecard import ScorecardRow
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.sections import heading, nothing_yet, para, text
from dass_desktop.reports.style import CONTENT_WIDTH, styles, table_style
from dass_desktop.store import Store

ENGLAND = benchmarks.ComparatorChoice("england", "England")
FAMILY = benchmarks.ComparatorChoice("family", "CIPFA family (median)")
TREND_METRICS = {
    PlanKind.HUNDRED_DAY: ("vacancy_rate",),
    PlanKind.SIX_MONTH: ("vacancy_rate", "turnover_rate", "sickness_days", "agency_rate"),
}
COMPLIANCE_TARGET = 90.0
MOST_TEAMS_CHARTED = 25


@dataclass(frozen=True)
class WorkforceFacts:
    """What the workforce section prints, read once."""

    england: list[ScorecardRow]
    family: list[ScorecardRow] | None
    trends: list[scorecard.Trend]
    compliance: list[scorecard.TeamCompliance]


def gather_workforce(store: Store, kind: PlanKind) -> WorkforceFacts | None:
    """The department's scorecards, trends and team compliance (None with no figures)."""
    department = next((s for s in workforce.list_scopes(store) if s.is_department), None)
    if department is None or not workforce.list_values(store, department.id):
        return None
    has_family = any(m.kind == "cipfa" for m in comparator_family.list_family(store))
    return WorkforceFacts(
        england=scorecard.scorecard(store, department.id, ENGLAND),
        family=scorecard.scorecard(store, department.id, FAMILY) if has_family else None,
        trends=[scorecard.trend(store, department.id, key, ENGLAND) for key in TREND_METRICS[kind]],
        compliance=scorecard.compliance_by_team(store) if kind is PlanKind.SIX_MONTH else [],
    )


def workforce_section(facts: WorkforceFacts | None, kind: PlanKind) -> list[Flowable]:
    """The scorecard table, its comparators' coverage, and the trend charts."""
    out: list[Flowable] = [heading("Workforce snapshot")]
    if facts is None:
        out.append(nothing_yet("No workforce figures entered yet."))
        return out
    family = {r.metric.key: r for r in facts.family} if facts.family else {}
    data: list[list[object]] = [
        ["Measure", "Latest", "England", "RAG", "CIPFA family", "Over the year"]
    ]
    notes: dict[str, str] = {}
    for row in facts.england:
        if row.latest is None:
            continue
        item = row.metric
        bench = row.benchmark
        fam = family.get(item.key)
        fam_bench = fam.benchmark if fam else None
        for b in (bench, fam_bench):
            if b is not None and b.covers:
                notes.setdefault(b.label + b.period_label, b.describe.replace("\n", " · "))
        data.append(
            [
                para(item.label, "cell"),
                para(
                    f"{item.format(row.latest.value)}\n{workforce.month_label(row.latest.period)}",
                    "cell",
                ),
                para(_bench_text(item, bench), "cell"),
                row.rag.label if row.rag else "–",
                para(_bench_text(item, fam_bench), "cell"),
                para(row.change or "–", "cell"),
            ]
        )
    widths = [40 * mm, 24 * mm, 32 * mm, 15 * mm, 32 * mm, CONTENT_WIDTH - 143 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    out.append(
        para(
            "RAG compares the latest figure with England's, allowing for which way is better "
            "for each measure; where England has no figure, the department's target is used.",
            "small",
        )
    )
    for note in notes.values():
        out.append(Paragraph(text(note), styles().small))
    drawn = [t for t in facts.trends if t.points]
    if len(drawn) == 1:
        chart = workforce_charts.trend_chart(drawn[0])
        out.append(KeepTogether([Spacer(1, 3 * mm), figure_flowable(chart, CONTENT_WIDTH * 0.85)]))
    elif drawn:
        out.append(heading("Trends against England", 2))
        out.append(figure_flowable(workforce_charts.trend_grid(drawn), CONTENT_WIDTH))
    if kind is PlanKind.SIX_MONTH:
        title = heading("Supervision and appraisal by team", 2)
        if any(c.supervision or c.appraisals for c in facts.compliance):
            teams = _lowest_supervision(facts.compliance)
            chart = workforce_charts.compliance_chart(teams, COMPLIANCE_TARGET)
            parts: list[Flowable] = [title, figure_flowable(chart, CONTENT_WIDTH * 0.9)]
            if len(teams) < len(facts.compliance):
                parts.append(
                    para(
                        f"The {len(teams)} teams with the lowest supervision figures of "
                        f"{len(facts.compliance)}.",
                        "small",
                    )
                )
            out.append(KeepTogether(parts))
        else:
            out += [title, nothing_yet("No supervision or appraisal figures by team yet.")]
    return out


def _lowest_supervision(
    rows: list[scorecard.TeamCompliance],
) -> list[scorecard.TeamCompliance]:
    """At most :data:`MOST_TEAMS_CHARTED` teams, those furthest below target first."""
    if len(rows) <= MOST_TEAMS_CHARTED:
        return rows
    ranked = sorted(rows, key=lambda r: r.supervision.value if r.supervision else 101.0)
    keep = {id(r) for r in ranked[:MOST_TEAMS_CHARTED]}
    return [r for r in rows if id(r) in keep]


def _bench_text(item: workforce.Metric, bench: benchmarks.Benchmark | None) -> str:
    if bench is None:
        return "–"
    period = f"\n{bench.period_label}" if bench.period_label else ""
    return f"{item.format(bench.value)}{period}"
