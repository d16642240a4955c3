"""Helpers the Teams page tests share: opening the page as a director would, and reading it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import team_store
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.teams_page import TeamsPage
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier


def open_teams(qtbot: QtBot, store: Store) -> tuple[MainWindow, TeamsPage]:
    """A main window on ``store`` showing the Teams page (reached with Ctrl+3)."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # window-wide shortcuts need the window to be active
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_3, CTRL)
    assert window.current_page() is window.teams
    return window, window.teams


def choose(combo, value: object) -> None:  # type: ignore[no-untyped-def]
    """Pick the item of ``combo`` whose data is ``value`` (an enum's stored value)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def team_names(page: TeamsPage) -> list[str]:
    """The team names the register shows, top to bottom."""
    proxy = page.team_filter
    return [proxy.index(r, 0).data(RowRole).name for r in range(proxy.rowCount())]


def two_teams(store: Store) -> tuple[int, int]:
    """Two teams, a small one and a larger one with a base; return their ids."""
    first, _ = team_store.add_team(
        store,
        TeamDraft("Adult Safeguarding Hub", ServiceArea.SAFEGUARDING, "Tom Gallagher", "", 11, 10),
    )
    second, _ = team_store.add_team(
        store,
        TeamDraft("Reablement North", ServiceArea.REABLEMENT, "Marcus Bell", "Brackley", 46, 38.5),
    )
    return first, second
