"""The Workforce page: figures against comparators, trends, compliance and diversity.

It shows the latest figures against a comparator, trends, compliance by team, diversity
against the local population, and the comparators themselves.

Everything shown is worked out in ``domain/`` (scorecard, benchmarks, diversity); charts are
drawn by ``charts/workforce.py`` in the shared canvas, each with "Save as PNG…". The page
refreshes when a change touches the workforce or the profile, and only when it is shown.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from dass_desktop.domain import (
    benchmark_rules,
    benchmark_terms,
    comparator_family,
    scorecard,
    workforce_store,
    workforce_terms,
)
from dass_desktop.domain.changes import Area
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.shortcuts import shortcut
from dass_desktop.ui.table_columns import fit_columns
from dass_desktop.ui.workforce_charts import WorkforceCharts
from dass_desktop.ui.workforce_commands import WorkforceCommands
from dass_desktop.ui.workforce_models import (
    ComparatorFigureModel,
    DiversityModel,
    FamilyModel,
    FigureFilterModel,
    RowRole,
    ScorecardModel,
)
from dass_desktop.ui.workforce_tabs import WorkforceTabs, WorkforceUi

TARGET_SAVE_DELAY_MS = 500
# "Figures for" is sized to the widest of this many names with the most letters.
SCOPES_MEASURED = 32


def _fit_scope_box(combo: QComboBox, names: list[str]) -> None:
    """Make "Figures for" ask for the width of its widest name, measuring only a few.

    Sized to its contents, a box measures every name in it when first laid out: a large
    council's thousand teams took about 4 ms of the page's opening. Qt's advice for a long
    list is to size the box by a number of letters instead; the number here is the width
    of the widest of the names with the most letters, in letters ("X"), rounded up. A name
    with fewer letters is wider only if made of much wider letters.
    """
    metrics = combo.fontMetrics()
    longest = heapq.nlargest(SCOPES_MEASURED, names, key=len)
    widest = max((metrics.horizontalAdvance(name) for name in longest), default=0)
    combo.setMinimumContentsLength(max(1, math.ceil(widest / metrics.horizontalAdvance("X"))))


class WorkforcePage(WorkforceCharts, WorkforceCommands, WorkforceTabs, RefreshWhenShown, QWidget):
    """Workforce figures and benchmarks for the department and its teams."""

    title = "Workforce"
    AREAS = (Area.WORKFORCE, Area.PROFILE)

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        store, today, bus = context.store, context.today, context.bus
        # The Figures tab is built now; the others when first shown (ui/workforce_tabs.py).
        self.ui = WorkforceUi(self._build_tab_holding)
        self.ui.setupUi(self)
        self._store = store
        self._today = today
        self._bus = bus
        self._stale = True
        self._settings = QSettings(str(store.paths.settings), QSettings.Format.IniFormat)
        self.dialog: Any = None
        self.ui.heading.setProperty("role", "heading")
        self.scorecard = ScorecardModel(parent=self)
        self.ui.figuresTable.setModel(self.scorecard)
        # The measure's name is sized to its text and the comparator's sentence takes what is
        # left; on a small screen the month gives way first (the latest figure's tooltip
        # has it).
        fit_columns(self.ui.figuresTable, 3, optional=(2, 5), whole=(1, 4))
        self.ui.figuresTable.selectionModel().currentRowChanged.connect(self._row_chosen)

        for item in workforce_terms.HEADLINE_METRICS:
            self.ui.trendMetricCombo.addItem(item.label, item.key)
        self.ui.trendMetricCombo.setCurrentIndex(self.ui.trendMetricCombo.findData("vacancy_rate"))
        self.trend_canvas = ChartCanvas(
            self._build_trend,
            title="workforce trend",
            empty_text="No figures for this yet.",
            wait_for_refresh=True,
        )
        self.ui.trendLayout.addWidget(self.trend_canvas, 1)
        # The table keeps room for every column; the chart takes what is left.
        # Below about 380 pixels the chart's legend and month labels no longer fit.
        self.trend_canvas.setMinimumWidth(380)
        self.ui.figuresSplitter.setStretchFactor(0, 1)
        self.ui.figuresSplitter.setStretchFactor(1, 1)
        self.ui.figuresSplitter.setSizes([560, 560])
        self.ui.trendMetricCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.trendMetricCombo.setMinimumContentsLength(14)
        # What the later tabs show (their tables are given these when the tabs are built).
        self.diversity = DiversityModel(parent=self)
        self.family = FamilyModel(parent=self)
        self.figures = ComparatorFigureModel(parent=self)
        self.figure_filter = FigureFilterModel(self)
        self.figure_filter.setSourceModel(self.figures)

        # "Figures for" asks for the width of its widest name (see _fit_scope_box); its form
        # keeps it at least 240 pixels wide however narrow the window. Its names have no
        # icons: with no room kept for one, it is as tall as the boxes beside it.
        self.ui.scopeCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.scopeCombo.setIconSize(QSize(0, 0))
        self.ui.scopeCombo.currentIndexChanged.connect(self._scope_chosen)
        self.ui.comparatorCombo.currentIndexChanged.connect(self._comparator_chosen)
        self.ui.trendMetricCombo.currentIndexChanged.connect(self._metric_chosen)
        self._target_timer = QTimer(self)
        self._target_timer.setSingleShot(True)
        self._target_timer.setInterval(TARGET_SAVE_DELAY_MS)
        self._target_timer.timeout.connect(self.save_target)
        self.ui.targetSpin.valueChanged.connect(lambda _v: self._target_timer.start())
        self.ui.targetSpin.editingFinished.connect(self.save_target)
        self.ui.importButton.clicked.connect(self.open_import)
        self.ui.addFigureButton.clicked.connect(self.open_add_figure)
        shortcut("Ctrl+I", self, self.open_import, Qt.ShortcutContext.WindowShortcut)
        shortcut("Delete", self.ui.figuresTable, self.delete_latest_figure)
        self.ui.figuresTable.setToolTip("Delete removes the latest figure chosen (Ctrl+Z undoes)")
        self._targets: dict[str, float | None] = {}
        self._scope_ids: list[int | None] = []  # the scopes' ids, in "Figures for"'s order
        # What every part of a refresh needs, read once at its start (None between refreshes,
        # when each choice the director makes reads afresh).
        self._shared: scorecard.Shared | None = None
        self._lazy_tabs()

    # --- refreshing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything the page shows again, keeping the director's choices."""
        self._stale = False
        with self._reading() as shared:
            if self._prefill_family(shared):
                return  # the published change brings the page back here
            self._fill_scopes()
            self._fill_comparators()
            self._targets = dict(shared.targets)
            self._show_scorecard()
            self._show_target()
            self.trend_canvas.refresh()
            self._tabs_outdated()

    @contextmanager
    def _reading(self) -> Iterator[scorecard.Shared]:
        """Read what the scorecard, trend and lists share once, for the work inside.

        Read afresh each time: a refresh can start inside another (the CIPFA family being
        filled in, for one), after a change the outer one read before.
        """
        outer, self._shared = self._shared, scorecard.read_shared(self._store)
        try:
            yield self._shared
        finally:
            self._shared = outer

    def _read(self) -> scorecard.Shared:
        """What the work under way read, else what is stored now."""
        return self._shared or scorecard.read_shared(self._store)

    def _prefill_family(self, shared: scorecard.Shared) -> bool:
        """Fill the CIPFA family from the published list, once per council.

        This way the family is there without asking. True when it did (and told every page).
        """
        profile = shared.profile
        code = profile.council_code if profile else None
        if not code or not comparator_family.cipfa_neighbours(code):
            return False
        if self._settings.value("workforce/family_prefilled_for", "") == code:
            return False
        self._settings.setValue("workforce/family_prefilled_for", code)
        if shared.family:
            return False
        self._bus.publish(comparator_family.fill_family_from_cipfa(self._store, code))
        return True

    def _fill_scopes(self) -> None:
        combo = self.ui.scopeCombo
        current = self.scope_id()
        scopes = self._read().scopes
        # The names go in with one call (a large council has a thousand teams, and a call
        # each took a millisecond or two), the ids alongside in the same order.
        self._scope_ids = [scope.id for scope in scopes] or [None]
        combo.blockSignals(True)
        combo.clear()
        names = [scope.name for scope in scopes] or [workforce_terms.DEPARTMENT]
        combo.addItems(names)
        _fit_scope_box(combo, names)
        combo.setCurrentIndex(self._scope_ids.index(current) if current in self._scope_ids else 0)
        combo.blockSignals(False)

    def scope_id(self) -> int | None:
        """The id of the scope chosen in "Figures for" (None before there is one)."""
        index = self.ui.scopeCombo.currentIndex()
        return self._scope_ids[index] if 0 <= index < len(self._scope_ids) else None

    def _fill_comparators(self) -> None:
        combo = self.ui.comparatorCombo
        current = combo.currentData() or self._settings.value("workforce/comparator", "england")
        shared = self._read()
        scope = self._scope(shared)
        choices = benchmark_rules.comparator_choices(
            shared.profile,
            shared.family,
            shared.figures,
            scope_is_team=scope is not None and not scope.is_department,
        )
        combo.blockSignals(True)
        combo.clear()
        for choice in choices:
            combo.addItem(choice.label, choice.key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _scope(self, shared: scorecard.Shared) -> workforce_terms.Scope | None:
        scope_id = self.scope_id()
        return next((s for s in shared.scopes if s.id == scope_id), None)

    def choice(self) -> benchmark_terms.ComparatorChoice:
        """The comparator chosen in "Compare with"."""
        key = self.ui.comparatorCombo.currentData() or "england"
        return benchmark_terms.ComparatorChoice(key, self.ui.comparatorCombo.currentText())

    def metric_key(self) -> str:
        """The metric the trend chart shows."""
        return self.ui.trendMetricCombo.currentData() or "vacancy_rate"

    def _show_scorecard(self) -> None:
        scope_id = self.scope_id()
        rows = (
            []
            if scope_id is None
            else scorecard.scorecard(self._store, scope_id, self.choice(), self._shared)
        )
        self.scorecard.set_rows(rows)
        key = self.metric_key()
        for row, line in enumerate(rows):
            if line.metric.key == key:
                self.ui.figuresTable.selectRow(row)
                break
        self._show_note()

    def _show_note(self) -> None:
        row = self.ui.figuresTable.currentIndex().data(RowRole)
        if row is None:
            self.ui.comparatorNote.setText(
                "No figures yet. Import a CSV from your HR system, or add a figure."
                if self.scorecard.rowCount() == 0 or self.scope_id() is None
                else ""
            )
            return
        bench = row.benchmark
        if bench is None:
            self.ui.comparatorNote.setText(
                f"{row.metric.label}: {self.choice().label} has no figure for this measure; "
                "set a target beside the chart and compare with Your targets."
                if row.metric.direction is not workforce_terms.Direction.NEUTRAL
                else f"{row.metric.label}: {row.metric.help}"
            )
            return
        period = f", {bench.period_label}" if bench.period_label else ""
        context = f" <b>{bench.context_note}</b>" if bench.context_note else ""
        self.ui.comparatorNote.setText(
            f"<b>{row.metric.label}</b> compared with {bench.label}{period}: "
            f"{row.metric.format(bench.value)}. <b>Covers:</b> {bench.covers}.{context} "
            f"<b>Source:</b> {bench.source}"
        )

    def _show_target(self) -> None:
        key = self.metric_key()
        item = workforce_terms.METRIC_BY_KEY[key]
        target = self._targets.get(key)
        spin = self.ui.targetSpin
        spin.blockSignals(True)
        spin.setMaximum(100.0 if item.is_percent else 100000.0)
        spin.setSuffix("%" if item.is_percent else "")
        spin.setValue(target if target is not None else spin.minimum())
        spin.setEnabled(item.direction is not workforce_terms.Direction.NEUTRAL)
        spin.blockSignals(False)

    # --- choices ---------------------------------------------------------------------------
    def _scope_chosen(self) -> None:
        with self._reading():
            self._fill_comparators()
            self._show_scorecard()
            self.trend_canvas.refresh()

    def _comparator_chosen(self) -> None:
        self._settings.setValue("workforce/comparator", self.ui.comparatorCombo.currentData())
        with self._reading():
            self._show_scorecard()
            self.trend_canvas.refresh()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowRole)
        if row is not None:
            index = self.ui.trendMetricCombo.findData(row.metric.key)
            if index >= 0 and index != self.ui.trendMetricCombo.currentIndex():
                self.ui.trendMetricCombo.setCurrentIndex(index)
        self._show_note()

    def _metric_chosen(self) -> None:
        self._show_target()
        # Chosen by the director, the trend reads its profile, scopes and figures the plain
        # way too; chosen inside a refresh (its row selected), it uses what that one read.
        with nullcontext() if self._shared else self._reading():
            self.trend_canvas.refresh()
        key = self.metric_key()
        current = self.ui.figuresTable.currentIndex().data(RowRole)
        if current is None or current.metric.key != key:
            for row in range(self.scorecard.rowCount()):
                line = self.scorecard.row_at(row)
                if line is not None and line.metric.key == key:
                    self.ui.figuresTable.selectRow(row)

    # --- changes ---------------------------------------------------------------------------
    def save_target(self) -> None:
        """Save the target typed beside the chart (the lowest value means no target)."""
        self._target_timer.stop()
        spin = self.ui.targetSpin
        key = self.metric_key()
        value = None if spin.value() == spin.minimum() else spin.value()
        if self._targets.get(key) == value:
            return
        store, earlier = self._store, self._targets.get(key)
        self._targets[key] = value
        self.context.ops.run(
            "Changed the target.",
            lambda: workforce_store.set_target(store, key, value),
            lambda: workforce_store.set_target(store, key, earlier),
            parent=self,
        )

    def say(self, message: str, *, error: bool = False) -> None:
        """Show a message at the top of the page (not a box to click away)."""
        label = self.ui.messageLabel
        label.setProperty("role", "error" if error else "success")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(message)

    def _warn(self, message: str) -> None:
        self.say(message, error=True)
