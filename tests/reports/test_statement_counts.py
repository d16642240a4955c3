"""No printed document reads the database row by row: building each sends as many SQL
statements on the demo council at three times its size as on the demo itself.

Counted with SQLAlchemy's ``before_cursor_execute``; nothing here is timed. A document whose
count grows with the data runs a query per row (or per team, per visit...) somewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.reports.plans import export_one_to_one, export_plan
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY

SCALES = (1, 3)
Writer = Callable[[Store, Path], object]
WRITERS: dict[str, Writer] = {
    "100-day plan": lambda store, out: export_plan(store, PlanKind.HUNDRED_DAY, out, TODAY),
    "six-month plan": lambda store, out: export_plan(store, PlanKind.SIX_MONTH, out, TODAY),
    "one-to-one pack": lambda store, out: export_one_to_one(store, out, TODAY),
}


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Store]]:
    """The demo council at each scale, written once for the module."""
    stores = {}
    for scale in SCALES:
        store = open_store(paths.resolve(tmp_path_factory.mktemp(f"scale-{scale}")))
        write_demo(store, TODAY, scale=scale)
        stores[scale] = store
    yield stores
    for store in stores.values():
        store.close()


def statements(store: Store, write: Writer, out: Path) -> int:
    """How many statements writing one document on ``store`` sends."""
    sent: list[str] = []

    def count(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        write(store, out)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(sent)


@pytest.mark.parametrize("what", list(WRITERS))
def test_each_document_sends_the_same_statements_at_any_size(
    what: str, demos: dict[int, Store], tmp_path: Path
) -> None:
    """Building the document on the demo at three times the size sends the demo's count."""
    small, large = (
        statements(demos[scale], WRITERS[what], tmp_path / f"{scale}.pdf") for scale in SCALES
    )
    assert small > 0  # it did read something
    assert large == small, f"{what}: {small} statements at scale 1, {large} at scale 3"
