"""The sections of the printed plans, each a list of flowables built from the context.

A section with nothing to show says so in a sentence rather than vanishing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from dass_desktop.charts import plan as plan_charts
from dass_desktop.domain import plan
from dass_desktop.domain.dates import long_date, short_date
from dass_desktop.domain.narrative import Section
from dass_desktop.domain.plan import PlanRow, Status
from dass_desktop.domain.timeline import PLAN_DAYS, date_of_day
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.figures import figure_flowable
from dass_desktop.reports.style import CONTENT_WIDTH, styles, table_style


def text(value: str) -> str:
    """Escape text for a reportlab Paragraph, keeping line breaks."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text in a named house style."""
    return Paragraph(text(value), getattr(styles(), style))


def heading(value: str, level: int = 1) -> Paragraph:
    """A section heading (level 1 goes in the table of contents)."""
    return Paragraph(text(value), styles().h1 if level == 1 else styles().h2)


def nothing_yet(sentence: str) -> Paragraph:
    """The sentence shown in place of an empty section."""
    return para(sentence, "note")


def facts_table(facts: Sequence[tuple[str, str]]) -> Table:
    """A two-column table of labelled facts, the labels shaded."""
    table = Table(
        [[para(k, "cell_bold"), para(v, "cell")] for k, v in facts],
        colWidths=[45 * mm, CONTENT_WIDTH - 45 * mm],
    )
    table.setStyle(table_style(header_rows=0))
    return table


def status_text(row: PlanRow, today: dt.date) -> str:
    """Status in words, with 'overdue' added when the item is late."""
    label = row.status.label
    return f"{label} (overdue)" if row.is_overdue(today) else label


def title_block(ctx: ReportContext, title: str | None = None) -> list[Flowable]:
    """The cover: plan name (or ``title``), director, council, start date, Day N, meeting."""
    s = styles()
    timeline = ctx.timeline
    lines: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(text(ctx.marking), ParagraphStyle("marking", s.h2)),
        Spacer(1, 8 * mm),
        Paragraph(text(title or ctx.kind.title), s.title),
        Spacer(1, 3 * mm),
        para(f"{ctx.director}, Director of Adult Social Services", "subtitle")
        if ctx.names and ctx.profile
        else para("Director of Adult Social Services", "subtitle"),
        para(ctx.council, "subtitle"),
        Spacer(1, 10 * mm),
    ]
    if timeline is not None:
        facts = [
            ("Start date in post", long_date(timeline.start)),
            ("As at", f"{timeline.headline} ({long_date(ctx.today)})"),
            (
                "Plan runs to",
                f"Day {ctx.kind.last_day} "
                f"({long_date(date_of_day(timeline.start, ctx.kind.last_day))})",
            ),
            ("Prepared for", f"The one-to-one with {ctx.chief_executive}"),
        ]
    else:
        facts = [
            ("As at", long_date(ctx.today)),
            ("Prepared for", "The one-to-one with the Chief Executive"),
        ]
    table = facts_table(facts)
    lines += [table, Spacer(1, 12 * mm)]
    lines.append(
        para(
            "Drawn from the director's working plan in DASS Desktop. RAG ratings are written "
            "as words so the plan reads the same in black and white.",
            "small",
        )
    )
    if not ctx.names:
        lines.append(para("Named individuals are shown by role for wider circulation.", "small"))
    return lines


def summary(ctx: ReportContext) -> list[Flowable]:
    """Progress overall and by theme, days elapsed, overdue count, with a chart."""
    out: list[Flowable] = [heading("Summary")]
    timeline = ctx.timeline
    progress = ctx.progress
    overdue = ctx.overdue
    facts = []
    if timeline is not None:
        facts.append(("Days in post", f"{timeline.headline}; {timeline.phase.label.lower()}"))
    facts += [
        (
            "Progress",
            f"{progress.percent}% done: {progress.done} of {progress.applicable} applicable items"
            if progress.applicable
            else "No plan items yet",
        ),
        ("Overdue items", str(len(overdue))),
        ("Open items", str(progress.open_items)),
    ]
    table = facts_table(facts)
    out += [table, Spacer(1, 2 * mm)]
    out += narrative(ctx, (Section.LEARNED, Section.EARLY_WINS, Section.PRIORITIES))
    out.append(heading("Progress by theme", 2))
    themes = plan.progress_by_theme(ctx.plan_rows)
    if not themes:
        out.append(nothing_yet("No plan items yet, so there is no progress to report."))
        return out
    rows = [["Theme", "Done", "%", "RAG"]] + [
        [
            para(t.title, "cell"),
            f"{t.done}/{t.applicable}",
            f"{t.percent}%",
            t.rag.label if t.rag else "Not rated",
        ]
        for t in themes
    ]
    theme_table = Table(
        rows, colWidths=[CONTENT_WIDTH - 75 * mm, 22 * mm, 18 * mm, 35 * mm], repeatRows=1
    )
    theme_table.setStyle(table_style())
    out.append(theme_table)
    figure = plan_charts.progress_by_theme(themes, width=6.6)
    if figure is not None:
        out += [Spacer(1, 4 * mm), figure_flowable(figure, CONTENT_WIDTH)]
    return out


def narrative(ctx: ReportContext, wanted: Sequence[Section]) -> list[Flowable]:
    """The director's own words for the given sections, or a sentence where none yet."""
    out: list[Flowable] = []
    for section in wanted:
        out.append(heading(section.heading, 2))
        words = ctx.narrative.text(section).strip()
        out.append(para(ctx.redact(words)) if words else nothing_yet("Not written yet."))
    return out


def actions_by_phase(ctx: ReportContext) -> list[Flowable]:
    """One table per phase: item, owner, due date, status (with overdue) and RAG."""
    out: list[Flowable] = [heading("Actions by phase")]
    for phase in ctx.phases:
        rows = ctx.rows_in(phase)
        out.append(heading(phase.label, 2))
        if not rows:
            out.append(nothing_yet(f"No items planned for {phase.label.lower()}."))
            continue
        out.append(_items_table(ctx, rows))
    return out


def _items_table(ctx: ReportContext, rows: Sequence[PlanRow], *, grouped: bool = True) -> Table:
    """Items with owner, due date, status and RAG; ``grouped`` adds a row per theme.

    Lists in date order are not grouped (the theme would repeat); the theme is shown under
    each item's title instead.
    """
    data: list[list[object]] = [["Item", "Owner", "Due", "Status", "RAG"]]
    theme = None
    theme_rows: list[int] = []
    for row in rows:
        if grouped and row.theme_title != theme:
            theme = row.theme_title
            theme_rows.append(len(data))
            data.append([para(theme, "cell_bold"), "", "", "", ""])
        title = ctx.redact(row.title)
        data.append(
            [
                para(title, "cell")
                if grouped
                else Paragraph(
                    f"{text(title)}<br/>"
                    f"<font size=7 color='#52606d'>{text(row.theme_title)}</font>",
                    styles().cell,
                ),
                _short_cell(ctx.redact(row.owner) or "–"),
                short_date(row.due) if row.due else "–",
                _short_cell(status_text(row, ctx.today)),
                row.rag.label if row.rag else "–",
            ]
        )
    widths = [CONTENT_WIDTH - 118 * mm, 38 * mm, 21 * mm, 36 * mm, 23 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = table_style()
    for index in theme_rows:
        style.add("SPAN", (0, index), (-1, index))
        style.add("BACKGROUND", (0, index), (-1, index), "#f5f7fa")
    table.setStyle(style)
    return table


def _short_cell(value: str) -> str | Paragraph:
    """Short text as a plain string (far cheaper to lay out); longer text as a paragraph."""
    return value if len(value) <= 18 else para(value, "cell")


def done_recently(ctx: ReportContext, days: int = 30) -> list[Flowable]:
    """Items completed in the ``days`` before the as-of date, most recent first."""
    out: list[Flowable] = [heading(f"Done in the last {days} days")]
    since = ctx.today - dt.timedelta(days=days)
    done = sorted(
        (r for r in ctx.rows if r.completed_on and since < r.completed_on <= ctx.today),
        key=lambda r: r.completed_on or ctx.today,
        reverse=True,
    )
    if not done:
        out.append(nothing_yet(f"Nothing was marked done in the last {days} days."))
        return out
    data: list[list[object]] = [["Item", "Owner", "Done on", "RAG"]]
    for row in done:
        data.append(
            [
                Paragraph(
                    f"{text(ctx.redact(row.title))}<br/>"
                    f"<font size=7 color='#52606d'>{text(row.theme_title)}</font>",
                    styles().cell,
                ),
                _short_cell(ctx.redact(row.owner) or "–"),
                short_date(row.completed_on) if row.completed_on else "–",
                row.rag.label if row.rag else "–",
            ]
        )
    table = Table(
        data, colWidths=[CONTENT_WIDTH - 86 * mm, 40 * mm, 24 * mm, 22 * mm], repeatRows=1
    )
    table.setStyle(table_style())
    out.append(table)
    return out


def findings(ctx: ReportContext) -> list[Flowable]:
    """What the director has found, item by item."""
    out: list[Flowable] = [heading("Findings")]
    # Actions arising from visits and gaps carry where they came from as findings; they are
    # listed with the actions, so only the checklist's and the director's own findings here.
    found = [
        r
        for r in ctx.plan_rows
        if r.findings.strip() and not r.source.startswith(("engagement:", "gap:"))
    ]
    if not found:
        out.append(nothing_yet("No findings recorded yet."))
        return out
    for row in found:
        out.append(
            KeepTogether(
                [
                    para(ctx.redact(row.title), "h2"),
                    para(
                        f"{row.theme_title} · {status_text(row, ctx.today)}"
                        + (f" · {row.rag.label}" if row.rag else ""),
                        "small",
                    ),
                    para(ctx.redact(row.findings)),
                ]
            )
        )
    return out


def risks_and_asks(ctx: ReportContext) -> list[Flowable]:
    """Risks (red-rated and overdue items) and what the director needs from the chief executive."""
    out: list[Flowable] = [heading("Risks and asks of the chief executive")]
    out += narrative(ctx, (Section.RISKS, Section.ASKS))
    red = [r for r in ctx.plan_rows if r.status.is_open and r.rag is plan.Rag.RED]
    out.append(heading("Red-rated open items", 2))
    if red:
        out.append(_items_table(ctx, red))
    else:
        out.append(nothing_yet("No open items are rated red."))
    out.append(heading("Overdue items", 2))
    if ctx.overdue:
        out.append(_items_table(ctx, ctx.overdue, grouped=False))
    else:
        out.append(nothing_yet("Nothing is overdue."))
    return out


def next_steps(ctx: ReportContext) -> list[Flowable]:
    """Open items due in the next 30 days."""
    out: list[Flowable] = [heading("Next steps")]
    out += narrative(ctx, (Section.NEXT_30_DAYS,))
    soon = plan.due_soon(ctx.rows, ctx.today, days=30)
    if soon:
        out.append(para("Open items due in the next 30 days:"))
        out.append(_items_table(ctx, soon, grouped=False))
    else:
        out.append(nothing_yet("No items are due in the next 30 days."))
    return out


def milestones_by_month(ctx: ReportContext) -> list[Flowable]:
    """Items due in each month of the six months, with how many are done."""
    out: list[Flowable] = [heading("Milestones by month")]
    timeline = ctx.timeline
    if timeline is None or not ctx.rows:
        out.append(nothing_yet("Set a start date and plan items to see milestones by month."))
        return out
    end = date_of_day(timeline.start, PLAN_DAYS)
    data: list[list[object]] = [["Month", "Due", "Done", "Still open", "Key items due"]]
    month = timeline.start.replace(day=1)
    while month <= end:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        due = [r for r in ctx.rows if r.due and month <= r.due < following]
        done = sum(1 for r in due if r.status is Status.DONE)
        still_open = sum(1 for r in due if r.status.is_open)
        keys = "; ".join(ctx.redact(r.title) for r in due[:3]) + ("…" if len(due) > 3 else "")
        data.append(
            [
                month.strftime("%b %Y"),
                str(len(due)),
                str(done),
                str(still_open),
                para(keys or "–", "cell"),
            ]
        )
        month = following
    table = Table(
        data, colWidths=[24 * mm, 14 * mm, 14 * mm, 20 * mm, CONTENT_WIDTH - 72 * mm], repeatRows=1
    )
    table.setStyle(table_style())
    out.append(table)
    return out


LONGER_TERM_KEYS = (
    "culture.workforce-plan",
    "culture.od-plan",
    "basics.structure",
    "culture.succession",
)


def longer_term(ctx: ReportContext) -> list[Flowable]:
    """The longer-term changes: workforce plan, OD plan, structure, succession."""
    out: list[Flowable] = [heading("Longer-term changes")]
    rows = {r.template_key: r for r in ctx.rows if r.template_key in LONGER_TERM_KEYS}
    if not rows:
        out.append(nothing_yet("The longer-term items are not in this plan."))
        return out
    for key in LONGER_TERM_KEYS:
        row = rows.get(key)
        if row is None:
            continue
        out.append(para(ctx.redact(row.title), "h2"))
        meta = f"{status_text(row, ctx.today)}" + (
            f" · due {long_date(row.due)}" if row.due else ""
        )
        out.append(para(meta, "small"))
        out.append(
            para(ctx.redact(row.findings))
            if row.findings.strip()
            else nothing_yet("No findings recorded yet.")
        )
    return out


def page_break() -> PageBreak:
    """A page break between major parts."""
    return PageBreak()
