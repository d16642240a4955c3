"""Schema migrations: the models match the revisions, and upgrades keep every row."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dass_desktop.paths import DataPaths
from dass_desktop.store import migrations, open_store
from dass_desktop.store.database import current_revision
from dass_desktop.store.models import Base
from dass_desktop.store.search_index import is_index_table
from tests.fixtures.make_fixture_db import fill, snapshot

FIXTURE_DBS = sorted((Path(__file__).parent.parent / "fixtures" / "databases").glob("*.sqlite3"))


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrations.alembic_config())  # type: ignore[arg-type]


def test_known_revisions_match_the_scripts() -> None:
    """The revision list kept for fast start-up is exactly the scripts' chain, in order."""
    chain = [rev.revision for rev in reversed(list(_scripts().walk_revisions()))]
    assert tuple(chain) == migrations.KNOWN_REVISIONS
    assert _scripts().get_current_head() == migrations.HEAD


def test_head_matches_the_models(store) -> None:  # type: ignore[no-untyped-def]
    """Autogenerate finds no difference between a migrated database and the models."""
    with store.engine.connect() as con:
        context = MigrationContext.configure(
            con,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: (
                    kind != "table" or not is_index_table(name)
                ),
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_every_earlier_revision_has_a_fixture() -> None:
    """Each revision but the newest has a fixture database saved before the next was added."""
    have = {p.stem for p in FIXTURE_DBS}
    assert set(migrations.KNOWN_REVISIONS[:-1]) <= have
    assert have <= set(migrations.KNOWN_REVISIONS)


@pytest.mark.parametrize("fixture", FIXTURE_DBS, ids=lambda p: p.stem)
def test_upgrade_keeps_data(fixture: Path, data_paths: DataPaths) -> None:
    """A database saved at an earlier revision opens at head with every row intact."""
    expected = json.loads(fixture.with_suffix(".json").read_text())
    data_paths.ensure()
    shutil.copy(fixture, data_paths.database)
    assert current_revision(data_paths.database) == fixture.stem
    with open_store(data_paths) as store:
        assert store.revision() == migrations.HEAD
    after = snapshot(data_paths.database)
    for table, rows in expected.items():
        assert len(after[table]) == len(rows), f"rows lost from {table}"
        for old, new in zip(rows, after[table], strict=True):
            assert {k: new[k] for k in old} == old, f"values changed in {table}"
    if fixture.stem != migrations.HEAD:
        assert any(data_paths.backups.glob("*before-upgrade*")), "no backup before upgrading"


WORKFORCE_TABLES = {
    "workforce_scope",
    "workforce_value",
    "workforce_target",
    "comparator_council",
    "comparator_value",
    "diversity_figure",
    "import_mapping",
}


def test_fixture_fill_writes_every_workforce_table(store) -> None:  # type: ignore[no-untyped-def]
    """fill() puts a row in every workforce table, so the next fixture can prove upgrades
    keep them.
    """
    fill(store)
    tables = snapshot(store.paths.database)
    assert set(tables) >= WORKFORCE_TABLES
    assert [t for t in sorted(WORKFORCE_TABLES) if not tables[t]] == []


NEW_IN_0009 = {
    "recognition",
    "award_round",
    "award_category",
    "award_nomination",
    "development_record",
    "development_action",
    "development_link",
    "wellbeing_checkin",
    "journal_entry",
}


def test_upgrade_from_0007_adds_recognition_and_development(data_paths: DataPaths) -> None:
    """The 0007 fixture opens at head with the new tables empty and ready, its rows kept,
    and they take a recognition of a team the fixture already held.
    """
    import datetime as dt

    from dass_desktop.domain import recognition_store, team_store
    from dass_desktop.domain.recognition_terms import RecognitionDraft, WhoKind

    fixture = Path(__file__).parent.parent / "fixtures" / "databases" / "0007.sqlite3"
    data_paths.ensure()
    shutil.copy(fixture, data_paths.database)
    with open_store(data_paths) as store:
        tables = snapshot(store.paths.database)
        assert {t for t in NEW_IN_0009 if tables.get(t) == []} == NEW_IN_0009
        team = team_store.list_teams(store)[0]
        recognition_store.add_recognition(
            store,
            RecognitionDraft(dt.date(2026, 11, 26), WhoKind.TEAM, "Thanks", who_id=team.id),
            dt.date(2026, 11, 26),
        )
        assert [r.who for r in recognition_store.list_recognitions(store)] == [team.name]


def test_fixture_fill_writes_every_new_table(store) -> None:  # type: ignore[no-untyped-def]
    """fill() puts a row in every table revision 0009 added, for the next fixture."""
    fill(store)
    tables = snapshot(store.paths.database)
    assert [t for t in sorted(NEW_IN_0009) if not tables[t]] == []
