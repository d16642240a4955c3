"""The plan's own sections: progress, actions by phase, milestones by month, the longer-term
changes, risks and next steps, and the briefing's "done and slipped" and "coming up".

Lists show the most pressing items (overdue first, then red, amber, and by due date) and
say how many more there are and where to find them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable

from dass_desktop.domain.dates import long_date, short_date
from dass_desktop.domain.narrative import Section
from dass_desktop.domain.overview_rules import listed, risks_from
from dass_desktop.domain.plan_terms import PlanRow, Status
from dass_desktop.domain.timeline import PLAN_DAYS, date_of_day
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.flow import (
    Cell,
    CellValue,
    bullets,
    data_table,
    heading,
    more_line,
    nothing_yet,
    para,
    section_start,
    truncated,
)

NARRATIVE_LENGTH = 900
LONGER_TERM_KEYS = (
    "culture.workforce-plan",
    "culture.od-plan",
    "basics.structure",
    "culture.succession",
)


def pressing(rows: Sequence[PlanRow], today: dt.date) -> list[PlanRow]:
    """Open items, most pressing first: overdue, then by RAG (red first), then by due date."""
    open_rows = [r for r in rows if r.status.is_open]
    return sorted(
        open_rows,
        key=lambda r: (
            not r.is_overdue(today),
            r.rag.severity if r.rag else 3,
            r.due or dt.date.max,
            r.position,
        ),
    )


def status_text(row: PlanRow, today: dt.date) -> str:
    """Status in words, with 'overdue' added when the item is late."""
    label = row.status.label
    return f"{label} (overdue)" if row.is_overdue(today) else label


def items_table(ctx: ReportContext, rows: Sequence[PlanRow], *, theme: bool = True) -> Flowable:
    """Items with owner, due date, status and RAG (the theme under each title)."""
    return data_table(
        ["Item", "Owner", "Due", "Status", "RAG"],
        [
            [
                Cell(ctx.redact(row.title), row.theme_title if theme else ""),
                ctx.redact(row.owner) or "–",
                short_date(row.due) if row.due else "–",
                status_text(row, ctx.today),
                row.rag.label if row.rag else "–",
            ]
            for row in rows
        ],
    )


def narrative_block(ctx: ReportContext, wanted: Sequence[Section]) -> list[Flowable]:
    """The director's own words for the given sections (long text cut, in full in the
    appendix).
    """
    out: list[Flowable] = []
    for section in wanted:
        words = ctx.words(section)
        if not words:
            out += [heading(section.heading, 2), nothing_yet("Not written yet.")]
            continue
        shown, cut = truncated(words, NARRATIVE_LENGTH)
        if cut:
            shown += f" (in full {ctx.where_rest_is})"
        out += section_start(section.heading, [para(shown)], level=2)
    return out


def progress(ctx: ReportContext) -> list[Flowable]:
    """Where the plan stands, the director's picture, and progress by theme (one table)."""
    themes = ctx.overview.themes(ctx.phases)
    out = section_start("Progress", [para(ctx.overview.status_words(ctx.phases))])
    out += narrative_block(ctx, (Section.LEARNED, Section.EARLY_WINS, Section.PRIORITIES))
    if not themes:
        return [*out, heading("Progress by theme", 2), nothing_yet("No plan items yet.")]
    rows = [
        [t.title, f"{t.done} of {t.applicable}", f"{t.percent}%", t.rag.label if t.rag else "–"]
        for t in themes
    ]
    table = data_table(["Theme", "Done", "Per cent", "Worst open RAG"], rows)
    out += section_start("Progress by theme", [table], level=2)
    return out


def actions_by_phase(ctx: ReportContext, per_phase: int) -> list[Flowable]:
    """Each phase's count done, and its most pressing open items."""
    out: list[Flowable] = []
    for number, phase in enumerate(ctx.phases):
        rows = [r for r in ctx.plan_rows if r.phase is phase]
        done = sum(1 for r in rows if r.status is Status.DONE)
        open_rows = pressing(rows, ctx.today)
        title = heading(phase.label, 2)
        body: list[Flowable]
        if not rows:
            body = [nothing_yet(f"No items planned for {phase.label.lower()}.")]
        elif not open_rows:
            body = [para(f"All {done} items done.")]
        else:
            shown = open_rows[:per_phase]
            body = [
                para(
                    f"{done} of {len(rows)} done; {len(open_rows)} open. Open items, most "
                    "pressing first:"
                ),
                items_table(ctx, shown),
                *more_line(len(shown), len(open_rows), "open items", ctx.where_rest_is),
            ]
        if number == 0:
            out += section_start("Actions by phase", [title, *body[:2]])
        else:
            out += section_start(phase.label, body[:2], level=2)
        out += body[2:]
    return out


def milestones_by_month(ctx: ReportContext) -> list[Flowable]:
    """Items due in each month of the six months, with how many are done."""
    timeline = ctx.timeline
    rows_all = ctx.overview.rows
    if timeline is None or not rows_all:
        return section_start(
            "Milestones by month",
            [nothing_yet("Set a start date and plan items to see milestones by month.")],
        )
    end = date_of_day(timeline.start, PLAN_DAYS)
    rows: list[list[CellValue]] = []
    month = timeline.start.replace(day=1)
    while month <= end:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        due = [r for r in rows_all if r.due and month <= r.due < following]
        done = sum(1 for r in due if r.status is Status.DONE)
        key = pressing(due, ctx.today)[:2]
        keys = "; ".join(truncated(ctx.redact(r.title), 70)[0] for r in key)
        rows.append(
            [month.strftime("%b %Y"), str(len(due)), str(done), str(len(due) - done), keys or "–"]
        )
        month = following
    table = data_table(["Month", "Due", "Done", "Not done", "Most pressing still open"], rows)
    return section_start("Milestones by month", [table])


def longer_term(ctx: ReportContext) -> list[Flowable]:
    """The longer-term changes: workforce plan, OD plan, structure, succession."""
    rows = {r.template_key: r for r in ctx.overview.rows if r.template_key in LONGER_TERM_KEYS}
    if not rows:
        return section_start(
            "Longer-term changes", [nothing_yet("The longer-term items are not in this plan.")]
        )
    table_rows: list[list[CellValue]] = []
    for key in LONGER_TERM_KEYS:
        row = rows.get(key)
        if row is None:
            continue
        found, _ = truncated(ctx.redact(row.findings), 420)
        table_rows.append(
            [
                Cell(
                    ctx.redact(row.title),
                    status_text(row, ctx.today)
                    + (f", due {short_date(row.due)}" if row.due else ""),
                ),
                found or "No findings recorded yet.",
            ]
        )
    table = data_table(["Change", "Where it stands"], table_rows)
    return section_start("Longer-term changes", [table])


def risks_and_next_steps(ctx: ReportContext, most: int) -> list[Flowable]:
    """The director's risks, decisions and asks in full (bounded), red items, what is next."""
    out: list[Flowable] = []
    risks = risks_from(ctx.words(Section.RISKS))
    if risks:
        shown = risks[: most * 2]
        table = data_table(
            ["Risk", "Owner", "Trend"],
            [[r.text, r.owner or "Not named", r.trend.capitalize() or "–"] for r in shown],
        )
        out += section_start("Risks, decisions and asks", [table])
        out += more_line(len(shown), len(risks), "risks", "on the Briefing page")
    else:
        out += section_start("Risks, decisions and asks", [nothing_yet("No risks written yet.")])
    for section in (Section.DECISIONS, Section.ASKS):
        entries = listed(ctx.words(section))
        if entries:
            shown_entries = [truncated(e, 400)[0] for e in entries[: most * 2]]
            out += section_start(section.heading, bullets(shown_entries, "bullet")[:1], level=2)
            out += bullets(shown_entries, "bullet")[1:]
            out += more_line(len(shown_entries), len(entries), "entries", "on the Briefing page")
    red = pressing(ctx.overview.red_items(ctx.phases), ctx.today)
    if red:
        out += section_start("Open items rated red", [items_table(ctx, red[:most])], level=2)
        out += more_line(min(most, len(red)), len(red), "red items", ctx.where_rest_is)
    out += next_steps(ctx, most)
    return out


def next_steps(ctx: ReportContext, most: int, days: int = 30) -> list[Flowable]:
    """The director's next 30 days and the open items falling due in them."""
    out: list[Flowable] = []
    words = ctx.words(Section.NEXT_30_DAYS)
    soon = pressing(ctx.overview.due_soon(days), ctx.today)
    soon.sort(key=lambda r: (r.due or ctx.today, r.position))
    lead: list[Flowable] = [para(truncated(words, NARRATIVE_LENGTH)[0])] if words else []
    if soon:
        shown = soon[:most]
        body: list[Flowable] = [
            *lead,
            para(
                f"Open items due in the next {days} days "
                f"(to {long_date(ctx.today + dt.timedelta(days=days))}):"
            ),
            items_table(ctx, shown),
            *more_line(len(shown), len(soon), "items due", ctx.where_rest_is),
        ]
    else:
        body = [*lead, nothing_yet(f"No items are due in the next {days} days.")]
    out += section_start(f"Coming up in the next {days} days", body[:2])
    out += body[2:]
    return out


def done_and_slipped(ctx: ReportContext, most: int) -> list[Flowable]:
    """For the briefing: what was done and what slipped since the last one-to-one."""
    overview = ctx.overview
    since = overview.since
    done = overview.done_between(since, ctx.today)
    slipped = pressing(overview.slipped_since(since), ctx.today)
    title = f"Done and slipped {overview.since_words}"
    out: list[Flowable] = []
    if done:
        rows: list[list[CellValue]] = [
            [
                Cell(ctx.redact(r.title), r.theme_title),
                ctx.redact(r.owner) or "–",
                short_date(r.completed_on) if r.completed_on else "–",
            ]
            for r in done[:most]
        ]
        body: list[Flowable] = [
            para(f"Done ({len(done)}):"),
            data_table(["Item", "Owner", "Done on"], rows),
            *more_line(min(most, len(done)), len(done), "items done", ctx.where_rest_is),
        ]
    else:
        body = [nothing_yet("Nothing was marked done in that time.")]
    out += section_start(title, body[:2])
    out += body[2:]
    if slipped:
        out.append(para(f"Slipped: fell due in that time and still open ({len(slipped)}):"))
        out.append(items_table(ctx, slipped[:most]))
        out += more_line(min(most, len(slipped)), len(slipped), "items slipped", ctx.where_rest_is)
    else:
        out.append(nothing_yet("Nothing fell overdue in that time."))
    return out
