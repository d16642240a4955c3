"""The printed plans and the briefing, read back with a PDF text extractor."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from dass_desktop.demo import write_demo
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.narrative import PlanKind, Section, save_section
from dass_desktop.domain.overview_rules import phases_of
from dass_desktop.domain.overview_store import Overview
from dass_desktop.paths import DataPaths
from dass_desktop.reports.plans import PAGE_BUDGET, ExportFailed, export_one_to_one, export_plan
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY

HEADINGS = {
    PlanKind.HUNDRED_DAY: [
        "100-day plan: at a glance",
        "Where we are",
        "Decisions needed from the chief executive",
        "What I am asking for",
        "Top risks",
        "Workforce headlines",
        "Next three milestones",
        "Progress",
        "Progress by theme",
        "Actions by phase",
        "Days 1–30",
        "Days 31–100",
        "What I have heard",
        "Themes heard most often",
        "You said, we did",
        "Workforce",
        "Teams: strengths and gaps",
        "Key gaps and mitigations",
        "Risks, decisions and asks",
        "Coming up in the next 30 days",
    ],
}
HEADINGS[PlanKind.SIX_MONTH] = [
    "Six-month plan: at a glance",
    "Contents",
    *HEADINGS[PlanKind.HUNDRED_DAY][1:],
    "Days 101–183",
    "Milestones by month",
    "Longer-term changes",
    "Stakeholder map",
    "Key to the map",
    "Trends against England",
    "Supervision and appraisal by team",
]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo council, written once for every test here."""
    from dass_desktop import paths

    data = paths.resolve(tmp_path_factory.mktemp("demo"))
    store = open_store(data)
    write_demo(store, TODAY)
    yield store
    store.close()


def pages_of(path: Path) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("kind", list(PlanKind), ids=lambda k: k.value)
def test_demo_plan_pdf(kind: PlanKind, demo_store: Store, tmp_path: Path) -> None:
    """Every heading, the marking twice and 'Page X of N' on every page, A4, within the page
    budget, and a front page that says where the director is and what could go wrong.
    """
    out = export_plan(demo_store, kind, tmp_path / "plan.pdf", TODAY)
    reader = PdfReader(out)
    pages = pages_of(out)
    text = "\n".join(pages)
    for heading in HEADINGS[kind]:
        assert heading in text, heading
    assert len(pages) <= PAGE_BUDGET[kind]
    for number, page_text in enumerate(pages, start=1):
        assert page_text.count("OFFICIAL-SENSITIVE") == 2, f"marking on page {number}"
        assert f"Page {number} of {len(pages)}" in page_text
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    front = pages[0]
    overview = Overview(demo_store, TODAY)
    progress = overview.progress(phases_of(kind))
    late = overview.overdue(phases_of(kind))
    assert f"{progress.percent}% done ({progress.done} of {progress.applicable})" in front
    assert f"{len(late)} overdue" in front
    assert "Day 67 of 183" in front
    last = overview.last_one_to_one  # the demo's last one-to-one kept on its page
    assert last == dt.date(2026, 11, 12)
    assert f"What has changed since the last one-to-one on {long_date(last)}" in front
    assert "Support for a shared AMHP" in front  # an ask, from the register
    assert "Vacancy rate" in front
    assert "Supervision in date" in front
    assert "Alex Morgan" in text
    assert reader.metadata is not None
    assert reader.metadata.title == f"{kind.title}: Northmoor Council"
    assert reader.metadata.author == "Alex Morgan"
    assert "Director of Adult Social Services" in (reader.metadata.subject or "")
    if kind is PlanKind.SIX_MONTH:
        contents = pages[1]
        assert "Contents" in contents
        assert not re.search(r"Contents\s*\.+\s*\d", contents), "the contents list themselves"


def test_decisions_and_risks_lead_the_front_page(store_with_profile: Store, tmp_path: Path) -> None:
    """Decisions and risks written one per line reach page 1, risks with owner and trend,
    bounded to the top five with a count of the rest.
    """
    store = store_with_profile
    kind = PlanKind.HUNDRED_DAY
    save_section(store, kind, Section.DECISIONS, "- Approve the shared AMHP rota\n- Fund two posts")
    risks = "\n".join(f"Risk number {n} | Head of service {n} | rising" for n in range(1, 9))
    save_section(store, kind, Section.RISKS, risks)
    front = pages_of(export_plan(store, kind, tmp_path / "p.pdf", TODAY))[0]
    assert "Approve the shared AMHP rota" in front
    assert "Fund two posts" in front
    assert "Risk number 5 Head of service 5 Rising" in front
    assert "Risk number 6" not in front
    assert "And 3 more risks in the plan." in front


def test_no_names_uses_roles(demo_store: Store, tmp_path: Path) -> None:
    """With names left out, the director and chief executive are shown by role, and the
    metadata names nobody.
    """
    for kind in PlanKind:
        out = export_plan(demo_store, kind, tmp_path / f"{kind.value}.pdf", TODAY, names=False)
        text = "\n".join(pages_of(out))
        for name in ("Alex", "Morgan", "Priya", "Shah"):
            assert not re.search(rf"\b{name}\b", text), name
        assert "Director of Adult Social Services" in text
        reader = PdfReader(out)
        assert reader.metadata is not None
        assert "Morgan" not in str(dict(reader.metadata))


@pytest.mark.parametrize("kind", list(PlanKind), ids=lambda k: k.value)
def test_empty_database_gives_valid_pdf_with_sentences(
    kind: PlanKind, store: Store, tmp_path: Path
) -> None:
    """A new, empty database still makes a valid plan that says what is missing."""
    out = export_plan(store, kind, tmp_path / "empty.pdf", TODAY)
    text = "\n".join(pages_of(out))
    assert "No plan items yet" in text
    assert "No visits logged yet." in text
    assert "Not written yet." in text
    assert "None written yet" in text
    assert "No risks written yet" in text
    assert "No teams recorded yet." in text
    assert "No workforce figures entered yet." in text
    if kind is PlanKind.SIX_MONTH:
        assert "No stakeholders recorded yet." in text
    assert "Page 1 of" in text


def test_as_of_makes_output_reproducible(demo_store: Store, tmp_path: Path) -> None:
    """Two exports of the same data for the same date have the same text."""
    first = export_plan(demo_store, PlanKind.SIX_MONTH, tmp_path / "a.pdf", TODAY)
    second = export_plan(demo_store, PlanKind.SIX_MONTH, tmp_path / "b.pdf", TODAY)
    assert pages_of(first) == pages_of(second)
    later = export_plan(
        demo_store, PlanKind.SIX_MONTH, tmp_path / "c.pdf", TODAY + dt.timedelta(days=7)
    )
    assert pages_of(later) != pages_of(first)


def test_streams_are_compressed_binary_not_spelled_out_in_ascii85(
    demo_store: Store, tmp_path: Path
) -> None:
    """Every stream of the six-month plan (its pages, fonts and chart pictures) is written
    compressed and binary, as PDFs usually carry them, with none spelled out in ASCII85
    text; and each still reads back (every page's text, every picture's pixels).
    """
    path = export_plan(demo_store, PlanKind.SIX_MONTH, tmp_path / "plan.pdf", TODAY)
    raw = path.read_bytes()
    assert b"/FlateDecode" in raw
    assert b"ASCII85Decode" not in raw
    reader = PdfReader(path)
    pictures = [image for page in reader.pages for image in page.images]
    assert pictures  # hatched charts go in as pictures
    assert all(picture.image is not None and picture.image.size[0] > 100 for picture in pictures)
    assert all(page.extract_text().strip() for page in reader.pages)


def test_failed_export_is_a_sentence_and_leaves_no_file(demo_store: Store, tmp_path: Path) -> None:
    """If the PDF cannot be written, the error is one sentence and nothing is left behind."""
    target = tmp_path / "folder-not-file"
    target.mkdir()
    with pytest.raises(ExportFailed, match="is a folder"):
        export_plan(demo_store, PlanKind.HUNDRED_DAY, target, TODAY)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportFailed, match="could not be written"):
        export_plan(demo_store, PlanKind.HUNDRED_DAY, blocker / "plan.pdf", TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "folder-not-file"]


def test_appendix_lists_everything(demo_store: Store, tmp_path: Path) -> None:
    """The appendix follows the plan and lists every item, gap, contact and visit."""
    plain = pages_of(export_plan(demo_store, PlanKind.HUNDRED_DAY, tmp_path / "a.pdf", TODAY))
    full = pages_of(
        export_plan(demo_store, PlanKind.HUNDRED_DAY, tmp_path / "b.pdf", TODAY, appendix=True)
    )
    assert len(full) > len(plain)
    appendix = " ".join(full[len(plain) - 1 :])
    for title in ("every plan item", "every gap", "every contact", "every visit"):
        assert f"Appendix: {title}" in appendix
    overview = Overview(demo_store, TODAY)
    for row in overview.plan_rows(phases_of(PlanKind.HUNDRED_DAY)):
        assert " ".join(row.title.split())[:40] in appendix, row.title


def test_export_command(tmp_path: Path, data_paths: DataPaths) -> None:
    """`dass-desktop export` writes the PDF headless, with --as-of, --no-names and --appendix;
    misuse is a usage error and a missing database a plain failure.
    """
    from tests.test_cli import run

    data = str(tmp_path / "demo")
    assert run("demo", "--data-dir", data, "--as-of", "2026-11-26").returncode == 0
    out = tmp_path / "hundred.pdf"
    result = run(
        "export", "100-day", "--data-dir", data, "--out", str(out), "--as-of", "2026-11-26",
        "--no-names", "--appendix",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = "\n".join(pages_of(out))
    assert "Day 67 of 183" in text
    assert "Morgan" not in text
    assert "Appendix: every visit" in text
    bad = run("export", "100-day", "--data-dir", data, "--out", str(tmp_path / "x.txt"))
    assert bad.returncode == 2
    wrong = run("export", "ics", "--data-dir", data, "--out", str(tmp_path / "x.ics"), "--appendix")
    assert wrong.returncode == 2
    assert "--appendix" in wrong.stderr
    missing = run("export", "six-month", "--data-dir", str(tmp_path / "none"), "--out", str(out))
    assert missing.returncode == 1
    assert "no database" in missing.stderr
    folder = run("export", "six-month", "--data-dir", data, "--out", str(tmp_path))
    assert folder.returncode in (1, 2)
    assert "Traceback" not in folder.stderr


def test_one_to_one_briefing(demo_store: Store, tmp_path: Path) -> None:
    """The briefing is the meeting pack: the front page, then the next meeting's agenda with
    carried points marked, commitments both ways with the overdue ones, the ledger, the risks
    needing attention and the decisions and asks, in at most four pages.
    """
    out = export_one_to_one(demo_store, tmp_path / "brief.pdf", TODAY)
    pages = pages_of(out)
    text = " ".join(pages)
    assert len(pages) <= PAGE_BUDGET["One-to-one briefing"] == 4
    for heading in (
        "One-to-one briefing: at a glance",
        "Agenda: Chief executive, 3 Dec 2026",
        "(carried forward",
        "Commitments both ways",
        "What we agreed success looks like",
        "Risks needing attention",
        "Decisions and asks",
    ):
        assert heading in text
    assert "Overdue" in text
    assert "Day 67 of 183" in text
    assert "Page 1 of" in text
    later = export_one_to_one(demo_store, tmp_path / "later.pdf", TODAY + dt.timedelta(days=60))
    later_text = " ".join(pages_of(later))
    assert "Day 127 of 183" in later_text
    assert "Support for a shared AMHP" in later_text  # the register's ask


def test_one_to_one_command(tmp_path: Path) -> None:
    """`export one-to-one --meeting` writes the briefing; --meeting with a plan is a usage
    error.
    """
    from tests.test_cli import run

    data = str(tmp_path / "demo")
    assert run("demo", "--data-dir", data, "--as-of", "2026-11-26").returncode == 0
    out = tmp_path / "brief.pdf"
    result = run(
        "export", "one-to-one", "--data-dir", data, "--out", str(out), "--meeting", "2026-11-30"
    )
    assert result.returncode == 0, result.stderr
    assert "One-to-one briefing" in " ".join(pages_of(out))
    wrong = run(
        "export", "100-day", "--data-dir", data, "--out", str(out), "--meeting", "2026-11-30"
    )
    assert wrong.returncode == 2
