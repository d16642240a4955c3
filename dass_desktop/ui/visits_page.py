"""The Visits page: the log of visits and meetings, coverage of teams, themes and charts.

The log runs newest first and filters by words, kind, team, theme and dates; choosing a
visit shows everything heard there and its actions as they stand in the plan. When every
action from a visit is done, the page invites the director to write back "you said, we
did". Deleting goes on the window's undo stack (Ctrl+Z); the visit's actions stay in the
plan.

Signals:
    VisitsPage.log_visit_requested(object, object): team ids and people ids to tick in a
        new visit.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QWidget

from dass_desktop.domain import engagement_rules, engagement_store, overview_sql, team_sql
from dass_desktop.domain.changes import Area
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.ui.contacts_models import EngagementFilterModel, EngagementTableModel
from dass_desktop.ui.coverage_view import CoverageView
from dass_desktop.ui.forms.ui_visits_page import Ui_VisitsPage
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.list_page import ListPanel, page_action
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.table_columns import compact_widths, fit_columns

if TYPE_CHECKING:
    from dass_desktop.ui.visit_dialog import VisitDialog

ANY_DATE = QDate(2000, 1, 1)


def _block(title: str, text: str) -> str:
    return f"<p><b>{escape(title)}</b><br>{escape(text).replace(chr(10), '<br>')}</p>"


class VisitsPage(RefreshWhenShown, QWidget):
    """The visit log with its filters and detail, team coverage, themes and charts."""

    title = "Visits"
    AREAS = (Area.ENGAGEMENTS, Area.CONTACTS, Area.TEAMS, Area.PLAN, Area.PROFILE)
    log_visit_requested = Signal(object, object)

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        store = context.store
        today = context.today
        bus = context.bus
        self.ui = Ui_VisitsPage()
        self.ui.setupUi(self)
        self.store = store
        self._today = today
        self._bus = bus
        self.dialog: VisitDialog | None = None
        self._booked = 0
        ui = self.ui
        ui.pageTitle.setObjectName("pageTitle")
        ui.visitTitle.setProperty("role", "heading")
        ui.visitWhen.setProperty("role", "note")
        ui.detailPanel.setProperty("role", "card")
        ui.countLine.setProperty("role", "note")
        ui.summaryLine.setProperty("role", "note")
        for name in ("visitTitle", "visitWhen"):
            getattr(ui, name).setTextFormat(Qt.TextFormat.PlainText)
        ui.visitBody.setTextFormat(Qt.TextFormat.RichText)

        self.model = EngagementTableModel(today, self)
        self.proxy = EngagementFilterModel(self)
        self.list: ListPanel[EngagementRow] = ListPanel(
            view=ui.table,
            model=self.model,
            proxy=self.proxy,
            search=ui.searchEdit,
            splitter=ui.splitter,
            sizes=(720, 340),
            show=self._show,
            edit=self.edit,
            delete=self.delete,
            clear_filters=self.clear_filters,
            tab=(ui.tabs, ui.logTab),
        )
        ui.table.sortByColumn(EngagementTableModel.DATE, Qt.SortOrder.DescendingOrder)
        fit_columns(ui.table, EngagementTableModel.WHERE, compact=True)
        # Kept by the table, which refits itself each time the log is reloaded.
        compact_widths(ui.table, EngagementTableModel.WHERE, widest=115)

        ui.kindCombo.addItem("All kinds", "")
        for kind in EngagementKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        for edit in (ui.fromEdit, ui.toEdit):  # empty: any date
            edit.allow_any(ANY_DATE)
        ui.searchEdit.setMinimumWidth(140)
        # Long team and theme names shrink the kind, team and theme boxes (seven letters at
        # least, set in the form), not the search beside them.
        ui.searchEdit.textChanged.connect(self._filter)
        for combo in (ui.kindCombo, ui.teamCombo, ui.themeCombo):
            combo.currentIndexChanged.connect(self._filter)
        ui.fromEdit.dateChanged.connect(self._filter)
        ui.toEdit.dateChanged.connect(self._filter)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)

        self.coverage = CoverageView(ui, today, self)
        self.coverage.visit_team.connect(
            lambda team_id: self.log_visit_requested.emit((team_id,), ())
        )
        self.coverage.show_theme.connect(self.show_theme)
        # What the Coverage and Charts tabs are to show, until one of them is opened.
        self._coverage_due: tuple[list[EngagementRow], dt.date | None] | None = None
        ui.tabs.currentChanged.connect(self._show_coverage_if_due)

        ui.logVisitButton.clicked.connect(lambda: self.log_visit_requested.emit((), ()))
        ui.editButton.clicked.connect(self.edit)
        ui.deleteButton.clicked.connect(self.delete)
        ui.writeBackButton.clicked.connect(self.write_back)
        page_action(self, "Find a visit", "Ctrl+F", self.focus_search)
        self._stale = True
        self._show(None)

    # --- refreshing ----------------------------------------------------------------------

    def _start(self) -> dt.date | None:
        profile = overview_sql.load_profile(self.store.quick())
        return profile.start_date if profile else None

    def refresh(self) -> None:
        """Reload the log, the filters' choices and the coverage, keeping the chosen visit."""
        self._stale = False
        chosen = self.current()
        rows = engagement_store.visit_log(self.store)
        teams = team_sql.team_names(self.store.quick())
        self.model.set_rows(rows)
        self._fill_choices(rows, teams)
        today = self._today()
        if chosen is not None and self.model.row_of(chosen.id) >= 0:
            self.select_engagement(chosen.id)
        elif self.proxy.rowCount():
            # The latest held, rather than the furthest booked, is what the director wants.
            held = (
                r
                for r in range(self.proxy.rowCount())
                if not self.proxy.index(r, 0).data(RowRole).is_planned(today)
            )
            self._select_row(next(held, 0))
        else:
            self._show(None)
        start = self._start()
        self._coverage_due = (rows, start)
        self._show_coverage_if_due()
        # The same figures as the dashboard and the printed plans (held, booked, reach).
        counts = engagement_rules.log_counts(
            rows,
            {team_id for team_id, _name in teams},
            start or min((r.occurred_on for r in rows), default=today),
            today,
        )
        self._booked = counts.booked
        parts = [f"{counts.held} visits and meetings held"]
        if counts.booked:
            parts.append(f"{counts.booked} booked")
        if counts.teams_total:
            parts.append(f"{counts.reach_sentence} visited")
        if counts.to_write_back:
            parts.append(f"{counts.to_write_back} to write back")
        self.ui.summaryLine.setText(" · ".join(parts))
        self._show_count()

    def _show_coverage_if_due(self, *_args: object) -> None:
        """Fill the Coverage and Charts tabs once one of them is on show: a visit to the
        log alone does not work out every team's coverage and the themes.
        """
        if self._coverage_due is None or self.ui.tabs.currentWidget() is self.ui.logTab:
            return
        rows, start = self._coverage_due
        self._coverage_due = None
        # The register in full (each team's base) only now: the log needs names alone.
        self.coverage.show(rows, team_sql.list_teams(self.store.quick()), start)

    def _fill_choices(self, rows: list[EngagementRow], teams: list[tuple[int, str]]) -> None:
        """Refill the team and theme filters, keeping what was chosen."""
        for combo, everything, items in (
            (self.ui.teamCombo, "All teams", [(name, team_id) for team_id, name in teams]),
            (
                self.ui.themeCombo,
                "All themes",
                [(t, t) for t in sorted({t for r in rows for t in r.themes}, key=str.casefold)],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _show_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        booked = self._booked
        everything = f"{total} in the log" + (f", {booked} of them booked" if booked else "")
        self.ui.countLine.setText(everything if total == shown else f"Showing {shown} of {total}")

    # --- filters -------------------------------------------------------------------------
    def _filter(self, *_args: object) -> None:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        first, last = ui.fromEdit.chosen(), ui.toEdit.chosen()
        # All at once: the log is filtered in one pass, not once per filter.
        self.proxy.set_filters(
            ui.searchEdit.text(),
            kind=EngagementKind(kind) if kind else None,
            team_id=ui.teamCombo.currentData(),
            theme=ui.themeCombo.currentData(),
            first=first,
            last=last,
        )
        self._show_count()
        self.list.after_filter()

    def clear_filters(self) -> None:
        """Show the whole log."""
        ui = self.ui
        for widget in (ui.searchEdit, ui.kindCombo, ui.teamCombo, ui.themeCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.kindCombo, ui.teamCombo, ui.themeCombo):
            combo.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.kindCombo, ui.teamCombo, ui.themeCombo):
            widget.blockSignals(False)
        ui.fromEdit.choose(None)
        ui.toEdit.choose(None)
        self._filter()

    def show_theme(self, theme: str, first: dt.date, last: dt.date) -> None:
        """Show the visits where ``theme`` was heard between ``first`` and ``last``."""
        self.clear_filters()
        self.ui.themeCombo.setCurrentIndex(max(self.ui.themeCombo.findData(theme), 0))
        self.ui.fromEdit.choose(first)
        self.ui.toEdit.choose(last)
        self.ui.tabs.setCurrentWidget(self.ui.logTab)
        self.ui.table.setFocus()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.list.focus_search()

    # --- choosing ------------------------------------------------------------------------
    def current(self) -> EngagementRow | None:
        """The visit chosen in the log, if any."""
        return self.list.current()

    def _select_row(self, row: int) -> None:
        self.list.choose(self.proxy.index(row, 0))

    def select_engagement(self, engagement_id: int) -> None:
        """Choose visit ``engagement_id`` in the log (clearing filters that hide it)."""
        if self._stale:
            self.refresh()
        index = self.list.index_of(engagement_id)
        if index is None:
            return
        self.ui.tabs.setCurrentWidget(self.ui.logTab)
        self._select_row(index.row())
        self.ui.table.scrollTo(index)

    # --- the detail pane -----------------------------------------------------------------
    def _show(self, row: EngagementRow | None) -> None:
        ui = self.ui
        ui.detailEmpty.setVisible(row is None)
        ui.detailScroll.setVisible(row is not None)
        ui.editButton.setEnabled(row is not None)
        ui.deleteButton.setEnabled(row is not None)
        ui.writeBackButton.setVisible(row is not None and row.awaits_you_said_we_did)
        if row is None:
            if self.model.rowCount() == 0:
                ui.detailEmpty.setText(
                    "No visits logged yet. Press Ctrl+Shift+V wherever you are (or Log a "
                    "visit…) to note a visit, a team meeting, a briefing or a call in a "
                    "minute: who you met, what is going well, what needs to improve, and "
                    "any actions, which go straight into your plan."
                )
            else:
                ui.detailEmpty.setText("No visit matches the filters chosen.")
            return
        today = self._today()
        ui.visitTitle.setText(f"{row.kind.label}: {row.who_or_where}")
        planned = " · planned: still to come" if row.is_planned(today) else ""
        ui.visitWhen.setText(row.when + planned)
        ui.visitBody.setText(self._body(row, today))

    @staticmethod
    def _body(row: EngagementRow, today: dt.date) -> str:
        parts = []
        if row.teams:
            parts.append(_block("Teams", ", ".join(t.name for t in row.teams)))
        if row.people:
            people = "\n".join(
                f"{p.name}" + (f", {p.detail}" if p.detail else "") for p in row.people
            )
            parts.append(_block("People met", people))
        if row.place:
            parts.append(_block("Where", row.place))
        if row.staff_count:
            parts.append(_block("Staff", f"About {row.staff_count}"))
        if row.going_well:
            parts.append(_block("What is going well", row.going_well))
        if row.to_improve:
            parts.append(_block("What needs to improve", row.to_improve))
        if row.themes:
            parts.append(_block("Themes heard", ", ".join(row.themes)))
        if row.actions:
            lines = []
            for action in row.actions:
                bits = [action.title]
                if action.owner:
                    bits.append(action.owner)
                if action.due_date:
                    bits.append(f"due {long_date(action.due_date)}")
                late = action.status.is_open and action.due_date and action.due_date < today
                bits.append(action.status.label.lower() + (" (overdue)" if late else ""))
                lines.append(" · ".join(bits))
            parts.append(_block("Actions in your plan", "\n".join(lines)))
        if row.follow_up_on:
            parts.append(_block("Follow up", long_date(row.follow_up_on)))
        if row.you_said_we_did:
            parts.append(_block("You said, we did", row.you_said_we_did))
        elif row.awaits_you_said_we_did:
            parts.append(
                "<p><i>Every action from this visit is done: tell them what changed.</i></p>"
            )
        return "".join(parts) or "<p><i>Nothing noted yet.</i></p>"

    # --- changing ------------------------------------------------------------------------
    def edit(self) -> None:
        """Open the editor on the chosen visit."""
        row = self.current()
        if row is not None:
            self._open_editor(row)

    def write_back(self) -> None:
        """Open the editor with a first draft of "you said, we did" to finish."""
        row = self.current()
        if row is None:
            return
        dialog = self._open_editor(row)
        if not dialog.ui.youSaidEdit.toPlainText().strip():
            dialog.ui.youSaidEdit.setPlainText(engagement_rules.you_said_we_did_suggestion(row))
        dialog.ui.youSaidEdit.setFocus()

    def _open_editor(self, row: EngagementRow) -> VisitDialog:
        from dass_desktop.ui.visit_dialog import VisitDialog  # on first use, not at opening

        dialog = VisitDialog(
            self.store,
            self._bus,
            self._today(),
            self._start(),
            row,
            parent=self,
            ops=self.context.ops,
        )
        dialog.accepted.connect(lambda: self._after_save(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_save(self, dialog: VisitDialog) -> None:
        if dialog.saved_id is not None:
            self.select_engagement(dialog.saved_id)
            self.ui.table.setFocus()

    def delete(self) -> None:
        """Delete the chosen visit (Ctrl+Z brings it back)."""
        row = self.current()
        if row is not None:
            self.context.ops.run(
                f"Deleted the {row.kind.label.lower()} on {long_date(row.occurred_on)}.",
                lambda: engagement_store.delete_engagements(
                    self.store, [row.id], dt.datetime.now()
                ),
                lambda: engagement_store.restore_engagements(self.store, [row.id]),
                parent=self,
                title="Not deleted",
                after_undo=lambda: self.select_engagement(row.id),
            )
