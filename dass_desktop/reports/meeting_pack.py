"""The pack for a one-to-one, after the front page: agenda, commitments, ledger, risks, asks.

Every list is bounded (the pack is at most four pages with its front page) and every piece
of free text goes through ``ctx.redact``, so ``--no-names`` leaves no one named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable

from dass_desktop.domain import ledger_store, meeting_agenda, meeting_store
from dass_desktop.domain.dates import short_date
from dass_desktop.domain.meeting_terms import CommitmentRow, CommitmentStatus, MeetingRow
from dass_desktop.domain.register_rules import asks, decisions_waiting, needing_attention
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.flow import (
    CellValue,
    bullets,
    data_table,
    more_line,
    nothing_yet,
    para,
    section_start,
    truncated,
)

MOST_POINTS = 14
MOST_COMMITMENTS = 10
MOST_EXPECTATIONS = 6
MOST_RISKS = 8
MOST_ASKS = 6
LENGTH = 150


def meeting_for(ctx: ReportContext, day: dt.date) -> MeetingRow | None:
    """The meeting on ``day``, else the next one after it, else the last one before it."""
    meetings = meeting_store.list_meetings(ctx.overview.store)
    on_or_after = [m for m in meetings if m.held_on >= day]
    if on_or_after:
        return on_or_after[0]
    return meetings[-1] if meetings else None


def pack(ctx: ReportContext, meeting: MeetingRow | None) -> list[Flowable]:
    """The pack's sections after the front page."""
    parts = agenda(ctx, meeting)
    parts += commitments(ctx)
    parts += ledger(ctx)
    parts += risks(ctx)
    parts += decisions_and_asks(ctx)
    return parts


def agenda(ctx: ReportContext, meeting: MeetingRow | None) -> list[Flowable]:
    """The agenda, carried-forward points marked; the proposal when none is set yet."""
    if meeting is None:
        return section_start("Agenda", [nothing_yet("No one-to-one arranged yet.")])
    title = f"Agenda: {meeting.title}"
    labels = [p.label for p in meeting.agenda]
    lead = ""
    if not labels:
        proposed = meeting_agenda.propose_for(ctx.overview.store, meeting.id, ctx.today)
        labels = [_label(p.title, p.carried_count) for p in proposed]
        lead = "Proposed from what is carried forward, due and at risk."
    if not labels:
        return section_start(title, [nothing_yet("Nothing on the agenda yet.")])
    rows: list[list[CellValue]] = [
        [str(n), truncated(ctx.redact(label), LENGTH)[0]]
        for n, label in enumerate(labels[:MOST_POINTS], start=1)
    ]
    body: list[Flowable] = [para(lead, "small")] if lead else []
    body.append(data_table(["", "Point"], rows))
    out = section_start(title, body)
    out += more_line(
        min(MOST_POINTS, len(labels)), len(labels), "points", "on the One-to-ones page"
    )
    return out


def _label(title: str, carried: int) -> str:
    if not carried:
        return title
    times = {1: "once", 2: "twice"}.get(carried, f"{carried} times")
    return f"{title} (carried forward {times})"


def commitments(ctx: ReportContext) -> list[Flowable]:
    """Open commitments both ways, overdue first."""
    meetings = meeting_store.list_meetings(ctx.overview.store)
    found: Sequence[CommitmentRow] = [
        c for c in meeting_store.all_commitments(meetings) if c.status is CommitmentStatus.OPEN
    ]
    if not found:
        return section_start("Commitments", [nothing_yet("No open commitments either way.")])
    today = ctx.today
    found = sorted(found, key=lambda c: (not c.is_overdue(today), c.due_on or dt.date.max, c.id))
    late = sum(1 for c in found if c.is_overdue(today))
    rows: list[list[CellValue]] = [
        [
            c.direction.label,
            truncated(ctx.redact(c.text), LENGTH)[0],
            short_date(c.due_on) if c.due_on else "–",
            "Overdue" if c.is_overdue(today) else "Open",
        ]
        for c in found[:MOST_COMMITMENTS]
    ]
    body: list[Flowable] = [
        para(f"{len(found)} open, {late} overdue. Mine: made by me; theirs: made to me."),
        data_table(["Whose", "Commitment", "Due", "State"], rows),
    ]
    out = section_start("Commitments both ways", body)
    out += more_line(
        min(MOST_COMMITMENTS, len(found)), len(found), "commitments", "on the One-to-ones page"
    )
    return out


def ledger(ctx: ReportContext) -> list[Flowable]:
    """The expectations ledger: what success was agreed to be, and what changed."""
    rows_in = ledger_store.list_expectations(ctx.overview.store)
    if not rows_in:
        return section_start("What we agreed success looks like", [nothing_yet("None agreed.")])
    rows: list[list[CellValue]] = []
    for e in rows_in[:MOST_EXPECTATIONS]:
        now = e.current
        was = ""
        if len(e.history) > 1:
            before = e.history[-2]
            was = f" (was “{truncated(ctx.redact(before.success), 60)[0]}”, until "
            was += f"{short_date(now.changed_on)})"
        rows.append(
            [
                truncated(ctx.redact(now.success), LENGTH)[0] + was,
                ctx.redact(now.measure) or "–",
                short_date(now.by_when) if now.by_when else "–",
                now.status.label,
            ]
        )
    body: list[Flowable] = [data_table(["Success", "Measure", "By", "Status"], rows)]
    out = section_start("What we agreed success looks like", body)
    out += more_line(
        min(MOST_EXPECTATIONS, len(rows_in)), len(rows_in), "expectations", "in the app"
    )
    return out


def risks(ctx: ReportContext) -> list[Flowable]:
    """Risks and issues that are red, new, rising or due for review."""
    found = needing_attention(ctx.register, ctx.today)
    if not found:
        return section_start("Risks needing attention", [nothing_yet("None this time.")])
    rows: list[list[CellValue]] = [
        [
            truncated(ctx.redact(e.title), LENGTH)[0],
            e.category.label,
            f"{e.rag} ({e.score})",
            ctx.redact(e.owner) or "–",
            e.trend.value.capitalize(),
        ]
        for e in found[:MOST_RISKS]
    ]
    out = section_start(
        "Risks needing attention",
        [data_table(["Risk", "Category", "Score", "Owner", "Trend"], rows)],
    )
    out += more_line(min(MOST_RISKS, len(found)), len(found), "risks", "in the register")
    return out


def decisions_and_asks(ctx: ReportContext) -> list[Flowable]:
    """What the chief executive is asked to decide, and the director's asks."""
    decide = [ctx.redact(e.title) for e in decisions_waiting(ctx.register)]
    wanted = [ctx.redact(e.title) for e in asks(ctx.register)]
    body: list[Flowable] = [para("Decisions needed:", "body")]
    body += bullets(decide[:MOST_ASKS], "bullet") if decide else [nothing_yet("None.")]
    body.append(para("Asks of the chief executive:", "body"))
    body += bullets(wanted[:MOST_ASKS], "bullet") if wanted else [nothing_yet("None.")]
    return section_start("Decisions and asks", body)
