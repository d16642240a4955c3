"""The plans' "What I have heard" section: visits held, people met, teams reached, the themes
heard most and "you said, we did", from the visit log through the read model.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from dass_desktop.charts import contacts as contact_charts
from dass_desktop.domain.dates import long_date, short_date
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.flow import (
    Cell,
    CellValue,
    data_table,
    facts_table,
    more_line,
    nothing_yet,
    section_start,
    truncated,
)
from dass_desktop.reports.style import CONTENT_WIDTH

MOST_NOT_VISITED = 8
MOST_THEMES = 6
MOST_WRITE_BACKS = 4


def heard(ctx: ReportContext) -> list[Flowable]:
    """Visits and meetings held, people met, teams reached, themes, "you said, we did"."""
    visits = ctx.overview.visits
    if not visits.held:
        return section_start("What I have heard", [nothing_yet("No visits logged yet.")])
    kinds = sorted(visits.by_kind.items(), key=lambda kv: (-kv[1], kv[0].label))
    facts = [
        (
            "Visits and meetings",
            f"{visits.held} held since {long_date(visits.first)}"
            + (f"; {visits.booked} more booked" if visits.booked else "")
            + ". "
            + ", ".join(f"{n} {kind.label.lower()}" for kind, n in kinds[:4])
            + (" and others" if len(kinds) > 4 else ""),
        ),
        ("People met", f"{visits.people_met} people named in the log"),
        ("Teams reached", visits.reach_sentence),
    ]
    not_visited = visits.not_visited
    if not_visited:
        names = "; ".join(c.name for c in not_visited[:MOST_NOT_VISITED])
        more = len(not_visited) - MOST_NOT_VISITED
        facts.append(("Not visited yet", names + (f"; and {more} more" if more > 0 else "")))
    out = section_start("What I have heard", [facts_table(facts)])
    if ctx.kind is PlanKind.SIX_MONTH:
        weekly = contact_charts.visits_per_week(list(visits.weeks), width=6.6)
        if weekly is not None:
            out += section_start(
                "Visits and meetings by week",
                [figure_flowable(weekly, CONTENT_WIDTH * 0.75, raster=True)],
                level=2,
            )
    if visits.top_themes:
        shown = visits.top_themes[:MOST_THEMES]
        table = data_table(
            ["Theme heard", "Visits and meetings where it was raised"],
            [[t.theme, str(t.count)] for t in shown],
        )
        out += section_start("Themes heard most often", [table], level=2)
    else:
        out += section_start(
            "Themes heard most often", [nothing_yet("No themes recorded yet.")], level=2
        )
    written = list(reversed(visits.you_said_we_did))
    if not written:
        out += section_start(
            "You said, we did",
            [nothing_yet("Nothing written back yet: it follows once a visit's actions close.")],
            level=2,
        )
        return out
    rows: list[list[CellValue]] = []
    for row in written[:MOST_WRITE_BACKS]:
        where = ", ".join(t.name for t in row.teams) or ctx.redact(row.place)
        rows.append(
            [
                Cell(short_date(row.occurred_on), row.kind.label),
                Cell(truncated(where, 60)[0]),
                truncated(ctx.redact(row.you_said_we_did), 360)[0],
            ]
        )
    table = data_table(["When", "Where", "What we did"], rows)
    out += section_start("You said, we did", [table], level=2)
    out += more_line(len(rows), len(written), "write-backs", ctx.where_rest_is)
    return out
