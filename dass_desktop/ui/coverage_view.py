"""The Visits page's Coverage and Charts tabs: teams visited, themes over a period, charts.

Teams not visited yet come first, then those not visited in the last 60 days; Enter on a
team opens quick capture with it ticked. Themes are counted over a period the director
chooses (since they started, the last 30 days, this month, last month, or their own
dates); Enter on a theme shows those visits in the log. The charts are drawn only while
their tab is on show.

Signals:
    CoverageView.visit_team(int): log a visit to this team.
    CoverageView.show_theme(str, object, object): show the log for a theme and period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from dass_desktop.domain import coverage
from dass_desktop.domain.coverage import CoverageStatus, TeamCoverage
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.domain.team_terms import TeamRow
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.contacts_models import CoverageTableModel, ThemeCountModel
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.forms.ui_visits_page import Ui_VisitsPage
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.table_columns import compact_widths, fit_columns

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PERIODS = ("Since you started", "Last 30 days", "This month", "Last month", "Dates chosen")


def period_dates(period: str, today: dt.date, start: dt.date | None) -> tuple[dt.date, dt.date]:
    """The first and last day of a named period, as of ``today``."""
    if period == "Last 30 days":
        return today - dt.timedelta(days=29), today
    if period == "This month":
        return today.replace(day=1), today
    if period == "Last month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    return (start or today - dt.timedelta(days=182)), today


class CoverageView(QObject):
    """Fills the Coverage and Charts tabs from the log and the team register."""

    visit_team = Signal(int)
    show_theme = Signal(str, object, object)

    def __init__(self, ui: Ui_VisitsPage, today: Callable[[], dt.date], parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self._today = today
        self._start: dt.date | None = None
        self._rows: list[EngagementRow] = []
        self._coverage: list[TeamCoverage] = []
        for name in ("coverageTitle", "themesTitle"):
            getattr(ui, name).setProperty("role", "heading")
        for name in ("coveragePanel", "themesPanel"):
            getattr(ui, name).setProperty("role", "card")
        ui.coverageNote.setProperty("role", "note")
        self.coverage_model = CoverageTableModel(today, parent)
        ui.coverageTable.setModel(self.coverage_model)
        ui.coverageTable.setSortingEnabled(False)  # its own order: not visited yet first
        fit_columns(ui.coverageTable, 0, compact=True)
        ui.coverageTable.activated.connect(self._team_activated)
        ui.visitTeamButton.clicked.connect(
            lambda: self._team_activated(ui.coverageTable.currentIndex())
        )
        self.theme_model = ThemeCountModel(parent)
        ui.themeTable.setModel(self.theme_model)
        fit_columns(ui.themeTable, 0)
        ui.themeTable.activated.connect(self._theme_activated)
        ui.periodCombo.addItems(list(PERIODS))
        ui.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        ui.periodFromEdit.dateChanged.connect(self._dates_edited)
        ui.periodToEdit.dateChanged.connect(self._dates_edited)
        self._setting_dates = False
        self.weekly_chart = ChartCanvas(
            self._weekly_figure,
            title="Visits per week",
            empty_text="Log visits and meetings to see them week by week.",
            parent=parent,
        )
        self.themes_chart = ChartCanvas(
            self._themes_figure,
            title="Themes heard",
            empty_text="No themes heard in the period chosen.",
            parent=parent,
        )
        ui.weeklyChartLayout.addWidget(self.weekly_chart)
        ui.themesChartLayout.addWidget(self.themes_chart)

    def show(
        self, rows: Sequence[EngagementRow], teams: Sequence[TeamRow], start: dt.date | None
    ) -> None:
        """Show coverage for ``teams`` and themes for the period chosen, from ``rows``."""
        self._rows = list(rows)
        self._start = start
        today = self._today()
        self._coverage = coverage.team_coverage(teams, rows, today)
        chosen = self.ui.coverageTable.currentIndex().row()
        self.coverage_model.set_rows(self._coverage)
        compact_widths(self.ui.coverageTable, 0)
        if self._coverage:
            self.ui.coverageTable.selectRow(max(0, min(chosen, len(self._coverage) - 1)))
        not_yet = [c for c in self._coverage if c.status is CoverageStatus.NOT_VISITED]
        stale = [c for c in self._coverage if c.status is CoverageStatus.NOT_RECENT]
        visited = len(self._coverage) - len(not_yet)
        if not self._coverage:
            note = "Add your teams on the Teams page to see which you have visited."
        else:
            note = f"{visited} of {len(self._coverage)} teams visited"
            if not_yet:
                note += f"; {len(not_yet)} not visited yet"
            if stale:
                note += f"; {len(stale)} not in the last {coverage.RECENT_DAYS} days"
            note += ". Enter on a team logs a visit to it."
        self.ui.coverageNote.setText(note)
        self.ui.visitTeamButton.setEnabled(bool(self._coverage))
        self._period_chosen()
        self.weekly_chart.refresh()

    def summary(self) -> tuple[int, int]:
        """Teams visited so far, and teams in all."""
        visited = sum(1 for c in self._coverage if c.status is not CoverageStatus.NOT_VISITED)
        return visited, len(self._coverage)

    # --- the period ----------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        """The first and last day of the period chosen for themes."""
        return from_qdate(self.ui.periodFromEdit.date()), from_qdate(self.ui.periodToEdit.date())

    def _period_chosen(self, *_args: object) -> None:
        name = self.ui.periodCombo.currentText()
        if name != "Dates chosen":
            first, last = period_dates(name, self._today(), self._start)
            self._setting_dates = True
            self.ui.periodFromEdit.setDate(to_qdate(first))
            self.ui.periodToEdit.setDate(to_qdate(last))
            self._setting_dates = False
        self._show_themes()

    def _dates_edited(self, *_args: object) -> None:
        if self._setting_dates:
            return
        self.ui.periodCombo.blockSignals(True)
        self.ui.periodCombo.setCurrentText("Dates chosen")
        self.ui.periodCombo.blockSignals(False)
        self._show_themes()

    def _show_themes(self) -> None:
        first, last = self.period()
        self.theme_model.set_rows(coverage.theme_counts(self._rows, first, last))
        self.themes_chart.refresh()

    # --- choosing ------------------------------------------------------------------------
    def _team_activated(self, index: QModelIndex) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            self.visit_team.emit(row.team_id)

    def _theme_activated(self, index: QModelIndex) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            first, last = self.period()
            self.show_theme.emit(row.theme, first, last)

    # --- charts --------------------------------------------------------------------------
    def _weekly_figure(self) -> Figure | None:
        from dass_desktop.charts.contacts import visits_per_week  # drawn only on its tab

        today = self._today()
        first = self._start or (min((r.occurred_on for r in self._rows), default=today))
        return visits_per_week(coverage.visits_per_week(self._rows, first, today))

    def _themes_figure(self) -> Figure | None:
        from dass_desktop.charts.contacts import top_themes  # drawn only on its tab

        first, last = self.period()
        label = f"{long_date(first)} to {long_date(last)}"
        return top_themes(coverage.theme_counts(self._rows, first, last), period=label)
