"""The cycle collector is held off while a page is first built, and always comes back."""

from __future__ import annotations

import gc

import pytest
from pytestqt.qtbot import QtBot

from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.quiet_gc import collector_held
from tests.conftest import TODAY


def test_collector_held_inside_and_back_after_even_on_error() -> None:
    """Inside the block no cycle collection runs; after it, even after an error, it does."""
    seen: list[bool] = []

    def held_then_fails() -> None:
        with collector_held():
            seen.append(gc.isenabled())
            with collector_held():
                seen.append(gc.isenabled())
            seen.append(gc.isenabled())  # the inner block leaves it to the outer
            raise RuntimeError

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        held_then_fails()
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_first_visit_builds_the_page_with_the_collector_held(qtbot: QtBot, store: Store) -> None:
    """A page's first building runs with the collector off; it is on again once shown."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    seen: list[bool] = []
    original = window._page

    def watched(name: str):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return original(name)

    window._page = watched  # type: ignore[method-assign]
    window.show_page(1)
    assert seen == [False]
    assert gc.isenabled()
    window.show_page(0)
    window.show_page(1)  # built already: nothing to hold off for
    assert seen == [False]
    assert gc.isenabled()
