"""Start-up seeds the shipped checklist without parsing it when the database says it holds it.

Seeding the shipped checklist records its mark (the file's checksum) in ``seeded_template``.
A start that finds the mark reads one row; one that does not parses the checklist, seeds
what is missing, and records the mark, so a database seeded before marks were kept pays once.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dass_desktop.domain import guidance
from dass_desktop.domain.guidance import (
    MARK_PREFIX,
    Templates,
    checklist_mark,
    seed_from_templates,
    templates,
)
from dass_desktop.domain.overview_sql_plan import needs_seeding, seeded_from
from dass_desktop.store import Store
from dass_desktop.ui.app import seed_checklist


@pytest.fixture
def parses() -> Iterator[list[str]]:
    """Each parse of checklist text made while the test runs."""
    made: list[str] = []
    real = guidance.parse_templates

    def counted(text: str) -> Templates:
        made.append(text)
        return real(text)

    guidance.templates.cache_clear()
    guidance.parse_templates = counted
    try:
        yield made
    finally:
        guidance.parse_templates = real
        guidance.templates.cache_clear()


def _new_process(parses: list[str]) -> None:
    """Forget the parsed checklist and the parses counted, as a new start of the app."""
    guidance.templates.cache_clear()
    parses.clear()


def _keys(store: Store) -> set[str]:
    return {row[0] for row in store.quick().execute("SELECT key FROM seeded_template")}


def test_seeding_the_shipped_checklist_records_its_mark(store: Store) -> None:
    """After the first seeding the mark is there, and nothing else is left to seed."""
    assert not seeded_from(store.quick(), checklist_mark())
    seed_from_templates(store)
    assert seeded_from(store.quick(), checklist_mark())
    assert checklist_mark().startswith(MARK_PREFIX)
    assert not needs_seeding(store.quick(), templates())


def test_a_checklist_of_its_own_records_no_mark(store: Store) -> None:
    """Seeding from other templates (a test's, an import's) says nothing of the shipped one."""
    shipped = templates()
    seed_from_templates(store, Templates(shipped.themes[:1], shipped.items[:1]))
    assert not any(key.startswith(MARK_PREFIX) for key in _keys(store))


def test_a_marked_start_does_not_parse_the_checklist(store: Store, parses: list[str]) -> None:
    """Once marked, starting again reads the mark and parses nothing; nothing changes."""
    seed_from_templates(store)
    before = _keys(store)
    _new_process(parses)
    seed_checklist(store)
    assert parses == []
    assert _keys(store) == before


def test_a_start_before_marks_were_kept_records_the_mark_once(
    store: Store, parses: list[str]
) -> None:
    """A database seeded whole by an earlier release gains the mark and nothing else."""
    seed_from_templates(store)
    store.quick().execute("SELECT 1")  # the plain connection, opened before the change
    with store.transaction() as session:
        from sqlalchemy import delete

        from dass_desktop.store.models import SeededTemplate

        session.execute(delete(SeededTemplate).where(SeededTemplate.key == checklist_mark()))
    earlier = _keys(store)
    _new_process(parses)
    seed_checklist(store)
    assert _keys(store) == earlier | {checklist_mark()}
    assert len(parses) == 1
    _new_process(parses)
    seed_checklist(store)
    assert parses == []


def test_a_changed_checklist_is_looked_at_again(store: Store, parses: list[str]) -> None:
    """A database marked for another checklist (an earlier release's) is checked afresh:
    the shipped items it lacks are seeded, and this checklist's mark recorded.
    """
    shipped = templates()
    seed_from_templates(store, Templates(shipped.themes, shipped.items[:-1]))
    with store.transaction() as session:
        from dass_desktop.store.models import SeededTemplate

        session.add(SeededTemplate(key=MARK_PREFIX + "00000000"))
    seed_checklist(store)
    assert shipped.items[-1].key in _keys(store)
    assert seeded_from(store.quick(), checklist_mark())


def test_a_database_that_lost_its_seeded_keys_adds_no_item_twice(store: Store) -> None:
    """With ``seeded_template`` emptied (a damaged or hand-edited file), the next start
    notes every planned item as seen and adds none again; the plan is as it was.
    """
    seed_from_templates(store)
    con = store.quick()
    items = con.execute("SELECT id, template_key FROM plan_item ORDER BY id").fetchall()
    with store.transaction() as session:
        from sqlalchemy import delete

        from dass_desktop.store.models import SeededTemplate

        session.execute(delete(SeededTemplate))
    seed_checklist(store)
    assert con.execute("SELECT id, template_key FROM plan_item ORDER BY id").fetchall() == items
    assert seeded_from(con, checklist_mark())
    assert not needs_seeding(con, templates())
