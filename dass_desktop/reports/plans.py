"""Building the 100-day and six-month plans as PDF files."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from dass_desktop.domain.narrative import PlanKind
from dass_desktop.reports import sections
from dass_desktop.reports.context import ReportContext, gather
from dass_desktop.reports.heard_section import heard
from dass_desktop.reports.stakeholder_section import stakeholder_map
from dass_desktop.reports.style import PageFurniture, PlanDocument, contents_table, numbered_canvas
from dass_desktop.reports.team_section import teams
from dass_desktop.reports.workforce_section import workforce_section
from dass_desktop.store import Store

Progress = Callable[[int, str], None]


def story(ctx: ReportContext) -> list[Flowable]:
    """The flowables of the whole document, in order."""
    parts: list[Flowable] = sections.title_block(ctx)
    if ctx.kind is PlanKind.SIX_MONTH:
        parts += [PageBreak(), sections.heading("Contents"), contents_table()]
    parts.append(PageBreak())
    parts += sections.summary(ctx)
    parts.append(PageBreak())
    parts += sections.actions_by_phase(ctx)
    if ctx.kind is PlanKind.SIX_MONTH:
        parts += sections.milestones_by_month(ctx)
    parts += sections.findings(ctx)
    parts += heard(ctx)
    parts += workforce_section(ctx.workforce, ctx.kind)
    parts += teams(ctx)
    if ctx.kind is PlanKind.SIX_MONTH:
        parts += stakeholder_map(ctx)
    if ctx.kind is PlanKind.SIX_MONTH:
        parts += sections.longer_term(ctx)
    parts += sections.risks_and_asks(ctx)
    parts += sections.next_steps(ctx)
    return parts


ONE_TO_ONE = "One-to-one briefing"


def one_to_one_story(ctx: ReportContext) -> list[Flowable]:
    """A short briefing for a one-to-one with the chief executive on the as-of date."""
    parts: list[Flowable] = sections.title_block(ctx, ONE_TO_ONE)
    parts.append(PageBreak())
    parts += sections.summary(ctx)
    parts += sections.done_recently(ctx)
    parts += sections.risks_and_asks(ctx)
    parts += sections.next_steps(ctx)
    return parts


def export_one_to_one(
    store: Store,
    out: Path,
    meeting: dt.date,
    *,
    names: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Write a briefing for the one-to-one on ``meeting``: progress, what was done in the
    last month, risks and asks, next steps, with the narrative of the plan in force (the
    100-day plan's up to day 100, then the six-month plan's)."""
    profile_kind = PlanKind.HUNDRED_DAY
    ctx = gather(store, profile_kind, meeting, names)
    if ctx.timeline is not None and ctx.timeline.day > PlanKind.HUNDRED_DAY.last_day:
        ctx = gather(store, PlanKind.SIX_MONTH, meeting, names)
    return _write(ctx, out, ONE_TO_ONE, one_to_one_story(ctx), progress, contents=False)


def export_plan(
    store: Store,
    kind: PlanKind,
    out: Path,
    today: dt.date,
    *,
    names: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Write the plan to ``out`` (via a temporary file, so a failure leaves nothing half-done).

    ``progress(percent, message)`` is called as the work goes on.
    """
    report = progress or (lambda _p, _m: None)
    report(5, "Reading your plan")
    ctx = gather(store, kind, today, names)
    report(25, "Drawing charts and tables")
    return _write(ctx, out, kind.title, story(ctx), progress, contents=kind is PlanKind.SIX_MONTH)


def _write(
    ctx: ReportContext,
    out: Path,
    title: str,
    flowables: list[Flowable],
    progress: Progress | None,
    *,
    contents: bool,
) -> Path:
    """Lay out ``flowables`` as an A4 PDF in the house style, written to ``out`` atomically."""
    report = progress or (lambda _p, _m: None)
    today = ctx.today
    furniture = PageFurniture(
        marking=ctx.marking,
        document=title,
        council=ctx.council,
        as_of=today,
    )
    out = out.expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=".dass-export-", suffix=".pdf", dir=out.parent)
    os.close(handle)
    try:
        document = PlanDocument(
            partial,
            furniture,
            title=f"{title}: {ctx.council}",
            author=ctx.director,
            subject=f"{title} of the Director of Adult Social Services, {today:%d/%m/%Y}",
            creator="DASS Desktop",
            producer="DASS Desktop",
        )
        report(60, "Laying out pages")
        canvas = numbered_canvas(furniture)
        if contents:
            document.multiBuild(flowables, canvasmaker=canvas)
        else:
            document.build(flowables, canvasmaker=canvas)
        os.replace(partial, out)
    finally:
        Path(partial).unlink(missing_ok=True)
    report(100, "Done")
    return out
