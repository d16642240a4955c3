"""The dashboard's card on celebrating success and keeping a sustainable pace.

It says when nothing has been celebrated for a month, lists the teams never recognised
(Enter on one starts a recognition of it), and passes on the wellbeing prompt when the
weekly check-ins have fallen three weeks running. The rules are the domain's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from dass_desktop.domain.overview_sql import celebration
from dass_desktop.domain.recognition_rules import recognition_prompt
from dass_desktop.domain.wellbeing_rules import wellbeing_prompt
from dass_desktop.store import Store
from dass_desktop.ui.dashboard_models import LineListModel
from dass_desktop.ui.row_models import ItemIdRole


class CelebrateCard(QFrame):
    """Recognition prompt, teams never recognised and the wellbeing prompt.

    Signals:
        recognise_team(int): the director chose a team never recognised, to thank it.
    """

    recognise_team = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("celebrateCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        title = QLabel("Celebrating success and pace", self)
        title.setProperty("role", "heading")
        layout.addWidget(title)
        self.recognition_line = QLabel(self)
        self.recognition_line.setObjectName("recognitionPrompt")
        self.recognition_line.setWordWrap(True)
        layout.addWidget(self.recognition_line)
        self.never_title = QLabel(self)
        self.never_title.setProperty("role", "subheading")
        layout.addWidget(self.never_title)
        self.never = LineListModel("Every team has been thanked at least once.", self)
        self.never_list = QListView(self)
        self.never_list.setAccessibleName("Teams never recognised")
        self.never_list.setModel(self.never)
        self.never_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.never_list.setMaximumHeight(110)
        self.never_list.activated.connect(self._chosen)
        self.never_list.doubleClicked.connect(self._chosen)
        layout.addWidget(self.never_list)
        self.wellbeing_line = QLabel(self)
        self.wellbeing_line.setObjectName("wellbeingPrompt")
        self.wellbeing_line.setWordWrap(True)
        self.wellbeing_line.setProperty("role", "muted")
        layout.addWidget(self.wellbeing_line)

    def _chosen(self, index: QModelIndex) -> None:
        team_id = index.data(ItemIdRole)
        if team_id is not None:
            self.recognise_team.emit(team_id)

    def refresh(self, store: Store, today: dt.date, start: dt.date | None) -> None:
        """Read the latest thanks, the teams and check-ins and say what needs attention."""
        found = celebration(store.quick(), today)
        given = [found.last_given[1]] if found.last_given else []
        prompt = recognition_prompt(given, today, start)
        if prompt is not None:
            self.recognition_line.setText(prompt.text)
        elif found.last_given is not None:
            who, given_on = found.last_given
            self.recognition_line.setText(
                f"Last thanks: {who}, on {given_on:%d %B}. Keep noticing what is good."
            )
        else:
            self.recognition_line.setText("Notice what is going well, and say thank you.")
        teams, never = found.teams, found.never_recognised
        self.never.set_rows(
            [(name, f"{name}\nPress Enter to log a recognition.", tid) for tid, name in never],
            "Every team has been thanked at least once."
            if teams
            else "No teams yet: add your teams on the Teams page.",
        )
        self.never_title.setText(
            f"Teams never recognised ({len(never)} of {teams})"
            if teams
            else "Teams never recognised"
        )
        pace = wellbeing_prompt(found.recent_checkins, today)
        self.wellbeing_line.setText(pace.text if pace else "")
        self.wellbeing_line.setVisible(pace is not None)
