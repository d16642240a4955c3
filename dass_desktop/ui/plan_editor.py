"""The editor panel for one plan item: every edit is saved as soon as it is made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCompleter, QFileDialog, QInputDialog, QMessageBox, QWidget

from dass_desktop.domain import plan_rules, plan_terms
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status, ThemeRow
from dass_desktop.domain.timeline import PLAN_PHASES
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.evidence_model import EvidenceListModel, EvidenceRole, evidence_url
from dass_desktop.ui.forms.ui_plan_item_editor import Ui_PlanItemEditor

FINDINGS_SAVE_DELAY_MS = 700


class PlanItemEditor(QWidget):
    """Shows one item and saves each change through the page's ``save`` callable.

    Signals:
        save_requested(int, dict): an item's fields should be saved (id, field values).
        delete_requested(int): the director asked to delete the item.
        move_requested(int, int): move the item up (-1) or down (+1) in its theme.
        evidence_add_requested(int, str, str): attach a target with a label to an item.
        evidence_remove_requested(object): detach an Evidence link.
    """

    save_requested = Signal(int, dict)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)
    evidence_add_requested = Signal(int, str, str)
    evidence_remove_requested = Signal(object)

    def __init__(self, start: Callable[[], dt.date | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanItemEditor()
        self.ui.setupUi(self)
        self._start = start
        self._row: PlanRow | None = None
        self._filling = False
        self.ui.titleError.setObjectName("errorText")
        self.ui.titleError.hide()
        self.ui.helpText.setProperty("role", "help")

        for phase in PLAN_PHASES:
            self.ui.phaseCombo.addItem(phase.label, phase)
        for status in Status:
            self.ui.statusCombo.addItem(status.label, status)
        self.ui.ragCombo.addItem("Not rated", None)
        for rag in Rag:
            self.ui.ragCombo.addItem(rag.label, rag)
        self.ui.dueEdit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)

        self._owners = QStringListModel(self)
        completer = QCompleter(self._owners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.ownerEdit.setCompleter(completer)

        self._evidence = EvidenceListModel(self)
        self.ui.evidenceList.setModel(self._evidence)

        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(FINDINGS_SAVE_DELAY_MS)
        self._findings_timer.timeout.connect(self.flush)

        ui = self.ui
        ui.titleEdit.editingFinished.connect(self._title_finished)
        ui.themeCombo.activated.connect(lambda _i: self._save(theme_id=ui.themeCombo.currentData()))
        ui.phaseCombo.activated.connect(lambda _i: self._save(phase=ui.phaseCombo.currentData()))
        ui.statusCombo.activated.connect(lambda _i: self._save(status=ui.statusCombo.currentData()))
        ui.ragCombo.activated.connect(lambda _i: self._save(rag=ui.ragCombo.currentData()))
        ui.ownerEdit.editingFinished.connect(self._owner_finished)
        ui.dueEdit.editingFinished.connect(self._due_finished)
        ui.dueResetButton.clicked.connect(lambda: self._save(due_date=None))
        ui.findingsEdit.textChanged.connect(self._findings_changed)
        ui.deleteButton.clicked.connect(
            lambda: self._row and self.delete_requested.emit(self._row.id)
        )
        ui.moveUpButton.clicked.connect(
            lambda: self._row and self.move_requested.emit(self._row.id, -1)
        )
        ui.moveDownButton.clicked.connect(
            lambda: self._row and self.move_requested.emit(self._row.id, 1)
        )
        ui.addFileButton.clicked.connect(self._add_file)
        ui.addLinkButton.clicked.connect(self._add_link)
        ui.openEvidenceButton.clicked.connect(self._open_evidence)
        ui.evidenceList.doubleClicked.connect(lambda _i: self._open_evidence())
        ui.removeEvidenceButton.clicked.connect(self._remove_evidence)
        self.show_item(None, [], [], [])

    @property
    def item_id(self) -> int | None:
        """The id of the item shown."""
        return self._row.id if self._row else None

    def show_item(
        self,
        row: PlanRow | None,
        themes: Sequence[ThemeRow],
        owners: Sequence[str],
        evidence: Sequence[plan_terms.Evidence],
    ) -> None:
        """Show ``row`` (or the empty state); fields being typed in are left alone."""
        same = row is not None and self._row is not None and row.id == self._row.id
        if not same:
            self.flush()
            self.ui.titleError.hide()
        self._row = row
        self.ui.emptyText.setVisible(row is None)
        self.ui.fields.setVisible(row is not None)
        self._owners.setStringList(list(owners))
        self._evidence.set_links(evidence)
        if row is None:
            return
        self._filling = True
        try:
            ui = self.ui
            if not (same and ui.titleEdit.hasFocus()) and not (same and ui.titleError.isVisible()):
                ui.titleEdit.setText(row.title)
                ui.titleEdit.setCursorPosition(0)
            ref = f"\nFrom the guidance: {row.guidance_ref}" if row.guidance_ref else ""
            ui.helpText.setText((row.help + ref).strip())
            ui.helpText.setVisible(bool(row.help or row.guidance_ref))
            ui.themeCombo.clear()
            for theme in themes:
                ui.themeCombo.addItem(theme.title, theme.id)
            ui.themeCombo.setCurrentIndex(ui.themeCombo.findData(row.theme_id))
            ui.phaseCombo.setCurrentIndex(ui.phaseCombo.findData(row.phase))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(row.status))
            ui.ragCombo.setCurrentIndex(ui.ragCombo.findData(row.rag))
            if not (same and ui.ownerEdit.hasFocus()):
                ui.ownerEdit.setText(row.owner)
            if row.due is not None:
                ui.dueEdit.setDate(to_qdate(row.due))
            ui.dueEdit.setEnabled(self._start() is not None or row.due_date is not None)
            ui.dueResetButton.setEnabled(row.due_date is not None and self._start() is not None)
            ui.dueHint.setText("your date" if row.due_date else "plan default")
            ui.completedText.setText(
                f"on {long_date(row.completed_on)}" if row.completed_on else ""
            )
            typing_findings = same and self._findings_timer.isActive()
            if not typing_findings and ui.findingsEdit.toPlainText() != row.findings:
                ui.findingsEdit.setPlainText(row.findings)
        finally:
            self._filling = False

    def focus_title(self) -> None:
        """Put the cursor in the title with its text selected, ready to type over."""
        self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.titleEdit.selectAll()

    def untouched(self) -> bool:
        """Whether the fields still show the item as saved (nothing typed since)."""
        row, ui = self._row, self.ui
        return row is not None and (
            ui.titleEdit.text() == row.title
            and ui.ownerEdit.text().strip() == row.owner
            and ui.findingsEdit.toPlainText() == row.findings
        )

    def forget_shown(self) -> None:
        """Let the next :meth:`show_item` fill every field afresh (after an undo)."""
        self._findings_timer.stop()
        self._row = None

    def flush(self) -> None:
        """Save findings typed but not yet saved (before switching items or closing)."""
        if self._findings_timer.isActive():
            self._findings_timer.stop()
        if self._row is not None and self.ui.findingsEdit.toPlainText() != self._row.findings:
            self._save(findings=self.ui.findingsEdit.toPlainText())

    def show_problem(self, problem: InvalidInput) -> None:
        """Show why a change was refused, beside the title field when it concerns it."""
        self.ui.titleError.setText(problem.message)
        self.ui.titleError.show()
        if problem.field == "title":
            self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self, **fields: object) -> None:
        if self._filling or self._row is None:
            return
        self.save_requested.emit(self._row.id, fields)

    def _delete(self) -> None:
        if self._row is not None:
            self.delete_requested.emit(self._row.id)

    def _move(self, step: int) -> None:
        if self._row is not None:
            self.move_requested.emit(self._row.id, step)

    def _title_finished(self) -> None:
        if self._row is not None and self.ui.titleEdit.text() != self._row.title:
            self.ui.titleError.hide()
            self._save(title=self.ui.titleEdit.text())
        elif self._row is not None:
            self.ui.titleError.hide()

    def _owner_finished(self) -> None:
        if self._row is not None and self.ui.ownerEdit.text().strip() != self._row.owner:
            self._save(owner=self.ui.ownerEdit.text())

    def _findings_changed(self) -> None:
        if not self._filling:
            self._findings_timer.start()

    def _due_finished(self) -> None:
        if self._row is None or self._filling:
            return
        chosen = from_qdate(self.ui.dueEdit.date())
        if chosen == self._row.due:
            return
        question = plan_rules.due_date_question(chosen, self._start())
        if question is not None:
            answer = QMessageBox.question(self, "Check the due date", question)
            if answer != QMessageBox.StandardButton.Yes:
                if self._row.due is not None:
                    self.ui.dueEdit.setDate(to_qdate(self._row.due))
                return
        self._save(due_date=chosen)

    def _add_file(self) -> None:
        if self._row is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, "Choose a file as evidence")
        if path:
            self.evidence_add_requested.emit(self._row.id, path, "")

    def _add_link(self) -> None:
        if self._row is None:
            return
        text, ok = QInputDialog.getText(
            self, "Add a web address", "Web address (for example a SharePoint page):"
        )
        text = text.strip()
        if not ok or not text:
            return
        kind, checked = plan_rules.evidence_target(text)
        if kind != "web":
            why = checked if kind is None else "Type a web address; choose files with Add file."
            QMessageBox.warning(self, "Not a web address", why)
            return
        self.evidence_add_requested.emit(self._row.id, checked, "")

    def _selected_evidence(self) -> plan_terms.Evidence | None:
        index = self.ui.evidenceList.currentIndex()
        return index.data(EvidenceRole) if index.isValid() else None

    def _open_evidence(self) -> None:
        link = self._selected_evidence()
        if link is None:
            return
        kind, checked = plan_rules.evidence_target(link.target)
        if kind is None:
            QMessageBox.warning(self, "Not opened", checked)
            return
        if kind == "file":
            answer = QMessageBox.question(
                self,
                "Open a file",
                f"Open {checked} with the program your computer uses for it?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        QDesktopServices.openUrl(evidence_url(checked))

    def _remove_evidence(self) -> None:
        link = self._selected_evidence()
        if link is not None:
            self.evidence_remove_requested.emit(link)
