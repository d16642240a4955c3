"""The one-page awards sheet, read back: winners and reasons, names left out on request,
one page at any size, and a round that does not exist refused with a sentence.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from dass_desktop.cli import main as cli_main
from dass_desktop.domain import award_store, team_store
from dass_desktop.domain.award_terms import NominationDraft
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.reports.plans import ExportFailed, export_awards
from dass_desktop.store import Store
from tests.conftest import TODAY


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _round(store: Store, categories: int = 2, per_category: int = 3) -> int:
    hub, _ = team_store.add_team(
        store, TeamDraft("Adult Safeguarding Hub", ServiceArea.SAFEGUARDING)
    )
    round_id, _ = award_store.add_round(
        store, "Staff awards 2027", dt.date(2027, 1, 20), "Guildhall"
    )
    for number in range(categories):
        category, _ = award_store.add_category(store, round_id, f"Category {number + 1}")
        winner, _ = award_store.add_nomination(
            store,
            category,
            NominationDraft("team", team_id=hub, reason="Cleared the referral backlog in a month"),
        )
        award_store.set_winner(store, winner, True)
        for other in range(per_category):
            award_store.add_nomination(
                store,
                category,
                NominationDraft(
                    "person",
                    f"Priya Shah{other}" if other else "Priya Shah",
                    reason="Priya Shah kept the duty desk steady through the winter",
                ),
            )
    return round_id


def test_awards_sheet_names_and_no_names(store_with_profile: Store, tmp_path: Path) -> None:
    """The sheet names the round, each category's winner and reason, and those shortlisted;
    with names left out, the person is "A colleague" everywhere, reasons included.
    """
    _round(store_with_profile)
    named = export_awards(store_with_profile, tmp_path / "a.pdf", TODAY)
    text = _text(named)
    assert len(PdfReader(named).pages) == 1
    assert "Staff awards 2027" in text
    assert "Guildhall" in text
    assert "Adult Safeguarding Hub: Cleared the referral backlog in a month" in text
    assert "Priya Shah" in text
    assert text.count("Staff awards") >= 2  # the page header as well as the title
    hidden = _text(export_awards(store_with_profile, tmp_path / "b.pdf", TODAY, names=False))
    assert "Priya" not in hidden
    assert "Shah" not in hidden
    assert "A colleague" in hidden
    assert "Adult Safeguarding Hub" in hidden
    assert "Individuals are not named on this copy." in hidden


def test_awards_sheet_stays_on_one_page_at_any_size(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """Twenty categories of twelve nominations still fit one page, saying what was left."""
    _round(store_with_profile, categories=20, per_category=12)
    out = export_awards(store_with_profile, tmp_path / "big.pdf", TODAY)
    assert len(PdfReader(out).pages) == 1
    text = _text(out)
    assert "And 12 more categories" in text
    assert "and 6 more" in text


def test_unknown_round_is_refused_and_no_file_left(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """Asking for a round that does not exist says which exist, and writes nothing."""
    _round(store_with_profile)
    with pytest.raises(ExportFailed, match="Staff awards 2027"):
        export_awards(store_with_profile, tmp_path / "x.pdf", TODAY, which="Summer")
    assert not (tmp_path / "x.pdf").exists()
    data = store_with_profile.paths.root
    store_with_profile.close()
    out = tmp_path / "cli.pdf"
    args = ["export", "awards", "--data-dir", str(data), "--out", str(out)]
    assert cli_main([*args, "--round", "staff awards", "--no-names"]) == 0
    assert "A colleague" in _text(out)
    assert cli_main([*args, "--round", "Winter ball"]) == 1
