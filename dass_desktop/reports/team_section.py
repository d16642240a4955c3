"""The plans' team section: the register's totals, the teams with the most to do, and the
open gaps that matter most (all of them in the appendix).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from dass_desktop.charts import teams as team_charts
from dass_desktop.domain.dates import short_date
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import NoteKind, Severity, TeamRow, format_fte, format_rate
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.flow import (
    Cell,
    CellValue,
    data_table,
    facts_table,
    more_line,
    nothing_yet,
    para,
    section_start,
    truncated,
)
from dass_desktop.reports.style import CONTENT_WIDTH

MOST_TEAMS_CHARTED = 12
MOST_GAPS = {PlanKind.HUNDRED_DAY: 6, PlanKind.SIX_MONTH: 8}
MOST_TEAMS_DESCRIBED = {PlanKind.HUNDRED_DAY: 5, PlanKind.SIX_MONTH: 5}


def teams(ctx: ReportContext) -> list[Flowable]:
    """The register's totals, vacancy by team, the teams under most pressure, key gaps."""
    overview = ctx.overview
    if not overview.teams:
        return section_start("Teams: strengths and gaps", [nothing_yet("No teams recorded yet.")])
    rollup = overview.rollup
    facts = [
        (
            "Staff",
            f"{rollup.teams} teams; establishment {format_fte(rollup.establishment)} FTE, "
            f"{format_fte(rollup.in_post)} FTE in post",
        ),
        (
            "Vacancies",
            f"{format_fte(rollup.vacancies)} FTE in the teams register",
        ),
        ("Agency", f"{format_fte(rollup.agency)} FTE"),
        (
            "Open gaps",
            f"{rollup.open_gaps}: "
            + ", ".join(
                f"{rollup.count(severity=s)} {s.label.lower()}" for s in reversed(Severity)
            ),
        ),
    ]
    out = section_start("Teams: strengths and gaps", [facts_table(facts)])
    charted = _highest_vacancy(overview.teams)
    figure = team_charts.vacancy_rate_by_team(charted, overview.department_vacancy_rate)
    if figure is not None:
        parts: list[Flowable] = [figure_flowable(figure, CONTENT_WIDTH * 0.7)]
        if len(charted) < len(overview.teams):
            parts.append(
                para(
                    f"The {len(charted)} teams with the highest vacancy rates of "
                    f"{len(overview.teams)}.",
                    "small",
                )
            )
        out += section_start("Vacancy rate by team", parts, level=2)
    out += _strengths(ctx)
    gaps = overview.open_gaps
    most = MOST_GAPS[ctx.kind]
    if not gaps:
        out += section_start(
            "Key gaps and mitigations",
            [nothing_yet("No open capacity or skills gaps recorded.")],
            level=2,
        )
        return out
    shown = gaps[:most]
    out += section_start("Key gaps and mitigations", [gaps_table(ctx, shown)], level=2)
    out += more_line(len(shown), len(gaps), "open gaps", ctx.where_rest_is)
    return out


def _highest_vacancy(rows: Sequence[TeamRow]) -> list[TeamRow]:
    if len(rows) <= MOST_TEAMS_CHARTED:
        return list(rows)
    ranked = sorted(rows, key=lambda t: -(t.vacancy_rate or 0.0))
    keep = {t.id for t in ranked[:MOST_TEAMS_CHARTED]}
    return [t for t in rows if t.id in keep]


def _strengths(ctx: ReportContext) -> list[Flowable]:
    """Strengths and areas for development of the teams with the most open gaps."""
    overview = ctx.overview
    pressure: dict[int, int] = {}
    for gap in overview.open_gaps:
        pressure[gap.team_id] = pressure.get(gap.team_id, 0) + gap.severity.rank + 1
    ranked = sorted(
        overview.teams, key=lambda t: (-pressure.get(t.id, 0), -(t.vacancy_rate or 0), t.name)
    )
    most = MOST_TEAMS_DESCRIBED[ctx.kind]
    rows: list[list[CellValue]] = []
    for team in ranked[:most]:
        strengths = overview.team_notes(team.id, NoteKind.STRENGTH)[:2]
        developments = overview.team_notes(team.id, NoteKind.DEVELOPMENT)[:2]
        rows.append(
            [
                Cell(
                    team.name,
                    f"{team.service_area.label} · vacancy {format_rate(team.vacancy_rate)}",
                ),
                _notes(ctx, [n.text for n in strengths]),
                _notes(ctx, [n.text for n in developments]),
            ]
        )
    table = data_table(["Team", "Strengths", "Areas for development"], rows)
    out = section_start("The teams under most pressure", [table], level=2)
    out += more_line(len(rows), len(overview.teams), "teams", ctx.where_rest_is)
    return out


def _notes(ctx: ReportContext, notes: list[str]) -> str:
    if not notes:
        return "None recorded yet"
    return "\n".join(f"• {truncated(ctx.redact(n), 160)[0]}" for n in notes)


def gaps_table(ctx: ReportContext, gaps: Sequence[GapRow]) -> Flowable:
    """Gaps with their team and role, size, severity, mitigation, owner and status."""
    rows: list[list[CellValue]] = []
    for gap in gaps:
        mitigation = gap.mitigation.label if gap.mitigation else "Not chosen yet"
        if gap.mitigation_notes.strip():
            mitigation += f": {gap.mitigation_notes.strip()}"
        status = gap.status.label
        if gap.target_date:
            status += f", target {short_date(gap.target_date)}"
        if gap.is_overdue(ctx.today):
            status += " (overdue)"
        rows.append(
            [
                Cell(gap.team_name, gap.role.label),
                ctx.redact(gap.size),
                gap.severity.label,
                truncated(ctx.redact(mitigation), 130)[0],
                ctx.redact(gap.owner) or "–",
                status,
            ]
        )
    return data_table(["Team and role", "Gap", "Severity", "Mitigation", "Owner", "Status"], rows)
