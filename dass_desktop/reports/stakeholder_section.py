"""The six-month plan's stakeholder map: the influence/interest chart and its key.

People are numbered on the map and listed in a key beside it, so the map stays readable and
works the same whether names are printed or left out (the key then gives roles only).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from dass_desktop.charts.contacts import influence_interest_map
from dass_desktop.domain.contact_terms import Quadrant
from dass_desktop.domain.dates import short_date
from dass_desktop.domain.stakeholders import StakeholderRow
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.sections import heading, nothing_yet, para
from dass_desktop.reports.style import CONTENT_WIDTH, table_style

MOST_ON_MAP = 40
QUADRANT_ORDER = (
    Quadrant.MANAGE_CLOSELY,
    Quadrant.KEEP_SATISFIED,
    Quadrant.KEEP_INFORMED,
    Quadrant.MONITOR,
)


def mapped_people(people: Sequence[StakeholderRow]) -> list[StakeholderRow]:
    """Who goes on the printed map: everyone, or the most influential and interested
    :data:`MOST_ON_MAP`, in key order (quadrant, then influence and interest, then name)."""
    ranked = sorted(people, key=lambda p: (-(p.influence + p.interest), -p.influence, p.name))
    chosen = ranked[:MOST_ON_MAP]
    return sorted(
        chosen,
        key=lambda p: (QUADRANT_ORDER.index(p.quadrant), -p.influence, -p.interest, p.name),
    )


def stakeholder_map(ctx: ReportContext) -> list[Flowable]:
    """The influence/interest map with a numbered key."""
    title = heading("Stakeholder map")
    if not ctx.people:
        return [title, nothing_yet("No stakeholders recorded yet.")]
    shown = mapped_people(ctx.people)
    numbers = {person.id: str(n) for n, person in enumerate(shown, start=1)}
    figure = influence_interest_map(shown, labels=numbers, width=6.6)
    out: list[Flowable] = [title]
    if figure is not None:
        out = [KeepTogether([title, figure_flowable(figure, CONTENT_WIDTH * 0.95)])]
    if len(shown) < len(ctx.people):
        out.append(
            para(
                f"The {len(shown)} most influential and interested of {len(ctx.people)} "
                "stakeholders.",
                "small",
            )
        )
    data: list[list[object]] = [["No.", "Who", "Where they sit", "Last contact", "Next due"]]
    for person in shown:
        who = f"{person.name}\n{person.role_line}" if ctx.names else ctx.redact.person(person.name)
        data.append(
            [
                numbers[person.id],
                para(ctx.redact(who), "cell"),
                person.quadrant.label,
                short_date(person.last_contact) if person.last_contact else "Not yet",
                short_date(person.next_due) if person.next_due else "–",
            ]
        )
    widths = [10 * mm, CONTENT_WIDTH - 96 * mm, 32 * mm, 27 * mm, 27 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    out.append(KeepTogether([heading("Key to the map", 2), table]) if len(shown) < 12 else table)
    return out
