"""The one-to-one pack read back from the PDF: agenda, commitments, ledger, risks and asks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from dass_desktop.domain import ledger_store, meeting_store, register_store, stakeholder_store
from dass_desktop.domain.contact_terms import Category as ContactCategory
from dass_desktop.domain.meeting_terms import Direction, ExpectationStatus, ProposedPoint
from dass_desktop.domain.register_terms import Category, EntryDraft, EntryKind
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.reports.plans import ONE_TO_ONE, PAGE_BUDGET, export_one_to_one
from dass_desktop.store import Store

TODAY = dt.date(2026, 11, 26)
NAMES = ("Priya", "Raman", "Jordan", "Ellis", "Sam Taylor")


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _council(store: Store) -> None:
    stakeholder_store.add_stakeholder(
        store,
        StakeholderDraft(
            name="Priya Raman", category=ContactCategory.COUNCIL_LEADERSHIP, role="Head of Finance"
        ),
        TODAY,
    )
    first, _ = meeting_store.add_meeting(store, dt.date(2026, 10, 29), attendees="Jordan Ellis")
    meeting_store.add_points(store, first, [ProposedPoint("Winter pressures with Priya", "")])
    meeting_store.add_commitment(
        store, first, Direction.MINE, "Send Priya Raman the savings plan", dt.date(2026, 11, 10)
    )
    meeting_store.add_commitment(
        store, first, Direction.THEIRS, "Jordan Ellis to brief the leader", dt.date(2026, 11, 12)
    )
    ledger_store.agree(store, dt.date(2026, 10, 1), "A balanced budget", "Outturn", None)
    register_store.add_entry(
        store,
        EntryDraft(
            "Homecare market fragile",
            Category.CARE_MARKET,
            likelihood=4,
            impact=5,
            owner="Priya Raman",
        ),
        TODAY,
    )
    register_store.add_entry(
        store,
        EntryDraft("Approve the agency cap", Category.WORKFORCE, kind=EntryKind.DECISION),
        TODAY,
    )
    register_store.add_entry(
        store, EntryDraft("Fund two AMHP posts", Category.STATUTORY, kind=EntryKind.ASK), TODAY
    )
    second, _ = meeting_store.add_meeting(store, dt.date(2026, 12, 3))
    from dass_desktop.domain import meeting_agenda

    meeting_store.add_points(store, second, meeting_agenda.propose_for(store, second, TODAY))
    ledger_store.change(
        store,
        1,
        dt.date(2026, 11, 20),
        "Overspend held under £1m",
        "Outturn",
        None,
        ExpectationStatus.AT_RISK,
    )


def test_pack_holds_carried_points_overdue_both_ways_decisions_and_asks(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """The pack names the carried point, both overdue commitments, the decision and the ask."""
    _council(store_with_profile)
    out = export_one_to_one(store_with_profile, tmp_path / "pack.pdf", TODAY)
    pages = PdfReader(out).pages
    assert len(pages) <= PAGE_BUDGET[ONE_TO_ONE] == 4
    words = _text(out)
    assert "Winter pressures with Priya (carried forward once)" in words
    assert "Send Priya Raman the savings plan" in words
    assert "Jordan Ellis to brief the leader" in words
    assert words.count("Overdue") >= 2
    assert "Approve the agency cap" in words
    assert "Fund two AMHP posts" in words
    assert "Overspend held under £1m" in words
    assert "A balanced budget" in words
    assert "Homecare market fragile" in words


def test_pack_without_names_names_no_one(store_with_profile: Store, tmp_path: Path) -> None:
    """With no names, no person's name is left anywhere in the pack."""
    _council(store_with_profile)
    out = export_one_to_one(store_with_profile, tmp_path / "pack.pdf", TODAY, names=False)
    words = _text(out)
    assert "Send" in words
    assert "savings plan" in words
    for name in NAMES:
        assert name not in words, name
