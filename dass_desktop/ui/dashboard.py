"""The dashboard: where the director is in their first six months, at a glance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import coverage, overview_sql, overview_sql_contacts, overview_sql_plan
from dass_desktop.domain.changes import Area
from dass_desktop.domain.dates import long_date, long_date_with_weekday
from dass_desktop.domain.overview_queries_base import Top, overall
from dass_desktop.domain.plan_terms import DUE_SOON_DAYS
from dass_desktop.domain.practice_rules import lapsed_words
from dass_desktop.domain.profile_terms import DirectorProfile
from dass_desktop.domain.timeline import Phase, Progress
from dass_desktop.ui.dashboard_celebrate import CelebrateCard
from dass_desktop.ui.dashboard_models import LineListModel, PlanItemListModel, ThemeProgressModel
from dass_desktop.ui.forms.ui_dashboard import Ui_DashboardPage
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.replan_notice import ReplanNotice
from dass_desktop.ui.row_models import ItemIdRole

# What each phase is for, in the app's own words (after the guidance's chapter on
# culture and leadership, "Start by checking that the basics are in place").
PHASE_FOCUS = {
    Phase.BEFORE_START: (
        "Before you start: arrange early conversations with your chief executive, lead "
        "member and director of HR, and ask for the department's structure chart and its "
        "vacancy, sickness and turnover figures."
    ),
    Phase.FIRST_30: (
        "First 30 days: check the basics are in place and whether the department is good "
        "enough, and safe enough: structure, workforce data and how it benchmarks, "
        "supervision, professional leadership and two-way communication. Join your ADASS "
        "region and networks, and be visible early."
    ),
    Phase.TO_DAY_100: (
        "Days 31 to 100: learn each team's strengths and gaps, the quality of practice and "
        "the diversity of the workforce against your communities, and agree your 100-day "
        "plan with the chief executive."
    ),
    Phase.TO_MONTH_6: (
        "Days 101 to 183: turn what you have learned into the longer-term changes: the "
        "department's future form, workforce and OD plans, succession, culture and wellbeing."
    ),
    Phase.AFTER_PLAN: (
        "Beyond six months: keep the habits that worked (visits, briefings, data debates) "
        "and review your plan with the chief executive."
    ),
}


def greeting_for(now: dt.datetime) -> str:
    """Good morning, good afternoon or good evening."""
    if now.hour < 12:
        return "Good morning"
    if now.hour < 18:
        return "Good afternoon"
    return "Good evening"


class DashboardPage(RefreshWhenShown, QWidget):
    """Day N of 183, the phase, key dates, contacts and visits, progress, overdue and due soon.

    Signals:
        open_item(int): the director chose a plan item to open in the plan.
        open_stakeholder(int): the director chose an overdue contact.
        open_engagement(int): the director chose a follow-up (the visit it follows up).
        visit_team(int): the director chose a team not yet visited, to log a visit to it.
        recognise_team(int): the director chose a team never recognised, to thank it.
        log_visit(): the director asked to log a visit.
    """

    title = "Dashboard"
    AREAS = (
        Area.PROFILE,
        Area.PLAN,
        Area.CONTACTS,
        Area.ENGAGEMENTS,
        Area.TEAMS,
        Area.MEETINGS,
        Area.REGISTER,
        Area.RECOGNITION,
        Area.DEVELOPMENT,
    )
    open_item = Signal(int)
    open_stakeholder = Signal(int)
    open_engagement = Signal(int)
    visit_team = Signal(int)
    log_visit = Signal()
    recognise_team = Signal(int)

    def __init__(
        self,
        context: PageContext,
        on_set_up: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        store, today = context.store, context.today
        self.ui = Ui_DashboardPage()
        # The cards sit in a page that scrolls up and down, so on a small screen each keeps
        # the height its text needs instead of being squeezed until lines overlap.
        self.body = QWidget()
        self.ui.setupUi(self.body)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # The next one-to-one and what is due for it, under the day headline.
        self.next_meeting_line = QLabel(self.ui.dayCard)
        self.next_meeting_line.setObjectName("nextMeetingLine")
        self.next_meeting_line.setWordWrap(True)
        self.ui.dayLayout.addWidget(self.next_meeting_line)
        # Lapsed practices, under the overdue items: habits are never overdue, they lapse.
        self.practices_line = QLabel(self.ui.overdueCard)
        self.practices_line.setObjectName("practicesLine")
        self.practices_line.setWordWrap(True)
        self.ui.overdueLayout.addWidget(self.practices_line)
        self._store = store
        self._today = today
        ui = self.ui
        self.celebrate = CelebrateCard(self)
        self.celebrate.recognise_team.connect(self.recognise_team.emit)
        ui.pageLayout.addWidget(self.celebrate)  # a row of its own, below the plan's
        self.replan_notice = ReplanNotice(context, self.body)
        ui.pageLayout.insertWidget(1, self.replan_notice)  # under the greeting, shown once
        for label in (ui.datesTitle, ui.progressTitle, ui.overdueTitle, ui.dueSoonTitle):
            label.setProperty("role", "heading")
        for label in (
            ui.visitsTitle,
            ui.overdueContactsTitle,
            ui.followUpsTitle,
            ui.notVisitedTitle,
        ):
            label.setProperty("role", "subheading")
        ui.visitsCount.setProperty("role", "headline")
        ui.visitsBreakdown.setProperty("role", "muted")
        ui.dayHeadline.setProperty("role", "headline")
        ui.guidanceText.setProperty("role", "muted")
        for card in [*self._cards(), ui.setupCard]:
            card.setProperty("role", "card")
        ui.setupButton.clicked.connect(on_set_up)

        self.themes = ThemeProgressModel(self)
        ui.themeTable.setModel(self.themes)
        ui.themeTable.verticalHeader().hide()
        header = ui.themeTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for line in (ui.hundredDayLine, ui.endLine, ui.councilLine):
            line.setWordWrap(True)  # narrow windows wrap these rather than overlap them
        self.overdue = PlanItemListModel(today, "Nothing overdue. Well done.", self)
        self.due_soon = PlanItemListModel(today, "Nothing due in the next 14 days.", self)
        for view, model in ((ui.overdueList, self.overdue), (ui.dueSoonList, self.due_soon)):
            view.setModel(model)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setSpacing(2)
            view.activated.connect(self._activated)
            view.doubleClicked.connect(self._activated)
        self.overdue_contacts = LineListModel("Nobody is overdue. Well kept.", self)
        self.follow_ups = LineListModel("No follow-ups in the next 14 days.", self)
        self.not_visited = LineListModel("Every team has been visited.", self)
        for view, lines, emit in (
            (ui.overdueContactsList, self.overdue_contacts, self.open_stakeholder.emit),
            (ui.followUpsList, self.follow_ups, self.open_engagement.emit),
            (ui.notVisitedList, self.not_visited, self.visit_team.emit),
        ):
            view.setModel(lines)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            # A long name, or the sentence shown when there is none, wraps rather than
            # being cut off in a narrow card (at most twenty short lines, so no cost).
            view.setUniformItemSizes(False)
            view.setWordWrap(True)
            view.activated.connect(lambda index, emit=emit: self._emit_id(index, emit))
            view.doubleClicked.connect(lambda index, emit=emit: self._emit_id(index, emit))
        ui.logVisitButton.clicked.connect(self.log_visit.emit)
        self.refresh()

    def _cards(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.dayCard,
            ui.datesCard,
            ui.progressCard,
            ui.overdueCard,
            ui.dueSoonCard,
            ui.visitsCard,
            ui.overdueContactsCard,
            ui.followUpsCard,
            ui.notVisitedCard,
            self.celebrate,
        ]

    @staticmethod
    def _emit_id(index: QModelIndex, emit: Callable[[int], object]) -> None:
        row_id = index.data(ItemIdRole)
        if row_id is not None:
            emit(row_id)

    def _activated(self, index: QModelIndex) -> None:
        item_id = index.data(ItemIdRole)
        if item_id is not None:
            self.open_item.emit(item_id)

    def lists(self) -> tuple[QListView, QListView]:
        """The overdue and due-soon lists (for keyboard focus and tests)."""
        return self.ui.overdueList, self.ui.dueSoonList

    def _contact_lists(self) -> tuple[QListView, QListView, QListView]:
        return self.ui.overdueContactsList, self.ui.followUpsList, self.ui.notVisitedList

    def refresh(self) -> None:
        """Read the profile and redraw every figure."""
        self._stale = False
        # Plain SQL on the store's own sqlite3 connection: the first paint needs no ORM.
        con = self._store.quick()
        profile = overview_sql.load_profile(con)
        today = self._today()
        self.ui.greeting.setText(greeting_for(dt.datetime.now()) + self._name_part(profile))
        has_profile = profile is not None
        self.next_meeting_line.setText(overview_sql_plan.next_meeting_words(con, today))
        self.ui.setupCard.setVisible(not has_profile)
        for card in self._cards():
            card.setVisible(has_profile)
        if profile is None:
            self.ui.councilLine.setText(f"Today is {long_date_with_weekday(today)}.")
            return
        progress = Progress(profile.start_date, today)
        self.ui.councilLine.setText(
            f"Director of Adult Social Services, {profile.council_name} "
            f"({profile.region}) · today is {long_date_with_weekday(today)}"
        )
        self.ui.dayHeadline.setText(progress.headline)
        self.ui.phaseLine.setText(progress.phase.progress_label)
        self.ui.planProgress.setValue(round(progress.fraction_elapsed * 183))
        self.ui.hundredDayLine.setText(progress.hundred_day_sentence)
        left = progress.days_to_end
        self.ui.endLine.setText(
            f"{left} days left to the six-month review" if left > 0 else "Six-month plan complete"
        )
        self.ui.guidanceText.setText(PHASE_FOCUS[progress.phase])
        self._show_milestones(progress)
        self._show_plan(profile.start_date, today)
        self._show_contacts(profile.start_date, today)
        self.celebrate.refresh(self._store, today, profile.start_date)
        self.replan_notice.refresh(profile.start_date)

    def _show_plan(self, start: dt.date, today: dt.date) -> None:
        """Progress, themes, overdue and due soon: counts and the first rows, from SQL."""
        con = self._store.quick()
        themes = overview_sql.theme_progress(con)
        whole = overall(themes)
        self.ui.overallLine.setText(
            f"Plan: {whole.sentence}." if whole.applicable else "No items in your plan yet."
        )
        self.themes.set_rows(themes)
        late = overview_sql_plan.open_items_due(con, start, before=today)
        soon = overview_sql_plan.open_items_due(
            con,
            start,
            after=today - dt.timedelta(days=1),
            before=today + dt.timedelta(days=DUE_SOON_DAYS + 1),
        )
        lapsed = overview_sql.lapsed_practices(con, start, today)
        self.practices_line.setText(
            "Practices: " + lapsed_words([p.title for p in lapsed])
            if lapsed
            else "Practices: none lapsed."
        )
        self.overdue.set_rows(late.rows)
        self.due_soon.set_rows(soon.rows)
        _titled(self.ui.overdueTitle, "Overdue", late, "longest overdue")
        _titled(self.ui.dueSoonTitle, "Due in the next 14 days", soon, "soonest")

    def _show_contacts(self, start: dt.date, today: dt.date) -> None:
        """Visits this month, overdue contacts, follow-ups and teams not yet visited."""
        ui = self.ui
        con = self._store.quick()
        by_kind = overview_sql.kinds_held(con, today.replace(day=1), today)
        held = sum(by_kind.values())
        ui.visitsCount.setText(str(held))
        top = sorted(by_kind.items(), key=lambda kv: -kv[1])[:3]
        words = [f"{n} {kind.plural if n != 1 else kind.plural[:-1]}" for kind, n in top]
        more = " and more" if len(by_kind) > 3 else ""
        ui.visitsBreakdown.setText(", ".join(words) + more if held else f"None yet in {today:%B}.")
        people = overview_sql_contacts.list_stakeholders(con, today, start)
        late = coverage.overdue_contacts(people, today)
        self.overdue_contacts.set_rows(
            [
                (
                    f"{p.name} — {coverage.describe_due(p, today)}",
                    f"{p.name}, {p.role_line}\nPress Enter to open.",
                    p.id,
                )
                for p in late
            ],
            "Nobody is overdue. Well kept."
            if people
            else "No contacts yet: add the people you will work with on the Stakeholders page.",
        )
        ui.overdueContactsTitle.setText(
            f"Overdue contacts ({len(late)})" if late else "Overdue contacts"
        )
        due = overview_sql_contacts.follow_ups_due(con, today, DUE_SOON_DAYS)
        self.follow_ups.set_rows(
            [
                (
                    f"{long_date(e.follow_up_on or today)[:-5]} — {e.who_or_where}",
                    f"{e.summary}\nFollow up the {e.kind.label.lower()} on {e.when}.\n"
                    "Press Enter to open it.",
                    e.id,
                )
                for e in due.rows
            ]
        )
        _titled(ui.followUpsTitle, "Follow-ups, next 14 days", due, "soonest")
        teams, not_yet = overview_sql.teams_not_visited(con, today)
        self.not_visited.set_rows(
            [
                (
                    (f"Booked {long_date(c.next_planned)[:-5]}: " if c.next_planned else "")
                    + c.name,
                    f"{c.name}\nPress Enter to log a visit to this team.",
                    c.team_id,
                )
                for c in not_yet.rows
            ],
            "Every team has been visited."
            if teams
            else "No teams yet: add your teams on the Teams page, then plan your visits.",
        )
        ui.notVisitedTitle.setText(
            f"Teams not yet visited ({not_yet.total} of {teams})"
            if teams
            else "Teams not yet visited"
        )
        cut = not_yet.total > len(not_yet.rows)
        ui.notVisitedTitle.setToolTip(
            f"The first {len(not_yet.rows)} by name are listed." if cut else ""
        )

    def _show_milestones(self, progress: Progress) -> None:
        form = self.ui.milestones
        while form.rowCount():
            form.removeRow(0)
        for label, day in progress.milestones():
            done = "✓ " if day <= progress.today else ""
            form.addRow(QLabel(f"{done}{label}"), QLabel(long_date_with_weekday(day)))

    @staticmethod
    def _name_part(profile: DirectorProfile | None) -> str:
        if profile is None:
            return ""
        first = profile.director_name.split()[0]
        return f", {first}"


def _titled(label: QLabel, title: str, top: Top, order: str) -> None:
    """Set ``Overdue (45)``; when only the first rows are listed, a tip says which ones."""
    label.setText(f"{title} ({top.total})" if top.total else title)
    cut = top.total > len(top.rows)
    label.setToolTip(f"The {len(top.rows)} {order} of {top.total} are listed." if cut else "")
