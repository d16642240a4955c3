"""The Workforce page's charts: the trend, supervision and appraisal by team, and diversity.

A mixin of :class:`~dass_desktop.ui.workforce_page.WorkforcePage`; each function builds one
chart's Figure for its :class:`~dass_desktop.ui.chart_canvas.ChartCanvas` from what the page
shows. matplotlib is imported when a chart is first built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dass_desktop.domain import benchmark_terms, scorecard, workforce_store
from dass_desktop.store import Store
from dass_desktop.ui.workforce_models import DiversityModel
from dass_desktop.ui.workforce_tabs import WorkforceUi

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["MOST_TEAMS_CHARTED", "WorkforceCharts"]

# More teams than this make bars too thin to read: the chart shows those furthest below
# target on supervision, as the printed plan does.
MOST_TEAMS_CHARTED = 12


class WorkforceCharts(QWidget):
    """Builds the Workforce page's charts."""

    if TYPE_CHECKING:  # provided by WorkforcePage
        ui: WorkforceUi
        _store: Store
        _shared: scorecard.Shared | None
        _compliance_note: str
        diversity: DiversityModel

        def choice(self) -> benchmark_terms.ComparatorChoice: ...
        def scope_id(self) -> int | None: ...
        def metric_key(self) -> str: ...

    def _build_trend(self) -> Figure | None:
        scope_id = self.scope_id()
        if scope_id is None:
            return None
        found = scorecard.trend(
            self._store, scope_id, self.metric_key(), self.choice(), self._shared
        )
        if not found.points:
            return None
        from dass_desktop.charts.workforce import trend_chart

        return trend_chart(found)

    def _build_compliance(self) -> Figure | None:
        rows = scorecard.compliance_by_team(self._store)
        shown = scorecard.lowest_supervision(rows, MOST_TEAMS_CHARTED)
        cut = (
            f" The chart shows the {len(shown)} teams with the lowest supervision figures, "
            f"of {len(rows):,}."
            if len(shown) < len(rows)
            else ""
        )
        self.ui.complianceNote.setText(self._compliance_note + cut)
        if not rows:
            return None
        from dass_desktop.charts.workforce import compliance_chart

        goals = self._shared.targets if self._shared else workforce_store.targets(self._store)
        target = goals.get("supervision") or 90.0
        return compliance_chart(shown, target)

    def _build_diversity(self) -> Figure | None:
        rows = [r for r in self.diversity.rows() if r.parent is None]  # broad groups only
        if not rows:
            return None
        from dass_desktop.charts.workforce import diversity_chart

        return diversity_chart(self.ui.dimensionCombo.currentText(), rows)
