"""The plans' team section: the department's roll-up, each team's strengths and areas for
development, and the key gaps (the whole register in the six-month plan)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from dass_desktop.charts import teams as team_charts
from dass_desktop.domain.dates import short_date
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.team_gaps import GapRow
from dass_desktop.domain.team_terms import NoteKind, Severity
from dass_desktop.domain.teams import NoteRow, format_fte, format_rate
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.sections import (
    facts_table,
    heading,
    nothing_yet,
    para,
    text,
)
from dass_desktop.reports.style import CONTENT_WIDTH, styles, table_style


def teams(ctx: ReportContext) -> list[Flowable]:
    """The department's roll-up, each team's strengths and development areas, key gaps."""
    out: list[Flowable] = [heading("Team strengths and gaps")]
    if not ctx.teams:
        out.append(nothing_yet("No teams recorded yet."))
        return out
    rollup = ctx.rollup
    facts = [
        ("Teams", str(rollup.teams)),
        (
            "Establishment",
            f"{format_fte(rollup.establishment)} FTE; {format_fte(rollup.in_post)} FTE in post",
        ),
        (
            "Vacancies",
            f"{format_fte(rollup.vacancies)} FTE ({format_rate(rollup.vacancy_rate)} vacancy rate)",
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
    out.append(facts_table(facts))
    figure = team_charts.vacancy_rate_by_team(ctx.teams, rollup.vacancy_rate)
    if figure is not None and len(ctx.teams) <= 30:
        out += [Spacer(1, 3 * mm), figure_flowable(figure, CONTENT_WIDTH * 0.9)]
    out.append(heading("Strengths and areas for development", 2))
    data: list[list[object]] = [["Team", "Strengths", "Areas for development"]]
    for team in ctx.teams:
        strengths = ctx.team_notes(team.id, NoteKind.STRENGTH)[:3]
        developments = ctx.team_notes(team.id, NoteKind.DEVELOPMENT)[:3]
        data.append(
            [
                Paragraph(
                    f"{text(team.name)}<br/><font size=7 color='#52606d'>"
                    f"{text(team.service_area.label)} · vacancy "
                    f"{text(format_rate(team.vacancy_rate))}</font>",
                    styles().cell,
                ),
                _bullets(ctx, strengths),
                _bullets(ctx, developments),
            ]
        )
    half = (CONTENT_WIDTH - 44 * mm) / 2
    table = Table(data, colWidths=[44 * mm, half, half], repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    key = [g for g in ctx.gaps if g.status.is_open][
        : 12 if ctx.kind is PlanKind.HUNDRED_DAY else 200
    ]
    out.append(
        heading(
            "Key gaps and mitigations" if ctx.kind is PlanKind.HUNDRED_DAY else "Gaps register", 2
        )
    )
    if not key:
        out.append(nothing_yet("No open capacity or skills gaps recorded."))
        return out
    if ctx.kind is PlanKind.SIX_MONTH:
        chart = team_charts.gaps_by_role(rollup)
        if chart is not None:
            out.append(figure_flowable(chart, CONTENT_WIDTH * 0.9))
    out.append(_gaps_table(ctx, key))
    return out


def _bullets(ctx: ReportContext, notes: Sequence[NoteRow]) -> Paragraph:
    if not notes:
        return para("None recorded yet", "small")
    return Paragraph("<br/>".join(f"• {text(ctx.redact(n.text))}" for n in notes), styles().cell)


def _gaps_table(ctx: ReportContext, gaps: Sequence[GapRow]) -> Table:
    data: list[list[object]] = [
        ["Team and role", "Gap", "Severity", "Mitigation", "Owner", "Status"]
    ]
    for gap in gaps:
        mitigation = gap.mitigation.label if gap.mitigation else "Not chosen yet"
        if gap.mitigation_notes.strip():
            mitigation += f": {gap.mitigation_notes.strip()}"
        status = gap.status.label
        if gap.target_date:
            status += f", target {short_date(gap.target_date)}"
        if gap.is_overdue(ctx.today):
            status += " (overdue)"
        data.append(
            [
                Paragraph(
                    f"{text(gap.team_name)}<br/><font size=7 color='#52606d'>"
                    f"{text(gap.role.label)}</font>",
                    styles().cell,
                ),
                para(ctx.redact(gap.size), "cell"),
                gap.severity.label,
                para(ctx.redact(mitigation), "cell"),
                para(ctx.redact(gap.owner) or "–", "cell"),
                para(status, "cell"),
            ]
        )
    widths = [32 * mm, 18 * mm, 15 * mm, CONTENT_WIDTH - 122 * mm, 31 * mm, 26 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    return table
