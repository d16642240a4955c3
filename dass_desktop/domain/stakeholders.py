"""The contacts book: the people the director keeps in touch with.

The rules live here: a stakeholder needs a name and a category; influence and interest are
whole numbers from 1 to 5; an e-mail address or phone number that looks wrong is kept as
typed and flagged (:func:`email_problem`, :func:`phone_problem`) rather than refused, since
the director may know better; tags are tidied into a short list. Last contact, next contact
due and overdue come from the visit log (see ``domain/coverage.py``), never typed or stored.
Every change commits one transaction and returns :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.contact_terms import Cadence, Category, Quadrant, quadrant
from dass_desktop.domain.coverage import next_due
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.store import Store
from dass_desktop.store.models import Engagement, EngagementParticipant, Stakeholder

MAX_NAME = 200
MAX_NOTES = 5000
MAX_TAG = 40
MAX_TAGS = 12
_EMAIL_DOMAIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*$")
_PHONE_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x)\s*\d{1,6}\s*$", re.IGNORECASE)


# --- the rules ---------------------------------------------------------------------------
def email_problem(email: str) -> str | None:
    """Why ``email`` looks wrong, in a sentence, or None when it looks like an address.

    Only clear mistakes are flagged (no @, two @s, spaces, nothing after the @, no dot in
    the domain); an unusual but possible address is left alone.
    """
    text = email.strip()
    if not text:
        return None
    if any(c.isspace() for c in text):
        return "The e-mail address has a space in it."
    if text.count("@") != 1:
        return (
            "The e-mail address has no @ in it."
            if "@" not in text
            else "The e-mail address has more than one @."
        )
    local, domain = text.split("@")
    if not local:
        return "The e-mail address has nothing before the @."
    if "." not in domain or not _EMAIL_DOMAIN.match(domain) or ".." in domain:
        return "The part of the e-mail address after the @ looks incomplete (e.g. council.gov.uk)."
    if len(domain.rsplit(".", 1)[1]) < 2:
        return "The e-mail address ends too soon after the last dot."
    return None


def phone_problem(phone: str) -> str | None:
    """Why ``phone`` looks wrong, in a sentence, or None when it looks like a number.

    A number may have spaces, dashes, brackets, a leading + and an extension ("ext 4521");
    a bare internal extension is fine too. Letters, a + in the middle, or too few or too
    many digits for a full number are flagged.
    """
    text = phone.strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered.startswith(("ext", "x")) and _PHONE_EXTENSION.fullmatch(" " + text):
        return None  # an internal extension on its own
    number = _PHONE_EXTENSION.sub("", text)
    if re.search(r"[^\d\s()+\-./]", number):
        return "The phone number has letters or symbols in it."
    if "+" in number.lstrip()[1:]:
        return "The phone number has a + that is not at the start."
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if len(digits) < 10:
        return "The phone number looks too short (a UK number has 10 or 11 digits)."
    if len(digits) > 15:
        return "The phone number looks too long."
    return None


def split_tags(text: str | Iterable[str]) -> tuple[str, ...]:
    """Tags from a comma-separated string (or a list), tidied, without repeats."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    seen: dict[str, str] = {}
    for part in parts:
        tag = " ".join(part.split())[:MAX_TAG]
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def _score(value: int | str | None, field_name: str, label: str) -> int:
    try:
        number = int(str(value).strip()) if value is not None else 0
    except ValueError:
        number = 0
    if not 1 <= number <= 5:
        raise InvalidInput(field_name, f"{label} is a whole number from 1 (low) to 5 (high).")
    return number


def initials(name: str) -> str:
    """``PS`` for Priya Shah; titles such as Cllr and Dr are left out."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    skip = {"cllr", "dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "rev", "cllr."}
    kept = [w for w in words if w.casefold().rstrip(".") not in skip] or words
    if not kept:
        return "?"
    if len(kept) == 1:
        return kept[0][:2].upper()
    return (kept[0][0] + kept[-1][0]).upper()


# --- stakeholders ------------------------------------------------------------------------
@dataclass(frozen=True)
class StakeholderDraft:
    """A stakeholder as typed in an editor: scores may still be text."""

    name: str
    category: Category | str
    role: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    influence: int | str = 3
    interest: int | str = 3
    cadence: Cadence | str = Cadence.NONE
    tags: str | tuple[str, ...] = ()


@dataclass(frozen=True)
class _Clean:
    name: str
    category: Category
    role: str
    organisation: str
    email: str
    phone: str
    notes: str
    influence: int
    interest: int
    cadence: Cadence
    tags: tuple[str, ...]


def _tidy(text: str, limit: int = MAX_NAME) -> str:
    return " ".join(text.split())[:limit]


def validate_stakeholder(draft: StakeholderDraft) -> _Clean:
    """Check a draft field by field; raise :class:`InvalidInput` naming the first fault.

    E-mail addresses and phone numbers are never refused: see :func:`email_problem`.
    """
    name = " ".join(draft.name.split())
    if not name:
        raise InvalidInput("name", "Give the person's name.")
    if len(name) > MAX_NAME:
        raise InvalidInput("name", f"Keep the name under {MAX_NAME} characters.")
    try:
        category = Category(draft.category)
    except ValueError:
        raise InvalidInput("category", "Choose a category for the person.") from None
    try:
        cadence = Cadence(draft.cadence)
    except ValueError:
        raise InvalidInput("cadence", "Choose how often to keep in touch (or None).") from None
    notes = draft.notes.replace("\r\n", "\n").replace("\x00", "")
    if len(notes) > MAX_NOTES:
        raise InvalidInput("notes", f"Keep the notes under {MAX_NOTES} characters.")
    email, phone = draft.email.strip(), draft.phone.strip()
    if len(email) > 320:
        raise InvalidInput("email", "The e-mail address is too long to be real.")
    if len(phone) > 60:
        raise InvalidInput("phone", "The phone number is too long to be real.")
    tags = split_tags(draft.tags)
    if len(tags) > MAX_TAGS:
        raise InvalidInput("tags", f"Keep to {MAX_TAGS} tags or fewer.")
    return _Clean(
        name=name,
        category=category,
        role=_tidy(draft.role),
        organisation=_tidy(draft.organisation),
        email=email,
        phone=phone,
        notes=notes,
        influence=_score(draft.influence, "influence", "Influence"),
        interest=_score(draft.interest, "interest", "Interest"),
        cadence=cadence,
        tags=tags,
    )


@dataclass(frozen=True)
class StakeholderRow:
    """A stakeholder as plain values, with their contact facts worked out from the log.

    ``last_contact`` is the latest engagement with them on or before the day the rows were
    read; ``next_planned`` the next one booked after it; ``next_due`` follows from the last
    contact and the cadence (see :func:`dass_desktop.domain.coverage.next_due`).
    """

    id: int
    name: str
    role: str
    organisation: str
    category: Category
    email: str
    phone: str
    notes: str
    influence: int
    interest: int
    cadence: Cadence
    tags: tuple[str, ...]
    last_contact: dt.date | None = None
    contacts: int = 0
    next_planned: dt.date | None = None
    next_due: dt.date | None = None

    @property
    def initials(self) -> str:
        """The person's initials, for the influence and interest map."""
        return initials(self.name)

    @property
    def quadrant(self) -> Quadrant:
        """Where the person sits on the influence and interest map."""
        return quadrant(self.influence, self.interest)

    @property
    def role_line(self) -> str:
        """``Chief Executive, Northmoor Council``, or as much of it as is known."""
        return ", ".join(part for part in (self.role, self.organisation) if part)

    @property
    def stands_for(self) -> str:
        """What to call the person when names are left out: their role, else the category."""
        return self.role or f"a contact ({self.category.label})"

    @property
    def email_problem(self) -> str | None:
        """Why the e-mail address looks wrong, if it does."""
        return email_problem(self.email)

    @property
    def phone_problem(self) -> str | None:
        """Why the phone number looks wrong, if it does."""
        return phone_problem(self.phone)

    @property
    def problems(self) -> list[str]:
        """Every flag raised on the person's contact details."""
        return [p for p in (self.email_problem, self.phone_problem) if p]

    def is_overdue(self, today: dt.date) -> bool:
        """True when contact was due before ``today``."""
        return self.next_due is not None and self.next_due < today

    def days_overdue(self, today: dt.date) -> int:
        """How many days contact is overdue (0 when it is not)."""
        return (today - self.next_due).days if self.is_overdue(today) and self.next_due else 0

    def draft(self) -> StakeholderDraft:
        """The stakeholder as a draft, to prefill an editor."""
        return StakeholderDraft(
            name=self.name,
            category=self.category,
            role=self.role,
            organisation=self.organisation,
            email=self.email,
            phone=self.phone,
            notes=self.notes,
            influence=self.influence,
            interest=self.interest,
            cadence=self.cadence,
            tags=self.tags,
        )


def list_stakeholders(
    store: Store,
    today: dt.date,
    since: dt.date | None = None,
    ids: Iterable[int] | None = None,
) -> list[StakeholderRow]:
    """Every stakeholder not deleted (or just ``ids``), by name, with contact facts.

    ``today`` divides contact that has happened from contact that is planned; ``since``
    (the director's start date) dates the first contact due for people not yet met.
    """
    query = select(Stakeholder).where(Stakeholder.deleted_at.is_(None))
    if ids is not None:
        query = query.where(Stakeholder.id.in_(list(ids)))
    met = (
        select(
            EngagementParticipant.stakeholder_id,
            func.max(Engagement.occurred_on),
            func.count(),
        )
        .join(Engagement, Engagement.id == EngagementParticipant.engagement_id)
        .where(Engagement.deleted_at.is_(None), Engagement.occurred_on <= today)
        .group_by(EngagementParticipant.stakeholder_id)
    )
    planned = (
        select(EngagementParticipant.stakeholder_id, func.min(Engagement.occurred_on))
        .join(Engagement, Engagement.id == EngagementParticipant.engagement_id)
        .where(Engagement.deleted_at.is_(None), Engagement.occurred_on > today)
        .group_by(EngagementParticipant.stakeholder_id)
    )
    with store.read() as session:
        people = list(session.scalars(query))
        last = {sid: (day, n) for sid, day, n in session.execute(met)}
        ahead: dict[int, dt.date] = {sid: day for sid, day in session.execute(planned)}
    rows = []
    for person in people:
        last_contact, count = last.get(person.id, (None, 0))
        cadence = Cadence(person.cadence)
        rows.append(
            StakeholderRow(
                id=person.id,
                name=person.name,
                role=person.role,
                organisation=person.organisation,
                category=Category(person.category),
                email=person.email,
                phone=person.phone,
                notes=person.notes,
                influence=person.influence,
                interest=person.interest,
                cadence=cadence,
                tags=split_tags(person.tags),
                last_contact=last_contact,
                contacts=count,
                next_planned=ahead.get(person.id),
                next_due=next_due(last_contact, cadence, since),
            )
        )
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))


def get_stakeholder(
    store: Store, stakeholder_id: int, today: dt.date, since: dt.date | None = None
) -> StakeholderRow | None:
    """One stakeholder (None if they do not exist or are deleted)."""
    found = list_stakeholders(store, today, since, [stakeholder_id])
    return found[0] if found else None


def _apply(person: Stakeholder, clean: _Clean) -> None:
    person.name = clean.name
    person.category = clean.category.value
    person.role = clean.role
    person.organisation = clean.organisation
    person.email = clean.email
    person.phone = clean.phone
    person.notes = clean.notes
    person.influence = clean.influence
    person.interest = clean.interest
    person.cadence = clean.cadence.value
    person.tags = ", ".join(clean.tags)


def add_stakeholder(store: Store, draft: StakeholderDraft) -> tuple[int, Changes]:
    """Add a person to the contacts book; return their id."""
    clean = validate_stakeholder(draft)
    with store.transaction() as session:
        person = Stakeholder()
        _apply(person, clean)
        session.add(person)
        session.flush()
        person_id = person.id
    return person_id, Changes.of(Area.CONTACTS)


def update_stakeholder(store: Store, stakeholder_id: int, draft: StakeholderDraft) -> Changes:
    """Change a person's details."""
    clean = validate_stakeholder(draft)
    with store.transaction() as session:
        person = session.get(Stakeholder, stakeholder_id)
        if person is None or person.deleted_at is not None:
            raise InvalidInput("name", "That person is no longer in your contacts.")
        _apply(person, clean)
    return Changes.of(Area.CONTACTS)


def delete_stakeholders(store: Store, ids: Sequence[int], now: dt.datetime) -> Changes:
    """Delete people; their place in past visits is kept so undo brings it all back."""
    with store.transaction() as session:
        session.execute(
            update(Stakeholder)
            .where(Stakeholder.id.in_(list(ids)), Stakeholder.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.CONTACTS, Area.ENGAGEMENTS)


def restore_stakeholders(store: Store, ids: Sequence[int]) -> Changes:
    """Undo the deletion of people."""
    with store.transaction() as session:
        session.execute(
            update(Stakeholder).where(Stakeholder.id.in_(list(ids))).values(deleted_at=None)
        )
    return Changes.of(Area.CONTACTS, Area.ENGAGEMENTS)


def known_organisations(store: Store) -> list[str]:
    """Organisations already typed, most used first, for the editor's suggestions."""
    with store.read() as session:
        rows = session.execute(
            select(Stakeholder.organisation, func.count())
            .where(Stakeholder.organisation != "", Stakeholder.deleted_at.is_(None))
            .group_by(Stakeholder.organisation)
            .order_by(func.count().desc(), Stakeholder.organisation)
        )
        return [name for name, _ in rows]


def known_tags(store: Store) -> list[str]:
    """Tags already used, for the editor's suggestions."""
    with store.read() as session:
        texts = session.scalars(select(Stakeholder.tags).where(Stakeholder.tags != ""))
        return sorted({t for text in texts for t in split_tags(text)}, key=str.casefold)
