"""The director's plan: checklist questions and actions, grouped by theme and phase.

Every rule about plan items lives here: the due date of an item (its own date, or the start
date plus its day offset), overdue, progress (done out of applicable), the RAG roll-up of a
theme (the worst RAG of its open items) and every change to items, each committing one
transaction and returning :class:`Changes`. The plan page, the dashboard and the PDFs all
call these functions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from dass_desktop.domain.dates import DateReader
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import (
    MAX_TITLE,
    WEB_SCHEMES,
    PlanRow,
    Rag,
    Status,
    ThemeProgress,
)
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.timeline import Phase, date_of_day
from dass_desktop.domain.working_days import next_working_day


# --- the rules ---------------------------------------------------------------------------
def due_on(
    phase: Phase, day_offset: int | None, due_date: dt.date | None, start: dt.date | None
) -> dt.date | None:
    """An item's effective due date: its own date if set, else start + offset (or phase end).

    ``day_offset`` is the plan day the item is due on (day 1 is the start date). A date
    worked out that way that falls on a weekend or an England and Wales bank holiday moves
    to the next working day; a date the director set stays as set. With no start date
    known and no date of its own, an item has no due date.
    """
    if due_date is not None:
        return due_date
    if start is None:
        return None
    return next_working_day(
        date_of_day(start, day_offset if day_offset is not None else phase.last_day)
    )


def worst_rag(rags: Iterable[Rag | None]) -> Rag | None:
    """The worst of the RAG ratings given (None when none are set)."""
    rated = [r for r in rags if r is not None]
    return min(rated, key=lambda r: r.severity) if rated else None


# The open statuses (see Status.is_open), looked up here: progress and overdue counts go
# through every item of a large plan.
_OPEN = (Status.NOT_STARTED, Status.IN_PROGRESS)
_BY_SEVERITY = tuple(sorted(Rag, key=lambda r: r.severity))


def progress_of(title: str, rows: Sequence[PlanRow]) -> ThemeProgress:
    """Progress of ``rows``: items marked not applicable count neither way.

    Practices count neither way either: they are kept up or lapsed, never done.
    """
    done = applicable = open_items = 0
    open_rags: dict[Rag | None, int] = {}
    for r in rows:  # once through: the plan page works this out for thousands of items
        if r.kind == PRACTICE_KIND:
            continue
        status = r.status
        if status is not Status.NOT_APPLICABLE:
            applicable += 1
            if status is Status.DONE:
                done += 1
        if status in _OPEN:
            open_items += 1
            open_rags[r.rag] = open_rags.get(r.rag, 0) + 1
    rag_counts = tuple((rag, n) for rag in _BY_SEVERITY if (n := open_rags.get(rag, 0)))
    return ThemeProgress(
        title=title,
        done=done,
        applicable=applicable,
        open_items=open_items,
        rag=rag_counts[0][0] if rag_counts else None,  # the worst open rating
        rag_counts=rag_counts,
    )


def progress_by_theme(rows: Sequence[PlanRow]) -> list[ThemeProgress]:
    """Progress of each theme, in theme order."""
    themes: dict[int, list[PlanRow]] = {}
    for row in sorted(rows, key=lambda r: (r.theme_position, r.theme_id)):
        themes.setdefault(row.theme_id, []).append(row)
    return [progress_of(items[0].theme_title, items) for items in themes.values()]


def overdue(rows: Sequence[PlanRow], today: dt.date) -> list[PlanRow]:
    """Open items whose due date has passed, the longest overdue first."""
    late = [r for r in rows if r.is_overdue(today)]
    return sorted(late, key=lambda r: (r.due or today, r.theme_position, r.position))


def count_overdue(rows: Sequence[PlanRow], today: dt.date) -> int:
    """How many of :func:`overdue`'s items there are, without putting them in order."""
    return sum(1 for r in rows if r.due is not None and r.due < today and r.status in _OPEN)


def due_soon(rows: Sequence[PlanRow], today: dt.date, days: int = 14) -> list[PlanRow]:
    """Open items due from today up to ``days`` days ahead, soonest first."""
    horizon = today + dt.timedelta(days=days)
    soon = [r for r in rows if r.status.is_open and r.due is not None and today <= r.due <= horizon]
    return sorted(soon, key=lambda r: (r.due or today, r.theme_position, r.position))


#: How many days from today the first re-planned item falls due (a week to pick it up).
REPLAN_LEAD_DAYS = 7


def inherited_overdue(rows: Sequence[PlanRow], today: dt.date, used_from: dt.date) -> list[PlanRow]:
    """Open tasks overdue today that fell due before ``used_from``, soonest due first.

    ``used_from`` is the day the director began using the app. These items went overdue
    before the director could act on them (the start date was back-dated, or the app
    was set up weeks into the job), so they are explained rather than blamed. Once the
    director has worked the plan (any task started, done or set aside) there is nothing
    to explain and the list is empty. Practices are never overdue, so never listed.
    """
    tasks = [r for r in rows if r.kind != PRACTICE_KIND]
    if any(r.status is not Status.NOT_STARTED for r in tasks):
        return []
    return [r for r in overdue(tasks, today) if r.due is not None and r.due < used_from]


def replanned(rows: Sequence[PlanRow], today: dt.date) -> dict[int, dt.date]:
    """Fresh due dates for ``rows``, counted from ``today``, by item id.

    The soonest due falls due :data:`REPLAN_LEAD_DAYS` days from today, and each of the
    others as many days after it as it fell due after the soonest before, so the order and
    the spacing of the original plan are kept; a date on a weekend or bank holiday moves to
    the next working day (which never swaps two items round).
    """
    late = sorted(rows, key=lambda r: (r.due or today, r.theme_position, r.position, r.id))
    if not late:
        return {}
    first = late[0].due or today
    base = today + dt.timedelta(days=REPLAN_LEAD_DAYS)
    return {r.id: next_working_day(base + ((r.due or first) - first)) for r in late}


# --- checking input ----------------------------------------------------------------------
def clean_title(title: str) -> str:
    """A title with whitespace tidied, or :class:`InvalidInput` if empty or too long."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise InvalidInput("title", "Give the item a title.")
    if len(cleaned) > MAX_TITLE:
        raise InvalidInput("title", f"Keep the title under {MAX_TITLE} characters.")
    return cleaned


def due_date_question(due: dt.date | None, start: dt.date | None) -> str | None:
    """A question to put to the director when a due date looks wrong, else None.

    Dates before the start date, or more than a year after it, are allowed only once the
    director confirms them.
    """
    if due is None or start is None:
        return None
    if due < start:
        return "That date is before your start date. Keep it?"
    if due > start + dt.timedelta(days=365):
        return "That date is more than a year after your start date. Keep it?"
    return None


def plain_text(text: str) -> str:
    """Text kept exactly as typed, as plain text (no NULs; line endings made newlines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def evidence_target(target: str) -> tuple[str | None, str]:
    """Sort an evidence target: ``("web", address)``, ``("file", path)``, or ``(None, why)``.

    Only http, https and mailto addresses, and absolute paths to existing regular files, are
    evidence: a ``file:``, ``smb:`` or other address, a network (UNC) path, a folder or a
    missing file could make the system opener do something unexpected.
    """
    import os
    import re
    from pathlib import Path

    text = target.strip()
    if not text:
        return None, "Choose a file or type a web address."
    if any(ord(c) < 32 for c in text):
        return None, "An evidence address cannot hold control characters."
    if text.startswith("www."):
        text = "https://" + text
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", text)
    if scheme and len(scheme.group(1)) > 1:  # "C:" is a Windows drive, not a scheme
        if scheme.group(1).lower() not in WEB_SCHEMES:
            return None, (
                f"'{text[:80]}' is not a web address the app opens: use an http, https "
                "or mailto address, or choose a file."
            )
        if scheme.group(1).lower() != "mailto" and not text.lower().startswith(
            ("http://", "https://")
        ):
            return None, f"'{text[:80]}' is not a complete web address."
        if " " in text:
            return None, f"'{text[:80]}' is not a web address (it has a space in it)."
        return "web", text
    if text.startswith(("\\\\", "//")):
        return None, "Network paths cannot be evidence; copy the file to this computer."
    path = Path(text)
    if not path.is_absolute():
        return None, f"'{text[:80]}' is neither a web address nor a file chosen on this computer."
    if not path.is_file() or not os.path.isfile(os.path.realpath(path)):
        return None, f"There is no file {text[:200]}."
    return "file", str(path)


# Each value's member, looked up rather than made by calling the enum for every item (an
# unknown value still raises as the call would).
_PHASES = {phase.value: phase for phase in Phase}
_STATUSES = {status.value: status for status in Status}
_RAGS = {rag.value: rag for rag in Rag}


def plan_row(item: Sequence[Any], start: dt.date | None, date: DateReader | None = None) -> PlanRow:
    """A plan item's row from the columns :func:`plan_store.list_items` reads, in order.

    ``date`` reads the due and done dates when they come as text (plain SQL's rows; one
    :func:`dates.date_reader` across the rows of one read); without it they are dates.
    """
    (
        item_id,
        theme_id,
        theme_title,
        theme_position,
        key,
        kind,
        title,
        help_text,
        ref,
        phase_text,
        day_offset,
        due_date,
        status,
        rag,
        owner,
        findings,
        done_on,
        source,
        position,
        evidence_count,
    ) = item
    if date is not None:
        due_date, done_on = date(due_date), date(done_on)
    phase = _PHASES.get(phase_text) or Phase(phase_text)
    # Positional, in PlanRow's field order: a large plan builds thousands of these.
    return PlanRow(
        item_id,
        theme_id,
        theme_title,
        theme_position,
        key,
        kind,
        title,
        help_text,
        ref,
        phase,
        day_offset,
        due_date,
        None  # due: a practice is kept up or lapsed, never due (see practice_store)
        if kind == PRACTICE_KIND
        else due_on(phase, day_offset, due_date, start),
        _STATUSES.get(status) or Status(status),
        (_RAGS.get(rag) or Rag(rag)) if rag else None,
        owner,
        findings,
        done_on,
        source,
        position,
        int(evidence_count),
    )
