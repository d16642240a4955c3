"""Reading and changing the plan through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select, update

from dass_desktop.domain import plan_rules
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_rules import (
    clean_title,
    evidence_target,
    plain_text,
    plan_row,
)
from dass_desktop.domain.plan_terms import (
    ACTIONS_THEME_KEY,
    ACTIONS_THEME_TITLE,
    KEEP,
    Evidence,
    Keep,
    PlanRow,
    Rag,
    Status,
    ThemeRow,
)
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from dass_desktop.store.models import EvidenceLink, PlanItem, Theme


# --- reading -----------------------------------------------------------------------------
def list_themes(store: Store) -> list[ThemeRow]:
    """Every theme, in order."""
    with store.read() as session:
        themes = session.scalars(select(Theme).order_by(Theme.position, Theme.id))
        return [ThemeRow(t.id, t.title, t.template_key, t.position) for t in themes]


def list_items(
    store: Store, start: dt.date | None, ids: Iterable[int] | None = None
) -> list[PlanRow]:
    """Every item not deleted (or just ``ids``), by theme then position."""
    evidence = (
        select(EvidenceLink.item_id, func.count().label("n"))
        .group_by(EvidenceLink.item_id)
        .subquery()
    )
    # Plain rows, not ORM objects, unpacked by position: a large plan reads several times
    # quicker (looking each column up by name cost more than the query).
    query = (
        select(
            PlanItem.id,
            PlanItem.theme_id,
            Theme.title,
            Theme.position,
            PlanItem.template_key,
            PlanItem.kind,
            PlanItem.title,
            PlanItem.help,
            PlanItem.guidance_ref,
            PlanItem.phase,
            PlanItem.day_offset,
            PlanItem.due_date,
            PlanItem.status,
            PlanItem.rag,
            PlanItem.owner,
            PlanItem.findings,
            PlanItem.completed_on,
            PlanItem.source,
            PlanItem.position,
            func.coalesce(evidence.c.n, 0),
        )
        .join(Theme, PlanItem.theme_id == Theme.id)
        .outerjoin(evidence, evidence.c.item_id == PlanItem.id)
        .where(PlanItem.deleted_at.is_(None))
        .order_by(Theme.position, Theme.id, PlanItem.position, PlanItem.id)
    )
    if ids is not None:
        query = query.where(PlanItem.id.in_(list(ids)))
    with store.read() as session:
        return [plan_row(found, start) for found in session.execute(query)]


def inherited_overdue(
    store: Store, start: dt.date | None, today: dt.date, used_from: dt.date
) -> list[PlanRow]:
    """The open tasks overdue before the app was in use (:func:`plan_rules.inherited_overdue`).

    A plan already worked has none, and that is found with one query that stops at the
    first task started, done or set aside, so a council in use never reads its whole plan.
    """
    worked = select(PlanItem.id).where(
        PlanItem.deleted_at.is_(None),
        PlanItem.kind != PRACTICE_KIND,
        PlanItem.status != Status.NOT_STARTED.value,
    )
    with store.read() as session:
        if start is None or session.scalar(worked.limit(1)) is not None:
            return []
    return plan_rules.inherited_overdue(list_items(store, start), today, used_from)


def get_item(store: Store, item_id: int, start: dt.date | None) -> PlanRow | None:
    """One item (None if it does not exist or is deleted)."""
    found = list_items(store, start, [item_id])
    return found[0] if found else None


def recent_owners(store: Store, limit: int = 12) -> list[str]:
    """Owners typed recently, most recent first, for the owner field's suggestions."""
    with store.read() as session:
        rows = session.execute(
            select(PlanItem.owner, func.max(PlanItem.updated_at).label("last"))
            .where(PlanItem.owner != "")
            .group_by(PlanItem.owner)
            .order_by(func.max(PlanItem.updated_at).desc(), PlanItem.owner)
            .limit(limit)
        )
        return [owner for owner, _ in rows]


def list_evidence(store: Store, item_id: int) -> list[Evidence]:
    """The evidence links of an item, oldest first."""
    with store.read() as session:
        links = session.scalars(
            select(EvidenceLink).where(EvidenceLink.item_id == item_id).order_by(EvidenceLink.id)
        )
        return [Evidence(e.id, e.item_id, e.target, e.label, e.added_on) for e in links]


# --- changing ----------------------------------------------------------------------------
def add_theme(store: Store, title: str, theme_id: int | None = None) -> tuple[int, Changes]:
    """Add a theme of the director's own at the end of the list (as ``theme_id``, on a redo)."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise InvalidInput("title", "Give the theme a name.")
    with store.transaction() as session:
        last = session.scalar(select(func.max(Theme.position))) or 0
        theme = Theme(id=theme_id, title=cleaned[:200], position=last + 1)
        session.add(theme)
        session.flush()
        theme_id = theme.id
    return theme_id, Changes.of(Area.PLAN)


def remove_theme(store: Store, theme_id: int) -> Changes:
    """Take away a theme that holds no items (undoing its addition); deleted ones go too."""
    with store.transaction() as session:
        items = list(session.scalars(select(PlanItem).where(PlanItem.theme_id == theme_id)))
        if any(item.deleted_at is None for item in items):
            raise InvalidInput("theme", "That theme has items in it now; move or delete them.")
        for item in items:
            session.delete(item)
        theme = session.get(Theme, theme_id)
        if theme is not None:
            session.delete(theme)
    return Changes.of(Area.PLAN)


def rename_theme(store: Store, theme_id: int, title: str) -> Changes:
    """Rename a theme."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise InvalidInput("title", "Give the theme a name.")
    with store.transaction() as session:
        theme = session.get(Theme, theme_id)
        if theme is None:
            raise InvalidInput("theme", "That theme no longer exists.")
        theme.title = cleaned[:200]
    return Changes.of(Area.PLAN)


def add_item(
    store: Store,
    *,
    theme_id: int,
    title: str,
    kind: str = "action",
    phase: Phase = Phase.TO_DAY_100,
    due_date: dt.date | None = None,
    owner: str = "",
    findings: str = "",
    source: str = "director",
) -> tuple[int, Changes]:
    """Add an item of the director's own to the end of a theme; return its id."""
    cleaned = clean_title(title)
    if kind not in ("question", "action"):
        raise InvalidInput("kind", "An item is a question or an action.")
    with store.transaction() as session:
        if session.get(Theme, theme_id) is None:
            raise InvalidInput("theme", "Choose a theme for the item.")
        last = session.scalar(
            select(func.max(PlanItem.position)).where(PlanItem.theme_id == theme_id)
        )
        item = PlanItem(
            theme_id=theme_id,
            kind=kind,
            title=cleaned,
            phase=phase.value,
            due_date=due_date,
            owner=" ".join(owner.split()),
            findings=plain_text(findings),
            source=source,
            position=(last or 0) + 1,
        )
        session.add(item)
        session.flush()
        item_id = item.id
    return item_id, Changes.of(Area.PLAN)


def add_action(
    store: Store,
    *,
    title: str,
    due_date: dt.date | None,
    owner: str = "",
    source: str,
    findings: str = "",
    phase: Phase | None = None,
    start: dt.date | None = None,
) -> tuple[int, Changes]:
    """Add an action arising from elsewhere (a visit, a team gap) to the plan.

    It goes in the "Actions arising" theme, created the first time it is needed. ``source``
    records where it came from, e.g. ``"gap:12"`` or ``"engagement:40"``. The phase follows
    the due date when a start date is known.
    """
    with store.transaction() as session:
        theme = session.scalar(select(Theme).where(Theme.template_key == ACTIONS_THEME_KEY))
        if theme is None:
            last = session.scalar(select(func.max(Theme.position))) or 0
            theme = Theme(
                template_key=ACTIONS_THEME_KEY, title=ACTIONS_THEME_TITLE, position=last + 1
            )
            session.add(theme)
            session.flush()
        theme_id = theme.id
    if phase is None:
        if due_date is not None and start is not None:
            phase = Phase.of_day((due_date - start).days + 1)
        else:
            phase = Phase.TO_DAY_100
    return add_item(
        store,
        theme_id=theme_id,
        title=title,
        kind="action",
        phase=phase,
        due_date=due_date,
        owner=owner,
        findings=findings,
        source=source,
    )


def update_item(
    store: Store,
    item_id: int,
    today: dt.date,
    *,
    title: str | Keep = KEEP,
    theme_id: int | Keep = KEEP,
    phase: Phase | Keep = KEEP,
    due_date: dt.date | Keep | None = KEEP,
    status: Status | Keep = KEEP,
    rag: Rag | Keep | None = KEEP,
    owner: str | Keep = KEEP,
    findings: str | Keep = KEEP,
    day_offset: int | Keep | None = KEEP,
    completed_on: dt.date | Keep | None = KEEP,
) -> Changes:
    """Change the fields given of an item; setting status to done records today as completed.

    A field left as :data:`KEEP` keeps its value; ``completed_on`` puts back an earlier one.
    Raises :class:`InvalidInput` naming the field at fault; nothing is saved then.
    """
    values: dict[str, object] = {}
    if title is not KEEP:
        values["title"] = clean_title(title)
    if theme_id is not KEEP:
        values["theme_id"] = theme_id
    if phase is not KEEP:
        values["phase"] = Phase(phase).value
    if due_date is not KEEP:
        values["due_date"] = due_date
    if status is not KEEP:
        values["status"] = Status(status).value
        values["completed_on"] = today if Status(status) is Status.DONE else None
    if rag is not KEEP:
        values["rag"] = Rag(rag).value if rag is not None else None
    if owner is not KEEP:
        values["owner"] = " ".join(owner.split())[:200]
    if findings is not KEEP:
        values["findings"] = plain_text(findings)
    if day_offset is not KEEP:
        values["day_offset"] = day_offset
    if completed_on is not KEEP:
        values["completed_on"] = completed_on
    with store.transaction() as session:
        item = session.get(PlanItem, item_id)
        if item is None or item.deleted_at is not None:
            raise InvalidInput("item", "That item no longer exists.")
        if "theme_id" in values and session.get(Theme, values["theme_id"]) is None:
            raise InvalidInput("theme", "Choose a theme for the item.")
        if values.get("status") == Status.DONE.value and item.kind == PRACTICE_KIND:
            raise InvalidInput(
                "status",
                "A practice is kept up rather than done: log each time you practise it "
                "(Practices, Done today).",
            )
        done = values.get("status") == Status.DONE.value
        if done and item.status == Status.DONE.value and completed_on is KEEP:
            values["completed_on"] = item.completed_on  # re-saving keeps the original date
        for name, value in values.items():
            setattr(item, name, value)
    return Changes.of(Area.PLAN)


def toggle_done(store: Store, item_id: int, today: dt.date) -> Changes:
    """Mark an open item done, or reopen a done item (to in progress if it had findings)."""
    with store.read() as session:
        item = session.get(PlanItem, item_id)
        if item is None:
            raise InvalidInput("item", "That item no longer exists.")
        status, findings = Status(item.status), item.findings
    if status is Status.DONE:
        new = Status.IN_PROGRESS if findings.strip() else Status.NOT_STARTED
    else:
        new = Status.DONE
    return update_item(store, item_id, today, status=new)


def set_due_dates(store: Store, dates: Mapping[int, dt.date | None]) -> Changes:
    """Give each item its own due date (None: back to the one worked out from the plan).

    One transaction for them all, so a re-plan is undone in one step by passing each
    item's earlier own date (see :func:`plan_rules.replanned`).
    """
    if not dates:
        return Changes()
    with store.transaction() as session:
        for item_id, day in dates.items():
            session.execute(update(PlanItem).where(PlanItem.id == item_id).values(due_date=day))
    return Changes.of(Area.PLAN)


def delete_items(store: Store, item_ids: Iterable[int], now: dt.datetime) -> Changes:
    """Delete items; they keep everything so :func:`restore_items` can undo it."""
    ids = list(item_ids)
    with store.transaction() as session:
        session.execute(
            update(PlanItem)
            .where(PlanItem.id.in_(ids), PlanItem.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.PLAN)


def restore_items(store: Store, item_ids: Iterable[int]) -> Changes:
    """Undo the deletion of items, with their notes, owner, status and evidence."""
    with store.transaction() as session:
        session.execute(
            update(PlanItem).where(PlanItem.id.in_(list(item_ids))).values(deleted_at=None)
        )
    return Changes.of(Area.PLAN)


def move_item(store: Store, item_id: int, step: int) -> Changes:
    """Move an item up (``step`` -1) or down (+1) within its theme."""
    with store.transaction() as session:
        item = session.get(PlanItem, item_id)
        if item is None:
            raise InvalidInput("item", "That item no longer exists.")
        siblings = list(
            session.scalars(
                select(PlanItem)
                .where(PlanItem.theme_id == item.theme_id, PlanItem.deleted_at.is_(None))
                .order_by(PlanItem.position, PlanItem.id)
            )
        )
        index = siblings.index(item)
        target = index + step
        if not 0 <= target < len(siblings):
            return Changes()
        siblings[index], siblings[target] = siblings[target], siblings[index]
        for position, sibling in enumerate(siblings, start=1):
            sibling.position = position
    return Changes.of(Area.PLAN)


def add_evidence(
    store: Store, item_id: int, target: str, today: dt.date, label: str = ""
) -> tuple[int, Changes]:
    """Attach a file path (an existing file) or a web address to an item.

    A web address is http, https or mailto; anything else is refused with a sentence.
    """
    kind, cleaned = evidence_target(target)
    if kind is None:
        raise InvalidInput("evidence", cleaned)
    with store.transaction() as session:
        if session.get(PlanItem, item_id) is None:
            raise InvalidInput("item", "That item no longer exists.")
        link = EvidenceLink(item_id=item_id, target=cleaned, label=label.strip(), added_on=today)
        session.add(link)
        session.flush()
        link_id = link.id
    return link_id, Changes.of(Area.PLAN)


def remove_evidence(store: Store, evidence_id: int) -> Changes:
    """Detach an evidence link (the file itself is not touched)."""
    with store.transaction() as session:
        link = session.get(EvidenceLink, evidence_id)
        if link is not None:
            session.delete(link)
    return Changes.of(Area.PLAN)
