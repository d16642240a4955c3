"""The director's plan: checklist questions and actions, grouped by theme and phase.

Every rule about plan items lives here: the due date of an item (its own date, or the start
date plus its day offset), overdue, progress (done out of applicable), the RAG roll-up of a
theme (the worst RAG of its open items) and every change to items, each committing one
transaction and returning :class:`Changes`. The plan page, the dashboard and the PDFs all
call these functions.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.timeline import Phase, date_of_day
from dass_desktop.store import Store
from dass_desktop.store.models import EvidenceLink, PlanItem, Theme

MAX_TITLE = 500
ACTIONS_THEME_KEY = "actions-arising"
ACTIONS_THEME_TITLE = "Actions arising"


class Status(enum.Enum):
    """Where an item has got to."""

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NOT_APPLICABLE = "not-applicable"

    @property
    def label(self) -> str:
        """The status as the director reads it."""
        return {
            Status.NOT_STARTED: "Not started",
            Status.IN_PROGRESS: "In progress",
            Status.DONE: "Done",
            Status.NOT_APPLICABLE: "Not applicable",
        }[self]

    @property
    def is_open(self) -> bool:
        """True while the item still needs doing."""
        return self in (Status.NOT_STARTED, Status.IN_PROGRESS)


class Rag(enum.Enum):
    """Red, amber or green: ordered from worst to best."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    @property
    def label(self) -> str:
        """``Red``, ``Amber`` or ``Green``: written as a word, never colour alone."""
        return self.value.capitalize()

    @property
    def severity(self) -> int:
        """0 for red (worst) to 2 for green."""
        return {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}[self]


@dataclass(frozen=True)
class PlanRow:
    """One plan item as plain values, with its effective due date worked out."""

    id: int
    theme_id: int
    theme_title: str
    theme_position: int
    template_key: str | None
    kind: str
    title: str
    help: str
    guidance_ref: str
    phase: Phase
    day_offset: int | None
    due_date: dt.date | None
    due: dt.date | None
    status: Status
    rag: Rag | None
    owner: str
    findings: str
    completed_on: dt.date | None
    source: str
    position: int
    evidence_count: int

    def is_overdue(self, today: dt.date) -> bool:
        """Open and due before today."""
        return is_overdue(self.status, self.due, today)


@dataclass(frozen=True)
class ThemeRow:
    """A theme as plain values."""

    id: int
    title: str
    template_key: str | None
    position: int


@dataclass(frozen=True)
class ThemeProgress:
    """Progress of a set of items: done out of applicable, and the worst open RAG."""

    title: str
    done: int
    applicable: int
    open_items: int
    rag: Rag | None

    @property
    def percent(self) -> int:
        """Whole-number percentage done of applicable items (0 when none apply)."""
        return round(100 * self.done / self.applicable) if self.applicable else 0


@dataclass(frozen=True)
class Evidence:
    """A link to a file or web address held as evidence for an item."""

    id: int
    item_id: int
    target: str
    label: str
    added_on: dt.date


# --- the rules ---------------------------------------------------------------------------
def due_on(
    phase: Phase, day_offset: int | None, due_date: dt.date | None, start: dt.date | None
) -> dt.date | None:
    """An item's effective due date: its own date if set, else start + offset (or phase end).

    ``day_offset`` is the plan day the item is due on (day 1 is the start date). With no
    start date known and no date of its own, an item has no due date.
    """
    if due_date is not None:
        return due_date
    if start is None:
        return None
    return date_of_day(start, day_offset if day_offset is not None else phase.last_day)


def is_overdue(status: Status, due: dt.date | None, today: dt.date) -> bool:
    """True when an open item's due date has passed."""
    return status.is_open and due is not None and due < today


def worst_rag(rags: Iterable[Rag | None]) -> Rag | None:
    """The worst of the RAG ratings given (None when none are set)."""
    rated = [r for r in rags if r is not None]
    return min(rated, key=lambda r: r.severity) if rated else None


def progress_of(title: str, rows: Sequence[PlanRow]) -> ThemeProgress:
    """Progress of ``rows``: items marked not applicable count neither way."""
    applicable = [r for r in rows if r.status is not Status.NOT_APPLICABLE]
    done = sum(1 for r in applicable if r.status is Status.DONE)
    open_rows = [r for r in rows if r.status.is_open]
    return ThemeProgress(
        title=title,
        done=done,
        applicable=len(applicable),
        open_items=len(open_rows),
        rag=worst_rag(r.rag for r in open_rows),
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


def due_soon(rows: Sequence[PlanRow], today: dt.date, days: int = 14) -> list[PlanRow]:
    """Open items due from today up to ``days`` days ahead, soonest first."""
    horizon = today + dt.timedelta(days=days)
    soon = [r for r in rows if r.status.is_open and r.due is not None and today <= r.due <= horizon]
    return sorted(soon, key=lambda r: (r.due or today, r.theme_position, r.position))


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
    query = (
        select(PlanItem, Theme, func.coalesce(evidence.c.n, 0))
        .join(Theme, PlanItem.theme_id == Theme.id)
        .outerjoin(evidence, evidence.c.item_id == PlanItem.id)
        .where(PlanItem.deleted_at.is_(None))
        .order_by(Theme.position, Theme.id, PlanItem.position, PlanItem.id)
    )
    if ids is not None:
        query = query.where(PlanItem.id.in_(list(ids)))
    with store.read() as session:
        return [_row(item, theme, count, start) for item, theme, count in session.execute(query)]


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


def _row(item: PlanItem, theme: Theme, evidence_count: int, start: dt.date | None) -> PlanRow:
    phase = Phase(item.phase)
    return PlanRow(
        id=item.id,
        theme_id=theme.id,
        theme_title=theme.title,
        theme_position=theme.position,
        template_key=item.template_key,
        kind=item.kind,
        title=item.title,
        help=item.help,
        guidance_ref=item.guidance_ref,
        phase=phase,
        day_offset=item.day_offset,
        due_date=item.due_date,
        due=due_on(phase, item.day_offset, item.due_date, start),
        status=Status(item.status),
        rag=Rag(item.rag) if item.rag else None,
        owner=item.owner,
        findings=item.findings,
        completed_on=item.completed_on,
        source=item.source,
        position=item.position,
        evidence_count=int(evidence_count),
    )


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
    """Text kept exactly as typed, as plain text (no NULs; line endings made ``\\n``)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


# --- changing ----------------------------------------------------------------------------
def add_theme(store: Store, title: str) -> tuple[int, Changes]:
    """Add a theme of the director's own at the end of the list."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise InvalidInput("title", "Give the theme a name.")
    with store.transaction() as session:
        last = session.scalar(select(func.max(Theme.position))) or 0
        theme = Theme(title=cleaned[:200], position=last + 1)
        session.add(theme)
        session.flush()
        theme_id = theme.id
    return theme_id, Changes.of(Area.PLAN)


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


_EDITABLE = {
    "title",
    "theme_id",
    "phase",
    "due_date",
    "status",
    "rag",
    "owner",
    "findings",
    "day_offset",
}


def update_item(store: Store, item_id: int, today: dt.date, **fields: object) -> Changes:
    """Change fields of an item; setting status to done records today as completed.

    Accepts ``title``, ``theme_id``, ``phase`` (:class:`Phase`), ``due_date``,
    ``status`` (:class:`Status`), ``rag`` (:class:`Rag` or None), ``owner``, ``findings``
    and ``day_offset``. Raises :class:`InvalidInput` naming the field at fault; nothing is
    saved then.
    """
    unknown = set(fields) - _EDITABLE
    if unknown:
        raise TypeError(f"cannot update {sorted(unknown)}")
    values: dict[str, object] = {}
    for name, value in fields.items():
        if name == "title":
            values["title"] = clean_title(str(value))
        elif name == "owner":
            values["owner"] = " ".join(str(value).split())[:200]
        elif name == "findings":
            values["findings"] = plain_text(str(value))
        elif name == "phase":
            values["phase"] = Phase(value).value
        elif name == "rag":
            values["rag"] = Rag(value).value if value is not None else None
        elif name == "status":
            status = Status(value)
            values["status"] = status.value
            values["completed_on"] = today if status is Status.DONE else None
        else:
            values[name] = value
    with store.transaction() as session:
        item = session.get(PlanItem, item_id)
        if item is None or item.deleted_at is not None:
            raise InvalidInput("item", "That item no longer exists.")
        if "theme_id" in values and session.get(Theme, values["theme_id"]) is None:
            raise InvalidInput("theme", "Choose a theme for the item.")
        if values.get("status") == Status.DONE.value and item.status == Status.DONE.value:
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


WEB_SCHEMES = ("http", "https", "mailto")


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


def add_evidence(
    store: Store, item_id: int, target: str, today: dt.date, label: str = ""
) -> tuple[int, Changes]:
    """Attach a file path (an existing file) or a web address (http, https, mailto) to an
    item; anything else is refused with a sentence."""
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
