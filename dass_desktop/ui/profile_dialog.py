"""The first-run welcome and the "Your profile" dialog (one dialog, two uses)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dass_desktop.domain.councils import Council, all_councils
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import MARKINGS, DirectorProfile, save_profile
from dass_desktop.store import Store
from dass_desktop.ui.council_model import CouncilFilterModel, CouncilListModel, CouncilRole
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.date_field import from_qdate, to_qdate, typed_date_edit
from dass_desktop.ui.forms.ui_profile_dialog import Ui_ProfileDialog
from dass_desktop.ui.operations import OperationRunner

WELCOME_TEXT = (
    "Welcome. DASS Desktop keeps your first six months as a director in one place, on this "
    "laptop only: your plan, your teams, the people you meet and what you hear. Start by "
    "telling it who you are and when you start in post; day 1 of your plan is your start date."
)
EDIT_TEXT = "Change your details here. Changing the start date moves every day count with it."


class ProfileDialog(QDialog):
    """Asks for the director's name, council, start date, chief executive and marking.

    Saving goes through :func:`save_profile`; the dialog stays open, keeping what was typed,
    and names the field at fault when the input cannot be saved.
    """

    def __init__(
        self,
        store: Store,
        bus: DataBus,
        today: dt.date,
        current: DirectorProfile | None,
        parent: QWidget | None = None,
        ops: OperationRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self._store = store
        self._bus = bus
        self._today = today
        self._earlier, self._ops = current, ops
        self._council: Council | None = None
        self._custom_council: tuple[str, str] | None = None

        self.setWindowTitle("Welcome to DASS Desktop" if current is None else "Your profile")
        self.ui.intro.setText(WELCOME_TEXT if current is None else EDIT_TEXT)
        self.ui.errorText.setObjectName("errorText")
        self.ui.errorText.hide()

        self._councils = CouncilListModel(all_councils(), self)
        self._filter = CouncilFilterModel(self)
        self._filter.setSourceModel(self._councils)
        self.ui.councilList.setModel(self._filter)
        self.ui.councilFilter.textChanged.connect(self._filter.set_search)
        self.ui.councilFilter.textChanged.connect(self._select_best_match)
        self.ui.councilList.selectionModel().currentChanged.connect(self._council_chosen)

        self.ui.startDateEdit = typed_date_edit(self.ui.startDateEdit)
        date_edit = self.ui.startDateEdit
        date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        date_edit.setMinimumDate(QDate(2000, 1, 1))
        date_edit.setMaximumDate(to_qdate(today + dt.timedelta(days=366)))
        date_edit.setDate(to_qdate(today))

        self.ui.markingCombo.addItems(list(MARKINGS))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Save")
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)

        if current is not None:
            self._fill(current)

    def _fill(self, profile: DirectorProfile) -> None:
        self.ui.nameEdit.setText(profile.director_name)
        self.ui.chiefEdit.setText(profile.chief_executive_name)
        self.ui.startDateEdit.setDate(to_qdate(profile.start_date))
        if self.ui.markingCombo.findText(profile.protective_marking) < 0:
            self.ui.markingCombo.addItem(profile.protective_marking)
        self.ui.markingCombo.setCurrentText(profile.protective_marking)
        row = self._councils.row_of(profile.council_code) if profile.council_code else -1
        if row >= 0:
            self.select_council_row(row)
        else:  # a council not in the list (the demo council, or one since renamed)
            self._custom_council = (profile.council_name, profile.region)
            self.ui.councilChoice.setText(f"Chosen: {profile.council_name} ({profile.region})")

    def select_council_row(self, source_row: int) -> None:
        """Select the council at ``source_row`` of the full list (clearing the search)."""
        self.ui.councilFilter.clear()
        index = self._filter.mapFromSource(self._councils.index(source_row, 0))
        self.ui.councilList.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.councilList.scrollTo(index)

    def _select_best_match(self, text: str) -> None:
        """Highlight the first council whose own name holds every word typed, else the first."""
        words = text.casefold().split()
        if not words or self._filter.rowCount() == 0:
            return
        rows = range(self._filter.rowCount())
        best = next(
            (
                r
                for r in rows
                if all(
                    w in self._filter.index(r, 0).data(CouncilRole).name.casefold() for w in words
                )
            ),
            0,
        )
        self.ui.councilList.selectionModel().setCurrentIndex(
            self._filter.index(best, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _council_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        council = current.data(CouncilRole) if current.isValid() else None
        if council is None:
            return
        self._council = council
        self._custom_council = None
        self.ui.councilChoice.setText(f"Chosen: {council.official_name}, {council.region}")

    def profile(self) -> DirectorProfile:
        """The profile as currently typed in the dialog."""
        if self._council is not None:
            name, code, region = self._council.name, self._council.code, self._council.region
        elif self._custom_council is not None:
            (name, region), code = self._custom_council, None
        else:
            name, code, region = "", None, ""
        return DirectorProfile(
            director_name=self.ui.nameEdit.text(),
            council_name=name,
            council_code=code,
            region=region,
            start_date=from_qdate(self.ui.startDateEdit.date()),
            chief_executive_name=self.ui.chiefEdit.text(),
            protective_marking=self.ui.markingCombo.currentText(),
        )

    def _save(self) -> None:
        store, today, profile, earlier = self._store, self._today, self.profile(), self._earlier
        try:
            if earlier is None or self._ops is None:  # setting up: nothing to go back to
                self._bus.publish(save_profile(store, profile, today))
            else:
                self._ops.run(
                    "Changed your profile.",
                    lambda: save_profile(store, profile, today),
                    lambda: save_profile(store, earlier, today),
                    parent=self,
                    raise_invalid=True,
                )
        except InvalidInput as problem:
            self._show_problem(problem)
            return
        self.accept()

    def _show_problem(self, problem: InvalidInput) -> None:
        fields = {
            "director_name": self.ui.nameEdit,
            "council_name": self.ui.councilFilter,
            "start_date": self.ui.startDateEdit,
            "chief_executive_name": self.ui.chiefEdit,
            "protective_marking": self.ui.markingCombo,
        }
        self.ui.errorText.setText(problem.message)
        self.ui.errorText.show()
        widget = fields.get(problem.field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
