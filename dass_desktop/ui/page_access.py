"""Typed access to the window's pages, each built on its first use.

The main window builds only the dashboard before it shows; every other page is built (and
its module imported) the first time it is asked for, through :meth:`PageAccess._page`.
These properties give that a name and a type, so the window and the tests can say
``window.teams`` without knowing whether the page exists yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from dass_desktop.ui.development_page import DevelopmentPage
    from dass_desktop.ui.narrative_page import NarrativePage
    from dass_desktop.ui.one_to_ones_page import OneToOnesPage
    from dass_desktop.ui.plan_page import PlanPage
    from dass_desktop.ui.practices_page import PracticesPage
    from dass_desktop.ui.recognition_page import RecognitionPage
    from dass_desktop.ui.stakeholders_page import StakeholdersPage
    from dass_desktop.ui.teams_page import TeamsPage
    from dass_desktop.ui.visits_page import VisitsPage
    from dass_desktop.ui.workforce_page import WorkforcePage


class PageAccess:
    """Mixin (listed before QMainWindow) naming each page built on demand by ``_page``."""

    def _page(self, name: str) -> QWidget:
        """The page called ``name``, built on first use (the window defines it)."""
        raise NotImplementedError

    @property
    def plan_page(self) -> PlanPage:
        """The Plan page."""
        return cast("PlanPage", self._page("plan_page"))

    @property
    def teams(self) -> TeamsPage:
        """The Teams page."""
        return cast("TeamsPage", self._page("teams"))

    @property
    def stakeholders(self) -> StakeholdersPage:
        """The Stakeholders page."""
        return cast("StakeholdersPage", self._page("stakeholders"))

    @property
    def visits(self) -> VisitsPage:
        """The Visits page."""
        return cast("VisitsPage", self._page("visits"))

    @property
    def workforce(self) -> WorkforcePage:
        """The Workforce page."""
        return cast("WorkforcePage", self._page("workforce"))

    @property
    def narrative_page(self) -> NarrativePage:
        """The Briefing page (the director's own words for each plan)."""
        return cast("NarrativePage", self._page("narrative_page"))

    @property
    def one_to_ones(self) -> OneToOnesPage:
        """The One-to-ones page."""
        return cast("OneToOnesPage", self._page("one_to_ones"))

    @property
    def practices(self) -> PracticesPage:
        """The Practices page."""
        return cast("PracticesPage", self._page("practices"))

    @property
    def recognition(self) -> RecognitionPage:
        """The Recognition page."""
        return cast("RecognitionPage", self._page("recognition"))

    @property
    def development(self) -> DevelopmentPage:
        """The My development page."""
        return cast("DevelopmentPage", self._page("development"))
