"""Changes made on the Teams, Visits and Workforce pages and in the profile undo and redo."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import (
    benchmark_store,
    comparator_family,
    engagement_store,
    plan_store,
    team_gap_store,
    workforce_store,
)
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import GapStatus, Role
from dass_desktop.store import Store
from tests.ui.teams_support import open_teams, two_teams
from tests.ui.test_first_run import make_window
from tests.ui.test_visits_page import open_page as open_visits
from tests.ui.test_workforce_page import open_page as open_workforce

LEFT = Qt.MouseButton.LeftButton


def test_gap_put_in_the_plan_undo_and_redo(qtbot: QtBot, store_with_profile: Store) -> None:
    """Undo takes away the action a gap became and the gap's link; Redo brings both back."""
    store = store_with_profile
    first, _ = two_teams(store)
    gap_id, _ = team_gap_store.add_gap(
        store, first, GapDraft(role=Role.AMHP, gap_fte=1, status=GapStatus.OPEN)
    )
    window, page = open_teams(qtbot, store)
    page.select_team(first)
    page.ui.gapsTable.selectRow(0)
    items_before = plan_store.list_items(store, None)
    qtbot.mouseClick(page.ui.gapToPlanButton, LEFT)
    gap = team_gap_store.get_gap(store, gap_id, None)
    assert gap is not None
    assert gap.plan_item_id is not None
    item_id = gap.plan_item_id
    made = plan_store.get_item(store, item_id, None)
    assert made is not None

    window.undo_stack.undo()
    assert plan_store.list_items(store, None) == items_before
    assert team_gap_store.get_gap(store, gap_id, None).plan_item_id is None  # type: ignore[union-attr]
    window.undo_stack.redo()
    assert plan_store.get_item(store, item_id, None) == made
    assert team_gap_store.get_gap(store, gap_id, None).plan_item_id == item_id  # type: ignore[union-attr]


def test_visit_edit_with_a_new_action_undo_and_redo(qtbot: QtBot, store: Store) -> None:
    """Undo puts an edited visit back as it was and removes the action the edit added."""
    window, page = open_visits(qtbot, store)
    visit = engagement_store.list_engagements(store)[0]
    actions_before = engagement_store.action_ids(store, visit.id)
    items_before = plan_store.list_items(store, None)
    page.select_engagement(visit.id)
    qtbot.mouseClick(page.ui.editButton, LEFT)
    dialog = page.dialog
    assert dialog is not None
    ui = dialog.ui
    ui.goingWellEdit.setPlainText("Warm welcome; the rota is settled.")
    qtbot.keyClicks(ui.actionTitleEdit, "Send the rota to the union rep")
    qtbot.mouseClick(ui.addActionButton, LEFT)
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(ui.staffEdit, Qt.Key.Key_Return)
    edited = engagement_store.get_engagement(store, visit.id)
    assert edited is not None
    assert edited.going_well == "Warm welcome; the rota is settled."
    added = engagement_store.action_ids(store, visit.id) - actions_before
    assert len(added) == 1
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    back = engagement_store.get_engagement(store, visit.id)
    assert back is not None
    assert back.draft() == visit.draft()
    assert engagement_store.action_ids(store, visit.id) == actions_before
    assert plan_store.list_items(store, None) == items_before
    window.undo_stack.redo()
    again = engagement_store.get_engagement(store, visit.id)
    assert again is not None
    assert again.draft() == edited.draft()
    titles = [
        plan_store.get_item(store, i, None) for i in engagement_store.action_ids(store, visit.id)
    ]
    assert "Send the rota to the union rep" in [t.title for t in titles if t is not None]


def test_comparator_councils_undo_and_redo(qtbot: QtBot, store_with_profile: Store) -> None:
    """Removing, refilling and adding comparator councils each undo to the list as it was."""
    store = store_with_profile
    window, page = open_workforce(qtbot, store)
    stack = window.undo_stack
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    prefilled = comparator_family.list_family(store)
    assert len(prefilled) == 15
    assert stack.count() == 0, "the automatic first prefill is not an undoable action"

    page.ui.familyTable.selectRow(0)
    qtbot.mouseClick(page.ui.removeCouncilButton, LEFT)
    removed = comparator_family.list_family(store)
    assert len(removed) == 14
    qtbot.keyClicks(page.ui.councilCombo.lineEdit(), "Cornwall")
    qtbot.mouseClick(page.ui.addCouncilButton, LEFT)
    with_cornwall = comparator_family.list_family(store)
    assert "Cornwall" in [m.name for m in with_cornwall]
    qtbot.mouseClick(page.ui.fillCipfaButton, LEFT)
    refilled = comparator_family.list_family(store)
    assert stack.count() == 3

    for earlier in (with_cornwall, removed, prefilled):
        stack.undo()
        assert comparator_family.list_family(store) == earlier
    assert page.family.rowCount() == 15
    for later in (removed, with_cornwall, refilled):
        stack.redo()
        assert [(m.council_code, m.kind) for m in comparator_family.list_family(store)] == [
            (m.council_code, m.kind) for m in later
        ]


def test_deleted_comparator_figure_and_target_undo(qtbot: QtBot, store_with_profile: Store) -> None:
    """A typed comparator figure deleted comes back whole; a target goes back to the earlier."""
    store = store_with_profile
    benchmark_store.add_comparator_value(
        store,
        kind="council",
        area_name="Cornwall",
        area_code="E06000052",
        metric_key="vacancy_rate",
        period_label="2024/25",
        period_end=dt.date(2025, 3, 1),
        value=7.5,
        covers="Adult social care",
        source="Council return",
        year=2025,
    )
    stored = benchmark_store.stored_figures(store)
    window, page = open_workforce(qtbot, store)
    stack = window.undo_stack
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    qtbot.keyClicks(page.ui.comparatorFilter, "Cornwall 2024/25")
    page.ui.comparatorTable.selectRow(0)
    qtbot.mouseClick(page.ui.deleteComparatorButton, LEFT)
    assert benchmark_store.stored_figures(store) == []
    stack.undo()
    assert benchmark_store.stored_figures(store) == stored
    stack.redo()
    assert benchmark_store.stored_figures(store) == []

    workforce_store.set_value(
        store, scope=None, key="vacancy_rate", period=dt.date(2026, 9, 1), value=9
    )
    earlier = workforce_store.targets(store)
    page.ui.tabs.setCurrentIndex(0)
    spin = page.ui.targetSpin
    spin.selectAll()
    qtbot.keyClicks(spin, "8")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert workforce_store.targets(store)["vacancy_rate"] == 8.0
    stack.undo()
    assert workforce_store.targets(store) == earlier
    stack.redo()
    assert workforce_store.targets(store)["vacancy_rate"] == 8.0


def test_profile_change_undo_and_redo(qtbot: QtBot, store_with_profile: Store) -> None:
    """Undo puts the director's earlier profile back; Redo saves the change again."""
    store = store_with_profile
    window = make_window(qtbot, store)
    earlier = load_profile(store)
    assert earlier is not None
    window.edit_profile()
    dialog = window.profile_dialog
    assert dialog is not None
    dialog.ui.chiefEdit.setText("Robin Shah")
    dialog.ui.buttons.accepted.emit()
    changed = load_profile(store)
    assert changed == dataclasses.replace(earlier, chief_executive_name="Robin Shah")
    window.undo_stack.undo()
    assert load_profile(store) == earlier
    window.undo_stack.redo()
    assert load_profile(store) == changed
