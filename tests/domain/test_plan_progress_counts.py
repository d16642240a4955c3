"""Progress and overdue counts worked out in one pass over the items equal the rules as
they were written first, on the demo council at two sizes, whatever the mix of items.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import pytest

from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_store
from dass_desktop.domain.plan_rules import (
    count_overdue,
    overdue,
    progress_of,
    worst_rag,
)
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status, ThemeProgress
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.profile import load_profile
from dass_desktop.store import Store
from tests.conftest import TODAY


def _progress_as_written(title: str, rows: Sequence[PlanRow]) -> ThemeProgress:
    """Progress as the rule was first written: a list for each kind of item."""
    tasks = [r for r in rows if r.kind != PRACTICE_KIND]
    applicable = [r for r in tasks if r.status is not Status.NOT_APPLICABLE]
    done = sum(1 for r in applicable if r.status is Status.DONE)
    open_rows = [r for r in tasks if r.status.is_open]
    return ThemeProgress(
        title=title,
        done=done,
        applicable=len(applicable),
        open_items=len(open_rows),
        rag=worst_rag(r.rag for r in open_rows),
        rag_counts=tuple(
            (rag, n)
            for rag in sorted(Rag, key=lambda r: r.severity)
            if (n := sum(1 for r in open_rows if r.rag is rag))
        ),
    )


def _mixed(rows: list[PlanRow]) -> list[PlanRow]:
    """The rows with every status and rating (and none) spread over them, practices kept."""
    statuses, rags = list(Status), [*Rag, None]
    return [
        dataclasses.replace(r, status=statuses[i % 4], rag=rags[(i // 4) % 4]) if i % 3 else r
        for i, r in enumerate(rows)
    ]


@pytest.mark.parametrize("scale", [1, 3])
def test_progress_and_overdue_counts_equal_the_rules_as_written(store: Store, scale: int) -> None:
    """For the whole plan, each phase, each theme, no items and a mixed plan, progress is
    the same as before; the overdue count is the number of overdue items, on five dates.
    """
    write_demo(store, TODAY, scale=scale)
    profile = load_profile(store)
    rows = plan_store.list_items(store, profile.start_date if profile else None)
    assert any(r.kind == PRACTICE_KIND for r in rows)
    for plan in (rows, _mixed(rows), []):
        groups: dict[object, list[PlanRow]] = {"All": list(plan)}
        for r in plan:
            groups.setdefault(r.phase, []).append(r)
            groups.setdefault((r.phase, r.theme_id), []).append(r)
        for key, items in groups.items():
            assert progress_of(str(key), items) == _progress_as_written(str(key), items)
        for days in (-400, -30, 0, 45, 400):
            day = TODAY + dt.timedelta(days=days)
            assert count_overdue(plan, day) == len(overdue(plan, day))
    assert count_overdue(rows, TODAY) > 0
