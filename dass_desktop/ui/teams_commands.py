"""What the Teams page does to the data: add, edit and delete teams, notes and gaps.

A mixin of :class:`~dass_desktop.ui.teams_page.TeamsPage`, which holds the register and
the detail view these commands read and refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMainWindow, QWidget

from dass_desktop.domain import team_gap_store, team_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import NoteKind, NoteRow, TeamRow
from dass_desktop.store import Store
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.forms.ui_teams_page import Ui_TeamsPage
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.teams_models import GapTableModel, NoteTableModel

if TYPE_CHECKING:
    # The dialogs (with the editor base and the date fields they bring) are imported when
    # first opened, not with the page.
    from dass_desktop.ui.team_dialogs import TeamDialog, TeamGapDialog, TeamNoteDialog


class TeamCommands(QWidget):
    """The Teams page's commands on teams, strengths and areas for development, and gaps."""

    if TYPE_CHECKING:  # provided by TeamsPage
        ui: Ui_TeamsPage
        _store: Store
        _bus: DataBus
        _today: Callable[[], dt.date]
        _teams: list[TeamRow]
        _gaps: list[GapRow]
        context: PageContext
        gap_model: GapTableModel
        strengths_model: NoteTableModel
        development_model: NoteTableModel
        team_dialog: TeamDialog | None
        note_dialog: TeamNoteDialog | None
        gap_dialog: TeamGapDialog | None
        open_plan_item: SignalInstance

        def current_team(self) -> TeamRow | None:
            """The team chosen in the register."""

        def current_gap(self) -> GapRow | None:
            """The gap chosen in the detail."""

        def _current_note(self, kind: NoteKind) -> NoteRow | None: ...

        def select_team(self, team_id: int) -> None:
            """Choose a team in the register."""

        def _start(self) -> dt.date | None: ...

    # --- teams ---------------------------------------------------------------------------
    def _managers(self) -> list[str]:
        return sorted({t.manager for t in self._teams if t.manager}, key=str.casefold)

    def new_team(self) -> None:
        """Open the editor for a new team."""
        self._open_team_dialog(None)

    def edit_team(self) -> None:
        """Open the editor on the chosen team."""
        team = self.current_team()
        if team is not None:
            self._open_team_dialog(team)

    def _open_team_dialog(self, team: TeamRow | None) -> None:
        from dass_desktop.ui.team_dialogs import TeamDialog

        dialog = TeamDialog(self.context.ops, self._store, team, self._managers(), self)
        dialog.accepted.connect(lambda: self._after_team_saved(dialog))
        self.team_dialog = dialog
        dialog.open()

    def _after_team_saved(self, dialog: TeamDialog) -> None:
        if dialog.saved_id is not None:
            self.ui.tabs.setCurrentWidget(self.ui.registerTab)
            self.select_team(dialog.saved_id)
            self.ui.teamTable.setFocus()

    def delete_team(self) -> None:
        """Delete the chosen team; Ctrl+Z brings it back."""
        team = self.current_team()
        if team is None:
            return
        self.context.ops.run(
            f"Deleted the team {team.name}, with its notes and gaps.",
            lambda: team_store.delete_team(self._store, team.id, dt.datetime.now()),
            lambda: team_store.restore_team(self._store, team.id),
            parent=self,
            title="Not deleted",
        )

    # --- notes ---------------------------------------------------------------------------
    def new_note(self, kind: NoteKind) -> None:
        """Open the editor for a new strength or area for development of the chosen team."""
        self._open_note_dialog(kind, None)

    def edit_note(self, kind: NoteKind) -> None:
        """Open the editor on the chosen note of ``kind``."""
        note = self._current_note(kind)
        if note is not None:
            self._open_note_dialog(kind, note)

    def _open_note_dialog(self, kind: NoteKind, note: NoteRow | None) -> None:
        team = self.current_team()
        if team is None:
            return
        from dass_desktop.ui.team_dialogs import TeamNoteDialog

        dialog = TeamNoteDialog(
            self.context.ops, self._store, self._today(), team, kind, note, self
        )
        dialog.accepted.connect(lambda: self._after_note_saved(dialog))
        self.note_dialog = dialog
        dialog.open()

    def _after_note_saved(self, dialog: TeamNoteDialog) -> None:
        kind = NoteKind(dialog.ui.kindCombo.currentData())
        view = self.ui.strengthsTable if kind is NoteKind.STRENGTH else self.ui.developmentTable
        model = view.model()
        assert isinstance(model, NoteTableModel)
        self.ui.detailTabs.setCurrentIndex(0 if kind is NoteKind.STRENGTH else 1)
        ids = [n.id for n in model.rows()]
        if dialog.saved_id in ids:
            view.selectRow(ids.index(dialog.saved_id))
        view.setFocus()

    def delete_note(self, kind: NoteKind) -> None:
        """Delete the chosen note of ``kind``; Ctrl+Z brings it back."""
        note = self._current_note(kind)
        if note is None:
            return
        self.context.ops.run(
            f"Deleted the {kind.label.lower()} “{_short(note.text)}”.",
            lambda: team_store.delete_note(self._store, note.id, dt.datetime.now()),
            lambda: team_store.restore_note(self._store, note.id),
            parent=self,
            title="Not deleted",
        )

    # --- gaps ----------------------------------------------------------------------------
    def _owners(self) -> list[str]:
        owners = {g.owner for g in self._gaps if g.owner} | set(self._managers())
        return sorted(owners, key=str.casefold)

    def new_gap(self) -> None:
        """Open the editor for a new gap in the chosen team."""
        self._open_gap_dialog(None)

    def edit_gap(self) -> None:
        """Open the editor on the chosen gap."""
        gap = self.current_gap()
        if gap is not None:
            self._open_gap_dialog(gap)

    def _open_gap_dialog(self, gap: GapRow | None) -> None:
        team = self.current_team()
        if team is None:
            return
        from dass_desktop.ui.team_dialogs import TeamGapDialog

        dialog = TeamGapDialog(
            self.context.ops, self._store, self._today(), team, gap, self._owners(), self
        )
        dialog.accepted.connect(lambda: self._after_gap_saved(dialog))
        self.gap_dialog = dialog
        dialog.open()

    def _after_gap_saved(self, dialog: TeamGapDialog) -> None:
        self.ui.detailTabs.setCurrentWidget(self.ui.gapsTab)
        row = self.gap_model.row_of(dialog.saved_id) if dialog.saved_id else -1
        if row >= 0:
            self.ui.gapsTable.selectRow(row)
        self.ui.gapsTable.setFocus()

    def delete_gap(self) -> None:
        """Delete the chosen gap (its plan action stays); Ctrl+Z brings it back."""
        gap = self.current_gap()
        if gap is None:
            return
        self.context.ops.run(
            f"Deleted the {gap.role.in_sentence} gap ({gap.size}) in {gap.team_name}.",
            lambda: team_gap_store.delete_gap(self._store, gap.id, dt.datetime.now()),
            lambda: team_gap_store.restore_gap(self._store, gap.id),
            parent=self,
            title="Not deleted",
        )

    def gap_to_plan(self) -> int | None:
        """Make the chosen gap an action in the plan (once); return the action's id.

        For a gap already in the plan, show its action there instead.
        """
        gap = self.current_gap()
        if gap is None:
            return None
        if gap.plan_item_id is not None:
            self.open_plan_item.emit(gap.plan_item_id)
            return gap.plan_item_id
        store, start = self._store, self._start()
        made: list[int] = []

        def do() -> Changes:
            item_id, changes = team_gap_store.gap_to_action(store, gap.id, start)
            made[:] = [item_id]
            return changes

        done = self.context.ops.run(
            f"Put the {gap.role.in_sentence} gap in {gap.team_name} in the plan.",
            do,
            lambda: team_gap_store.take_back_action(store, gap.id, made[0], dt.datetime.now()),
            lambda: team_gap_store.put_back_action(store, gap.id, made[0]),
            parent=self,
        )
        if not made:
            return None
        item_id = made[0]
        window = self.window()
        if isinstance(window, QMainWindow) and done:
            window.statusBar().showMessage(
                "The gap is now an action in your plan, under “Actions arising”.", 8000
            )
        return item_id


def _short(text: str, limit: int = 50) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
