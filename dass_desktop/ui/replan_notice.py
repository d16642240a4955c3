"""A one-time notice explaining the overdue items a back-dated council starts with.

A director who sets the app up weeks into the job (or gives an earlier start date) opens it
to a wall of overdue plan items that fell due before they could act on them. This card says
so, once, and offers to give those items fresh due dates counted from today (one undoable
step) or to leave them as they are. Either choice puts the notice away for good: the choice
is kept in the settings file beside the council's data, with the day the app was first used
there (see :func:`dass_desktop.domain.plan_rules.inherited_overdue`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dass_desktop.domain import overview_sql_plan, plan_rules
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.plan_terms import PlanRow
from dass_desktop.ui.page_context import PageContext

#: The settings keys: the day the app was first used for this council, and the choice made.
FIRST_USED_KEY = "notices/firstUsed"
CHOICE_KEY = "notices/inheritedOverdue"


class ReplanNotice(QFrame):
    """Why the plan starts with overdue items, with "Re-plan from today" and "Leave"."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("replanNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")
        self._settings = QSettings(
            str(context.store.paths.settings), QSettings.Format.IniFormat, self
        )
        self._late: list[PlanRow] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.title = QLabel("Why your plan starts with overdue items", self)
        self.title.setProperty("role", "subheading")
        layout.addWidget(self.title)
        self.text = QLabel(self)
        self.text.setObjectName("replanText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.replan_button = QPushButton("Re-plan from today", self)
        self.replan_button.setObjectName("replanButton")
        self.leave_button = QPushButton("Leave as they are", self)
        self.leave_button.setObjectName("leaveButton")
        buttons.addWidget(self.replan_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.replan_button.clicked.connect(self.replan)
        self.leave_button.clicked.connect(self.leave)
        self.hide()

    def first_used(self, today: dt.date) -> dt.date:
        """The day the app was first used for this council (kept from the first call)."""
        text = str(self._settings.value(FIRST_USED_KEY, "") or "")
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self._settings.setValue(FIRST_USED_KEY, today.isoformat())
            self._settings.sync()
            return today

    @property
    def dismissed(self) -> bool:
        """Whether the director has already re-planned or chosen to leave the items."""
        return bool(self._settings.value(CHOICE_KEY, ""))

    def refresh(self, start: dt.date | None) -> None:
        """Show the notice if there are inherited overdue items and it was never answered."""
        today = self.context.today()
        used_from = self.first_used(today)
        self._late = []
        if not self.dismissed:
            self._late = overview_sql_plan.inherited_overdue(
                self.context.store.quick(), start, today, used_from
            )
        if not self._late:
            self.hide()
            return
        n = len(self._late)
        first = min(plan_rules.replanned(self._late, today).values())
        which, they, them = (
            ("This plan item is", "it", "it a new due date")
            if n == 1
            else (f"These {n} plan items are", "they", "them new due dates in the same order")
        )
        self.text.setText(
            f"{which} overdue because {they} fell due between your start date "
            f"({long_date(start or today)}) and the day you began using DASS Desktop "
            f"({long_date(used_from)}), not because anything was missed. Re-plan from today "
            f"to give {them}, spaced as before, the first on {long_date(first)}; or leave "
            f"{'it as it is' if n == 1 else 'them as they are'}."
        )
        self.show()

    def _choose(self, choice: str) -> None:
        self._settings.setValue(CHOICE_KEY, choice)
        self._settings.sync()
        self.hide()

    def replan(self) -> None:
        """Give the inherited overdue items fresh dates from today (Ctrl+Z puts them back)."""
        from dass_desktop.domain import plan_store  # the ORM, only when re-planning

        late, store = list(self._late), self.context.store
        today = self.context.today()
        dates = plan_rules.replanned(late, today)
        before = {r.id: r.due_date for r in late}
        self._choose("re-planned")
        n = len(dates)
        self.context.ops.run(
            f"Gave {n} overdue plan item{'s' if n != 1 else ''} new due dates from "
            f"{long_date(min(dates.values()))}."
            if dates
            else "Nothing to re-plan.",
            lambda: plan_store.set_due_dates(store, dates),
            lambda: plan_store.set_due_dates(store, before),
            parent=self,
            title="Not re-planned",
        )

    def leave(self) -> None:
        """Keep the dates as they are and put the notice away."""
        self._choose("left")
