"""The 0008 upgrade turns the seeded behaviour tasks of a 0007 database into practices."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from dass_desktop.domain import plan_store, practice_store
from dass_desktop.domain.guidance import seed_from_templates, templates
from dass_desktop.domain.practice_terms import Cadence, LogKind, PracticeState
from dass_desktop.paths import DataPaths
from dass_desktop.store import open_store

FIXTURE = Path(__file__).parent.parent / "fixtures" / "databases" / "0007.sqlite3"
START = dt.date(2026, 9, 7)

# (template key, title, status, completed on, findings, deleted) as a 0007 user left them.
SEEDED = [
    ("visible.role-model", "Role-model the behaviour you expect, and set the tone", "done",
     "2026-10-02", "Thanked the night team in person", False),
    ("self.pace", "Set a sustainable pace for yourself and your teams", "in-progress", None,
     "Leaving by six on Fridays", False),
    ("self.calm", "When it feels like everything at once, step back and choose the next steps",
     "in-progress", None, "Stepped back after the CQC letter", False),
    ("teams.away-days", "Our spring away day", "not-started", None, "", False),
    ("culture.strengths-based", "Lead in a strengths-based way, as you expect practice to be",
     "not-started", None, "Deleted by the director", True),
    ("basics.structure", "Map the departmental structure", "done", "2026-09-28", "Chart", False),
]  # fmt: skip


def _prepare(data_paths: DataPaths) -> None:
    """Copy the 0007 fixture and seed behaviour tasks into it, as 0007 would have."""
    data_paths.ensure()
    shutil.copy(FIXTURE, data_paths.database)
    con = sqlite3.connect(data_paths.database)
    with con:
        theme = con.execute(
            "INSERT INTO theme (template_key, title, position) VALUES ('visible', 'Visible', 9)"
        ).lastrowid
        for key, title, status, done_on, findings, deleted in SEEDED:
            item = con.execute(
                "INSERT INTO plan_item (theme_id, template_key, kind, title, help, guidance_ref, "
                "phase, day_offset, status, owner, findings, completed_on, source, position, "
                "deleted_at) VALUES (?, ?, 'question', ?, 'old help', 'old ref', 'first-30', 30, "
                "?, 'Director', ?, ?, '', 1, ?)",
                (theme, key, title, status, findings, done_on,
                 "2026-11-01 10:00:00" if deleted else None),
            ).lastrowid  # fmt: skip
            con.execute("INSERT INTO seeded_template (key) VALUES (?)", (key,))
            if key in ("visible.role-model", "self.calm"):
                con.execute(
                    "INSERT INTO evidence_link (item_id, target, label, added_on) "
                    "VALUES (?, ?, 'note', '2026-10-02')",
                    (item, f"https://example.org/{key}"),
                )
    con.close()


def test_upgrade_turns_behaviour_tasks_into_practices(data_paths: DataPaths) -> None:
    """Notes, owner, evidence and a done date survive as the practice's own and its log."""
    _prepare(data_paths)
    today = dt.date(2026, 10, 20)
    with open_store(data_paths) as store:
        rows = {r.template_key: r for r in plan_store.list_items(store, START)}
        practices = {p.template_key: p for p in practice_store.list_practices(store, START, today)}
        role = practices["practice.role-model"]
        assert role.findings == "Thanked the night team in person"
        assert role.owner == "Director"
        assert role.title == templates().items[[i.key for i in templates().items].index(
            "practice.role-model")].title  # fmt: skip
        assert [(e.practised_on, e.kind) for e in role.log] == [
            (dt.date(2026, 10, 2), LogKind.DONE)
        ]
        assert role.state is PracticeState.KEPT_UP
        assert rows["practice.role-model"].evidence_count == 1
        assert rows["practice.role-model"].kind == "practice"
        pace = practices["practice.pace"]
        assert pace.findings.startswith("Leaving by six on Fridays\n\nFrom “When it feels")
        assert "Stepped back after the CQC letter" in pace.findings
        assert rows["practice.pace"].evidence_count == 1  # moved from the merged task
        assert "self.calm" not in rows  # folded into the pace practice
        away = practices["practice.away-days"]
        assert away.title == "Our spring away day"  # the director's own wording stays
        assert away.cadence is Cadence.QUARTERLY
        assert "practice.strengths-based" not in practices  # deleted, and stays deleted
        assert rows["basics.structure"].kind == "question"  # tasks stay tasks
        assert not {"visible.role-model", "self.pace", "teams.away-days"} & set(rows)
        # Seeding afterwards adds the practices this database never had, and nothing twice.
        seed_from_templates(store)
        after = [str(p.template_key) for p in practice_store.list_practices(store, START, today)]
        assert sorted(after) == sorted(
            ["practice.role-model", "practice.pace", "practice.away-days", "practice.celebrate",
             "practice.two-way"]
        )  # fmt: skip


def test_fixture_fill_writes_a_practice_and_its_log(store) -> None:  # type: ignore[no-untyped-def]
    """fill() writes a practice and log entries, so the next fixture carries them."""
    from tests.fixtures.make_fixture_db import fill, snapshot

    fill(store)
    tables = snapshot(store.paths.database)
    assert [r["kind"] for r in tables["plan_item"]].count("practice") == 1
    assert len(tables["practice_log"]) == 3
    assert any(r["engagement_id"] for r in tables["practice_log"])
