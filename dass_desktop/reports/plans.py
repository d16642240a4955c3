"""The printed documents: the 100-day plan, the six-month plan and the one-to-one briefing.

Each begins with the front page a chief executive reads first, then bounded sections (the
100-day plan at most 8 pages, the six-month plan 12, the one-to-one pack 4), then the optional
appendix. A document is written to a temporary file and renamed only when complete; a
failure raises :class:`ExportFailed` with one plain sentence and leaves no file.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from dass_desktop.domain.narrative import PlanKind
from dass_desktop.reports.appendix import appendix
from dass_desktop.reports.context import ReportContext, gather
from dass_desktop.reports.flow import para
from dass_desktop.reports.front_page import front_page
from dass_desktop.reports.heard_section import heard
from dass_desktop.reports.meeting_pack import meeting_for, pack
from dass_desktop.reports.plan_section import (
    actions_by_phase,
    done_and_slipped,
    longer_term,
    milestones_by_month,
    next_steps,
    progress,
    risks_and_next_steps,
)
from dass_desktop.reports.recognition_section import celebrating_and_development
from dass_desktop.reports.stakeholder_section import stakeholder_map
from dass_desktop.reports.style import (
    PageFurniture,
    PlanDocument,
    contents_table,
    numbered_canvas,
    styles,
)
from dass_desktop.reports.team_section import teams
from dass_desktop.reports.workforce_section import workforce_section
from dass_desktop.store import Store

Progress = Callable[[int, str], None]
ONE_TO_ONE = "One-to-one briefing"
AWARDS = "Staff awards"
#: The most pages each document may have without its appendix.
PAGE_BUDGET = {PlanKind.HUNDRED_DAY: 8, PlanKind.SIX_MONTH: 12, ONE_TO_ONE: 4, AWARDS: 1}
log = logging.getLogger(__name__)


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; no file is left behind."""


class ExportFailed(Exception):
    """An export could not be written; the message is one plain sentence."""


def story(ctx: ReportContext) -> list[Flowable]:
    """The flowables of a plan, in order."""
    parts = front_page(ctx)
    if ctx.kind is PlanKind.SIX_MONTH:
        parts += [para("Contents", "h2c"), contents_table()]
    parts += progress(ctx)
    if ctx.kind is PlanKind.HUNDRED_DAY:
        parts += actions_by_phase(ctx, per_phase=6)
        parts += heard(ctx)
        parts += workforce_section(ctx)
        parts += teams(ctx)
        parts += risks_and_next_steps(ctx, most=6)
    else:
        parts += actions_by_phase(ctx, per_phase=4)
        parts += milestones_by_month(ctx)
        parts += heard(ctx)
        parts += workforce_section(ctx)
        parts += teams(ctx)
        parts += stakeholder_map(ctx)
        parts += celebrating_and_development(ctx)
        parts += longer_term(ctx)
        parts += risks_and_next_steps(ctx, most=5)  # the longer plan has less room left
    if ctx.appendix:
        parts += appendix(ctx)
    return parts


def one_to_one_story(ctx: ReportContext) -> list[Flowable]:
    """The pack: the front page, then the meeting's agenda, commitments, ledger, risks, asks.

    With no meetings recorded yet, the briefing's done, slipped and coming up instead.
    """
    parts = front_page(ctx)
    meeting = meeting_for(ctx, ctx.today)
    if meeting is None:
        parts += done_and_slipped(ctx, most=4)
        parts += next_steps(ctx, most=4)
        return parts
    return parts + pack(ctx, meeting)


def export_one_to_one(
    store: Store,
    out: Path,
    meeting: dt.date,
    *,
    names: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Write the pack for the one-to-one on ``meeting``, with the narrative of the plan in
    force (the 100-day plan's up to day 100, then the six-month plan's).
    """
    ctx = gather(store, PlanKind.HUNDRED_DAY, meeting, names, title=ONE_TO_ONE)
    if ctx.timeline is not None and ctx.timeline.day > PlanKind.HUNDRED_DAY.last_day:
        ctx = gather(store, PlanKind.SIX_MONTH, meeting, names, title=ONE_TO_ONE)
    return _write(ctx, out, lambda: one_to_one_story(ctx), progress, contents=False)


def export_awards(
    store: Store,
    out: Path,
    today: dt.date,
    *,
    which: int | str | None = None,
    names: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Write the one-page awards sheet of a round: by id, by name (or the start of it), or
    by default the round with the latest event.

    Raises:
        ExportFailed: no round matches ``which``; nothing was written.
    """
    from dass_desktop.domain import award_store
    from dass_desktop.reports.awards_sheet import awards_story

    rounds = award_store.list_rounds(store)
    chosen = rounds[0] if rounds else None
    if isinstance(which, int):
        chosen = next((r for r in rounds if r.id == which), None)
    elif which is not None:
        wanted = " ".join(which.split()).casefold()
        chosen = next((r for r in rounds if r.name.casefold() == wanted), None) or next(
            (r for r in rounds if r.name.casefold().startswith(wanted)), None
        )
    if which is not None and chosen is None:
        known = "; ".join(r.name for r in rounds) or "none yet"
        raise ExportFailed(f"No award round is called '{which}' (rounds: {known}).")
    ctx = gather(store, PlanKind.SIX_MONTH, today, names, title=AWARDS)
    return _write(ctx, out, lambda: awards_story(ctx, chosen), progress, contents=False)


def export_plan(
    store: Store,
    kind: PlanKind,
    out: Path,
    today: dt.date,
    *,
    names: bool = True,
    appendix: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the plan to ``out`` (via a temporary file, so a failure leaves nothing half-done).

    ``progress(percent, message)`` is called as the work goes on.
    """
    report = progress or (lambda _p, _m: None)
    report(5, "Reading your plan")
    ctx = gather(store, kind, today, names, appendix=appendix)
    return _write(ctx, out, lambda: story(ctx), progress, contents=kind is PlanKind.SIX_MONTH)


def _write(
    ctx: ReportContext,
    out: Path,
    flowables: Callable[[], list[Flowable]],
    progress: Progress | None,
    *,
    contents: bool,
) -> Path:
    """Lay out the document as an A4 PDF in the house style, written to ``out`` atomically."""
    report = progress or (lambda _p, _m: None)
    styles()
    out = out.expanduser()
    if out.is_dir():
        raise ExportFailed(f"{out} is a folder; give a file name ending in .pdf.")
    furniture = PageFurniture(
        marking=ctx.marking, document=ctx.title, council=ctx.council, as_of=ctx.today
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=".dass-export-", suffix=".pdf", dir=out.parent)
    except OSError as error:
        raise ExportFailed(_os_sentence(error, out)) from error
    os.close(handle)
    try:
        report(25, "Drawing charts and tables")
        parts = flowables()
        document = PlanDocument(
            partial,
            furniture,
            title=f"{ctx.title}: {ctx.council}",
            author=ctx.director,
            subject=f"{ctx.title} of the Director of Adult Social Services, {ctx.today:%d/%m/%Y}",
            creator="DASS Desktop",
            producer="DASS Desktop",
        )
        report(60, "Laying out pages")
        canvas = numbered_canvas(furniture)
        if contents:
            document.multiBuild(parts, canvasmaker=canvas)
        else:
            document.build(parts, canvasmaker=canvas)
        report(95, "Saving the file")  # the last moment a cancel is heard
        os.replace(partial, out)
    except ExportCancelled:
        raise
    except OSError as error:
        raise ExportFailed(_os_sentence(error, out)) from error
    except Exception as error:  # a layout failure is our bug: logged, told in a sentence
        log.exception("Export of %s failed", ctx.title)
        raise ExportFailed(
            f"The {ctx.title.lower()} could not be laid out ({type(error).__name__}); "
            "nothing was written. Please report this with the log file."
        ) from error
    finally:
        Path(partial).unlink(missing_ok=True)
    report(100, "Done")
    return out


def _os_sentence(error: OSError, out: Path) -> str:
    if error.errno == errno.ENOSPC:
        return f"The disk is full, so {out.name} could not be written; nothing was written."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{out.parent} cannot be written to; choose another folder."
    return f"{out} could not be written ({error.strerror or error}); nothing was written."
