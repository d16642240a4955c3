"""The sidebar: a list model of the pages that exist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


# The sidebar's pages after the dashboard, in order: attribute, title, module, class. Each
# module is imported and its page built on first visit.
LATER_PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("plan_page", "Plan", "dass_desktop.ui.plan_page", "PlanPage"),
    ("teams", "Teams", "dass_desktop.ui.teams_page", "TeamsPage"),
    ("stakeholders", "Stakeholders", "dass_desktop.ui.stakeholders_page", "StakeholdersPage"),
    ("visits", "Visits", "dass_desktop.ui.visits_page", "VisitsPage"),
    ("workforce", "Workforce", "dass_desktop.ui.workforce_page", "WorkforcePage"),
    ("narrative_page", "Briefing", "dass_desktop.ui.narrative_page", "NarrativePage"),
    ("one_to_ones", "One-to-ones", "dass_desktop.ui.one_to_ones_page", "OneToOnesPage"),
    ("practices", "Practices", "dass_desktop.ui.practices_page", "PracticesPage"),
    ("recognition", "Recognition", "dass_desktop.ui.recognition_page", "RecognitionPage"),
    ("development", "My development", "dass_desktop.ui.development_page", "DevelopmentPage"),
)


# Ctrl+1 to Ctrl+9 and Ctrl+0 go to the first ten pages in sidebar order; pages after the
# tenth have a key of their own, a letter for what they are (D for development).
EXTRA_KEYS: dict[str, str] = {"development": "Ctrl+Shift+D"}


def page_keys(names: list[str]) -> list[str]:
    """Each page's key, in sidebar order, for the pages named (attribute names).

    Args:
        names: The pages' attribute names, the dashboard first.
    """
    return [
        f"Ctrl+{row % 10}" if row <= 10 else EXTRA_KEYS.get(name, "")
        for row, name in enumerate(names, start=1)
    ]


class PageListModel(QAbstractListModel):
    """Page titles with their keyboard shortcut shown as a tooltip."""

    def __init__(self, pages: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._pages = pages  # (title, shortcut text)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        title, shortcut = self._pages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title} ({shortcut})" if shortcut else title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return title
        return None
