"""The Workforce page's Diversity and Comparators tabs, filled when the director opens them.

A mixin of :class:`~dass_desktop.ui.workforce_page.WorkforcePage`. The page opens on its
Figures tab; the other tabs' tables (the published comparator figures alone are hundreds of
rows, each measured for its column widths) are read and filled only when their tab is
shown. A refresh marks them out of date, and the tab on show is filled at once; the others
are filled when next shown. The Supervision and appraisal chart does the same through its
canvas, which builds the chart when it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dass_desktop.domain import (
    comparator_family,
    diversity,
    scorecard,
    workforce_sql,
    workforce_terms,
)
from dass_desktop.domain.councils import all_councils
from dass_desktop.store import Store
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.forms.ui_workforce_page import Ui_WorkforcePage
from dass_desktop.ui.workforce_models import ComparatorFigureModel, DiversityModel, FamilyModel

__all__ = ["WorkforceTabs"]


class WorkforceTabs(QWidget):
    """Fills the Workforce page's Diversity and Comparators tabs when they are shown."""

    if TYPE_CHECKING:  # provided by WorkforcePage
        ui: Ui_WorkforcePage
        _store: Store
        diversity: DiversityModel
        diversity_canvas: ChartCanvas
        family: FamilyModel
        figures: ComparatorFigureModel

        def _read(self) -> scorecard.Shared: ...

    def _lazy_tabs(self) -> None:
        """Fill the tabs as they are shown (from now on: call once the page is built)."""
        # Tabs whose tables are out of date: all of them until first shown.
        self._outdated_tabs: set[QWidget] = {self.ui.diversityTab, self.ui.comparatorsTab}
        self.ui.tabs.currentChanged.connect(self._fill_shown_tab)

    def _tabs_outdated(self) -> None:
        """Mark every tab out of date (the data changed) and fill the one on show."""
        self._outdated_tabs = {self.ui.diversityTab, self.ui.comparatorsTab}
        self._fill_shown_tab()

    def _fill_shown_tab(self) -> None:
        tab = self.ui.tabs.currentWidget()
        if tab is self.ui.diversityTab and tab in self._outdated_tabs:
            self._show_diversity()
        elif tab is self.ui.comparatorsTab and tab in self._outdated_tabs:
            self._show_comparators()

    def _show_diversity(self) -> None:
        self._outdated_tabs.discard(self.ui.diversityTab)
        dimension = self.ui.dimensionCombo.currentData() or "ethnicity"
        # The stored figures read the plain way (as the scorecard's): the same entries.
        entries = workforce_sql.diversity_entries(self._store.quick())
        rows = diversity.gaps(entries, dimension, finer=True)
        self.diversity.set_rows(rows)
        self.ui.diversityTable.resizeRowsToContents()
        dates = sorted(
            f"{label} as at {workforce_terms.month_label(day)}"
            for label, day in (
                (
                    "workforce",
                    max((r.workforce_as_of for r in rows if r.workforce_as_of), default=None),
                ),
                (
                    "population",
                    max((r.population_as_of for r in rows if r.population_as_of), default=None),
                ),
            )
            if day is not None
        )
        latest = f" Latest figures: {'; '.join(dates)}." if dates else ""
        self.ui.diversityNote.setText(
            "Gap = the workforce's share minus the local population's, in percentage points."
            + latest
        )
        self.diversity_canvas.refresh()

    def _show_comparators(self) -> None:
        self._outdated_tabs.discard(self.ui.comparatorsTab)
        shared = self._read()
        profile = shared.profile
        members = shared.family
        self.family.set_rows(members)
        advice = comparator_family.family_advice(profile)
        borrowed = {m.from_list_of for m in members if m.kind == "cipfa" and m.from_list_of}
        own = profile.council_code if profile else None
        if borrowed and borrowed != {own}:
            names = ", ".join(
                next((c.name for c in all_councils() if c.code == code), code) for code in borrowed
            )
            advice = (
                f"The CIPFA family below is the published list for {names}, not for your "
                f"council. {comparator_family.CIPFA_NOTE}"
            )
        self.ui.familyNote.setText(advice)
        self.ui.fillCipfaButton.setEnabled(bool(comparator_family.cipfa_neighbours(own)))
        self.figures.set_rows(shared.figures)
