"""The six-month plan's section on celebrating success and development: the counts and
themes the log holds, highlights without names when asked, and never the journal.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from dass_desktop.domain.narrative import PlanKind
from dass_desktop.reports.plans import PAGE_BUDGET, export_plan
from dass_desktop.store import Store
from tests.conftest import TODAY
from tests.fixtures.make_fixture_db import fill


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_six_month_plan_counts_recognition_and_development(store: Store, tmp_path: Path) -> None:
    """The section counts the thanks (deleted ones not), teams thanked, the award round and
    the development record; highlights name the mentor only with names on; no journal text.
    """
    fill(store)
    named = export_plan(store, PlanKind.SIX_MONTH, tmp_path / "six.pdf", TODAY)
    text = _text(named)
    assert len(PdfReader(named).pages) <= PAGE_BUDGET[PlanKind.SIX_MONTH]
    assert "Celebrating success and my development" in text
    assert "2 thanks and shout-outs logged; 1 of 2 teams thanked" in text
    assert "fixture theme (1)" in text
    assert "Fixture awards: 2 nominations, 1 category, 1 winner" in text
    assert "1 360-degree feedback round (1 of 2 actions done)" in text
    assert "Mentor session with Fixture Mentor (trying: Fixture will try)" in text
    assert "Fixture private" not in text
    assert "journal" not in text.casefold()
    hidden = _text(export_plan(store, PlanKind.SIX_MONTH, tmp_path / "nn.pdf", TODAY, names=False))
    assert "Fixture Mentor" not in hidden
    assert "05 Oct: Mentor session (trying:" in hidden  # "Fixture" is a known name here
    hundred = _text(export_plan(store, PlanKind.HUNDRED_DAY, tmp_path / "100.pdf", TODAY))
    assert "Celebrating success" not in hundred
