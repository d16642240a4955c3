"""The six-month plan's stakeholder map: the influence/interest chart and its numbered key.

People are numbered on the map and listed in a key, so the map stays readable and works the
same whether names are printed or left out (the key then gives roles only).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from dass_desktop.charts.contacts import in_key_order, influence_interest_map, map_numbers
from dass_desktop.domain.dates import short_date
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.flow import Cell, CellValue, data_table, nothing_yet, para, section_start
from dass_desktop.reports.style import CONTENT_WIDTH

MOST_ON_MAP = 16


def mapped_people(people: Sequence[StakeholderRow]) -> list[StakeholderRow]:
    """Who goes on the printed map: everyone, or the most influential and interested
    :data:`MOST_ON_MAP`, in key order (see :func:`charts.contacts.in_key_order`).
    """
    ranked = sorted(people, key=lambda p: (-(p.influence + p.interest), -p.influence, p.name))
    return in_key_order(ranked[:MOST_ON_MAP])


def stakeholder_map(ctx: ReportContext) -> list[Flowable]:
    """The influence/interest map with a numbered key."""
    people = ctx.overview.people
    if not people:
        return section_start("Stakeholder map", [nothing_yet("No stakeholders recorded yet.")])
    shown = mapped_people(people)
    numbers = map_numbers(shown)
    figure = influence_interest_map(shown, labels=numbers, width=6.6)
    lead: list[Flowable] = []
    if figure is not None:
        lead.append(figure_flowable(figure, CONTENT_WIDTH * 0.7))
    if len(shown) < len(people):
        lead.append(
            para(
                f"The {len(shown)} most influential and interested of {len(people)} stakeholders.",
                "small",
            )
        )
    out = section_start("Stakeholder map", lead)
    rows: list[list[CellValue]] = []
    for person in shown:
        if ctx.names:
            who = Cell(person.name, person.role_line)
        else:
            stand_in = ctx.redact.person(person.name)
            who = Cell(stand_in[:1].upper() + stand_in[1:])
        rows.append(
            [
                numbers[person.id],
                who,
                person.quadrant.label,
                short_date(person.last_contact) if person.last_contact else "Not yet",
                short_date(person.next_due) if person.next_due else "–",
            ]
        )
    table = data_table(["No.", "Who", "Where they sit", "Last contact", "Next due"], rows)
    out += section_start("Key to the map", [table], level=2)
    return out
