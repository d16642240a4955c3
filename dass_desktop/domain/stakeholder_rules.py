"""The contacts book: the people the director keeps in touch with.

The rules live here: a stakeholder needs a name and a category; influence and interest are
whole numbers from 1 to 5; an e-mail address or phone number that looks wrong is kept as
typed and flagged (:func:`email_problem`, :func:`phone_problem`) rather than refused, since
the director may know better; tags are tidied into a short list. Last contact, next contact
due and overdue come from the visit log (see ``domain/coverage.py``), never typed or stored.
Every change commits one transaction and returns :class:`Changes`.
"""

from __future__ import annotations

from collections.abc import Iterable

from dass_desktop.domain.contact_terms import Cadence, Category
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.stakeholder_terms import (
    MAX_NAME,
    MAX_NOTES,
    MAX_TAG,
    MAX_TAGS,
    CleanStakeholder,
    StakeholderDraft,
)


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


def _tidy(text: str, limit: int = MAX_NAME) -> str:
    return " ".join(text.split())[:limit]


def validate_stakeholder(draft: StakeholderDraft) -> CleanStakeholder:
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
    return CleanStakeholder(
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
