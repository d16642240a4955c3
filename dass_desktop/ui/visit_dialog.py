"""Quick capture of a visit or meeting, and the editor of one already logged.

Filled in a minute: today's date is there, recent places and team bases are offered, teams
and people recently met come first, and Enter saves from any one-line field. Enter in a
"find" box ticks the first match (or adds a new team or person, see visit_new_records);
typing an action and pressing Enter adds it to the list.

Nothing typed is lost: every change is written to a draft file in the data folder, a crash
or Esc leaves it there, and the form brings it back when next opened. Saving (or Discard)
removes it. When the domain refuses something, the form stays open with everything as
typed, says what is wrong and puts the cursor in the field at fault.
"""

from __future__ import annotations

from dass_desktop.ui.visit_actions import (
    ActionLine,
    ActionListModel,
    VisitActions,
    celebration_draft,
)
from dass_desktop.ui.visit_draft import form_values, restore_form
from dass_desktop.ui.visit_new_records import NewRecords, save_capture, save_edit

__all__ = ["ActionLine", "ActionListModel", "VisitDialog"]

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QWidget

from dass_desktop.domain import (
    coverage,
    engagement_rules,
    engagement_store,
    stakeholder_store,
    team_store,
)
from dass_desktop.domain import engagement_suggestions as suggestions
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.contact_terms import EngagementKind, split_themes
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.engagement_terms import ActionDraft, EngagementDraft, EngagementRow
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.recognition_terms import RecognitionDraft
from dass_desktop.store import Store
from dass_desktop.store.drafts import DraftFile
from dass_desktop.ui.choice_model import Choice, ChoiceFilterModel, ChoiceIdRole, ChoiceModel
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.editor_dialog import EditorDialog
from dass_desktop.ui.forms.ui_visit_dialog import Ui_VisitDialog
from dass_desktop.ui.operations import OperationRunner

NEW_DRAFT = "visit-new"
ACTION_DAYS = 28  # a new action is due four weeks on unless the director says otherwise


# What counts as something typed (beyond the date and kind, which are always there).
CONTENT = ["starts_at", "place", "staff_count", "team_ids", "stakeholder_ids", "going_well"]
CONTENT += ["to_improve", "themes", "actions", "action_title"]


class VisitDialog(EditorDialog):
    """Logs a new engagement, or edits ``current``; saves through the domain and the bus.

    ``teams`` and ``people`` tick those choices in a new form (e.g. "log a visit to this
    team" from the coverage list).
    """

    def __init__(
        self,
        store: Store,
        bus: DataBus,
        today: dt.date,
        start: dt.date | None,
        current: EngagementRow | None = None,
        *,
        teams_ticked: Sequence[int] = (),
        people_ticked: Sequence[int] = (),
        parent: QWidget | None = None,
        ops: OperationRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self._store = store
        self._bus = bus
        self._today = today
        self._start = start
        self._current = current
        self._ops = ops  # a new visit saved through it is one undoable step
        self._loading = True
        self.saved_id: int | None = current.id if current else None
        self.draft = DraftFile(store.paths, f"visit-{current.id}" if current else NEW_DRAFT)
        ui = self.ui
        ui.restoredNote.setProperty("role", "help")
        ui.restoredNote.hide()
        ui.plannedNote.setProperty("role", "note")
        ui.hint.setProperty("role", "note")
        # Quick capture of good news: after saving, a recognition starts from this visit.
        self.celebrate = QCheckBox("Something to &celebrate", self)
        self.celebrate.setToolTip("After saving, log a recognition started from this visit")
        self.celebrate.setAccessibleName("Something to celebrate: log a recognition next")
        ui.buttonRow.insertWidget(1, self.celebrate)
        for kind in EngagementKind:
            ui.kindCombo.addItem(kind.label, kind.value)

        self.team_model = ChoiceModel(self)
        self.team_filter = ChoiceFilterModel(self)
        self.team_filter.setSourceModel(self.team_model)
        ui.teamList.setModel(self.team_filter)
        self.people_model = ChoiceModel(self)
        self.people_filter = ChoiceFilterModel(self)
        self.people_filter.setSourceModel(self.people_model)
        ui.peopleList.setModel(self.people_filter)
        self._bases: dict[int, str] = {}
        self._known_themes = suggestions.known_themes(store)
        self._fill_choices()
        self.new_records = NewRecords(ui, self.team_model, self.people_model, self)

        self.action_list = VisitActions(ui, self._keep_draft, self)
        self.action_model = self.action_list.model

        self.fields: dict[str, QWidget] = {
            "occurred_on": ui.dateEdit,
            "starts_at": ui.timeEdit,
            "kind": ui.kindCombo,
            "place": ui.placeCombo,
            "staff_count": ui.staffEdit,
            "teams": ui.teamList,
            "people": ui.peopleList,
            "going_well": ui.goingWellEdit,
            "to_improve": ui.toImproveEdit,
            "actions": ui.actionTitleEdit,
            "follow_up_on": ui.followUpEdit,
            "you_said_we_did": ui.youSaidEdit,
        }
        self._prefill(current, teams_ticked, people_ticked)
        saved = self.draft.load()
        if saved is not None:
            self._restore(saved)
        self._connect()
        self.action_list.update_remove()
        self._loading = False
        self._show_planned()
        self._show_suggestions()
        ui.teamFilter.setFocus() if current is None else ui.goingWellEdit.setFocus()

    # --- filling the form ----------------------------------------------------------------
    def _fill_choices(self) -> None:
        team_rows = team_store.list_teams(self._store)
        logged = engagement_store.list_engagements(self._store)
        covered = {c.team_id: c for c in coverage.team_coverage(team_rows, logged, self._today)}
        recent = suggestions.recent_team_ids(self._store)
        by_id = {t.id: t for t in team_rows}
        order = [i for i in recent if i in by_id] + [t.id for t in team_rows if t.id not in recent]
        choices = []
        for team_id in order:
            team = by_id[team_id]
            self._bases[team_id] = team.base
            seen = covered.get(team_id)
            if seen is None or seen.last_visit is None:
                detail = "not visited yet"
            else:
                detail = f"last visit {long_date(seen.last_visit)}"
            choices.append(Choice(team.id, team.name, detail))
        self.team_model.set_choices(choices)
        people = stakeholder_store.list_stakeholders(self._store, self._today, self._start)
        recent_people = suggestions.recent_stakeholder_ids(self._store)
        people_by_id = {p.id: p for p in people}
        ordered = [i for i in recent_people if i in people_by_id]
        ordered += [p.id for p in people if p.id not in recent_people]
        self.people_model.set_choices(
            [Choice(i, people_by_id[i].name, people_by_id[i].role_line) for i in ordered]
        )
        places = suggestions.recent_places(self._store)
        places += sorted({t.base for t in team_rows if t.base and t.base not in places})
        self.ui.placeCombo.addItems(places)
        self.ui.placeCombo.setCurrentIndex(-1)
        self.ui.placeCombo.setEditText("")

    def _prefill(
        self,
        current: EngagementRow | None,
        teams_ticked: Sequence[int],
        people_ticked: Sequence[int],
    ) -> None:
        ui = self.ui
        due = self._today + dt.timedelta(days=ACTION_DAYS)
        ui.actionDueEdit.setDate(to_qdate(due))
        ui.followUpEdit.setDate(to_qdate(self._today + dt.timedelta(days=ACTION_DAYS)))
        if current is None:
            self.setWindowTitle("Log a visit or meeting")
            ui.dateEdit.setDate(to_qdate(self._today))
            ui.youSaidBox.hide()
            self.team_model.set_ticked(teams_ticked)
            self.people_model.set_ticked(people_ticked)
            self._place_from_teams()
            return
        self.setWindowTitle(f"Edit: {current.summary}")
        draft = current.draft()
        ui.dateEdit.setDate(to_qdate(current.occurred_on))
        ui.timeEdit.setText(str(draft.starts_at or ""))
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(current.kind.value), 0))
        ui.placeCombo.setEditText(current.place)
        ui.staffEdit.setText(str(draft.staff_count or ""))
        self.team_model.set_ticked(t.id for t in current.teams)
        self.people_model.set_ticked(p.id for p in current.people)
        ui.goingWellEdit.setPlainText(current.going_well)
        ui.toImproveEdit.setPlainText(current.to_improve)
        ui.themesEdit.setText(", ".join(current.themes))
        if current.follow_up_on is not None:
            ui.followUpCheck.setChecked(True)
            ui.followUpEdit.setEnabled(True)
            ui.followUpEdit.setDate(to_qdate(current.follow_up_on))
        ui.youSaidEdit.setPlainText(current.you_said_we_did)
        self.action_list.existing = [
            ActionLine(a.title, a.owner, a.due_date, a.status.label) for a in current.actions
        ]
        self.action_list.show()

    def _connect(self) -> None:
        ui = self.ui
        self.prepare_editor(None, ui.errorText)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.button(QDialogButtonBox.StandardButton.Discard).clicked.connect(self.discard)
        ui.buttons.button(QDialogButtonBox.StandardButton.Discard).setAutoDefault(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Discard).setToolTip(
            "Close and throw away what you typed here"
        )
        ui.teamFilter.textChanged.connect(self.team_filter.set_search)
        ui.peopleFilter.textChanged.connect(self.people_filter.set_search)
        for edit in (ui.teamFilter, ui.peopleFilter, ui.actionTitleEdit, ui.actionOwnerEdit):
            edit.installEventFilter(self)
        ui.teamList.activated.connect(lambda index: self._toggle(self.team_filter, index))
        ui.peopleList.activated.connect(lambda index: self._toggle(self.people_filter, index))
        ui.addActionButton.clicked.connect(self.add_action)
        ui.removeActionButton.clicked.connect(self.remove_action)
        ui.actionsTable.selectionModel().currentRowChanged.connect(self.action_list.update_remove)
        ui.followUpCheck.toggled.connect(ui.followUpEdit.setEnabled)
        ui.suggestions.linkActivated.connect(self._toggle_theme)
        ui.suggestButton.clicked.connect(self._suggest_you_said)
        self.team_model.ticked_changed.connect(self._place_from_teams)
        ui.dateEdit.dateChanged.connect(self._show_planned)
        ui.themesEdit.textChanged.connect(self._show_suggestions)
        for signal in (
            ui.dateEdit.dateChanged,
            ui.timeEdit.textChanged,
            ui.kindCombo.currentIndexChanged,
            ui.placeCombo.editTextChanged,
            ui.staffEdit.textChanged,
            self.team_model.ticked_changed,
            self.people_model.ticked_changed,
            ui.goingWellEdit.textChanged,
            ui.toImproveEdit.textChanged,
            ui.themesEdit.textChanged,
            ui.actionTitleEdit.textChanged,
            ui.actionOwnerEdit.textChanged,
            ui.actionDueEdit.dateChanged,
            ui.followUpCheck.toggled,
            ui.followUpEdit.dateChanged,
            ui.youSaidEdit.textChanged,
        ):
            signal.connect(self._keep_draft)

    # --- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a find box ticks the first match; in the action boxes it adds the action.

        With the box empty, Enter goes on to the dialog and saves.
        """
        is_enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        )
        if is_enter:
            ui = self.ui
            team_text = ui.teamFilter.text().strip()
            people_text = ui.peopleFilter.text().strip()
            typed_action = ui.actionTitleEdit.text().strip()
            new = self.new_records
            if watched is ui.teamFilter and team_text:
                if not new.enter_team(self.team_filter, team_text):
                    self._tick_first(self.team_filter, self.team_model, ui.teamFilter)
                new.show()
                return True
            if watched is ui.peopleFilter and people_text:
                if not new.enter_person(self.people_filter, people_text):
                    self._tick_first(self.people_filter, self.people_model, ui.peopleFilter)
                new.show()
                return True
            if watched in (ui.actionTitleEdit, ui.actionOwnerEdit) and typed_action:
                self.add_action()
                return True
        return super().eventFilter(watched, event)

    def _tick_first(self, proxy: ChoiceFilterModel, model: ChoiceModel, edit: Any) -> None:
        choice_id = proxy.first_unticked()
        if choice_id is not None:
            model.tick(choice_id)
            edit.clear()

    def _toggle(self, proxy: ChoiceFilterModel, index: Any) -> None:
        model = proxy.sourceModel()
        assert isinstance(model, ChoiceModel)
        choice_id = index.data(ChoiceIdRole)
        model.tick(choice_id, not model.is_ticked(choice_id))

    # --- themes, place, planned ----------------------------------------------------------
    def themes(self) -> list[str]:
        """The themes typed so far, tidied."""
        return split_themes(self.ui.themesEdit.text())

    def _toggle_theme(self, link: str) -> None:
        theme = link.removeprefix("theme:")
        chosen = self.themes()
        if theme in chosen:
            chosen.remove(theme)
        else:
            chosen.append(theme)
        self.ui.themesEdit.setText(", ".join(chosen))

    def _show_suggestions(self, *_args: object) -> None:
        chosen = set(self.themes())
        links = []
        for theme in self._known_themes[:18]:
            mark = "✓ " if theme in chosen else ""
            links.append(f'<a href="theme:{escape(theme)}">{mark}{escape(theme)}</a>')
        self.ui.suggestions.setText("Suggestions: " + " · ".join(links))

    def _place_from_teams(self) -> None:
        """With no place typed, the first team ticked offers its base."""
        if self.ui.placeCombo.currentText().strip():
            return
        for team_id in self.team_model.ticked():
            if self._bases.get(team_id):
                self.ui.placeCombo.setEditText(self._bases[team_id])
                return

    def _show_planned(self, *_args: object) -> None:
        day = from_qdate(self.ui.dateEdit.date())
        if day > self._today:
            self.ui.plannedNote.setText(
                f"Planned: {long_date(day)} is still to come. It counts as contact once the "
                "day comes; you can add what you heard then."
            )
            self.ui.plannedNote.show()
        else:
            self.ui.plannedNote.hide()

    # --- actions -------------------------------------------------------------------------
    def add_action(self) -> None:
        """Add the action typed to the list (it goes into the plan when the form is saved)."""
        self.action_list.add()

    def remove_action(self) -> None:
        """Take the chosen new action off the list."""
        self.action_list.remove()

    def action_drafts(self) -> list[ActionDraft]:
        """The new actions, including one typed but not yet added to the list."""
        return self.action_list.drafts()

    def _suggest_you_said(self) -> None:
        if self._current is not None:
            self.ui.youSaidEdit.setPlainText(
                engagement_rules.you_said_we_did_suggestion(self._current)
            )

    # --- the draft -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Everything typed, as plain values (what the draft file holds)."""
        return form_values(self.ui, self.team_model, self.people_model, self.action_list)

    def _keep_draft(self, *_args: object) -> None:
        if not self._loading:
            self.draft.save(self.values())

    def _restore(self, saved: dict[str, Any]) -> None:
        restore_form(self.ui, saved, self.team_model, self.people_model, self.action_list)

    def has_content(self) -> bool:
        """True when anything beyond the date and kind has been entered."""
        values = self.values()
        new = self.new_records
        return bool(new.teams or new.people) or any(values[key] for key in CONTENT)

    # --- saving --------------------------------------------------------------------------
    def engagement_draft(self) -> EngagementDraft:
        """The engagement as typed."""
        ui = self.ui
        return EngagementDraft(
            occurred_on=from_qdate(ui.dateEdit.date()),
            kind=ui.kindCombo.currentData(),
            starts_at=ui.timeEdit.text(),
            place=ui.placeCombo.currentText(),
            team_ids=self.team_model.ticked(),
            stakeholder_ids=self.people_model.ticked(),
            staff_count=ui.staffEdit.text(),
            going_well=ui.goingWellEdit.toPlainText(),
            to_improve=ui.toImproveEdit.toPlainText(),
            themes=ui.themesEdit.text(),
            follow_up_on=from_qdate(ui.followUpEdit.date())
            if ui.followUpCheck.isChecked()
            else None,
            you_said_we_did=ui.youSaidEdit.toPlainText(),
        )

    def commit(self) -> None:
        """Save the engagement and its new actions, drop the draft and tell the other pages."""
        draft = self.engagement_draft()
        actions = self.action_drafts()
        if self._current is None:
            self.saved_id, changes = save_capture(
                self._ops, self._store, self.new_records, draft, actions, self._today, self._start
            )
            if not self.saved_id:
                raise InvalidInput("going_well", "Not saved: see the message shown.")
        else:
            changes = save_edit(
                self._ops, self._store, self._current.id, draft, actions, self._today, self._start
            )
        self.draft.discard()
        self.changes: Changes = changes
        if self._ops is None:  # else published by the runner
            self._bus.publish(changes)

    def celebration(self) -> RecognitionDraft | None:
        """A recognition started from the saved visit, when "something to celebrate" is ticked."""
        if not self.celebrate.isChecked() or self.saved_id is None:
            return None
        return celebration_draft(self.engagement_draft(), self.saved_id, self._today)

    def discard(self) -> None:
        """Close without saving, and throw the draft away."""
        self.draft.discard()
        super().reject()

    def reject(self) -> None:
        """Close (Esc, or the window's close button); what was typed stays as a draft."""
        if not self.has_content() and self._current is None:
            self.draft.discard()
        super().reject()
