"""The "Figures for" box lists every scope in the stored order and keeps the director's choice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QWidgetItem
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import scorecard, workforce_store
from dass_desktop.store import Store
from dass_desktop.ui.workforce_page import WorkforcePage
from tests.conftest import TODAY
from tests.ui.test_workforce_page import open_page


def _listed(page: WorkforcePage) -> list[str]:
    combo = page.ui.scopeCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_each_scope_is_listed_and_the_choice_outlives_a_refresh(qtbot: QtBot, store: Store) -> None:
    """On the demo council the box lists every scope by name in the stored order, each
    choice names its own scope's id and figures, and a change that refreshes the page (and
    its undo) keeps the scope chosen.
    """
    write_demo(store, TODAY)
    window, page = open_page(qtbot, store)
    scopes = scorecard.read_shared(store).scopes
    assert len(scopes) > 3
    assert _listed(page) == [s.name for s in scopes]
    assert page.scope_id() == scopes[0].id
    team = scopes[-1]
    page.ui.scopeCombo.setCurrentIndex(len(scopes) - 1)
    assert page.scope_id() == team.id
    assert page.ui.scopeCombo.currentText() == team.name
    shown = page.scorecard.rows()
    assert shown == scorecard.scorecard(store, team.id, page.choice())
    earlier = workforce_store.targets(store)["vacancy_rate"]
    assert earlier != 7.0
    assert page.context.ops.run(
        "Changed the target.",
        lambda: workforce_store.set_target(store, "vacancy_rate", 7.0),
        lambda: workforce_store.set_target(store, "vacancy_rate", earlier),
    )
    assert page.scope_id() == team.id
    assert page.ui.scopeCombo.currentText() == team.name
    assert page.scorecard.rows() == scorecard.scorecard(store, team.id, page.choice())
    assert page.scorecard.rows() != shown  # the target is on the chosen scope's card
    window.undo_stack.undo()
    assert page.scope_id() == team.id
    assert page.scorecard.rows() == shown


def test_with_no_scope_the_box_offers_the_department(qtbot: QtBot, store: Store) -> None:
    """Before any figure there is no stored scope: the box offers the whole department,
    which names no scope, and the page says how to add figures.
    """
    _, page = open_page(qtbot, store)
    assert _listed(page) == ["Whole department"]
    assert page.scope_id() is None
    assert "Import a CSV" in page.ui.comparatorNote.text()


def test_the_box_asks_for_its_widest_name_and_is_never_narrower_than_its_form(
    qtbot: QtBot, store: Store
) -> None:
    """A team whose name is wider than the box's 240 pixels widens the box to fit it, to
    within two letters of the width Qt gives a box it sizes by measuring every name; and the
    layout never squeezes the box below 240 pixels, however narrow the window.
    """
    write_demo(store, TODAY)
    wide = "Reablement and Hospital Discharge Team, North and West Localities (Evenings)"
    workforce_store.set_value(
        store, scope=wide, key="vacancy_rate", period=dt.date(2026, 10, 1), value=9.0
    )
    _, page = open_page(qtbot, store)
    combo = page.ui.scopeCombo
    assert wide in _listed(page)
    needed = combo.fontMetrics().boundingRect(wide).width()
    assert needed > 240
    assert combo.sizeHint().width() > needed
    measured = QComboBox()
    measured.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    measured.addItems(_listed(page))
    letter = combo.fontMetrics().horizontalAdvance("X")
    assert 0 <= combo.sizeHint().width() - measured.sizeHint().width() <= 2 * letter
    assert combo.sizeHint().height() == measured.sizeHint().height()  # no room for an icon
    assert QWidgetItem(combo).minimumSize().width() == 240
