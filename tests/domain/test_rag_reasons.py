"""A theme's RAG roll-up says in words why it is the colour it is."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import plan_rules, plan_store
from dass_desktop.domain.plan_terms import Rag, Status
from dass_desktop.store import Store
from tests.conftest import TODAY

START = dt.date(2026, 9, 7)


@pytest.fixture
def theme(store: Store) -> int:
    """An empty theme of the director's own."""
    theme_id, _ = plan_store.add_theme(store, "Check the basics")
    return theme_id


def test_a_red_theme_says_how_many_open_items_are_red(store: Store, theme: int) -> None:
    """Red with most items done still says which open items made it Red, and that done
    items do not count, so 57% done showing Red is explained.
    """
    ids = [plan_store.add_item(store, theme_id=theme, title=f"Item {n}")[0] for n in range(6)]
    for done in ids[:3]:
        plan_store.update_item(store, done, TODAY, status=Status.DONE, rag=Rag.GREEN)
    plan_store.update_item(store, ids[3], TODAY, rag=Rag.RED)
    plan_store.update_item(store, ids[4], TODAY, rag=Rag.RED)
    plan_store.update_item(store, ids[5], TODAY, rag=Rag.AMBER)
    progress = plan_rules.progress_of("Check the basics", plan_store.list_items(store, START))
    assert progress.rag is Rag.RED
    assert progress.rag_reason.startswith("Red: 2 open items rated Red (also 1 Amber).")
    assert "done items do not count" in progress.rag_reason


def test_unrated_and_finished_themes_say_so(store: Store, theme: int) -> None:
    """No rating is not a colour: the reason says nothing is rated, or nothing is open."""
    first, _ = plan_store.add_item(store, theme_id=theme, title="Only item")
    progress = plan_rules.progress_of("All", plan_store.list_items(store, START))
    assert progress.rag is None
    assert progress.rag_reason == "None of the 1 open items has a RAG rating yet."
    plan_store.update_item(store, first, TODAY, status=Status.DONE, rag=Rag.RED)
    finished = plan_rules.progress_of("All", plan_store.list_items(store, START))
    assert finished.rag_reason == "No open items, so nothing to rate."
