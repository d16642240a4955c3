"""Page 1 of every printed plan and of the briefing: what a chief executive reads first.

Where the director is, what changed since the last one-to-one, the decisions and asks, the
top five risks, four workforce headlines against the CIPFA family and the next three
milestones. Every list is bounded and the page is shrunk to fit if it must be, so it is
always exactly one page whatever the data.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph

from dass_desktop.domain.dates import long_date, short_date
from dass_desktop.domain.narrative import Section
from dass_desktop.domain.overview_queries import Top
from dass_desktop.domain.overview_rules import listed, risks_from
from dass_desktop.domain.overview_terms import Risk
from dass_desktop.domain.practice_rules import lapsed_words
from dass_desktop.domain.register_rules import asks as register_asks
from dass_desktop.domain.register_rules import decisions_waiting, ordered
from dass_desktop.domain.register_terms import EntryKind
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.flow import (
    Cell,
    bullets,
    data_table,
    nothing_yet,
    para,
    text,
    truncated,
)
from dass_desktop.reports.style import CONTENT_WIDTH, FRAME_HEIGHT, styles

MOST_DECISIONS = 4
MOST_ASKS = 4
MOST_RISKS = 5
ENTRY_LENGTH = 170


def front_page(ctx: ReportContext) -> list[Flowable]:
    """The front page, always one page, followed by a page break."""
    s = styles()
    parts: list[Flowable] = [
        Paragraph(text(f"{ctx.title}: at a glance"), s.front_title),
        para(_subtitle(ctx), "subtitle"),
    ]
    parts += _kicker("Where we are")
    parts.append(para(_where(ctx)))
    parts += _kicker(f"What has changed {ctx.overview.since_words}")
    parts += _changes(ctx)
    parts += _list_block(
        ctx, "Decisions needed from the chief executive", Section.DECISIONS, MOST_DECISIONS
    )
    parts += _list_block(ctx, "What I am asking for", Section.ASKS, MOST_ASKS)
    parts += _kicker("Top risks")
    parts += _risks(ctx)
    parts += _kicker("Workforce headlines")
    parts += _workforce(ctx)
    parts += _kicker("Next three milestones")
    parts += _milestones(ctx)
    if not ctx.names:
        parts.append(para("Named individuals are shown by role for wider circulation.", "small"))
    return [KeepInFrame(CONTENT_WIDTH, FRAME_HEIGHT - 4, parts, mode="shrink"), PageBreak()]


def _kicker(title: str) -> list[Flowable]:
    return [Paragraph(text(title), styles().kicker)]


def _subtitle(ctx: ReportContext) -> str:
    who = f"{ctx.director}, Director of Adult Social Services" if ctx.names else ctx.director
    parts = [who, ctx.council]
    timeline = ctx.timeline
    if timeline is not None:
        parts.append(f"{timeline.headline} ({timeline.phase.progress_label.lower()})")
    parts.append(f"as at {long_date(ctx.today)}")
    return " · ".join(parts)


def _where(ctx: ReportContext) -> str:
    overview = ctx.overview
    visits = overview.visit_reach
    sentence = overview.status_words(ctx.phases)
    if visits.held:
        sentence += (
            f" {visits.held} visits and meetings held; {visits.reach_sentence.lower()} "
            f"reached; {visits.people_met} people met."
        )
    late = len(overview.contacts_overdue)
    if late:
        sentence += f" {late} contacts are overdue a conversation."
    lapsed = [ctx.redact(truncated(p.title, 70)[0]) for p in overview.lapsed_practices]
    if lapsed:
        sentence += " " + lapsed_words(lapsed, most=2)
    return sentence


def _changes(ctx: ReportContext) -> list[Flowable]:
    overview = ctx.overview
    since = overview.since
    lines = []
    # Counts and the first item of each, from SQL: the front page never reads the whole plan.
    done = overview.done_top(since, ctx.today, 1)
    if done.total:
        lines.append(
            _some(_count(done.total, "plan item") + " done", ctx.redact(done.rows[0].title), done)
        )
    slipped = overview.slipped_top(since, 1)
    if slipped.total:
        lines.append(
            _some(
                _count(slipped.total, "item") + " fell overdue",
                ctx.redact(slipped.rows[0].title),
                slipped,
            )
        )
    held, teams = overview.held_since_counts(since)
    if held:
        lines.append(
            f"{_count(held, 'visit or meeting', 'visits and meetings')} held, reaching "
            f"{_count(teams, 'team')}."
        )
    for move in overview.workforce_moves(since)[:2]:
        lines.append(move.sentence + ".")
    if not lines:
        return [nothing_yet("Nothing recorded as changed in that time.")]
    return bullets(lines, "bullet")


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def _some(lead: str, title: str, found: Top) -> str:
    first, _ = truncated(title, 90)
    more = f" and {found.total - 1} more" if found.total > 1 else ""
    return f"{lead}: {first}{more}."


def _from_register(ctx: ReportContext, section: Section) -> list[str]:
    if section is Section.DECISIONS:
        chosen = decisions_waiting(ctx.register)
    else:
        chosen = register_asks(ctx.register)
    return [ctx.redact(e.title) for e in chosen]


def _list_block(ctx: ReportContext, title: str, section: Section, most: int) -> list[Flowable]:
    if ctx.register:
        entries = _from_register(ctx, section)
        out = _kicker(title)
        if not entries:
            out.append(nothing_yet("None in the register."))
            return out
        shown = [truncated(e, ENTRY_LENGTH)[0] for e in entries[:most]]
        if len(entries) > most:
            shown.append(f"And {len(entries) - most} more in the register.")
        return out + bullets(shown, "bullet")
    entries = listed(ctx.words(section))
    out = _kicker(title)
    if not entries:
        out.append(nothing_yet(f"None written yet (Briefing page, “{section.heading}”)."))
        return out
    shown = [truncated(e, ENTRY_LENGTH)[0] for e in entries[:most]]
    if len(entries) > most:
        shown.append(f"And {len(entries) - most} more in the plan's risks and asks section.")
    out += bullets(shown, "bullet")
    return out


def _register_risks(ctx: ReportContext) -> list[Risk]:
    chosen = [e for e in ordered(ctx.register) if e.kind in (EntryKind.RISK, EntryKind.ISSUE)]
    return [
        Risk(f"{ctx.redact(e.title)} ({e.rag}, {e.score})", ctx.redact(e.owner), e.trend.value)
        for e in chosen
    ]


def _risks(ctx: ReportContext) -> list[Flowable]:
    risks = _register_risks(ctx) if ctx.register else risks_from(ctx.words(Section.RISKS))
    if not risks:
        red = ctx.overview.red_count(ctx.phases)
        sentence = "No risks written yet (Briefing page, “Risks and issues”)."
        if red:
            sentence += f" {red} open plan items are rated red."
        return [nothing_yet(sentence)]
    rows = [
        [truncated(r.text, ENTRY_LENGTH)[0], r.owner or "Not named", r.trend.capitalize() or "–"]
        for r in risks[:MOST_RISKS]
    ]
    out: list[Flowable] = [data_table(["Risk", "Owner", "Trend"], rows)]
    if len(risks) > MOST_RISKS:
        out.append(para(f"And {len(risks) - MOST_RISKS} more risks in the plan.", "small"))
    return out


def _workforce(ctx: ReportContext) -> list[Flowable]:
    facts = ctx.overview.workforce
    if facts is None or not facts.headlines:
        return [nothing_yet("No workforce figures entered yet.")]
    compared = facts.comparator_label
    rows = []
    for row in facts.headlines:
        item = row.metric
        latest = row.latest
        bench = row.benchmark
        rows.append(
            [
                Cell(item.label, bold=True),
                Cell(
                    item.format(latest.value) if latest else "–",
                    latest.period_text if latest else "",
                ),
                Cell(item.format(bench.value), bench.period_label) if bench else "–",
                row.rag.label
                if row.rag
                else ("Context" if bench and not bench.like_for_like else "Not rated"),
                Cell(item.format(row.target), row.target_rag.label if row.target_rag else "")
                if row.target is not None
                else "–",
                row.change or "–",
            ]
        )
    return [data_table(["Measure", "Latest", compared, "RAG", "Target", "Over the year"], rows)]


def _milestones(ctx: ReportContext) -> list[Flowable]:
    today = ctx.today
    ahead: list[tuple[dt.date, str]] = []
    if ctx.timeline is not None:
        ahead += [(day, label) for label, day in ctx.timeline.milestones() if day >= today]
    for row in ctx.overview.due_ahead(3):
        if row.due:
            owner = f" ({ctx.redact(row.owner)})" if row.owner.strip() else ""
            ahead.append((row.due, truncated(ctx.redact(row.title), 110)[0] + owner))
    ahead.sort(key=lambda pair: pair[0])
    if not ahead:
        return [nothing_yet("No dated milestones ahead.")]
    rows = [[short_date(day), what] for day, what in ahead[:3]]
    return [data_table(["When", "Milestone"], rows)]
