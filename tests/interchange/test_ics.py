"""The calendar export, read back with an independent iCalendar parser (icalendar)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar

from dass_desktop.domain import engagement_store, stakeholder_store
from dass_desktop.domain.contact_terms import Cadence, Category, EngagementKind
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.interchange.ics import CalendarEvent, build_calendar, export_calendar
from dass_desktop.paths import DataPaths
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)


def fill(store: Store) -> dict[str, int]:
    """Three people (one overdue, one due later, one with no cadence) and two follow-ups."""
    ids = {}
    for name, cadence, role in (
        ("Priya Shah", Cadence.FORTNIGHTLY, "Chief Executive"),
        ("Lee Carter", Cadence.MONTHLY, "UNISON branch secretary; convenor, adults"),
        ("Ann Yates", Cadence.NONE, ""),
    ):
        ids[name], _ = stakeholder_store.add_stakeholder(
            store,
            StakeholderDraft(
                name, Category.STAFF, role=role, cadence=cadence, email="x@northmoor.gov.uk"
            ),
            dt.date(2026, 9, 7),
        )
    engagement_store.add_engagement(  # Priya last seen 1 Nov: due 15 Nov, overdue
        store,
        EngagementDraft(
            dt.date(2026, 11, 1),
            EngagementKind.ONE_TO_ONE,
            place="Civic Centre",
            stakeholder_ids=(ids["Priya Shah"],),
            follow_up_on=dt.date(2026, 11, 20),  # already passed: not exported
        ),
        TODAY,
    )
    engagement_store.add_engagement(  # Lee seen 20 Nov: due 20 Dec
        store,
        EngagementDraft(
            dt.date(2026, 11, 20),
            EngagementKind.PARTNER_MEETING,
            place="Unison office, Mill Street; first floor",
            stakeholder_ids=(ids["Lee Carter"],),
            to_improve="Lone working policy, again, needs a refresh — urgently " * 3,
            follow_up_on=dt.date(2026, 12, 4),
        ),
        TODAY,
    )
    return ids


def test_ics_parses_back_with_events_on_the_right_dates(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """Follow-ups and contacts due are all-day events on the right days, with stable UIDs."""
    ids = fill(store_with_profile)
    out = tmp_path / "follow-ups.ics"
    count = export_calendar(store_with_profile, out, TODAY, NOW)
    assert count == 3
    raw = out.read_bytes()
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0"
    assert "DASS Desktop" in str(calendar["PRODID"])
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        "Contact due: Priya Shah (overdue)",
        "Contact due: Lee Carter",
        "Follow up: Partner meeting · Lee Carter · Unison office, Mill Street; first floor",
    }
    overdue = events["Contact due: Priya Shah (overdue)"]
    assert overdue.decoded("DTSTART") == TODAY  # overdue contact shows on the export's day
    assert overdue.decoded("DTEND") == TODAY + dt.timedelta(days=1)
    assert "11 days overdue" in str(overdue["DESCRIPTION"])
    lee = events["Contact due: Lee Carter"]
    assert lee.decoded("DTSTART") == dt.date(2026, 12, 20)
    assert "UNISON branch secretary; convenor, adults" in str(lee["DESCRIPTION"])
    follow_up = next(e for s, e in events.items() if s.startswith("Follow up"))
    assert follow_up.decoded("DTSTART") == dt.date(2026, 12, 4)
    assert "needs a refresh — urgently" in str(follow_up["DESCRIPTION"])
    for event in events.values():
        assert event.decoded("DTSTAMP") == NOW
        assert event["TRANSP"] == "TRANSPARENT"
    uids = {str(e["UID"]) for e in events.values()}
    assert f"contact-due-{ids['Lee Carter']}-leeds@dass-desktop" in uids
    # Exporting again gives the same events (same UIDs), so a re-import updates them.
    again = tmp_path / "again.ics"
    export_calendar(store_with_profile, again, TODAY, NOW)
    assert again.read_bytes() == raw


def test_ics_is_crlf_and_folded(store_with_profile: Store, tmp_path: Path) -> None:
    """Every line ends in CRLF and no line is longer than 75 octets."""
    fill(store_with_profile)
    out = tmp_path / "follow-ups.ics"
    export_calendar(store_with_profile, out, TODAY, NOW)
    raw = out.read_bytes()
    assert raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert b"\r" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "long lines are folded"
    for line in lines:
        line.decode("utf-8")  # no character split across a fold


def test_folding_escaping_and_control_characters() -> None:
    """Folds keep whole characters; commas, semicolons, backslashes and newlines survive a
    round trip; control characters are stripped.
    """
    text = "é" * 80 + " a,b;c\\d\r\ne\x07\x1b[31m\x00"
    event = CalendarEvent("u-1@dass-desktop", TODAY, "Bell\x07 ring", text, "Follow-up")
    raw = build_calendar([event], NOW, "Calendar\x0c name").encode()
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")
    (parsed,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert str(parsed["DESCRIPTION"]) == "é" * 80 + " a,b;c\\d\ne[31m"
    assert str(parsed["SUMMARY"]) == "Bell ring"
    assert not any(ord(c) < 32 and c not in "\r\n\t" for c in raw.decode())
    empty = build_calendar([], NOW, "Nothing due")
    assert icalendar.Calendar.from_ical(empty).walk("VEVENT") == []


def test_no_names_calls_people_by_role(store_with_profile: Store, tmp_path: Path) -> None:
    """With names left out, summaries name roles and no e-mail address is written."""
    fill(store_with_profile)
    out = tmp_path / "shared.ics"
    export_calendar(store_with_profile, out, TODAY, NOW, names=False)
    text = out.read_bytes().decode()
    calendar = icalendar.Calendar.from_ical(text)
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert "Contact due: the Chief Executive (overdue)" in summaries
    for name in ("Priya", "Shah", "Lee Carter", "northmoor.gov.uk"):
        assert name not in "".join(str(e.to_ical()) for e in calendar.walk("VEVENT"))


def test_export_ics_command(tmp_path: Path, data_paths: DataPaths) -> None:
    """`dass-desktop export ics` writes the calendar headless; other plans still export."""
    from tests.test_cli import run

    data = str(tmp_path / "demo")
    assert run("demo", "--data-dir", data, "--as-of", "2026-11-26").returncode == 0
    out = tmp_path / "northmoor.ics"
    result = run("export", "ics", "--data-dir", data, "--out", str(out), "--as-of", "2026-11-26")
    assert result.returncode == 0, result.stderr
    assert "follow-ups and contacts due" in result.stdout
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    days = [e.decoded("DTSTART") for e in calendar.walk("VEVENT")]
    assert len(days) >= 10
    assert min(days) == dt.date(2026, 11, 26)
    bad = run("export", "ics", "--data-dir", data, "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2
    assert "should end in .ics" in bad.stderr
    missing = run("export", "ics", "--data-dir", str(tmp_path / "none"), "--out", str(out))
    assert missing.returncode == 1
    assert "no database" in missing.stderr


def test_no_names_redacts_free_text(store_with_profile: Store, tmp_path: Path) -> None:
    """With names left out, names inside the place and the notes are replaced too, while
    the same calendar with names keeps them (so the check can fail).
    """
    ids = fill(store_with_profile)
    engagement_store.add_engagement(
        store_with_profile,
        EngagementDraft(
            dt.date(2026, 11, 25),
            EngagementKind.INFORMAL_VISIT,
            place="Priya Shah's office, Civic Centre",
            stakeholder_ids=(ids["Ann Yates"],),
            to_improve="Ms Yates to ask Jordan\nEllis; Annual review slipping",
            follow_up_on=dt.date(2026, 12, 10),
        ),
        TODAY,
    )
    named, shared = tmp_path / "named.ics", tmp_path / "shared.ics"
    export_calendar(store_with_profile, named, TODAY, NOW, names=True)
    export_calendar(store_with_profile, shared, TODAY, NOW, names=False)

    def events(path: Path) -> str:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        return "\n".join(f"{e['SUMMARY']}\n{e['DESCRIPTION']}" for e in calendar.walk("VEVENT"))

    assert "Priya Shah" in events(named)
    assert "Yates" in events(named)
    text = events(shared)
    for word in ("Priya", "Shah", "Ann", "Yates", "Jordan", "Ellis"):
        assert re.search(rf"\b{word}\b", text, re.IGNORECASE) is None, word
    assert "the Chief Executive's office, Civic Centre" in text
    assert "the chief executive" in text  # Jordan Ellis, from the profile
    assert "Annual review slipping" in text
