"""The optional appendix: every plan item, gap, contact and visit, in full.

It may run long, but rows split across pages, so it always builds.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from dass_desktop.domain.dates import short_date
from dass_desktop.domain.narrative import Section
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.flow import Cell, CellValue, data_table, nothing_yet, para, section_start
from dass_desktop.reports.plan_section import status_text
from dass_desktop.reports.team_section import gaps_table


def appendix(ctx: ReportContext) -> list[Flowable]:
    """The appendix, starting on a new page."""
    out: list[Flowable] = [PageBreak()]
    out += section_start("Appendix: the director's words in full", _narrative(ctx))
    out += _items(ctx)
    gaps = ctx.overview.gaps
    out += section_start(
        "Appendix: every gap",
        [gaps_table(ctx, gaps) if gaps else nothing_yet("No gaps recorded.")],
    )
    out += _contacts(ctx)
    out += _visits(ctx)
    return out


def _narrative(ctx: ReportContext) -> list[Flowable]:
    out: list[Flowable] = []
    for section in Section:
        words = ctx.words(section)
        if words:
            out += [para(section.heading, "h2"), para(words)]
    return out or [nothing_yet("Nothing written yet.")]


def _items(ctx: ReportContext) -> list[Flowable]:
    rows = ctx.plan_rows
    if not rows:
        return section_start("Appendix: every plan item", [nothing_yet("No plan items yet.")])
    data: list[list[CellValue]] = []
    groups = []
    phase = None
    for row in rows:
        if row.phase is not phase:
            phase = row.phase
            groups.append(len(data))
            data.append([Cell(phase.label, bold=True), "", "", "", ""])
        data.append(
            [
                Cell(ctx.redact(row.title), row.theme_title),
                ctx.redact(row.owner) or "–",
                short_date(row.due) if row.due else "–",
                status_text(row, ctx.today),
                row.rag.label if row.rag else "–",
            ]
        )
    table = data_table(["Item", "Owner", "Due", "Status", "RAG"], data, group_rows=groups)
    return section_start("Appendix: every plan item", [table])


def _contacts(ctx: ReportContext) -> list[Flowable]:
    people = ctx.overview.people
    if not people:
        return section_start("Appendix: every contact", [nothing_yet("No contacts recorded.")])
    rows: list[list[CellValue]] = []
    for person in people:
        stand_in = ctx.redact.person(person.name)
        rows.append(
            [
                Cell(person.name, person.role_line)
                if ctx.names
                else Cell(stand_in[:1].upper() + stand_in[1:]),
                person.category.label,
                short_date(person.last_contact) if person.last_contact else "Not yet",
                short_date(person.next_due) if person.next_due else "–",
            ]
        )
    table = data_table(["Who", "Category", "Last contact", "Next due"], rows)
    return section_start("Appendix: every contact", [table])


def _visits(ctx: ReportContext) -> list[Flowable]:
    held = [e for e in ctx.overview.engagements if e.occurred_on <= ctx.today]
    if not held:
        return section_start("Appendix: every visit", [nothing_yet("No visits logged yet.")])
    rows: list[list[CellValue]] = []
    for row in sorted(held, key=lambda e: (e.occurred_on, e.id), reverse=True):
        where = ", ".join(t.name for t in row.teams) or ctx.redact(row.place) or "–"
        heard = "; ".join(row.themes) or "–"
        rows.append([Cell(short_date(row.occurred_on), row.kind.label), where, heard])
    table = data_table(["When", "Where", "Themes heard"], rows)
    return section_start("Appendix: every visit", [table])
