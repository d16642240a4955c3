"""A private journal entry's text never leaves the laptop by any export or the log.

Every PDF (read back with pypdf), the calendar, the JSON export by default and the log file
are searched for a distinctive phrase written only in a private entry. The JSON export with
private entries asked for is searched too, to show the search finds the phrase when it is
there.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from dass_desktop.cli import main as cli_main
from dass_desktop.domain import wellbeing_store
from dass_desktop.domain.wellbeing_terms import JournalDraft
from dass_desktop.store import Store
from tests.fixtures.make_fixture_db import fill

TODAY = dt.date(2026, 11, 26)
PHRASE = "Marmalade4417 lighthouse"
TITLE = "Quokka7731 doubts"


def _squashed(text: str) -> str:
    return "".join(text.split()).casefold()


def _never_holds(text: str) -> None:
    squashed = _squashed(text)
    assert _squashed(PHRASE) not in squashed
    assert "marmalade4417" not in squashed
    assert "quokka7731" not in squashed


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def journal_store(store: Store) -> Store:
    """The fixture's data with a private entry holding the phrase, and a shared one."""
    fill(store)
    wellbeing_store.add_entry(
        store, JournalDraft(TODAY, TITLE, f"Felt out of my depth. {PHRASE} again."), TODAY
    )
    wellbeing_store.add_entry(
        store, JournalDraft(TODAY, "Shared reflection", "Good week", private=False), TODAY
    )
    return store


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's logger writing everything, down to debug, to a file for the test."""
    path = tmp_path / "dass-desktop.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    logger = logging.getLogger("dass_desktop")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield path
    logger.removeHandler(handler)
    logger.setLevel(old_level)
    handler.close()


def _export(data: Path, what: str, out: Path, *extra: str) -> None:
    code = cli_main(
        ["export", what, "--data-dir", str(data), "--as-of", TODAY.isoformat(),
         "--out", str(out), *extra]
    )  # fmt: skip
    assert code == 0
    assert out.exists()


def test_no_export_or_log_carries_private_text(
    journal_store: Store, tmp_path: Path, log_file: Path
) -> None:
    """Every PDF (names on and off), the ICS, the JSON by default and the log leave the
    private phrase out; the JSON asked to include private entries has it.
    """
    data = journal_store.paths.root
    journal_store.close()
    pdfs: list[Path] = []
    for what in ("100-day", "six-month", "one-to-one", "awards"):
        for extra in ((), ("--no-names",)):
            out = tmp_path / f"{what}{'-nn' if extra else ''}.pdf"
            _export(data, what, out, *extra)
            pdfs.append(out)
    appendix = tmp_path / "six-month-appendix.pdf"
    _export(data, "six-month", appendix, "--appendix")
    pdfs.append(appendix)
    for pdf in pdfs:
        text = _pdf_text(pdf)
        assert text.strip(), f"{pdf.name} has no text to search"
        _never_holds(text)
    calendar = tmp_path / "calendar.ics"
    _export(data, "ics", calendar)
    _never_holds(calendar.read_text(encoding="utf-8"))
    default_json = tmp_path / "all.json"
    _export(data, "json", default_json)
    dumped = default_json.read_text(encoding="utf-8")
    _never_holds(dumped)
    assert "Shared reflection" in dumped  # entries not private still travel
    with_private = tmp_path / "with-private.json"
    _export(data, "json", with_private, "--include-private")
    assert PHRASE in with_private.read_text(encoding="utf-8")
    for handler in logging.getLogger("dass_desktop").handlers:
        handler.flush()
    _never_holds(log_file.read_text(encoding="utf-8"))


def test_include_private_goes_with_json_only(journal_store: Store, tmp_path: Path) -> None:
    """Asking to include private entries in a PDF is refused as a usage mistake."""
    data = journal_store.paths.root
    journal_store.close()
    code = cli_main(["export", "six-month", "--data-dir", str(data), "--include-private",
                     "--out", str(tmp_path / "x.pdf")])  # fmt: skip
    assert code == 2
    assert not (tmp_path / "x.pdf").exists()
