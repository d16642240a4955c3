"""Editors of the Teams page: a team, a strength or area for development, and a gap.

Each dialog saves through one domain function. When the domain refuses the input, the
dialog stays open with everything as typed, says what is wrong in a plain sentence, marks
the field at fault and puts the cursor in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from dass_desktop.domain import team_gap_store, team_rules, team_store, team_terms
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.team_gap_terms import GapDraft, GapRow
from dass_desktop.domain.team_terms import (
    NOTE_SOURCES,
    GapStatus,
    Mitigation,
    NoteKind,
    NoteRow,
    Role,
    ServiceArea,
    Severity,
    TeamDraft,
    TeamRow,
)
from dass_desktop.store import Store
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.editor_dialog import EditorDialog, fill_combo
from dass_desktop.ui.forms.ui_team_dialog import Ui_TeamDialog
from dass_desktop.ui.forms.ui_team_gap_dialog import Ui_TeamGapDialog
from dass_desktop.ui.forms.ui_team_note_dialog import Ui_TeamNoteDialog
from dass_desktop.ui.operations import OperationRunner


def _name_completer(names: Sequence[str], parent: QWidget) -> QCompleter:
    """Completes a name already used, inline as it is typed (no list pops up to dismiss)."""
    completer = QCompleter(list(names), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    return completer


def _fte_text(value: float | None) -> str:
    return "" if value is None else team_terms.format_fte(value)


class TeamDialog(EditorDialog):
    """Adds a team, or edits one; the vacancy rate is shown as it will be worked out."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        current: TeamRow | None,
        managers: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self._store = store
        self._ops = ops
        self._current = current
        self.saved_id: int | None = current.id if current else None
        self.setWindowTitle("New team" if current is None else f"Edit team: {current.name}")
        fill_combo(
            self.ui.areaCombo,
            list(ServiceArea),
            current.service_area if current else ServiceArea.LONG_TERM_SUPPORT,
        )
        self.ui.managerEdit.setCompleter(_name_completer(managers, self))
        self.fields = {
            "name": self.ui.nameEdit,
            "service_area": self.ui.areaCombo,
            "manager": self.ui.managerEdit,
            "base": self.ui.baseEdit,
            "establishment": self.ui.establishmentEdit,
            "in_post": self.ui.inPostEdit,
            "vacancies": self.ui.vacanciesEdit,
            "agency": self.ui.agencyEdit,
        }
        if current is not None:
            self.ui.nameEdit.setText(current.name)
            self.ui.managerEdit.setText(current.manager)
            self.ui.baseEdit.setText(current.base)
            self.ui.establishmentEdit.setText(_fte_text(current.establishment))
            self.ui.inPostEdit.setText(_fte_text(current.in_post))
            self.ui.vacanciesEdit.setText(_fte_text(current.vacancies_given))
            self.ui.agencyEdit.setText(_fte_text(current.agency))
        for edit in (
            self.ui.establishmentEdit,
            self.ui.inPostEdit,
            self.ui.vacanciesEdit,
        ):
            edit.textChanged.connect(self._show_rate)
        self.prepare_editor(self.ui.buttons, self.ui.errorText)
        self._show_rate()

    def draft(self) -> TeamDraft:
        """The team as typed."""
        return TeamDraft(
            name=self.ui.nameEdit.text(),
            service_area=self.ui.areaCombo.currentData(),
            manager=self.ui.managerEdit.text(),
            base=self.ui.baseEdit.text(),
            establishment=self.ui.establishmentEdit.text(),
            in_post=self.ui.inPostEdit.text(),
            vacancies=self.ui.vacanciesEdit.text(),
            agency=self.ui.agencyEdit.text(),
        )

    def _show_rate(self) -> None:
        """Work out the vacancy rate from the figures typed so far (a dash until they read)."""
        try:
            establishment = team_rules.parse_fte(self.ui.establishmentEdit.text(), "establishment")
            in_post = team_rules.parse_fte(self.ui.inPostEdit.text(), "in_post")
            given = team_rules.parse_fte(self.ui.vacanciesEdit.text(), "vacancies", blank=None)
        except InvalidInput:
            self.ui.rateValue.setText("—")
            return
        establishment, in_post = establishment or 0.0, in_post or 0.0
        if in_post > team_rules.most_in_post(establishment):
            self.ui.rateValue.setText("—")
            return
        worked_out = team_terms.worked_out_vacancies(establishment, in_post)
        self.ui.vacanciesEdit.setPlaceholderText(
            f"Leave blank to work out ({team_terms.format_fte(worked_out)} from the figures above)"
        )
        vacancies = worked_out if given is None else given
        rate = team_terms.vacancy_rate(vacancies, establishment)
        if rate is None:
            self.ui.rateValue.setText("n/a: no establishment yet")
        else:
            self.ui.rateValue.setText(
                f"{team_terms.format_rate(rate)} ({team_terms.format_fte(vacancies)} of "
                f"{team_terms.format_fte(establishment)} FTE)"
            )

    def commit(self) -> None:
        """Save the form through the domain."""
        draft, store, current = self.draft(), self._store, self._current
        if current is None:
            self.saved_id = self._ops.run_create(
                f"Added the team {' '.join(draft.name.split())}.",
                lambda: team_store.add_team(store, draft),
                lambda team_id: team_store.delete_team(store, team_id, dt.datetime.now()),
                lambda team_id: team_store.restore_team(store, team_id),
                raise_invalid=True,
            )
            return
        before = TeamDraft(
            current.name,
            current.service_area,
            current.manager,
            current.base,
            current.establishment,
            current.in_post,
            current.vacancies_given,
            current.agency,
        )
        self._ops.run(
            f"Edited the team {current.name}.",
            lambda: team_store.update_team(store, current.id, draft),
            lambda: team_store.update_team(store, current.id, before),
            raise_invalid=True,
        )


class TeamNoteDialog(EditorDialog):
    """Notes a strength or an area for development of a team, with its date and source."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        today: dt.date,
        team: TeamRow,
        kind: NoteKind,
        current: NoteRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamNoteDialog()
        self.ui.setupUi(self)
        self._store = store
        self._ops = ops
        self._today = today
        self._team = team
        self._current = current
        self.saved_id: int | None = current.id if current else None
        kind = current.kind if current else kind
        verb = "New" if current is None else "Edit"
        self.setWindowTitle(f"{verb} {kind.label.lower()}: {team.name}")
        self.ui.intro.setText(
            "Keep it short: what you saw or heard, and where. Strengths are worth telling the "
            "team about; areas for development are worth a conversation with its manager."
        )
        fill_combo(self.ui.kindCombo, list(NoteKind), kind)
        date_edit = self.ui.notedOnEdit
        date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        date_edit.setMinimumDate(QDate(2000, 1, 1))
        date_edit.setDate(to_qdate(current.noted_on if current else today))
        self.ui.sourceCombo.addItems(list(NOTE_SOURCES))
        self.ui.sourceCombo.setCurrentText(current.source if current else "Visit")
        if current is not None:
            self.ui.textEdit.setPlainText(current.text)
        self.fields = {
            "kind": self.ui.kindCombo,
            "text": self.ui.textEdit,
            "noted_on": self.ui.notedOnEdit,
            "source": self.ui.sourceCombo,
        }
        self.prepare_editor(self.ui.buttons, self.ui.errorText)
        self.ui.textEdit.setFocus()

    def commit(self) -> None:
        """Save the form through the domain."""
        kind = NoteKind(self.ui.kindCombo.currentData())
        text = self.ui.textEdit.toPlainText()
        noted_on = from_qdate(self.ui.notedOnEdit.date())
        source = self.ui.sourceCombo.currentText()
        store, today, current, team = self._store, self._today, self._current, self._team
        what = kind.label.lower()
        if current is None:
            self.saved_id = self._ops.run_create(
                f"Added the {what} for {team.name}.",
                lambda: team_store.add_note(
                    store, team.id, kind, text, noted_on=noted_on, source=source, today=today
                ),
                lambda note_id: team_store.delete_note(store, note_id, dt.datetime.now()),
                lambda note_id: team_store.restore_note(store, note_id),
                raise_invalid=True,
            )
            return
        self._ops.run(
            f"Edited the {what} for {team.name}.",
            lambda: team_store.update_note(
                store,
                current.id,
                text=text,
                noted_on=noted_on,
                source=source,
                today=today,
                kind=kind,
            ),
            lambda: team_store.update_note(
                store,
                current.id,
                text=current.text,
                noted_on=current.noted_on,
                source=current.source,
                today=today,
                kind=current.kind,
            ),
            raise_invalid=True,
        )


class TeamGapDialog(EditorDialog):
    """Records a capacity or skills gap: role, size, severity, mitigation, owner, target."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        today: dt.date,
        team: TeamRow,
        current: GapRow | None = None,
        owners: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamGapDialog()
        self.ui.setupUi(self)
        self._store = store
        self._ops = ops
        self._team = team
        self._current = current
        self.saved_id: int | None = current.id if current else None
        verb = "New gap" if current is None else "Edit gap"
        self.setWindowTitle(f"{verb}: {team.name}")
        self.ui.intro.setText(
            "A gap is a role the team cannot fill, in FTE, or a skill it lacks, described. "
            "If a role cannot be recruited, the guidance suggests alternatives: choose the one "
            "being tried."
        )
        draft = current.draft() if current else GapDraft(role=Role.SOCIAL_WORKER)
        fill_combo(self.ui.roleCombo, list(Role), Role(draft.role))
        fill_combo(self.ui.severityCombo, list(Severity), Severity(draft.severity))
        fill_combo(
            self.ui.mitigationCombo,
            list(Mitigation),
            Mitigation(draft.mitigation) if draft.mitigation else None,
            none="Not chosen yet",
        )
        fill_combo(self.ui.statusCombo, list(GapStatus), GapStatus(draft.status))
        self.ui.fteEdit.setText(_fte_text(current.gap_fte) if current else "")
        self.ui.descriptionEdit.setPlainText(draft.description)
        self.ui.notesEdit.setPlainText(draft.mitigation_notes)
        self.ui.ownerEdit.setText(draft.owner)
        self.ui.ownerEdit.setCompleter(_name_completer(owners, self))
        date_edit = self.ui.targetEdit
        date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        date_edit.setMinimumDate(QDate(2000, 1, 1))
        target = current.target_date if current else today + dt.timedelta(days=90)
        self.ui.targetCheck.setChecked(target is not None)
        date_edit.setDate(to_qdate(target or today + dt.timedelta(days=90)))
        date_edit.setEnabled(target is not None)
        self.ui.targetCheck.toggled.connect(date_edit.setEnabled)
        if current is not None and current.plan_item_id is not None:
            self.ui.planLine.setText(
                "This gap is already an action in your plan. Changes here do not change the "
                "action: edit it in the plan too if its owner or date should follow."
            )
        else:
            self.ui.planLine.hide()
        self.fields = {
            "role": self.ui.roleCombo,
            "gap_fte": self.ui.fteEdit,
            "description": self.ui.descriptionEdit,
            "severity": self.ui.severityCombo,
            "mitigation": self.ui.mitigationCombo,
            "mitigation_notes": self.ui.notesEdit,
            "owner": self.ui.ownerEdit,
            "status": self.ui.statusCombo,
            "target_date": self.ui.targetEdit,
        }
        self.prepare_editor(self.ui.buttons, self.ui.errorText)

    def draft(self) -> GapDraft:
        """The gap as typed."""
        target = from_qdate(self.ui.targetEdit.date()) if self.ui.targetCheck.isChecked() else None
        return GapDraft(
            role=self.ui.roleCombo.currentData(),
            gap_fte=self.ui.fteEdit.text(),
            description=self.ui.descriptionEdit.toPlainText(),
            severity=self.ui.severityCombo.currentData(),
            mitigation=self.ui.mitigationCombo.currentData(),
            mitigation_notes=self.ui.notesEdit.toPlainText(),
            owner=self.ui.ownerEdit.text(),
            status=self.ui.statusCombo.currentData(),
            target_date=target,
        )

    def commit(self) -> None:
        """Save the form through the domain."""
        draft, store, current, team = self.draft(), self._store, self._current, self._team
        if current is None:
            self.saved_id = self._ops.run_create(
                f"Added a gap in {team.name}.",
                lambda: team_gap_store.add_gap(store, team.id, draft),
                lambda gap_id: team_gap_store.delete_gap(store, gap_id, dt.datetime.now()),
                lambda gap_id: team_gap_store.restore_gap(store, gap_id),
                raise_invalid=True,
            )
            return
        before = GapDraft(
            current.role,
            current.gap_fte,
            current.description,
            current.severity,
            current.mitigation,
            current.mitigation_notes,
            current.owner,
            current.status,
            current.target_date,
        )
        self._ops.run(
            f"Edited the gap in {team.name}.",
            lambda: team_gap_store.update_gap(store, current.id, draft),
            lambda: team_gap_store.update_gap(store, current.id, before),
            raise_invalid=True,
        )
