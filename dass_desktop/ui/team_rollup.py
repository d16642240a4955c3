"""The Teams page's Department tab: totals across teams, open gaps by role, two charts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dass_desktop.charts.teams import gaps_by_role, vacancy_rate_by_team
from dass_desktop.domain.team_terms import DepartmentRollUp, TeamRow, format_fte, format_rate
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.forms.ui_teams_page import Ui_TeamsPage
from dass_desktop.ui.table_columns import compact_widths, fit_columns
from dass_desktop.ui.teams_models import GapTallyModel

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class DepartmentView:
    """Fills the Department tab of the Teams page from the teams and their roll-up.

    The charts are drawn only while their tab is on show (the canvas waits until then),
    so keeping the register up to date costs nothing when nobody looks at them.
    """

    def __init__(self, ui: Ui_TeamsPage, parent: QWidget) -> None:
        self.ui = ui
        self._teams: list[TeamRow] = []
        self._rollup: DepartmentRollUp | None = None
        for name in ("rollupTitle", "tallyTitle"):
            getattr(ui, name).setProperty("role", "heading")
        ui.rollupPanel.setProperty("role", "card")
        ui.tallyTitle.setWordWrap(True)
        ui.rollupNote.setProperty("role", "note")
        self.tally_model = GapTallyModel(parent)
        ui.tallyTable.setModel(self.tally_model)
        fit_columns(ui.tallyTable, 0, compact=True)
        self.vacancy_chart = ChartCanvas(
            self._vacancy_figure,
            title="Vacancy rate by team",
            empty_text="Add teams with their establishment to see their vacancy rates.",
            parent=parent,
        )
        self.gaps_chart = ChartCanvas(
            self._gaps_figure,
            title="Open gaps by role and severity",
            empty_text="No open gaps are recorded. Add gaps to a team on the Register tab.",
            parent=parent,
        )
        ui.vacancyChartLayout.addWidget(self.vacancy_chart)
        ui.gapsChartLayout.addWidget(self.gaps_chart)

    def show(self, teams: Sequence[TeamRow], rollup: DepartmentRollUp) -> None:
        """Show ``rollup`` (computed from ``teams``) and mark both charts for redrawing."""
        self._teams = list(teams)
        self._rollup = rollup
        ui = self.ui
        without = rollup.teams_without_establishment
        ui.teamsCount.setText(
            f"{rollup.teams}" + (f" ({without} with no establishment yet)" if without else "")
        )
        ui.establishmentTotal.setText(f"{format_fte(rollup.establishment)} FTE")
        ui.inPostTotal.setText(f"{format_fte(rollup.in_post)} FTE")
        ui.vacanciesTotal.setText(f"{format_fte(rollup.vacancies)} FTE")
        ui.vacancyRateTotal.setText(format_rate(rollup.vacancy_rate))
        share = rollup.agency_share
        ui.agencyTotal.setText(
            f"{format_fte(rollup.agency)} FTE"
            + (f" ({format_rate(share)} of establishment)" if share is not None else "")
        )
        given = rollup.gap_fte()
        ui.openGapsTotal.setText(
            f"{rollup.open_gaps}" + (f" ({format_fte(given)} FTE given)" if given else "")
        )
        self.tally_model.set_rollup(rollup)
        compact_widths(ui.tallyTable, 0)
        self.vacancy_chart.refresh()
        self.gaps_chart.refresh()

    def _vacancy_figure(self) -> Figure | None:
        rate = self._rollup.vacancy_rate if self._rollup else None
        return vacancy_rate_by_team(self._teams, rate)

    def _gaps_figure(self) -> Figure | None:
        return gaps_by_role(self._rollup) if self._rollup else None
