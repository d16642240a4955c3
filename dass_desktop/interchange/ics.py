"""The calendar export: follow-ups and contacts due, as an RFC 5545 file Outlook imports.

Each follow-up and each person due for contact becomes an all-day event that does not block
time (``TRANSP:TRANSPARENT``). UIDs are stable, so importing a later export updates the
same events rather than adding copies. Someone already overdue appears on the export's day,
with how long overdue in the description. The file is written by the ``icalendar`` package
(CRLF, folded at 75 octets, escaped as RFC 5545 requires); control characters are stripped.
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
from dass_desktop.domain import coverage, engagement_store, stakeholder_store
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.redaction_rules import NO_REDACTION
from dass_desktop.domain.redaction_store import redactor_for
from dass_desktop.store import Store

# Control characters (but line breaks and tabs) have no place in a calendar: stripped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event: a stable id, its day, a one-line summary and a description."""

    uid: str
    day: dt.date
    summary: str
    description: str
    category: str


def clean_text(value: str) -> str:
    r"""Text for a calendar: line endings made ``\n`` and control characters removed."""
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "council"


def _capitalise(words: str) -> str:
    return words[:1].upper() + words[1:]


def build_calendar(events: Sequence[CalendarEvent], now: dt.datetime, name: str) -> str:
    """The whole calendar file as text, written by the ``icalendar`` package (escaping,
    CRLF line endings and folding at 75 octets as RFC 5545 requires).
    """
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//DASS Desktop//DASS Desktop {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", clean_text(name))
    stamp = now.astimezone(dt.UTC)
    for event in sorted(events, key=lambda e: (e.day, e.uid)):
        item = icalendar.Event()
        item.add("uid", event.uid)
        item.add("dtstamp", stamp)
        item.add("dtstart", event.day)
        item.add("dtend", event.day + dt.timedelta(days=1))
        item.add("summary", clean_text(event.summary))
        item.add("description", clean_text(event.description))
        item.add("categories", [clean_text(event.category)])
        item.add("transp", "TRANSPARENT")
        calendar.add_component(item)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


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
    for row in engagement_store.list_engagements(store):
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
    for person in stakeholder_store.list_stakeholders(store, today, since):
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
    handle, partial = tempfile.mkstemp(prefix=".dass-export-", suffix=".ics", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, out)
    finally:
        Path(partial).unlink(missing_ok=True)
    return len(events)
