"""No names means no names: every export made with ``--no-names``, read back as text.

The demo council is written with the command line, then the names of its people are put
into every kind of free text the exports print: plan findings and owners, visit notes and
places, "you said, we did", the narrative, team strengths and areas for development, gap
owners and notes, evidence titles, and the notes of a contact who is then deleted. Each
export is made through ``dass_desktop.cli.main`` only (the stable contract), its text
extracted (pypdf for the PDFs, the unfolded lines of the .ics), and no full name, first
name or surname of anyone the store has held may appear in it. The same exports with names
do show them, so the test can fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from dass_desktop import cli, paths
from dass_desktop.demo.contacts import MANAGERS
from dass_desktop.domain import (
    engagement_store,
    plan_store,
    register_store,
    stakeholder_store,
    team_gap_store,
    team_store,
)
from dass_desktop.domain.contact_terms import Category
from dass_desktop.domain.narrative import PlanKind, Section, save_section
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.redaction_terms import COMMON_WORDS, TITLES
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.domain.team_terms import NoteKind
from dass_desktop.store import open_store

AS_OF = "2026-11-26"
TODAY = dt.date(2026, 11, 26)
DELETED = "Rosalind Quigley"
PDFS = ("100-day", "six-month", "one-to-one")


def _mentions(names: list[str]) -> str:
    """A sentence naming people in every way the redactor must catch."""
    a, b, c = names[0], names[1], names[2]
    first, surname = a.split()[0], b.split()[-1]
    broken = c.replace(" ", "\n", 1)
    return (
        f"Agreed with {a} and Ms {surname}; {first} to write to {broken}. "
        f"Ms Quigley  ({DELETED.replace(' ', '  ')}) sent {DELETED.split()[0]}'s notes. "
        "Annual review booked."
    )


def _build(data: Path) -> list[str]:
    """The demo council with names in every free-text field; every person's name returned."""
    assert cli.main(["demo", "--data-dir", str(data), "--as-of", AS_OF]) == 0
    store = open_store(paths.resolve(data))
    try:
        profile = load_profile(store)
        assert profile is not None
        assert profile.chief_executive_name
        people = [p.name for p in stakeholder_store.list_stakeholders(store, TODAY)]
        gone, _ = stakeholder_store.add_stakeholder(
            store,
            StakeholderDraft(
                DELETED, Category.STAFF, role="Head of Safeguarding", notes="Left in October"
            ),
            TODAY,
        )
        managers = list(MANAGERS)
        rotation = [profile.director_name, profile.chief_executive_name, *managers, *people]
        say = [_mentions(rotation[i:] + rotation[:i]) for i in range(len(rotation))]
        owners = ["Me", *managers, profile.chief_executive_name, "Cllr Joan Ashworth"]
        for n, row in enumerate(plan_store.list_items(store, profile.start_date)):
            plan_store.update_item(
                store, row.id, TODAY, findings=say[n % len(say)], owner=owners[n % len(owners)]
            )
            if n < 40:
                plan_store.add_evidence(
                    store,
                    row.id,
                    f"https://intranet.example/notes-{n}.docx",
                    TODAY,
                    label=f"Notes from {managers[0]}",
                )
        for n, visit in enumerate(engagement_store.list_engagements(store)):
            draft = dataclasses.replace(
                visit.draft(),
                place=f"{managers[n % len(managers)]}'s office",
                going_well=say[n % len(say)],
                to_improve=say[(n + 3) % len(say)],
                you_said_we_did=say[(n + 5) % len(say)] if visit.you_said_we_did else "",
                follow_up_on=TODAY + dt.timedelta(days=7) if visit.occurred_on <= TODAY else None,
            )
            engagement_store.update_engagement(store, visit.id, draft, TODAY)
        for kind in PlanKind:
            for n, section in enumerate(Section):
                save_section(store, kind, section, say[n])
        for n, team in enumerate(team_store.list_teams(store)):
            for note_kind in NoteKind:
                team_store.add_note(store, team.id, note_kind, say[n], noted_on=TODAY, today=TODAY)
        for n, gap in enumerate(team_gap_store.list_gaps(store)):
            gap_draft = dataclasses.replace(
                gap.draft(), owner=owners[n % len(owners)], mitigation_notes=say[n]
            )
            team_gap_store.update_gap(store, gap.id, gap_draft)
        for n, entry in enumerate(register_store.list_entries(store)):
            entry_draft = dataclasses.replace(
                entry.draft(), title=say[n % len(say)], owner=owners[n % len(owners)]
            )
            register_store.update_entry(store, entry.id, entry_draft)
        stakeholder_store.delete_stakeholders(store, [gone], dt.datetime(2026, 11, 26, 9))
        return [profile.director_name, profile.chief_executive_name, *managers, *people, DELETED]
    finally:
        store.close()


def _leaks(text: str, names: list[str], council: str) -> set[str]:
    """Every full name, first name or surname of ``names`` found in ``text`` as a whole word.

    A name that is also an everyday word ("Will") counts only when written with a capital.
    """
    found = set()
    council_words = {w.casefold() for w in council.split()}
    for name in names:
        words = [w for w in name.split() if w.casefold().rstrip(".") not in TITLES]
        full = r"\s+".join(re.escape(w) for w in words)
        if re.search(rf"(?<!\w){full}(?!\w)", text, re.IGNORECASE):
            found.add(name)
        for word in {words[0], words[-1]} - {""}:
            if len(word) < 2 or word.casefold() in council_words:
                continue
            pattern = re.escape(word)
            if word.casefold() in COMMON_WORDS:
                pattern = f"{re.escape(word[0].upper())}(?i:{re.escape(word[1:])})"
            else:
                pattern = f"(?i:{pattern})"
            if re.search(rf"(?<!\w){pattern}(?!\w)", text):
                found.add(word)
    return found


def _pdf_text(path: Path) -> str:
    """Every page's text and every metadata value of a PDF."""
    reader = PdfReader(path)
    pages = "\n".join(page.extract_text() or "" for page in reader.pages)
    meta = "\n".join(str(v) for v in (reader.metadata or {}).values())
    return pages + "\n" + meta


def _ics_text(path: Path) -> str:
    """The calendar's text with folded lines joined and TEXT escapes undone."""
    raw = path.read_bytes().decode("utf-8").replace("\r\n ", "")
    return raw.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def _export(what: str, data: Path, out: Path, names: bool) -> str:
    argv = ["export", what, "--data-dir", str(data), "--out", str(out)]
    argv += ["--meeting", AS_OF] if what == "one-to-one" else ["--as-of", AS_OF]
    if not names:
        argv.append("--no-names")
    assert cli.main(argv) == 0
    return _ics_text(out) if what == "ics" else _pdf_text(out)


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The demo council with names everywhere, written once for every test here."""
    data = tmp_path_factory.mktemp("named-council")
    return data, _build(data)


@pytest.mark.parametrize("what", [*PDFS, "ics"])
def test_no_names_export_names_nobody(
    what: str, council: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """With --no-names, no one the store has held (deleted contacts included) can be found
    by full name, first name or surname; with names, the same export does name them.
    """
    data, names = council
    suffix = ".ics" if what == "ics" else ".pdf"
    named = _export(what, data, tmp_path / f"named{suffix}", names=True)
    assert len(_leaks(named, names, "Northmoor Council")) > 5
    assert DELETED in re.sub(r"\s+", " ", named)
    shared = _export(what, data, tmp_path / f"shared{suffix}", names=False)
    assert _leaks(shared, names, "Northmoor Council") == set()
    assert "Annual review booked" in re.sub(r"\s+", " ", shared)
