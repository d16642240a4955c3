"""The Briefing page: the director writes each plan's story, saved as they type.

What is written here prints in the one-to-one briefing for the chief executive (the
One-to-ones page keeps the meetings themselves).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.narrative import PlanKind, Section, load_narrative, save_section
from dass_desktop.ui.forms.ui_narrative_page import Ui_NarrativePage
from dass_desktop.ui.page_context import PageContext

SAVE_DELAY_MS = 700
INTRO = {
    PlanKind.HUNDRED_DAY: (
        "Write the 100-day plan's story in your own words. It prints beside your progress, "
        "actions and findings, for the one-to-one with the chief executive."
    ),
    PlanKind.SIX_MONTH: (
        "Write the six-month plan's story. It prints with the trends, the gaps register and "
        "the longer-term changes."
    ),
}


class _SectionEdit(QPlainTextEdit):
    """A text box that saves when it loses focus as well as after a pause in typing.

    Signals:
        left(): focus moved away.
    """

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Save what was typed when the director moves on."""
        super().focusOutEvent(event)
        self.left.emit()


class NarrativePage(QWidget):
    """Six sections per plan (learned, wins, priorities, risks, asks, next 30 days).

    Signals:
        export_requested(): the director asked to export a plan.
    """

    title = "Briefing"
    export_requested = Signal()

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        store = context.store
        bus = context.bus
        self.ui = Ui_NarrativePage()
        self.ui.setupUi(self)
        self._store = store
        self._bus = bus
        self._kind = PlanKind.HUNDRED_DAY
        self._saved: dict[Section, str] = {}
        self.ui.pageTitle.setProperty("role", "heading")
        self.ui.pageTitle.setObjectName("pageTitle")
        self.ui.intro.setProperty("role", "muted")
        self.ui.savedText.setProperty("role", "muted")
        self.editors: dict[Section, _SectionEdit] = {}
        for number, section in enumerate(Section):
            card = QFrame(self)
            card.setProperty("role", "card")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(10, 8, 10, 10)
            layout.setSpacing(3)
            heading = QLabel(section.heading, card)
            heading.setProperty("role", "subheading")
            prompt = QLabel(section.prompt, card)
            prompt.setProperty("role", "muted")
            prompt.setWordWrap(True)
            edit = _SectionEdit(card)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(section.heading)
            heading.setBuddy(edit)
            layout.addWidget(heading)
            layout.addWidget(prompt)
            layout.addWidget(edit, 1)
            self.ui.sectionsGrid.addWidget(card, number // 2, number % 2)
            self.editors[section] = edit
            edit.textChanged.connect(self._typed)
            edit.left.connect(self.flush)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.ui.hundredDayButton.toggled.connect(self._plan_toggled)
        self.ui.exportButton.clicked.connect(self.export_requested)
        self._filling = False
        self.show_plan(PlanKind.HUNDRED_DAY)

    def _plan_toggled(self) -> None:
        six = self.ui.sixMonthButton.isChecked()
        self.show_plan(PlanKind.SIX_MONTH if six else PlanKind.HUNDRED_DAY)

    @property
    def kind(self) -> PlanKind:
        """The plan being written."""
        return self._kind

    def show_plan(self, kind: PlanKind) -> None:
        """Switch to the other plan's narrative (saving anything typed first)."""
        self.flush()
        self._kind = kind
        self.ui.intro.setText(INTRO[kind])
        self._load()

    def _load(self) -> None:
        narrative = load_narrative(self._store, self._kind)
        self._filling = True
        try:
            for section, edit in self.editors.items():
                text = narrative.text(section)
                if edit.toPlainText() != text and not (edit.hasFocus() and self._timer.isActive()):
                    edit.setPlainText(text)
            self._saved = {s: narrative.text(s) for s in Section}
        finally:
            self._filling = False

    def _typed(self) -> None:
        if not self._filling:
            self.ui.savedText.setText("Saving…")
            self._timer.start()

    def flush(self) -> None:
        """Save every section that changed since it was last saved."""
        self._timer.stop()
        changes = Changes()
        for section, edit in self.editors.items():
            text = edit.toPlainText()
            if text != self._saved.get(section, ""):
                changes |= save_section(self._store, self._kind, section, text)
                self._saved[section] = text
        if changes:
            self.ui.savedText.setText(f"Saved at {dt.datetime.now():%H:%M}")
            self._bus.publish(changes)
        elif self.ui.savedText.text() == "Saving…":
            self.ui.savedText.setText("Saved")

    def on_changed(self, changes: Changes) -> None:
        """Reload when the narrative changed elsewhere (an import, a restore)."""
        if changes.touches(Area.NARRATIVE) and not self._timer.isActive():
            self._load()
