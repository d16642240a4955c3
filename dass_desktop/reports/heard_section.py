"""The plans' "What I have heard" section: visits and meetings, teams reached, themes heard,
and "you said, we did", from the visit log."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from dass_desktop.charts import contacts as contact_charts
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.sections import facts_table, heading, nothing_yet, para
from dass_desktop.reports.style import CONTENT_WIDTH, table_style


def heard(ctx: ReportContext) -> list[Flowable]:
    """Visits and meetings held, teams reached, themes heard, and "you said, we did"."""
    out: list[Flowable] = [heading("What I have heard")]
    summary = ctx.heard
    if summary is None or not summary.held:
        out.append(nothing_yet("No visits logged yet."))
        return out
    reached = (
        f"{summary.teams_reached} of {summary.teams_total} teams "
        f"({round(100 * summary.teams_reached / summary.teams_total)}%)"
        if summary.teams_total
        else "No teams in the register yet"
    )
    facts = [
        ("Visits and meetings", f"{summary.held} since {long_date(summary.first)}"),
        ("Staff met at visits", f"About {summary.staff_met:,}" if summary.staff_met else "–"),
        ("Teams reached", reached),
    ]
    if summary.not_visited:
        facts.append(("Not visited yet", "; ".join(c.name for c in summary.not_visited)))
    table = facts_table(facts)
    out += [table, Spacer(1, 2 * mm)]
    kinds = [["Kind of visit or meeting", "Number"]] + [
        [kind.label, str(n)] for kind, n in summary.by_kind.items()
    ]
    kind_table = Table(kinds, colWidths=[CONTENT_WIDTH - 30 * mm, 30 * mm], repeatRows=1)
    kind_table.setStyle(table_style())
    out += [KeepTogether([heading("Visits and meetings by kind", 2), kind_table])]
    if ctx.kind is PlanKind.SIX_MONTH:
        weekly = contact_charts.visits_per_week(summary.weeks, width=6.6)
        if weekly is not None:
            out += [Spacer(1, 3 * mm), figure_flowable(weekly, CONTENT_WIDTH, raster=True)]
    out.append(heading("Themes heard most often", 2))
    if summary.top_themes:
        themes = [["Theme", "Visits and meetings where it was raised"]] + [
            [para(t.theme, "cell"), str(t.count)] for t in summary.top_themes
        ]
        theme_table = Table(themes, colWidths=[CONTENT_WIDTH - 70 * mm, 70 * mm], repeatRows=1)
        theme_table.setStyle(table_style())
        out.append(theme_table)
        figure = contact_charts.top_themes(summary.top_themes, width=6.6)
        if figure is not None:
            out += [Spacer(1, 3 * mm), figure_flowable(figure, CONTENT_WIDTH)]
    else:
        out.append(nothing_yet("No themes recorded at visits yet."))
    out.append(heading("You said, we did", 2))
    if not summary.you_said_we_did:
        out.append(
            nothing_yet("Nothing written back yet: it follows once a visit's actions close.")
        )
        return out
    for row in summary.you_said_we_did:
        where = ", ".join(t.name for t in row.teams) or ctx.redact(row.place)
        out.append(
            KeepTogether(
                [
                    para(
                        f"{long_date(row.occurred_on)} · {row.kind.label}"
                        + (f" · {where}" if where else ""),
                        "small",
                    ),
                    para(ctx.redact(row.you_said_we_did)),
                ]
            )
        )
    return out
