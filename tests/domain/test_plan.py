"""Plan rules: phases, due dates, overdue, progress and RAG roll-up, with injected dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dass_desktop.domain import plan_rules, plan_store, plan_terms
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import Rag, Status
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from tests.conftest import TODAY

START = dt.date(2026, 9, 7)  # TODAY is day 81


@pytest.fixture
def theme(store: Store) -> int:
    """An empty theme of the director's own."""
    theme_id, _ = plan_store.add_theme(store, "Getting started")
    return theme_id


def test_phase_of_day() -> None:
    """Days 1-30, 31-100 and 101-183; days before the start count as the first phase."""
    assert Phase.of_day(-3) is Phase.FIRST_30
    assert Phase.of_day(30) is Phase.FIRST_30
    assert Phase.of_day(31) is Phase.TO_DAY_100
    assert Phase.of_day(101) is Phase.TO_MONTH_6


def test_due_date_rules() -> None:
    """Own date wins; else start + offset (day 1 = start); else the phase's last day."""
    own = dt.date(2026, 10, 2)
    assert plan_rules.due_on(Phase.FIRST_30, 10, own, START) == own
    assert plan_rules.due_on(Phase.FIRST_30, 10, None, START) == dt.date(2026, 9, 16)
    assert plan_rules.due_on(Phase.TO_DAY_100, None, None, START) == dt.date(2026, 12, 15)
    assert plan_rules.due_on(Phase.TO_DAY_100, 10, None, None) is None


def test_overdue_ignores_done_and_not_applicable() -> None:
    """Only open items past their due date are overdue; due today is not overdue."""
    yesterday = TODAY - dt.timedelta(days=1)
    assert plan_terms.is_overdue(Status.NOT_STARTED, yesterday, TODAY)
    assert plan_terms.is_overdue(Status.IN_PROGRESS, yesterday, TODAY)
    assert not plan_terms.is_overdue(Status.DONE, yesterday, TODAY)
    assert not plan_terms.is_overdue(Status.NOT_APPLICABLE, yesterday, TODAY)
    assert not plan_terms.is_overdue(Status.NOT_STARTED, TODAY, TODAY)
    assert not plan_terms.is_overdue(Status.NOT_STARTED, None, TODAY)


def test_progress_and_rag_rollup(store: Store, theme: int) -> None:
    """Progress counts done of applicable; the roll-up is the worst RAG of open items."""
    ids = [plan_store.add_item(store, theme_id=theme, title=f"Item {n}")[0] for n in range(5)]
    plan_store.update_item(store, ids[0], TODAY, status=Status.DONE, rag=Rag.RED)  # closed: ignored
    plan_store.update_item(store, ids[1], TODAY, status=Status.NOT_APPLICABLE)
    plan_store.update_item(store, ids[2], TODAY, rag=Rag.AMBER)
    plan_store.update_item(store, ids[3], TODAY, rag=Rag.GREEN, status=Status.IN_PROGRESS)
    rows = plan_store.list_items(store, START)
    progress = plan_rules.progress_of("All", rows)
    assert (progress.done, progress.applicable, progress.open_items) == (1, 4, 3)
    assert progress.percent == 25
    assert progress.rag is Rag.AMBER
    [by_theme] = plan_rules.progress_by_theme(rows)
    assert by_theme.title == "Getting started"


def test_progress_with_nothing_applicable() -> None:
    """No applicable items gives 0%, not a division by zero."""
    assert plan_rules.progress_of("Empty", []).percent == 0


def test_overdue_and_due_soon_lists(store: Store, theme: int) -> None:
    """Overdue longest first; due soon within 14 days, soonest first."""

    def add(title: str, due: dt.date) -> int:
        return plan_store.add_item(store, theme_id=theme, title=title, due_date=due)[0]

    late = add("Late", TODAY - dt.timedelta(days=9))
    later = add("Less late", TODAY - dt.timedelta(days=2))
    soon = add("Soon", TODAY + dt.timedelta(days=3))
    add("Far", TODAY + dt.timedelta(days=30))
    done = add("Done late", TODAY - dt.timedelta(days=20))
    plan_store.update_item(store, done, TODAY, status=Status.DONE)
    rows = plan_store.list_items(store, START)
    assert [r.id for r in plan_rules.overdue(rows, TODAY)] == [late, later]
    assert [r.id for r in plan_rules.due_soon(rows, TODAY)] == [soon]


def test_done_records_completion_and_reopen_clears_it(store: Store, theme: int) -> None:
    """Marking done sets the completed date; reopening clears it."""
    item, _ = plan_store.add_item(store, theme_id=theme, title="Meet the HR director")
    plan_store.toggle_done(store, item, TODAY)
    row = plan_store.get_item(store, item, START)
    assert row is not None
    assert row.status is Status.DONE
    assert row.completed_on == TODAY
    plan_store.toggle_done(store, item, TODAY + dt.timedelta(days=1))
    row = plan_store.get_item(store, item, START)
    assert row is not None
    assert row.status is Status.NOT_STARTED
    assert row.completed_on is None


def test_empty_title_refused_and_nothing_saved(store: Store, theme: int) -> None:
    """An empty title is refused with the field named; the item is unchanged."""
    item, _ = plan_store.add_item(store, theme_id=theme, title="Original")
    with pytest.raises(InvalidInput) as caught:
        plan_store.update_item(store, item, TODAY, title="   ", owner="Someone")
    assert caught.value.field == "title"
    row = plan_store.get_item(store, item, START)
    assert row is not None
    assert (row.title, row.owner) == ("Original", "")
    with pytest.raises(InvalidInput):
        plan_store.add_item(store, theme_id=theme, title="")


def test_due_date_questions() -> None:
    """Dates before the start, or over a year after it, are questioned."""
    assert plan_rules.due_date_question(START - dt.timedelta(days=1), START)
    assert plan_rules.due_date_question(START + dt.timedelta(days=366), START)
    assert plan_rules.due_date_question(START + dt.timedelta(days=100), START) is None


def test_findings_kept_intact(store: Store, theme: int) -> None:
    """Very long findings, emoji and Windows line endings are kept as plain text."""
    text = ("Staff said 🙂 supervision is patchy.\r\n" * 4000) + "End — with an em dash"
    item, _ = plan_store.add_item(store, theme_id=theme, title="Notes")
    plan_store.update_item(store, item, TODAY, findings=text)
    row = plan_store.get_item(store, item, START)
    assert row is not None
    assert row.findings == text.replace("\r\n", "\n")
    assert len(row.findings) > 100_000


def test_delete_then_restore_keeps_everything(store: Store, theme: int, tmp_path: Path) -> None:
    """A deleted item disappears; restoring brings it back with notes and evidence."""
    item, _ = plan_store.add_item(
        store, theme_id=theme, title="Audit supervision", findings="Half done"
    )
    audit = tmp_path / "audit.xlsx"
    audit.write_bytes(b"PK")
    plan_store.add_evidence(store, item, str(audit), TODAY)
    plan_store.delete_items(store, [item], dt.datetime(2026, 11, 26, 10))
    assert plan_store.get_item(store, item, START) is None
    plan_store.restore_items(store, [item])
    row = plan_store.get_item(store, item, START)
    assert row is not None
    assert row.findings == "Half done"
    assert row.evidence_count == 1


def test_move_item_reorders_within_theme(store: Store, theme: int) -> None:
    """Moving an item up swaps it with the one above; at the top it stays put."""
    a, _ = plan_store.add_item(store, theme_id=theme, title="A")
    b, _ = plan_store.add_item(store, theme_id=theme, title="B")
    assert plan_store.move_item(store, b, -1)
    assert [r.title for r in plan_store.list_items(store, START)] == ["B", "A"]
    assert not plan_store.move_item(store, b, -1)
    assert a


def test_add_action_creates_actions_theme_once(store: Store) -> None:
    """Actions from elsewhere land in one 'Actions arising' theme, phased by due date."""
    first, _ = plan_store.add_action(
        store, title="Fix rota", due_date=dt.date(2026, 9, 20), source="gap:1", start=START
    )
    second, _ = plan_store.add_action(
        store,
        title="Reply to team",
        due_date=dt.date(2027, 1, 10),
        source="engagement:2",
        start=START,
    )
    rows = {r.id: r for r in plan_store.list_items(store, START)}
    assert rows[first].theme_title == rows[second].theme_title == "Actions arising"
    assert rows[first].phase is Phase.FIRST_30
    assert rows[second].phase is Phase.TO_MONTH_6
    assert rows[first].source == "gap:1"
    assert len(plan_store.list_themes(store)) == 1


def test_recent_owners(store: Store, theme: int) -> None:
    """Owners typed before are offered, without blanks or repeats."""
    for owner in ("Head of HR", "Principal social worker", "Head of HR", ""):
        plan_store.add_item(store, theme_id=theme, title="x", owner=owner)
    assert sorted(plan_store.recent_owners(store)) == ["Head of HR", "Principal social worker"]


@pytest.mark.parametrize(
    "target",
    [
        "file:///etc/passwd",
        "smb://server/share/file.docx",
        "\\\\server\\share\\file.docx",
        "//server/share/file.docx",
        "javascript:alert(1)",
        "relative/path.xlsx",
        "/no/such/file.xlsx",
        "/tmp",
        "https://exa mple.org",
    ],
)
def test_evidence_refuses_what_the_system_opener_should_not_see(
    store: Store, theme: int, target: str
) -> None:
    """Only http, https and mailto addresses and existing regular files are evidence."""
    item, _ = plan_store.add_item(store, theme_id=theme, title="Audit")
    with pytest.raises(InvalidInput):
        plan_store.add_evidence(store, item, target, TODAY)
    assert plan_store.list_evidence(store, item) == []


def test_evidence_accepts_web_addresses_and_files(store: Store, theme: int, tmp_path: Path) -> None:
    """Web and mail addresses and a real file are kept; www. becomes https://www."""
    item, _ = plan_store.add_item(store, theme_id=theme, title="Audit")
    real = tmp_path / "report.pdf"
    real.write_bytes(b"%PDF")
    for target in ("https://example.org/a", "mailto:dass@example.org", "www.example.org", real):
        plan_store.add_evidence(store, item, str(target), TODAY)
    targets = [e.target for e in plan_store.list_evidence(store, item)]
    assert targets[2] == "https://www.example.org"
    assert targets[3] == str(real)
