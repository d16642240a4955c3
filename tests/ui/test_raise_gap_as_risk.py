"""Raising a team's gap as a risk from the Teams page: one undoable step, and its links
survive deleting and undoing either end (the gap on Teams, the risk on One-to-ones).
"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from dass_desktop.domain import register_store, team_gap_store, team_store
from dass_desktop.domain.register_terms import Category, LinkKind
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import Role, ServiceArea, Severity, TeamDraft
from dass_desktop.store import Store
from tests.ui.test_first_run import make_window


def test_raise_gap_as_risk_in_one_undoable_step_and_links_survive(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """The gap becomes one linked workforce risk; raising it again adds nothing; undo and
    redo take it away and back; deleting either end and undoing keeps both links.
    """
    store = store_with_profile
    team_id, _ = team_store.add_team(
        store,
        TeamDraft(name="AMHP Hub", service_area=ServiceArea.MENTAL_HEALTH, establishment="10"),
    )
    gap_id, _ = team_gap_store.add_gap(
        store, team_id, GapDraft(role=Role.AMHP, gap_fte="2", severity=Severity.CRITICAL)
    )
    window = make_window(qtbot, store, dt.date(2026, 11, 26))
    teams = window.teams
    window.show_widget(teams)
    teams.select_team(team_id)
    teams.ui.detailTabs.setCurrentWidget(teams.ui.gapsTab)
    gap = teams.current_gap()
    assert gap is not None
    assert gap.id == gap_id
    assert teams.gap_to_risk_button.isEnabled()
    steps = window.undo_stack.count()
    teams.gap_to_risk_button.click()
    (risk,) = register_store.list_entries(store)
    assert risk.category is Category.WORKFORCE
    assert {(lk.kind, lk.target_id) for lk in risk.links} == {
        (LinkKind.GAP, gap_id),
        (LinkKind.TEAM, team_id),
    }
    assert window.undo_stack.count() == steps + 1
    assert teams.gap_to_risk() == risk.id  # raised already: nothing new, nothing to undo
    assert window.undo_stack.count() == steps + 1
    assert "already" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert register_store.list_entries(store) == []
    window.undo_stack.redo()
    assert [e.id for e in register_store.list_entries(store)] == [risk.id]

    def links() -> set[LinkKind]:
        entry = register_store.get_entry(store, risk.id)
        return {lk.kind for lk in entry.links} if entry else set()

    teams.delete_gap()
    assert links() == {LinkKind.TEAM}
    window.undo_stack.undo()
    assert links() == {LinkKind.GAP, LinkKind.TEAM}

    page = window.one_to_ones
    window.show_widget(page)
    page.tabs.setCurrentWidget(page.register)
    page.register.choose(risk.id)
    assert [lk.kind for lk in page.register.link_model.rows()] == [LinkKind.GAP, LinkKind.TEAM]
    page.register.delete_entry()
    assert register_store.entries_linked_to(store, LinkKind.GAP, gap_id) == []
    assert page.register.model.rowCount() == 0
    window.undo_stack.undo()
    assert links() == {LinkKind.GAP, LinkKind.TEAM}
    assert page.register.model.rowCount() == 1
    page.register.choose(risk.id)
    assert len(page.register.link_model.rows()) == 2
