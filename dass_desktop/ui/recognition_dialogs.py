"""Editors of the Recognition page: a recognition, an award round, a nomination.

Each saves through one domain call made by the operation runner, so every save is one
undoable step; a refusal is shown beside the field at fault and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import award_store, recognition_store
from dass_desktop.domain.award_terms import NominationDraft, NominationRow, NomineeKind, RoundRow
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.recognition_terms import (
    RecognitionDraft,
    RecognitionRow,
    ShareWay,
    WhoKind,
)
from dass_desktop.store import Store
from dass_desktop.ui.date_field import TypedDateEdit, from_qdate, to_qdate
from dass_desktop.ui.editor_dialog import EditorDialog, fill_combo
from dass_desktop.ui.operations import OperationRunner


def date_edit(parent: QWidget, day: dt.date, name: str) -> TypedDateEdit:
    """A typed date box showing ``day``, with an accessible name."""
    edit = TypedDateEdit(parent)
    edit.setDate(to_qdate(day))
    edit.setAccessibleName(name)
    return edit


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class _FormDialog(EditorDialog):
    """A dialog with a form, a refusal line and Save / Cancel."""

    def _build(self, title: str) -> QFormLayout:
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.form = form
        layout.addLayout(form)
        error = QLabel(self)
        error.setWordWrap(True)
        layout.addWidget(error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(buttons)
        self.prepare_editor(buttons, error)
        return form


class RecognitionDialog(_FormDialog):
    """Logs a shout-out or thanks, or edits one."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        today: dt.date,
        current: RecognitionRow | None,
        *,
        teams: Sequence[tuple[int, str]] = (),
        contacts: Sequence[tuple[int, str]] = (),
        start: RecognitionDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._store, self._today, self._current = ops, store, today, current
        self.saved_id: int | None = current.id if current else None
        self.fields = {}
        form = self._build("Log a recognition" if current is None else "Edit the recognition")
        draft = current.draft() if current else start
        self.date = date_edit(self, draft.given_on if draft else today, "Date given")
        self.kind = QComboBox(self)
        fill_combo(self.kind, list(WhoKind), WhoKind(draft.who_kind) if draft else WhoKind.TEAM)
        self.team = QComboBox(self)
        for team_id, name in teams:
            self.team.addItem(name, team_id)
        self.contact = QComboBox(self)
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("Who you thanked, by name")
        self.what_for = QPlainTextEdit(self)
        self.what_for.setTabChangesFocus(True)
        self.what_for.setMaximumHeight(90)
        self.theme = QLineEdit(self)
        self.theme.setPlaceholderText("For example: going the extra mile, innovation, teamwork")
        self.shared = QComboBox(self)
        fill_combo(
            self.shared,
            list(ShareWay),
            ShareWay(draft.shared_how) if draft else ShareWay.TEAM_MEETING,
        )
        for label, widget, name in (
            ("&Date", self.date, "Date given"),
            ("&Whom", self.kind, "Whom: a person, team or contact"),
            ("&Team", self.team, "Team thanked"),
            ("&Contact", self.contact, "Contact thanked"),
            ("&Name", self.name, "Person thanked"),
            ("What &for", self.what_for, "What the thanks was for"),
            ("T&heme", self.theme, "Theme"),
            ("&How shared", self.shared, "How it was shared"),
        ):
            form.addRow(label, _named(widget, name))
        self.fields = {
            "given_on": self.date,
            "who_kind": self.kind,
            "who_id": self.team,
            "who_name": self.name,
            "what_for": self.what_for,
            "theme": self.theme,
            "shared_how": self.shared,
        }
        self._engagement = draft.engagement_id if draft else None
        if draft is not None:
            self.name.setText(draft.who_name)
            self.what_for.setPlainText(draft.what_for)
            self.theme.setText(draft.theme)
            for combo in (self.team, self.contact):
                index = combo.findData(draft.who_id)
                if index >= 0:
                    combo.setCurrentIndex(index)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._show_kind()

    def _show_kind(self, *_args: object) -> None:
        kind = WhoKind(self.kind.currentData())
        form = self.form
        form.setRowVisible(self.team, kind is WhoKind.TEAM)
        form.setRowVisible(self.contact, kind is WhoKind.CONTACT)
        form.setRowVisible(self.name, kind is WhoKind.PERSON)
        self.fields["who_id"] = self.contact if kind is WhoKind.CONTACT else self.team

    def draft(self) -> RecognitionDraft:
        """The recognition as typed."""
        kind = WhoKind(self.kind.currentData())
        combo = self.contact if kind is WhoKind.CONTACT else self.team
        return RecognitionDraft(
            given_on=from_qdate(self.date.date()),
            who_kind=kind,
            what_for=self.what_for.toPlainText(),
            who_id=None if kind is WhoKind.PERSON else combo.currentData(),
            who_name=self.name.text(),
            theme=self.theme.text(),
            shared_how=self.shared.currentData(),
            engagement_id=self._engagement,
        )

    def commit(self) -> None:
        """Save the form through the domain."""
        draft, store, today, current = self.draft(), self._store, self._today, self._current
        if current is None:
            self.saved_id = self._ops.run_create(
                "Logged a recognition.",
                lambda: recognition_store.add_recognition(store, draft, today),
                lambda made: recognition_store.delete_recognition(store, made, dt.datetime.now()),
                lambda made: recognition_store.restore_recognition(store, made),
                raise_invalid=True,
            )
            return
        before = current.draft()
        self._ops.run(
            f"Edited the recognition of {current.who}.",
            lambda: recognition_store.update_recognition(store, current.id, draft, today),
            lambda: recognition_store.update_recognition(store, current.id, before, today),
            raise_invalid=True,
        )


class RoundDialog(_FormDialog):
    """Starts an award round (with its first categories), or renames one."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        today: dt.date,
        current: RoundRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._store, self._current = ops, store, current
        self.saved_id: int | None = current.id if current else None
        form = self._build("New award round" if current is None else "Edit the award round")
        self.name = QLineEdit(current.name if current else "", self)
        self.event_date = date_edit(self, (current.event_on if current else None) or today, "Event")
        self.venue = QLineEdit(current.venue if current else "", self)
        form.addRow("&Name", _named(self.name, "Round name"))
        form.addRow("&Event date", self.event_date)
        form.addRow("&Venue", _named(self.venue, "Venue"))
        self.fields = {"name": self.name, "event_on": self.event_date, "venue": self.venue}

    def commit(self) -> None:
        """Save the round through the domain."""
        store, current = self._store, self._current
        name, day, venue = self.name.text(), from_qdate(self.event_date.date()), self.venue.text()
        if current is None:
            self.saved_id = self._ops.run_create(
                "Started an award round.",
                lambda: award_store.add_round(store, name, day, venue),
                lambda made: award_store.delete_round(store, made, dt.datetime.now()),
                lambda made: award_store.restore_round(store, made),
                raise_invalid=True,
            )
            return
        old = (current.name, current.event_on, current.venue)
        self._ops.run(
            f"Edited the award round {current.name}.",
            lambda: award_store.update_round(store, current.id, name, day, venue),
            lambda: award_store.update_round(store, current.id, *old),
            raise_invalid=True,
        )


class NominationDialog(_FormDialog):
    """Nominates a team or a person in a category, or edits a nomination."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        categories: Sequence[tuple[int, str]],
        current: NominationRow | None,
        *,
        teams: Sequence[tuple[int, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._store, self._current = ops, store, current
        form = self._build("New nomination" if current is None else "Edit the nomination")
        self.category = QComboBox(self)
        for category_id, name in categories:
            self.category.addItem(name, category_id)
        if current is not None:
            self.category.setCurrentIndex(max(self.category.findData(current.category_id), 0))
            self.category.setEnabled(False)
        self.kind = QComboBox(self)
        fill_combo(self.kind, list(NomineeKind), current.nominee_kind if current else None)
        self.team = QComboBox(self)
        for team_id, name in teams:
            self.team.addItem(name, team_id)
        self.name = QLineEdit(current.nominee_name if current else "", self)
        self.by = QLineEdit(current.nominated_by if current else "", self)
        self.reason = QPlainTextEdit(current.reason if current else "", self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        if current is not None and current.team_id is not None:
            self.team.setCurrentIndex(max(self.team.findData(current.team_id), 0))
        for label, widget, name in (
            ("&Category", self.category, "Category"),
            ("&Nominee is", self.kind, "Nominee is a person or a team"),
            ("&Team", self.team, "Team nominated"),
            ("&Name", self.name, "Person nominated"),
            ("Nominated &by", self.by, "Nominated by"),
            ("&Why", self.reason, "Why they are nominated"),
        ):
            form.addRow(label, _named(widget, name))
        self.fields = {
            "nominee_kind": self.kind,
            "team_id": self.team,
            "nominee_name": self.name,
            "reason": self.reason,
        }
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._show_kind()

    def _show_kind(self, *_args: object) -> None:
        team = self.kind.currentData() == NomineeKind.TEAM.value
        form = self.form
        form.setRowVisible(self.team, team)
        form.setRowVisible(self.name, not team)

    def draft(self) -> NominationDraft:
        """The nomination as typed."""
        team = self.kind.currentData() == NomineeKind.TEAM.value
        return NominationDraft(
            nominee_kind=self.kind.currentData(),
            nominee_name=self.name.text(),
            team_id=self.team.currentData() if team else None,
            nominated_by=self.by.text(),
            reason=self.reason.toPlainText(),
        )

    def commit(self) -> None:
        """Save the nomination through the domain."""
        draft, store, current = self.draft(), self._store, self._current
        if current is None:
            category = self.category.currentData()
            saved: list[NominationRow] = []

            def remember(made: int) -> None:
                found = award_store.list_rounds(store)
                saved[:] = [
                    n for r in found for c in r.categories for n in c.nominations if n.id == made
                ]

            def delete(made: int) -> Changes:
                remember(made)
                return award_store.delete_nomination(store, made)

            self._ops.run_create(
                "Added a nomination.",
                lambda: award_store.add_nomination(store, category, draft),
                delete,
                lambda made: award_store.restore_nomination(store, saved[0]),
                raise_invalid=True,
            )
            return
        before = current.draft()
        self._ops.run(
            f"Edited the nomination of {current.nominee}.",
            lambda: award_store.update_nomination(store, current.id, draft),
            lambda: award_store.update_nomination(store, current.id, before),
            raise_invalid=True,
        )
