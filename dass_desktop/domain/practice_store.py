"""Reading and logging practices through the store.

A practice's log is what the director logged by hand (``practice_log``: "done today", a
recognition, a briefing, optionally linked to a visit) together with every engagement of a
kind the practice counts (``counts_from``): logging a visit is practising two-way
conversation without a second step. Commands commit one transaction and return
:class:`Changes`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_rules import clean_title
from dass_desktop.domain.practice_rules import merged_log, next_by, state_of
from dass_desktop.domain.practice_terms import (
    BRIEFING_KINDS,
    PRACTICE_KIND,
    Cadence,
    LogEntry,
    LogKind,
    PracticeRow,
    PracticeState,
)
from dass_desktop.domain.timeline import Phase, date_of_day
from dass_desktop.domain.working_days import next_working_day
from dass_desktop.store import Store
from dass_desktop.store.models import Engagement, PlanItem, PracticeLog, Theme

MAX_NOTE = 2000


def counts_from(text: str) -> frozenset[str]:
    """The engagement kinds stored in ``counts_from`` (comma-separated)."""
    return frozenset(k.strip() for k in text.split(",") if k.strip())


def list_practices(store: Store, start: dt.date | None, today: dt.date) -> list[PracticeRow]:
    """Every practice that applies (not deleted or marked not applicable), in plan order."""
    with store.read() as session:
        items = list(
            session.execute(
                select(PlanItem, Theme)
                .join(Theme, PlanItem.theme_id == Theme.id)
                .where(
                    PlanItem.kind == PRACTICE_KIND,
                    PlanItem.deleted_at.is_(None),
                    PlanItem.status != "not-applicable",
                )
                .order_by(Theme.position, Theme.id, PlanItem.position, PlanItem.id)
            )
        )
        ids = [item.id for item, _ in items]
        logged: dict[int, list[LogEntry]] = {i: [] for i in ids}
        for row in session.scalars(
            select(PracticeLog).where(
                PracticeLog.item_id.in_(ids), PracticeLog.deleted_at.is_(None)
            )
        ):
            logged[row.item_id].append(
                LogEntry(row.id, row.practised_on, LogKind(row.kind), row.note, row.engagement_id)
            )
        kinds = set().union(*(counts_from(item.counts_from) for item, _ in items))
        engagements = list(
            session.execute(
                select(Engagement.id, Engagement.occurred_on, Engagement.kind, Engagement.place)
                .where(Engagement.deleted_at.is_(None), Engagement.kind.in_(sorted(kinds)))
                .where(Engagement.occurred_on <= today)
            )
        )
        rows = []
        for item, theme in items:
            counted = counts_from(item.counts_from)
            entries = logged[item.id] + [
                LogEntry(
                    None,
                    occurred_on,
                    LogKind.BRIEFING if kind in BRIEFING_KINDS else LogKind.VISIT,
                    place,
                    engagement_id,
                )
                for engagement_id, occurred_on, kind, place in engagements
                if kind in counted
            ]
            rows.append(_row(item, theme, merged_log(entries, today), start, today))
        return rows


def _row(
    item: PlanItem,
    theme: Theme,
    log: tuple[LogEntry, ...],
    start: dt.date | None,
    today: dt.date,
) -> PracticeRow:
    cadence = Cadence(item.cadence or "monthly")
    first_by = next_working_day(date_of_day(start, item.day_offset or 1)) if start else None
    last = log[0].practised_on if log else None
    return PracticeRow(
        id=item.id,
        theme_title=theme.title,
        template_key=item.template_key,
        title=item.title,
        help=item.help,
        guidance_ref=item.guidance_ref,
        cadence=cadence,
        findings=item.findings,
        owner=item.owner,
        first_by=first_by,
        log=log,
        state=state_of(cadence, last, first_by, today),
        next_by=next_by(cadence, last, first_by),
    )


def lapsed_practices(store: Store, start: dt.date | None, today: dt.date) -> list[PracticeRow]:
    """The practices that have lapsed on ``today``, longest lapsed first."""
    rows = [r for r in list_practices(store, start, today) if r.state is PracticeState.LAPSED]
    return sorted(rows, key=lambda r: r.next_by or today)


# --- changing ----------------------------------------------------------------------------
def add_practice(
    store: Store,
    theme_id: int,
    title: str,
    cadence: Cadence,
    *,
    first_by_day: int = 30,
    counts: tuple[str, ...] = (),
) -> tuple[int, Changes]:
    """Add a practice of the director's own at the end of a theme; return its id."""
    cleaned = clean_title(title)
    with store.transaction() as session:
        if session.get(Theme, theme_id) is None:
            raise InvalidInput("theme", "Choose a theme for the practice.")
        position = session.scalar(
            select(func.max(PlanItem.position)).where(PlanItem.theme_id == theme_id)
        )
        item = PlanItem(
            theme_id=theme_id,
            kind=PRACTICE_KIND,
            title=cleaned,
            cadence=cadence.value,
            counts_from=",".join(counts),
            day_offset=first_by_day,
            phase=Phase.of_day(first_by_day).value,
            status="in-progress",
            position=(position or 0) + 1,
        )
        session.add(item)
        session.flush()
        new_id = item.id
    return new_id, Changes(frozenset({Area.PLAN}), frozenset({(Area.PLAN, new_id)}))


def log_practice(
    store: Store,
    item_id: int,
    practised_on: dt.date,
    kind: LogKind = LogKind.DONE,
    note: str = "",
    engagement_id: int | None = None,
) -> tuple[int, Changes]:
    """Record that a practice was practised on a day; return the log entry's id."""
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InvalidInput("note", f"Keep the note under {MAX_NOTE} characters.")
    with store.transaction() as session:
        item = session.get(PlanItem, item_id)
        if item is None or item.deleted_at is not None or item.kind != PRACTICE_KIND:
            raise InvalidInput("practice", "That practice no longer exists.")
        if engagement_id is not None and session.get(Engagement, engagement_id) is None:
            raise InvalidInput("engagement", "That visit no longer exists.")
        entry = PracticeLog(
            item_id=item_id,
            practised_on=practised_on,
            kind=kind.value,
            note=note,
            engagement_id=engagement_id,
        )
        session.add(entry)
        session.flush()
        new_id = entry.id
    return new_id, Changes(frozenset({Area.PLAN}), frozenset({(Area.PLAN, item_id)}))


def _set_deleted(store: Store, log_id: int, when: dt.datetime | None) -> Changes:
    with store.transaction() as session:
        entry = session.get(PracticeLog, log_id)
        if entry is None:
            return Changes()
        item_id = entry.item_id
        session.execute(update(PracticeLog).where(PracticeLog.id == log_id).values(deleted_at=when))
    return Changes(frozenset({Area.PLAN}), frozenset({(Area.PLAN, item_id)}))


def delete_log(store: Store, log_id: int, now: dt.datetime) -> Changes:
    """Take an entry out of a practice's log (kept, so that undo brings it back)."""
    return _set_deleted(store, log_id, now)


def restore_log(store: Store, log_id: int) -> Changes:
    """Bring back a log entry taken out by :func:`delete_log`."""
    return _set_deleted(store, log_id, None)
