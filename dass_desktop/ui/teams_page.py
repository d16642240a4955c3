"""The Teams page: the team register, each team's detail, and the department roll-up.

The Register tab lists teams with their FTE figures, vacancy rate, open gaps and worst open
severity; choosing one shows its strengths, areas for development and gaps, and any gap can
go into the plan in one step. The Department tab adds the teams up and charts vacancy rate
by team and open gaps by role and severity. Every change goes through a domain function and
is broadcast on the data bus; deletions are undone with the window's Ctrl+Z.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QWidget

from dass_desktop.domain import team_rules, team_sql
from dass_desktop.domain.changes import Area
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.overview_sql import load_profile
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import (
    DepartmentRollUp,
    NoteKind,
    NoteRow,
    ServiceArea,
    TeamRow,
    format_fte,
    format_rate,
)
from dass_desktop.ui.forms.ui_teams_page import Ui_TeamsPage
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.list_page import ListPanel, page_action
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.shortcuts import shortcut
from dass_desktop.ui.table_columns import compact_widths, fit_columns
from dass_desktop.ui.team_rollup import DepartmentView
from dass_desktop.ui.teams_commands import TeamCommands
from dass_desktop.ui.teams_models import (
    GapTableModel,
    NoteTableModel,
    TeamFilterModel,
    TeamTableModel,
)

if TYPE_CHECKING:
    from dass_desktop.ui.team_dialogs import TeamDialog, TeamGapDialog, TeamNoteDialog


class TeamsPage(TeamCommands, RefreshWhenShown, QWidget):
    """The team register with its detail view and department roll-up.

    Signals:
        open_plan_item(int): the director asked to see a gap's action in the plan.
    """

    title = "Teams"
    open_plan_item = Signal(int)
    AREAS = (Area.TEAMS, Area.PLAN, Area.PROFILE)

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        store, today, bus = context.store, context.today, context.bus
        self.ui = Ui_TeamsPage()
        self.ui.setupUi(self)
        self._store = store
        self._today = today
        self._bus = bus
        self._teams: list[TeamRow] = []
        self._gaps: list[GapRow] = []
        self.team_dialog: TeamDialog | None = None
        self.note_dialog: TeamNoteDialog | None = None
        self.gap_dialog: TeamGapDialog | None = None

        self.ui.pageTitle.setObjectName("pageTitle")
        self.ui.teamName.setProperty("role", "heading")
        self.ui.detailPanel.setProperty("role", "card")
        self.ui.countLine.setProperty("role", "note")
        # Names the director typed are shown as typed, never read as markup.
        for name in ("teamName", "teamFacts", "summaryLine"):
            getattr(self.ui, name).setTextFormat(Qt.TextFormat.PlainText)
        for name in ("teamFigures", "gapDetail"):
            getattr(self.ui, name).setTextFormat(Qt.TextFormat.RichText)

        self.team_model = TeamTableModel(self)
        self.team_filter = TeamFilterModel(self)
        table = self.ui.teamTable
        self.list: ListPanel[TeamRow] = ListPanel(
            view=table,
            model=self.team_model,
            proxy=self.team_filter,
            search=self.ui.searchEdit,
            splitter=self.ui.splitter,
            sizes=(620, 440),
            show=self._show_team,
            edit=self.edit_team,
            delete=self.delete_team,
            clear_filters=self._clear_filters,
            tab=(self.ui.tabs, self.ui.registerTab),
        )
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(table, 0, compact=True)
        table.setColumnHidden(1, True)  # the service area is in the filter and the detail

        self.strengths_model = NoteTableModel(self)
        self.development_model = NoteTableModel(self)
        self.gap_model = GapTableModel(today, self)
        for view, model, stretch in (
            (self.ui.strengthsTable, self.strengths_model, 2),
            (self.ui.developmentTable, self.development_model, 2),
            (self.ui.gapsTable, self.gap_model, 0),
        ):
            view.setModel(model)
            fit_columns(view, stretch)
        for view in (self.ui.strengthsTable, self.ui.developmentTable):
            # Notes are a sentence or two: show them whole rather than cut short.
            view.setWordWrap(True)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.ui.gapsTable.selectionModel().currentRowChanged.connect(self._show_gap)
        self.ui.strengthsTable.activated.connect(lambda _i: self.edit_note(NoteKind.STRENGTH))
        self.ui.developmentTable.activated.connect(lambda _i: self.edit_note(NoteKind.DEVELOPMENT))
        self.ui.gapsTable.activated.connect(lambda _i: self.edit_gap())

        self.department = DepartmentView(self.ui, self)

        self.ui.areaCombo.addItem("All service areas", "")
        for area in ServiceArea:
            self.ui.areaCombo.addItem(area.label, area.value)
        self.ui.areaCombo.currentIndexChanged.connect(self._filter_area)
        self.ui.searchEdit.textChanged.connect(self._filter_text)

        self._connect_buttons()
        self._add_shortcuts()
        # Read the data when the page is first shown, not while the window starts.
        self._stale = True
        self._show_team(None)

    # --- wiring --------------------------------------------------------------------------
    def _connect_buttons(self) -> None:
        ui = self.ui
        ui.newTeamButton.clicked.connect(self.new_team)
        ui.editTeamButton.clicked.connect(self.edit_team)
        ui.deleteTeamButton.clicked.connect(self.delete_team)
        ui.addStrengthButton.clicked.connect(lambda: self.new_note(NoteKind.STRENGTH))
        ui.editStrengthButton.clicked.connect(lambda: self.edit_note(NoteKind.STRENGTH))
        ui.deleteStrengthButton.clicked.connect(lambda: self.delete_note(NoteKind.STRENGTH))
        ui.addDevelopmentButton.clicked.connect(lambda: self.new_note(NoteKind.DEVELOPMENT))
        ui.editDevelopmentButton.clicked.connect(lambda: self.edit_note(NoteKind.DEVELOPMENT))
        ui.deleteDevelopmentButton.clicked.connect(lambda: self.delete_note(NoteKind.DEVELOPMENT))
        ui.addGapButton.clicked.connect(self.new_gap)
        ui.editGapButton.clicked.connect(self.edit_gap)
        ui.deleteGapButton.clicked.connect(self.delete_gap)
        ui.gapToPlanButton.clicked.connect(self.gap_to_plan)
        self.gap_to_risk_button = QPushButton("Raise as ris&k", ui.gapsTab)
        self.gap_to_risk_button.setToolTip(
            "Put the chosen gap in the risk register as a workforce risk, linked to the gap "
            "and its team (One-to-ones page)"
        )
        # The gap's two one-step actions share a second row, so the buttons keep their
        # words on a 1024-pixel screen.
        actions = QHBoxLayout()
        actions.addStretch(1)
        ui.gapButtons.removeWidget(ui.gapToPlanButton)
        actions.addWidget(ui.gapToPlanButton)
        actions.addWidget(self.gap_to_risk_button)
        ui.gapsLayout.addLayout(actions)
        QWidget.setTabOrder(ui.gapToPlanButton, self.gap_to_risk_button)
        self.gap_to_risk_button.clicked.connect(self.gap_to_risk)

    def gap_to_risk(self) -> int | None:
        """Raise the chosen gap as a risk in one undoable step; return the risk's id."""
        # The risk register's module (and its dialogs) loads when first used, not with the
        # page: it is a quarter of the page's import.
        from dass_desktop.ui.one_to_ones_register import raise_gap_as_risk

        gap = self.current_gap()
        return raise_gap_as_risk(self.context, gap.id, self) if gap is not None else None

    def _add_shortcuts(self) -> None:
        # Window-wide keys work only while this page is the one on show: Qt ignores the
        # shortcuts of hidden widgets, so other pages can use the same keys.
        self.new_team_action = page_action(self, "New team", "Ctrl+N", self.new_team)
        self.find_action = page_action(self, "Find a team", "Ctrl+F", self.focus_search)
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        for view, handler in (
            (self.ui.strengthsTable, lambda: self.delete_note(NoteKind.STRENGTH)),
            (self.ui.developmentTable, lambda: self.delete_note(NoteKind.DEVELOPMENT)),
            (self.ui.gapsTable, self.delete_gap),
        ):
            shortcut(delete, view, handler)

    # --- refreshing ----------------------------------------------------------------------

    def _start(self) -> dt.date | None:
        profile = load_profile(self._store.quick())
        return profile.start_date if profile else None

    def refresh(self) -> None:
        """Reload the register, keep the chosen team, and redraw the roll-up and charts."""
        first_time, self._stale = self._stale and self.team_model.rowCount() == 0, False
        chosen = self.current_team()
        chosen_row = self.ui.teamTable.currentIndex().row()
        # Through the store's plain connection: the ORM's statements, compiled on the page's
        # first open, cost more than the reads themselves.
        con = self._store.quick()
        self._teams = team_sql.list_teams(con)
        self._gaps = team_sql.list_gaps(con, self._start())
        rollup = team_rules.department_rollup(self._teams, self._gaps)
        self.team_model.set_rows(self._teams)
        compact_widths(self.ui.teamTable, 0)
        if chosen is not None and self.team_model.row_of(chosen.id) >= 0:
            self.select_team(chosen.id)
        elif chosen is not None and self.team_filter.rowCount():
            # The chosen team was deleted: move to the one that took its place.
            row = min(chosen_row, self.team_filter.rowCount() - 1)
            self.select_team(self.team_filter.index(row, 0).data(RowRole).id)
        elif first_time and self.team_filter.rowCount():
            self.select_team(self.team_filter.index(0, 0).data(RowRole).id)
        else:
            self._show_team(None)
        self._show_counts(rollup)
        self.department.show(self._teams, rollup)

    def _show_counts(self, rollup: DepartmentRollUp | None = None) -> None:
        self.ui.countLine.setText(f"{self.list.count_text('teams')} · * vacancies worked out")
        if rollup is None:
            return
        self.ui.summaryLine.setText(
            f"{rollup.teams} teams · {format_fte(rollup.establishment)} FTE establishment · "
            f"vacancy rate {format_rate(rollup.vacancy_rate)} · {rollup.open_gaps} open gaps"
        )

    # --- choosing a team -----------------------------------------------------------------
    def current_team(self) -> TeamRow | None:
        """The team chosen in the register, if any."""
        return self.list.current()

    def select_team(self, team_id: int) -> None:
        """Choose team ``team_id`` (clearing the search if it hides the team)."""
        index = self.list.index_of(team_id)
        if index is not None:
            self.list.choose(index)

    def _clear_filters(self) -> None:
        self.ui.searchEdit.clear()
        self.ui.areaCombo.setCurrentIndex(0)

    def _filter_text(self, text: str) -> None:
        self.team_filter.set_search(text)
        self._after_filter()

    def _filter_area(self, _index: int) -> None:
        value = self.ui.areaCombo.currentData()
        self.team_filter.set_area(ServiceArea(value) if value else None)
        self._after_filter()

    def _after_filter(self) -> None:
        self._show_counts()
        self.list.after_filter()

    def focus_search(self) -> None:
        """Go to the register and put the cursor in the search box."""
        self.list.focus_search()

    # --- the detail view -----------------------------------------------------------------
    def _show_team(self, team: TeamRow | None) -> None:
        ui = self.ui
        ui.detailEmpty.setVisible(team is None)
        ui.detailBox.setVisible(team is not None)
        if team is None:
            if self.team_model.rowCount() == 0:
                ui.detailEmpty.setText(
                    "No teams yet. Add each team with New team… (Ctrl+N): its service area, "
                    "establishment and staffing. Then note its strengths, areas for "
                    "development and any capacity or skills gaps as you meet it."
                )
            elif self.team_filter.rowCount() == 0:
                ui.detailEmpty.setText("No team matches the search or service area chosen.")
            else:
                ui.detailEmpty.setText(
                    "Choose a team on the left to see its strengths, areas for development "
                    "and gaps."
                )
            for model in (self.strengths_model, self.development_model, self.gap_model):
                model.set_rows([])
            self._update_buttons()
            return
        ui.teamName.setText(team.name)
        facts = [team.service_area.label]
        facts.append(f"manager {team.manager}" if team.manager else "no manager recorded")
        if team.base:
            facts.append(f"based at {team.base}")
        ui.teamFacts.setText(" · ".join(facts))
        vacancies = format_fte(team.vacancies) + (
            " (worked out)" if team.vacancies_worked_out else ""
        )
        ui.teamFigures.setText(
            f"Establishment {format_fte(team.establishment)} FTE · in post "
            f"{format_fte(team.in_post)} · vacancies {vacancies} · vacancy rate "
            f"<b>{format_rate(team.vacancy_rate)}</b> · agency {format_fte(team.agency)}"
        )
        con = self._store.quick()
        strengths = team_sql.list_notes(con, team.id, NoteKind.STRENGTH)
        developments = team_sql.list_notes(con, team.id, NoteKind.DEVELOPMENT)
        gaps = [g for g in self._gaps if g.team_id == team.id]
        self._set_notes(self.ui.strengthsTable, self.strengths_model, strengths)
        self._set_notes(self.ui.developmentTable, self.development_model, developments)
        chosen_gap = self.current_gap()
        self.gap_model.set_rows(gaps)
        if gaps:
            row = self.gap_model.row_of(chosen_gap.id) if chosen_gap else -1
            self.ui.gapsTable.selectRow(max(row, 0))
        open_gaps = sum(1 for g in gaps if g.status.is_open)
        tabs = ui.detailTabs
        tabs.setTabText(0, f"Strengths ({len(strengths)})")
        tabs.setTabText(1, f"Areas for development ({len(developments)})")
        tabs.setTabText(2, f"Gaps ({open_gaps} open)" if gaps else "Gaps (0)")
        self._show_gap()
        self._update_buttons()

    @staticmethod
    def _set_notes(view: QTableView, model: NoteTableModel, notes: list[NoteRow]) -> None:
        chosen = view.currentIndex().data(RowRole)
        model.set_rows(notes)
        if notes:
            ids = [n.id for n in notes]
            view.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)

    def current_gap(self) -> GapRow | None:
        """The gap chosen in the detail view, if any."""
        index = self.ui.gapsTable.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _current_note(self, kind: NoteKind) -> NoteRow | None:
        view = self.ui.strengthsTable if kind is NoteKind.STRENGTH else self.ui.developmentTable
        index = view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _show_gap(self, *_args: object) -> None:
        gap = self.current_gap()
        if gap is None:
            self.ui.gapDetail.setText("")
            self._update_buttons()
            return
        lines = []
        if gap.description and gap.gap_fte is not None:
            lines.append(escape(gap.description))
        mitigation = gap.mitigation.label if gap.mitigation else "not chosen yet"
        lines.append(f"<b>Mitigation:</b> {mitigation}")
        if gap.mitigation_notes:
            lines.append(escape(gap.mitigation_notes))
        owner = escape(gap.owner) if gap.owner else "no owner yet"
        target = long_date(gap.target_date) if gap.target_date else "no target date"
        late = " (passed)" if gap.is_overdue(self._today()) else ""
        lines.append(f"<b>Owner:</b> {owner} · <b>target:</b> {target}{late}")
        if gap.plan_status is not None:
            due = f", due {long_date(gap.plan_due)}" if gap.plan_due else ""
            lines.append(
                f"<b>In your plan</b> as an action ({gap.plan_status.label.lower()}{due})."
            )
        elif gap.status.is_open:
            lines.append("Not in your plan yet: <i>Add to plan</i> makes it an action.")
        self.ui.gapDetail.setText("<br>".join(line.replace("\n", "<br>") for line in lines))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        team = self.current_team()
        ui.editTeamButton.setEnabled(team is not None)
        ui.deleteTeamButton.setEnabled(team is not None)
        for kind, edit, delete in (
            (NoteKind.STRENGTH, ui.editStrengthButton, ui.deleteStrengthButton),
            (NoteKind.DEVELOPMENT, ui.editDevelopmentButton, ui.deleteDevelopmentButton),
        ):
            note = self._current_note(kind)
            edit.setEnabled(note is not None)
            delete.setEnabled(note is not None)
        gap = self.current_gap()
        ui.editGapButton.setEnabled(gap is not None)
        ui.deleteGapButton.setEnabled(gap is not None)
        self.gap_to_risk_button.setEnabled(gap is not None and gap.status.is_open)
        in_plan = gap is not None and gap.in_plan
        ui.gapToPlanButton.setEnabled(gap is not None and (in_plan or gap.status.is_open))
        ui.gapToPlanButton.setText("Open in &plan" if in_plan else "Add to &plan")
