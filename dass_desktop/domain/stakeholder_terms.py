"""The words and row types of the contacts book."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dass_desktop.domain.contact_terms import Cadence, Category, Quadrant, quadrant

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
class CleanStakeholder:
    """A stakeholder draft checked and tidied, ready to save."""

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


@dataclass(frozen=True)
class StakeholderRow:
    """A stakeholder as plain values, with their contact facts worked out from the log.

    ``last_contact`` is the latest engagement with them on or before the day the rows were
    read; ``next_planned`` the next one booked after it; ``next_due`` follows from the last
    contact and the cadence (see :func:`dass_desktop.domain.coverage.next_due`); ``added_on``
    is the day the person was added to the contacts book, on the app's clock.
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
    added_on: dt.date | None = None

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
