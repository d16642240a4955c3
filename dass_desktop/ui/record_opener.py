"""Opening any record on its own page, chosen there: where search (and links) lead.

Each kind of record has one page that shows it. Opening one shows that page, brings the
record into view (clearing any filter that hides it) and chooses it, with the keyboard focus
on the list it is in, so that the director can carry on from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from dass_desktop.domain import search_store
from dass_desktop.domain.search_terms import HitKind
from dass_desktop.ui.row_models import RowRole

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from dass_desktop.store import Store
    from dass_desktop.ui.one_to_ones_page import OneToOnesPage
    from dass_desktop.ui.teams_page import TeamsPage


class RecordWindow(Protocol):
    """What opening a record needs of the main window: its store, pages and links."""

    store: Store

    @property
    def teams(self) -> TeamsPage:
        """The Teams page."""

    @property
    def one_to_ones(self) -> OneToOnesPage:
        """The One-to-ones page."""

    def show_widget(self, page: QWidget) -> None:
        """Show one of the sidebar's pages."""

    def open_plan_item(self, item_id: int) -> None:
        """Show the plan with an item chosen."""

    def open_stakeholder(self, stakeholder_id: int) -> None:
        """Show the Stakeholders page with a person chosen."""

    def open_engagement(self, engagement_id: int) -> None:
        """Show the Visits page with a visit chosen."""


_NOTE_TABS = {HitKind.STRENGTH: 0, HitKind.DEVELOPMENT: 1, HitKind.GAP: 2}


def open_record(window: RecordWindow, kind: HitKind, record_id: int) -> None:
    """Show the page of ``kind`` with record ``record_id`` chosen on it."""
    if kind in (HitKind.PLAN_ITEM, HitKind.ACTION):
        window.open_plan_item(record_id)
    elif kind is HitKind.STAKEHOLDER:
        window.open_stakeholder(record_id)
    elif kind is HitKind.ENGAGEMENT:
        window.open_engagement(record_id)
    elif kind in (HitKind.MEETING, HitKind.REGISTER_ENTRY):
        page = window.one_to_ones
        window.show_widget(page)
        if kind is HitKind.MEETING:
            page.tabs.setCurrentWidget(page.meetings_tab)
            page.select_meeting(record_id)
            page.meeting_table.setFocus()
        else:
            page.tabs.setCurrentWidget(page.register)
            page.register.choose(record_id)
            page.register.table.setFocus()
    elif kind is HitKind.TEAM:
        _open_team(window, record_id)
    else:
        team_id = search_store.team_of(window.store, kind, record_id)
        if team_id is not None:
            _open_in_team(_open_team(window, team_id), kind, record_id)


def _open_team(window: RecordWindow, team_id: int) -> TeamsPage:
    page = window.teams
    window.show_widget(page)
    page.ui.tabs.setCurrentWidget(page.ui.registerTab)
    page.select_team(team_id)
    page.ui.teamTable.setFocus()
    return page


def _open_in_team(page: TeamsPage, kind: HitKind, record_id: int) -> None:
    """Choose a strength, area for development or gap in its team's detail."""
    ui = page.ui
    ui.detailTabs.setCurrentIndex(_NOTE_TABS[kind])
    view = {
        HitKind.STRENGTH: ui.strengthsTable,
        HitKind.DEVELOPMENT: ui.developmentTable,
        HitKind.GAP: ui.gapsTable,
    }[kind]
    model = view.model()
    for row in range(model.rowCount()):
        if getattr(model.index(row, 0).data(RowRole), "id", None) == record_id:
            view.selectRow(row)
            view.setFocus()
            return
