"""The printed plans, read back with a PDF text extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from dass_desktop.demo import write_demo
from dass_desktop.domain import coverage, engagements, plan, stakeholders, teams
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.profile import load_profile
from dass_desktop.paths import DataPaths
from dass_desktop.reports.context import phases_of
from dass_desktop.reports.plans import export_plan
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY

HEADINGS = {
    PlanKind.HUNDRED_DAY: [
        "Summary",
        "Progress by theme",
        "Actions by phase",
        "Days 1–30",
        "Days 31–100",
        "Findings",
        "What I have heard",
        "Visits and meetings by kind",
        "Themes heard most often",
        "You said, we did",
        "Workforce snapshot",
        "Team strengths and gaps",
        "Risks and asks of the chief executive",
        "Next steps",
    ],
}
HEADINGS[PlanKind.SIX_MONTH] = [
    "Contents",
    *HEADINGS[PlanKind.HUNDRED_DAY],
    "Days 101–183",
    "Milestones by month",
    "Longer-term changes",
    "Stakeholder map",
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


def _pages(path: Path) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("kind", list(PlanKind), ids=lambda k: k.value)
def test_demo_plan_pdf(kind: PlanKind, demo_store: Store, tmp_path: Path) -> None:
    """Every heading, the marking and 'Page X of N' on every page, A4, the overdue count."""
    out = export_plan(demo_store, kind, tmp_path / "plan.pdf", TODAY)
    reader = PdfReader(out)
    pages = _pages(out)
    text = "\n".join(pages)
    for heading in HEADINGS[kind]:
        assert heading in text, heading
    for number, page_text in enumerate(pages, start=1):
        assert page_text.count("OFFICIAL-SENSITIVE") >= 2, f"marking missing on page {number}"
        assert f"Page {number} of {len(pages)}" in page_text
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    profile = load_profile(demo_store)
    assert profile is not None
    rows = plan.list_items(demo_store, profile.start_date)
    in_plan = [r for r in rows if r.phase in phases_of(kind)]
    assert f"Overdue items {len(plan.overdue(in_plan, TODAY))}" in text
    assert "Alex Morgan" in text and "Priya Shah" in text
    assert "Strengths and areas for development" in text
    if kind is PlanKind.HUNDRED_DAY:  # the trend chart's title, as searchable text
        assert "Vacancy rate: Whole department" in text
    else:
        assert "Trends against England" in text and "Turnover (12 months)" in text
    assert "not all council staff" in text or "not the council's own staff" in text
    assert ("Key gaps and mitigations" if kind is PlanKind.HUNDRED_DAY else "Gaps register") in text
    for words in ("Staff want to be heard", "What I need from the chief executive"):
        assert words in text  # the director's narrative and its headings
    if kind is PlanKind.HUNDRED_DAY:
        assert "Agreed with HR to advertise the two long-running acting" in text
    # What was heard: the same figures the app shows, worked out by the same functions.
    logged = engagements.list_engagements(demo_store)
    summary = coverage.heard_summary(
        logged, teams.list_teams(demo_store), profile.start_date, TODAY
    )
    assert f"Visits and meetings {summary.held} since 21 Sep 2026" in text
    assert f"Teams reached {summary.teams_reached} of {summary.teams_total} teams" in text
    assert summary.top_themes[0].theme in text
    assert "You said:" in text and "We did:" in text
    assert "Dana Okafor" in text  # a named owner, left in when names are allowed
    assert reader.metadata is not None
    assert reader.metadata.title == f"{kind.title}: Northmoor Council"
    assert reader.metadata.author == "Alex Morgan"
    assert "Director of Adult Social Services" in (reader.metadata.subject or "")


@pytest.mark.parametrize("kind", list(PlanKind), ids=lambda k: k.value)
def test_no_names_leaves_out_every_name(kind: PlanKind, demo_store: Store, tmp_path: Path) -> None:
    """With names left out, no name appears: not the director's, the chief executive's, nor
    any stakeholder's (each is shown by their role instead)."""
    out = export_plan(demo_store, kind, tmp_path / "plan.pdf", TODAY, names=False)
    text = "\n".join(_pages(out))
    for name in ("Alex", "Morgan", "Priya", "Shah"):
        assert name not in text
    from dass_desktop.domain.teams import list_teams

    for team in list_teams(demo_store):
        if team.manager:
            assert team.manager not in text, f"team manager {team.manager} named"
    assert "Director of Adult Social Services" in text
    people = stakeholders.list_stakeholders(demo_store, TODAY)
    assert len(people) > 50
    folded = text.casefold()
    assert [p.name for p in people if p.name.casefold() in folded] == []
    assert "A team manager" in text  # the owner, by a role shared with other managers
    assert "Team manager, Hospital Discharge Team" not in text  # one person in a small team
    reader = PdfReader(out)
    assert reader.metadata is not None and "Morgan" not in str(dict(reader.metadata))


@pytest.mark.parametrize("kind", list(PlanKind), ids=lambda k: k.value)
def test_empty_database_gives_valid_pdf_with_sentences(
    kind: PlanKind, store: Store, tmp_path: Path
) -> None:
    """A new, empty database still makes a valid plan that says what is missing."""
    out = export_plan(store, kind, tmp_path / "empty.pdf", TODAY)
    text = "\n".join(_pages(out))
    assert "No plan items yet" in text
    assert "No visits logged yet." in text
    assert "No findings recorded yet." in text
    assert "Not written yet." in text
    assert "No teams recorded yet." in text
    assert "No workforce figures entered yet." in text
    if kind is PlanKind.SIX_MONTH:
        assert "No stakeholders recorded yet." in text
    assert "Page 1 of" in text


def test_as_of_makes_output_reproducible(demo_store: Store, tmp_path: Path) -> None:
    """Two exports of the same data for the same date have the same text."""
    first = export_plan(demo_store, PlanKind.SIX_MONTH, tmp_path / "a.pdf", TODAY)
    second = export_plan(demo_store, PlanKind.SIX_MONTH, tmp_path / "b.pdf", TODAY)
    assert _pages(first) == _pages(second)
    later = export_plan(
        demo_store, PlanKind.SIX_MONTH, tmp_path / "c.pdf", TODAY + dt.timedelta(days=7)
    )
    assert _pages(later) != _pages(first)


def test_failed_export_leaves_no_file(demo_store: Store, tmp_path: Path) -> None:
    """If the PDF cannot be written, no half-written file is left behind."""
    target = tmp_path / "folder-not-file"
    target.mkdir()
    with pytest.raises(OSError):
        export_plan(demo_store, PlanKind.HUNDRED_DAY, target, TODAY)
    assert [p.name for p in tmp_path.iterdir()] == ["folder-not-file"]


def test_export_command(tmp_path: Path, data_paths: DataPaths) -> None:
    """`dass-desktop export` writes the PDF headless, with --as-of and --no-names."""
    from tests.test_cli import run

    data = str(tmp_path / "demo")
    assert run("demo", "--data-dir", data, "--as-of", "2026-11-26").returncode == 0
    out = tmp_path / "hundred.pdf"
    result = run(
        "export",
        "100-day",
        "--data-dir",
        data,
        "--out",
        str(out),
        "--as-of",
        "2026-11-26",
        "--no-names",
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(_pages(out))
    assert "Day 67 of 183" in text and "Morgan" not in text
    bad = run("export", "100-day", "--data-dir", data, "--out", str(tmp_path / "x.txt"))
    assert bad.returncode == 2
    missing = run("export", "six-month", "--data-dir", str(tmp_path / "none"), "--out", str(out))
    assert missing.returncode == 1 and "no database" in missing.stderr


def test_one_to_one_briefing(demo_store: Store, tmp_path: Path) -> None:
    """The one-to-one briefing has progress, the last month's work, risks, asks and next
    steps, dated for the meeting; after day 100 it uses the six-month plan's narrative."""
    from dass_desktop.reports.plans import export_one_to_one

    out = export_one_to_one(demo_store, tmp_path / "brief.pdf", TODAY)
    text = " ".join(_pages(out))
    for heading in (
        "One-to-one briefing",
        "Summary",
        "Done in the last 30 days",
        "Risks and asks of the chief executive",
        "Next steps",
    ):
        assert heading in text
    assert "Day 67 of 183" in text and "Page 1 of" in text
    assert "Agreed with HR to advertise the two long-running acting" in text  # 100-day words
    later = export_one_to_one(demo_store, tmp_path / "later.pdf", TODAY + dt.timedelta(days=60))
    later_text = " ".join(_pages(later))
    assert "Day 127 of 183" in later_text
    assert "Workforce plan and OD programme agreed by March" in later_text  # six-month words
    assert "Nothing was marked done in the last 30 days." in later_text


def test_one_to_one_command(tmp_path: Path) -> None:
    """`export one-to-one --meeting` writes the briefing; --meeting with a plan is a usage
    error."""
    from tests.test_cli import run

    data = str(tmp_path / "demo")
    assert run("demo", "--data-dir", data, "--as-of", "2026-11-26").returncode == 0
    out = tmp_path / "brief.pdf"
    result = run(
        "export", "one-to-one", "--data-dir", data, "--out", str(out), "--meeting", "2026-11-30"
    )
    assert result.returncode == 0, result.stderr
    assert "One-to-one briefing" in " ".join(_pages(out))
    wrong = run(
        "export", "100-day", "--data-dir", data, "--out", str(out), "--meeting", "2026-11-30"
    )
    assert wrong.returncode == 2
