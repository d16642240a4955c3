"""The Visits log's From and To boxes: a whole typed date, and empty for any date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import engagement_store
from dass_desktop.store import Store
from dass_desktop.ui.date_field import TypedDateEdit
from tests.ui.test_visits_page import open_page, shown


def _type_into(qtbot: QtBot, edit: TypedDateEdit, text: str) -> None:
    """Tab into ``edit`` as a keyboard user would, type ``text`` and Tab on."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(5)  # the box selects its whole text once Qt has placed the cursor
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["01/10/2026", "1 Oct 2026", "2026-10-01"])
def test_a_whole_typed_date_filters_the_log(qtbot: QtBot, store: Store, typed: str) -> None:
    """01/10/2026, 1 Oct 2026 and 2026-10-01 each give 1 October 2026 as the From date."""
    window, page = open_page(qtbot, store)
    everything = len(shown(page))
    assert page.ui.fromEdit.chosen() is None
    assert page.ui.fromEdit.text() == "any date"
    _type_into(qtbot, page.ui.fromEdit, typed)
    assert page.ui.fromEdit.chosen() == dt.date(2026, 10, 1)
    assert page.ui.fromEdit.text() == "01/10/2026"
    rows = shown(page)
    assert 0 < len(rows) < everything
    assert all(r.occurred_on >= dt.date(2026, 10, 1) for r in rows)
    window.close()


def test_emptying_a_box_goes_back_to_any_date(qtbot: QtBot, store: Store) -> None:
    """From and To typed narrow the log; Delete empties a box, which then means any date."""
    window, page = open_page(qtbot, store)
    everything = len(engagement_store.list_engagements(store))
    _type_into(qtbot, page.ui.fromEdit, "1 Oct 2026")
    _type_into(qtbot, page.ui.toEdit, "31/10/2026")
    assert page.ui.toEdit.chosen() == dt.date(2026, 10, 31)
    october = shown(page)
    assert october
    assert all(dt.date(2026, 10, 1) <= r.occurred_on <= dt.date(2026, 10, 31) for r in october)
    page.ui.toEdit.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.wait(5)
    qtbot.keyClick(page.ui.toEdit, Qt.Key.Key_Delete)
    qtbot.keyClick(page.ui.toEdit, Qt.Key.Key_Tab)
    assert page.ui.toEdit.chosen() is None
    assert page.ui.toEdit.text() == "any date"
    assert all(r.occurred_on >= dt.date(2026, 10, 1) for r in shown(page))
    assert len(shown(page)) > len(october)
    page.ui.fromEdit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(5)
    qtbot.keyClick(page.ui.fromEdit, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.ui.fromEdit, Qt.Key.Key_Tab)
    assert page.ui.fromEdit.chosen() is None
    assert len(shown(page)) == everything
    window.close()


@pytest.mark.parametrize(("typed", "day"), [("2026-10-31", 31), ("2026-10-3", 3)])
def test_a_date_typed_key_by_key_is_not_tidied_half_way(
    qtbot: QtBot, store: Store, typed: str, day: int
) -> None:
    """2026-10-3 is a date already, but typing on to 2026-10-31 must give the 31st; left at
    2026-10-3, the box reads 03/10/2026 once the director moves on.
    """
    window, page = open_page(qtbot, store)
    _type_into(qtbot, page.ui.toEdit, typed)
    assert page.ui.toEdit.chosen() == dt.date(2026, 10, day)
    assert page.ui.toEdit.text() == f"{day:02d}/10/2026"
    assert all(r.occurred_on <= dt.date(2026, 10, day) for r in shown(page))
    window.close()


def test_nonsense_puts_back_what_was_there(qtbot: QtBot, store: Store) -> None:
    """Text that is no date leaves the box as it was (any date), the log unfiltered."""
    window, page = open_page(qtbot, store)
    everything = len(shown(page))
    _type_into(qtbot, page.ui.fromEdit, "32/13/2026")
    assert page.ui.fromEdit.chosen() is None
    assert page.ui.fromEdit.text() == "any date"
    assert len(shown(page)) == everything
    assert "any date" in page.ui.fromEdit.toolTip()
    window.close()
