"""The workforce section of the printed plans: the department's figures against England and
the CIPFA family, their trends, and (in the six-month plan) supervision and appraisal by team.

Figures come from the read model, which uses the same scorecard as the Workforce page, so
printed and on-screen figures, RAG ratings and comparator notes agree. Staff numbers
(establishment, in post, vacancies) are the teams register's and are printed in the teams
section only.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from dass_desktop.charts import workforce as workforce_charts
from dass_desktop.domain import scorecard, workforce_terms
from dass_desktop.domain.benchmark_terms import Benchmark
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.overview_terms import ENGLAND
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.flow import Cell, data_table, nothing_yet, para, section_start, truncated
from dass_desktop.reports.style import CONTENT_WIDTH

TREND_METRICS = {
    PlanKind.HUNDRED_DAY: ("vacancy_rate",),
    PlanKind.SIX_MONTH: ("vacancy_rate", "turnover_rate", "sickness_days", "agency_rate"),
}
#: Staff numbers are the register's; the scorecard prints rates only.
NOT_PRINTED = ("headcount", "fte")
MOST_TEAMS_CHARTED = 12
# Column shares of the scorecard table: room for each comparator's period under its value.
_SHARES = (0.2, 0.115, 0.16, 0.1, 0.115, 0.1, 0.09, 0.12)


def workforce_section(ctx: ReportContext) -> list[Flowable]:
    """The scorecard table with its comparators' coverage, the trends, and team compliance."""
    facts = ctx.overview.workforce
    if facts is None:
        return section_start("Workforce", [nothing_yet("No workforce figures entered yet.")])
    family = {r.metric.key: r for r in facts.family} if facts.family else {}
    rows = []
    notes: dict[tuple[str, str, str], list[str]] = {}
    for row in facts.england:
        if row.latest is None or row.metric.key in NOT_PRINTED:
            continue
        item = row.metric
        fam = family.get(item.key)
        for bench in (row.benchmark, fam.benchmark if fam else None):
            if bench is not None and bench.covers:
                periods = notes.setdefault((bench.label, bench.covers, bench.source), [])
                if bench.period_label not in periods:
                    periods.append(bench.period_label)
        rows.append(
            [
                Cell(item.label, bold=True),
                Cell(item.format(row.latest.value), workforce_terms.month_label(row.latest.period)),
                _bench(item, row.benchmark),
                _rag(row.rag, row.benchmark),
                _bench(item, fam.benchmark if fam else None),
                _rag(fam.rag if fam else None, fam.benchmark if fam else None),
                Cell(item.format(row.target), row.target_rag.label if row.target_rag else "")
                if row.target is not None
                else "–",
                row.change or "–",
            ]
        )
    table = data_table(
        ["Measure", "Latest", "England", "RAG", "CIPFA family", "RAG", "Target", "Over the year"],
        rows,
        widths=[CONTENT_WIDTH * share for share in _SHARES],
    )
    out = section_start("Workforce", [table])
    out.append(
        para(
            "RAG rates the latest figure against a comparator only where it covers the same "
            "staff as the department's figures; one covering other staff (the whole sector, "
            "social workers only) is context. The target column rates against your target.",
            "small",
        )
    )
    if notes:
        out.append(
            para(
                "Comparators: "
                + " ".join(
                    truncated(f"{label} ({', '.join(periods)}): {covers}. {source}", 200)[0]
                    for (label, covers, source), periods in list(notes.items())[:4]
                ),
                "small",
            )
        )
    trends = [
        scorecard.trend(ctx.overview.store, facts.department_id, key, ENGLAND)
        for key in TREND_METRICS[ctx.kind]
    ]
    drawn = [t for t in trends if t.points]
    if len(drawn) == 1:
        chart = workforce_charts.trend_chart(drawn[0])
        out += section_start(
            f"{drawn[0].metric.label} over time",
            [figure_flowable(chart, CONTENT_WIDTH * 0.8)],
            level=2,
        )
    elif drawn:
        out += section_start(
            "Trends against England",
            [figure_flowable(workforce_charts.trend_grid(drawn), CONTENT_WIDTH * 0.85)],
            level=2,
        )
    if ctx.kind is PlanKind.SIX_MONTH:
        out += _compliance(ctx, ctx.overview.team_compliance)
    return out


def _compliance(ctx: ReportContext, rows: list[scorecard.TeamCompliance]) -> list[Flowable]:
    title = "Supervision and appraisal by team"
    if not any(c.supervision or c.appraisals for c in rows):
        return section_start(
            title, [nothing_yet("No supervision or appraisal figures by team yet.")], level=2
        )
    shown = scorecard.lowest_supervision(rows, MOST_TEAMS_CHARTED)
    chart = workforce_charts.compliance_chart(shown, ctx.overview.compliance_target())
    parts: list[Flowable] = [figure_flowable(chart, CONTENT_WIDTH * 0.72)]
    if len(shown) < len(rows):
        parts.append(
            para(
                f"The {len(shown)} teams with the lowest supervision figures of {len(rows)}.",
                "small",
            )
        )
    return section_start(title, parts, level=2)


def _rag(rag: Rag | None, bench: Benchmark | None) -> str:
    if rag is not None:
        return rag.label
    return "Context" if bench is not None and not bench.like_for_like else "–"


def _bench(item: workforce_terms.Metric, bench: Benchmark | None) -> Cell | str:
    if bench is None:
        return "–"
    return Cell(item.format(bench.value), bench.period_label)
