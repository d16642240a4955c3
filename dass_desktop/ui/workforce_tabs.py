"""The Workforce page's later tabs, built and filled when the director opens them.

A mixin of :class:`~dass_desktop.ui.workforce_page.WorkforcePage`. The page opens on its
Figures tab. Each other tab (Supervision and appraisal, Diversity, Comparators) has a
Designer form of its own, built into its empty page of the tab widget when the tab is first
shown: until then none of its widgets, tables, chart or list of councils exists, so the
page's first open neither makes, styles nor measures them. Code that asks the page's
``ui`` for one of their widgets first (a test, say) has its tab built then.

Their tables (the published comparator figures alone are hundreds of rows, each measured
for its column widths) are read and filled only when their tab is shown. A refresh marks
them out of date, and the tab on show is filled at once; the others are filled when next
shown. The Supervision and appraisal chart does the same through its canvas, which builds
the chart when it is shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
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
from dass_desktop.ui.table_columns import compact_widths, fit_columns, show_cut_text_everywhere
from dass_desktop.ui.workforce_models import (
    ComparatorFigureModel,
    DiversityModel,
    FamilyModel,
    FigureFilterModel,
)

__all__ = ["WorkforceTabs", "WorkforceUi"]

# Each later tab's compiled form (module, class), by the name of its (empty) page in the
# page's own form; imported when the tab is built.
TAB_FORMS: dict[str, tuple[str, str]] = {
    "teamsTab": ("ui_workforce_teams_tab", "Ui_WorkforceTeamsTab"),
    "diversityTab": ("ui_workforce_diversity_tab", "Ui_WorkforceDiversityTab"),
    "comparatorsTab": ("ui_workforce_comparators_tab", "Ui_WorkforceComparatorsTab"),
}


def tab_form(tab: str) -> Any:
    """The compiled form class of the later tab ``tab`` (see :data:`TAB_FORMS`)."""
    module, name = TAB_FORMS[tab]
    return getattr(importlib.import_module(f"dass_desktop.ui.forms.{module}"), name)


if TYPE_CHECKING:
    from dass_desktop.ui.forms.ui_workforce_comparators_tab import Ui_WorkforceComparatorsTab
    from dass_desktop.ui.forms.ui_workforce_diversity_tab import Ui_WorkforceDiversityTab
    from dass_desktop.ui.forms.ui_workforce_teams_tab import Ui_WorkforceTeamsTab

    class _AllForms(
        Ui_WorkforcePage,
        Ui_WorkforceTeamsTab,
        Ui_WorkforceDiversityTab,
        Ui_WorkforceComparatorsTab,
    ):
        """Every widget of the page's forms, for the type checker."""

else:
    _AllForms = Ui_WorkforcePage


class WorkforceUi(_AllForms):
    """The page's form; a later tab's widgets join it when that tab is built."""

    def __init__(self, build_tab_holding: Callable[[str], bool]) -> None:
        self._build_tab_holding = build_tab_holding

    def __getattr__(self, name: str) -> Any:
        """A widget of a tab not built yet: build its tab, then give it."""
        build = self.__dict__.get("_build_tab_holding")
        if build is None or name.startswith("_") or not build(name):
            raise AttributeError(name)
        return self.__dict__[name]


class WorkforceTabs(QWidget):
    """Builds the Workforce page's later tabs when first shown, and fills them when shown."""

    if TYPE_CHECKING:  # provided by WorkforcePage
        ui: WorkforceUi
        _store: Store
        diversity: DiversityModel
        family: FamilyModel
        figures: ComparatorFigureModel
        figure_filter: FigureFilterModel

        def _read(self) -> scorecard.Shared: ...
        def _build_compliance(self) -> Any: ...
        def _build_diversity(self) -> Any: ...
        def open_add_share(self) -> Any: ...
        def add_council(self) -> None: ...
        def remove_council(self) -> None: ...
        def fill_from_cipfa(self) -> None: ...
        def open_add_comparator(self) -> Any: ...
        def delete_comparator(self) -> None: ...

    def _lazy_tabs(self) -> None:
        """Build and fill the tabs as they are shown (from now on: call once the page is
        built).
        """
        self._built_tabs: set[str] = set()
        # Tabs whose tables are out of date: all of them until first shown.
        self._outdated_tabs: set[QWidget] = {self.ui.diversityTab, self.ui.comparatorsTab}
        self.ui.tabs.currentChanged.connect(self._fill_shown_tab)

    def _tabs_outdated(self) -> None:
        """Mark every tab out of date (the data changed) and fill the one on show."""
        if "teamsTab" in self._built_tabs:
            self.compliance_canvas.refresh()
        self._outdated_tabs = {self.ui.diversityTab, self.ui.comparatorsTab}
        self._fill_shown_tab()

    # --- building ------------------------------------------------------------------------

    def _build_tab_holding(self, name: str) -> bool:
        """Build the tab whose form makes the widget ``name``; False when none does."""
        # A compiled form's setupUi names every widget it makes as an attribute it sets
        # (``self.councilCombo = QComboBox(...)``), so its code's names say which tab holds
        # ``name`` without building any.
        tab = next(
            (tab for tab in TAB_FORMS if name in tab_form(tab).setupUi.__code__.co_names),
            None,
        )
        if tab is None or tab in self._built_tabs:
            return False
        self._build_tab(tab)
        return True

    def _build_tab(self, tab: str) -> None:
        """Build the later tab ``tab`` from its form, with the page's parts in it."""
        self._built_tabs.add(tab)
        page: QWidget = getattr(self.ui, tab)
        form = tab_form(tab)()
        form.setupUi(page)
        vars(self.ui).update(vars(form))
        if tab == "teamsTab":
            self._build_teams_tab()
        elif tab == "diversityTab":
            self._build_diversity_tab()
        else:
            self._build_comparators_tab()
        show_cut_text_everywhere(page)  # as the window does for each page it builds
        previous: QWidget = self.ui.tabs.tabBar()
        for widget in page.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            # In the keyboard's order just after the tab bar, as if built with the page.
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, widget)
                previous = widget
            # Built into a tab on show, shown now (its layout would show it a moment later):
            # the chart draws and the tab paints whole at once, as a tab built with the page.
            if (
                page.isVisible()
                and widget.isHidden()
                and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
            ):
                widget.show()

    @property
    def compliance_canvas(self) -> ChartCanvas:
        """The Supervision and appraisal chart (its tab is built first if it is not yet)."""
        if "teamsTab" not in self._built_tabs:
            self._build_tab("teamsTab")
        return self._compliance_canvas

    @property
    def diversity_canvas(self) -> ChartCanvas:
        """The Diversity chart (its tab is built first if it is not yet)."""
        if "diversityTab" not in self._built_tabs:
            self._build_tab("diversityTab")
        return self._diversity_canvas

    def _build_teams_tab(self) -> None:
        self._compliance_canvas = ChartCanvas(
            self._build_compliance,
            title="supervision and appraisal by team",
            empty_text="No team has supervision or appraisal figures yet.",
            wait_for_refresh=True,
        )
        self.ui.complianceLayout.addWidget(self._compliance_canvas, 1)
        self._compliance_note = self.ui.complianceNote.text()
        self._compliance_canvas.refresh()  # drawn when shown

    def _build_diversity_tab(self) -> None:
        for key, label in diversity.DIMENSIONS.items():
            self.ui.dimensionCombo.addItem(label, key)
        self.ui.diversityTable.setModel(self.diversity)
        fit_columns(self.ui.diversityTable, 0)
        self._diversity_canvas = ChartCanvas(
            self._build_diversity,
            title="workforce diversity",
            empty_text="No diversity figures yet: add a share, or import a file with a "
            "Group column and Workforce % or Population % columns, or with a column of staff "
            "numbers per group (ethnicity_white_british, gender_female…).",
            wait_for_refresh=True,
        )
        self.ui.diversityLayout.addWidget(self._diversity_canvas, 3)
        self.ui.diversityLayout.setStretch(0, 2)
        self.ui.dimensionCombo.currentIndexChanged.connect(self._show_diversity)
        self.ui.addShareButton.clicked.connect(self.open_add_share)

    def _build_comparators_tab(self) -> None:
        ui = self.ui
        for heading in (ui.familyHeading, ui.comparatorFiguresHeading):
            heading.setProperty("role", "heading")
        ui.familyTable.setModel(self.family)
        fit_columns(ui.familyTable, 0)
        for council in all_councils():
            ui.councilCombo.addItem(council.name, council.code)
        ui.councilCombo.setCurrentIndex(-1)
        editor = ui.councilCombo.lineEdit()
        if editor is not None:  # the combo is editable in its form, so it has one
            editor.setPlaceholderText("Type a council's name to add it")
        ui.comparatorTable.setModel(self.figure_filter)
        ui.comparatorTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # Year and licence are in every row's tooltip too, so they give way first.
        fit_columns(ui.comparatorTable, 4, optional=(6, 7))
        # Long sources and coverage are capped; the columns are measured again whenever the
        # rows are set (once, not twice: the published figures alone are hundreds of rows).
        compact_widths(ui.comparatorTable, 4, widest=160)
        ui.addCouncilButton.clicked.connect(self.add_council)
        ui.removeCouncilButton.clicked.connect(self.remove_council)
        ui.fillCipfaButton.clicked.connect(self.fill_from_cipfa)
        ui.addComparatorButton.clicked.connect(self.open_add_comparator)
        ui.deleteComparatorButton.clicked.connect(self.delete_comparator)
        ui.comparatorFilter.textChanged.connect(self.figure_filter.set_search)

    # --- filling -------------------------------------------------------------------------

    def _fill_shown_tab(self) -> None:
        tab = self.ui.tabs.currentWidget()
        name = tab.objectName()
        if name in TAB_FORMS and name not in self._built_tabs:
            self._build_tab(name)
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
