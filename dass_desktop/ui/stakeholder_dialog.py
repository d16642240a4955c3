"""The editor of a contact: who they are, how to reach them, and how often to keep in touch.

An e-mail address or phone number that looks wrong is flagged beside the field on leaving
it, and saved all the same: the director may know better, and nothing typed is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from dass_desktop.domain import stakeholder_store, stakeholder_terms
from dass_desktop.domain.contact_terms import Cadence, Category, quadrant
from dass_desktop.domain.stakeholder_terms import StakeholderDraft, StakeholderRow
from dass_desktop.store import Store
from dass_desktop.ui.editor_dialog import EditorDialog, fill_combo
from dass_desktop.ui.forms.ui_stakeholder_dialog import Ui_StakeholderDialog
from dass_desktop.ui.operations import OperationRunner

FLAG = "⚠"


class StakeholderDialog(EditorDialog):
    """Adds a person to the contacts book, or edits one."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        today: Callable[[], dt.date],
        current: StakeholderRow | None,
        organisations: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StakeholderDialog()
        self.ui.setupUi(self)
        self._store = store
        self._ops = ops
        self._today = today
        self._current = current
        self.saved_id: int | None = current.id if current else None
        ui = self.ui
        self.setWindowTitle("New contact" if current is None else f"Edit contact: {current.name}")
        fill_combo(ui.categoryCombo, list(Category), current.category if current else None)
        fill_combo(ui.cadenceCombo, list(Cadence), current.cadence if current else Cadence.MONTHLY)
        ui.organisationCombo.addItems(list(organisations))
        ui.organisationCombo.setEditText(current.organisation if current else "")
        for flag in (ui.emailFlag, ui.phoneFlag):
            flag.setObjectName("errorText")
            # Room for the warning is kept, so it never pushes the fields below it down.
            policy = flag.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            flag.setSizePolicy(policy)
            flag.setWordWrap(True)
            flag.setMinimumHeight(2 * flag.fontMetrics().lineSpacing())
            flag.hide()
        ui.quadrantLabel.setProperty("role", "note")
        self.fields = {
            "name": ui.nameEdit,
            "role": ui.roleEdit,
            "organisation": ui.organisationCombo,
            "category": ui.categoryCombo,
            "email": ui.emailEdit,
            "phone": ui.phoneEdit,
            "influence": ui.influenceSpin,
            "interest": ui.interestSpin,
            "cadence": ui.cadenceCombo,
            "tags": ui.tagsEdit,
            "notes": ui.notesEdit,
        }
        if current is not None:
            ui.nameEdit.setText(current.name)
            ui.roleEdit.setText(current.role)
            ui.emailEdit.setText(current.email)
            ui.phoneEdit.setText(current.phone)
            ui.influenceSpin.setValue(current.influence)
            ui.interestSpin.setValue(current.interest)
            ui.tagsEdit.setText(", ".join(current.tags))
            ui.notesEdit.setPlainText(current.notes)
        # A warning appears on leaving the field, not while the address is half typed;
        # it goes as soon as the text is put right.
        for edit in (ui.emailEdit, ui.phoneEdit):
            edit.editingFinished.connect(self._show_flags)
            edit.textChanged.connect(self._clear_flags_put_right)
        ui.influenceSpin.valueChanged.connect(self._show_quadrant)
        ui.interestSpin.valueChanged.connect(self._show_quadrant)
        self.prepare_editor(ui.buttons, ui.errorText)
        self._show_flags()
        self._show_quadrant()

    def draft(self) -> StakeholderDraft:
        """The person as typed."""
        ui = self.ui
        return StakeholderDraft(
            name=ui.nameEdit.text(),
            category=ui.categoryCombo.currentData(),
            role=ui.roleEdit.text(),
            organisation=ui.organisationCombo.currentText(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            influence=ui.influenceSpin.value(),
            interest=ui.interestSpin.value(),
            cadence=ui.cadenceCombo.currentData(),
            tags=ui.tagsEdit.text(),
        )

    def _show_flags(self, *_args: object) -> None:
        """Say beside a field when what is typed looks wrong (it will still be saved)."""
        for flag, problem in (
            (self.ui.emailFlag, stakeholder_terms.email_problem(self.ui.emailEdit.text())),
            (self.ui.phoneFlag, stakeholder_terms.phone_problem(self.ui.phoneEdit.text())),
        ):
            flag.setVisible(problem is not None)
            flag.setText(f"{FLAG} {problem} It will be saved as typed." if problem else "")

    def _clear_flags_put_right(self, *_args: object) -> None:
        for flag, problem in (
            (self.ui.emailFlag, stakeholder_terms.email_problem(self.ui.emailEdit.text())),
            (self.ui.phoneFlag, stakeholder_terms.phone_problem(self.ui.phoneEdit.text())),
        ):
            if problem is None:
                flag.hide()

    def _show_quadrant(self, *_args: object) -> None:
        where = quadrant(self.ui.influenceSpin.value(), self.ui.interestSpin.value())
        self.ui.quadrantLabel.setText(f"→ {where.label}")

    def commit(self) -> None:
        """Save the form through the domain."""
        draft, store, current = self.draft(), self._store, self._current
        if current is None:
            today = self._today()
            self.saved_id = self._ops.run_create(
                f"Added {' '.join(draft.name.split())} to your contacts.",
                lambda: stakeholder_store.add_stakeholder(store, draft, today),
                lambda person: stakeholder_store.delete_stakeholders(
                    store, [person], dt.datetime.now()
                ),
                lambda person: stakeholder_store.restore_stakeholders(store, [person]),
                raise_invalid=True,
            )
            return
        before = StakeholderDraft(
            current.name,
            current.category,
            current.role,
            current.organisation,
            current.email,
            current.phone,
            current.notes,
            current.influence,
            current.interest,
            current.cadence,
            current.tags,
        )
        self._ops.run(
            f"Edited the contact {current.name}.",
            lambda: stakeholder_store.update_stakeholder(store, current.id, draft),
            lambda: stakeholder_store.update_stakeholder(store, current.id, before),
            raise_invalid=True,
        )
