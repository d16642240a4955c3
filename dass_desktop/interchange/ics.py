"""The calendar export: follow-ups and contacts due, as an RFC 5545 file Outlook imports.

Each follow-up and each person due for contact becomes an all-day event that does not block
time (``TRANSP:TRANSPARENT``). UIDs are stable, so importing a later export updates the
same events rather than adding copies. Someone already overdue appears on the export's day,
with how long overdue in the description. Lines end in CRLF and are folded at 75 octets,
as RFC 5545 requires, without splitting a character.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dass_desktop import __version__
from dass_desktop.domain import coverage, engagements, stakeholders
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.redaction import NO_REDACTION, redactor_for
from dass_desktop.store import Store

CRLF = "\r\n"
FOLD_AT = 75  # octets per line, the CRLF not counted


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event: a stable id, its day, a one-line summary and a description."""

    uid: str
    day: dt.date
    summary: str
    description: str
    category: str


def escape_text(value: str) -> str:
    r"""A TEXT value escaped as RFC 5545 asks: ``\\``, ``\;``, ``\,`` and ``\n``."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded into pieces of at most 75 octets joined by CRLF and a space."""
    pieces: list[str] = []
    current, size, limit = "", 0, FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, FOLD_AT - 1  # the leading space takes one octet
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "council"


def _capitalise(words: str) -> str:
    return words[:1].upper() + words[1:]


def build_calendar(events: Sequence[CalendarEvent], now: dt.datetime, name: str) -> str:
    """The whole calendar file as text, with CRLF line endings and folded lines."""
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//DASS Desktop//DASS Desktop {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in sorted(events, key=lambda e: (e.day, e.uid)):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(event.summary)}",
            f"DESCRIPTION:{escape_text(event.description)}",
            f"CATEGORIES:{escape_text(event.category)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def calendar_events(store: Store, today: dt.date, *, names: bool = True) -> list[CalendarEvent]:
    """Follow-ups from today on, and everyone with a cadence on the day contact is due.

    With ``names`` false (for a shared calendar), people are called by their role and every
    free-text field (summary, description, place) goes through the same redactor as the
    printed plans, and no phone number or e-mail address is written.
    """
    redact = NO_REDACTION if names else redactor_for(store)
    profile = load_profile(store)
    since = profile.start_date if profile else None
    slug = _slug(profile.council_name if profile else "council")
    events = []
    for row in engagements.list_engagements(store):
        if row.follow_up_on is None or row.follow_up_on < today:
            continue
        lines = [f"Follow up the {row.kind.label.lower()} on {row.when}."]
        if row.place:
            lines.append(f"Where: {row.place}")
        if row.teams:
            lines.append("Teams: " + ", ".join(t.name for t in row.teams))
        if row.people:
            met = [redact.person(p.name) for p in row.people]
            lines.append("People: " + "; ".join(met))
        if row.to_improve:
            lines.append(f"Needs to improve: {row.to_improve}")
        if row.open_actions:
            lines.append(f"Actions still open: {row.open_actions}")
        events.append(
            CalendarEvent(
                uid=f"follow-up-{row.id}-{slug}@dass-desktop",
                day=row.follow_up_on,
                summary=redact(f"Follow up: {row.summary}"),
                description=redact("\n".join(lines)),
                category="Follow-up",
            )
        )
    for person in stakeholders.list_stakeholders(store, today, since):
        if person.next_due is None:
            continue
        last = (
            f"Last contact {long_date(person.last_contact)}."
            if person.last_contact
            else "Not met yet."
        )
        lines = [
            f"Keep in touch: {person.cadence.label.lower()}. {last}",
            f"Contact is {coverage.describe_due(person, today)}.",
        ]
        if person.role_line:
            lines.insert(0, person.role_line if names else _capitalise(redact.person(person.name)))
        if names and person.phone:
            lines.append(f"Phone: {person.phone}")
        if names and person.email:
            lines.append(f"E-mail: {person.email}")
        events.append(
            CalendarEvent(
                uid=f"contact-due-{person.id}-{slug}@dass-desktop",
                day=max(person.next_due, today),
                summary=f"Contact due: {redact.person(person.name)}"
                + (" (overdue)" if person.is_overdue(today) else ""),
                description=redact("\n".join(lines)),
                category="Contact due",
            )
        )
    return events


def export_calendar(
    store: Store, out: Path, today: dt.date, now: dt.datetime, *, names: bool = True
) -> int:
    """Write the calendar to ``out`` (via a temporary file); return how many events."""
    profile = load_profile(store)
    council = profile.council_name if profile else "DASS Desktop"
    events = calendar_events(store, today, names=names)
    text = build_calendar(events, now, f"{council}: follow-ups and contacts due")
    out = out.expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=".dass-export-", suffix=".ics", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(partial, out)
    finally:
        Path(partial).unlink(missing_ok=True)
    return len(events)
