"""The main window: sidebar of pages, File and Help menus, remembered size and position."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from dass_desktop import APP_NAME, __version__
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.overview_sql import load_profile
from dass_desktop.domain.recognition_terms import RecognitionDraft, WhoKind
from dass_desktop.store import Store
from dass_desktop.store.errors import classify
from dass_desktop.ui import chart_warmup
from dass_desktop.ui.dashboard import DashboardPage
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.forms.ui_main_window import Ui_MainWindow
from dass_desktop.ui.navigation import LATER_PAGES, PageListModel, page_keys
from dass_desktop.ui.page_access import PageAccess
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.quiet_gc import collector_held
from dass_desktop.ui.shortcut_list import show_shortcuts
from dass_desktop.ui.table_columns import show_cut_text_everywhere
from dass_desktop.ui.theme import show_roles
from dass_desktop.ui.undo_notice import UndoNotice

if TYPE_CHECKING:
    from dass_desktop.domain.search_terms import HitKind
    from dass_desktop.ui.export_dialog import ExportDialog
    from dass_desktop.ui.narrative_page import NarrativePage
    from dass_desktop.ui.plan_page import PlanPage
    from dass_desktop.ui.profile_dialog import ProfileDialog
    from dass_desktop.ui.recognition_page import RecognitionPage
    from dass_desktop.ui.search_dialog import SearchDialog
    from dass_desktop.ui.stakeholders_page import StakeholdersPage
    from dass_desktop.ui.teams_page import TeamsPage
    from dass_desktop.ui.visit_dialog import VisitDialog
    from dass_desktop.ui.visits_page import VisitsPage

SMALL_SCREEN = 1200  # windows narrower than this get the narrow sidebar
SIDEBAR_WIDE = 190
SIDEBAR_NARROW = 150


class Page(Protocol):
    """What the window needs of a page: a title for the sidebar and a change handler."""

    title: str

    def on_changed(self, changes: Changes) -> None:
        """Refresh whatever the page shows that ``changes`` touched."""


class MainWindow(PageAccess, QMainWindow):
    """The app's one window.

    ``today`` is a callable so tests (and ``--as-of``) can fix the date.
    """

    def __init__(
        self,
        store: Store,
        today: Callable[[], dt.date],
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.store = store
        self.bus = DataBus(self)
        self._today = today
        self._demo = demo
        self._settings = QSettings(str(store.paths.settings), QSettings.Format.IniFormat)
        self.profile_dialog: ProfileDialog | None = None

        self.undo_stack = QUndoStack(self)
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        self.ui.menuEdit.addActions([undo, redo])

        self.context = PageContext(store, self.bus, today, self.undo_stack)
        context = self.context
        self.undo_notice = UndoNotice(context.ops, self.statusBar())
        # Pages are made inside the page stack: moved in, a page is styled all over again.
        self.dashboard = DashboardPage(context, self.edit_profile, self.ui.pages)
        show_roles(self.dashboard)
        self.dashboard.open_item.connect(self.open_plan_item)
        self.dashboard.open_stakeholder.connect(self.open_stakeholder)
        self.dashboard.open_engagement.connect(self.open_engagement)
        self.dashboard.visit_team.connect(lambda team_id: self.log_visit((team_id,), ()))
        self.dashboard.log_visit.connect(lambda: self.log_visit((), ()))
        self.visit_dialog: VisitDialog | None = None
        # Only the dashboard is built before the window shows; every other page is built
        # (and its module imported) on its first visit, standing in as an empty widget.
        self._pages: list[QWidget] = [self.dashboard]
        self.ui.pages.addWidget(self.dashboard)
        self.bus.changed.connect(self.dashboard.on_changed)
        for _name, _title, _module, _class in LATER_PAGES:
            stand_in = QWidget(self)
            self._pages.append(stand_in)
            self.ui.pages.addWidget(stand_in)
        self._built: dict[str, QWidget] = {"dashboard": self.dashboard}
        self.dashboard.recognise_team.connect(self.recognise_team)
        self.bus.changed.connect(self._on_changed)
        show_cut_text_everywhere(self)

        titles = [self.dashboard.title, *(title for _n, title, _m, _c in LATER_PAGES)]
        shortcuts = page_keys(["dashboard", *(name for name, _t, _m, _c in LATER_PAGES)])
        self._titles = titles
        self._nav_model = PageListModel(list(zip(titles, shortcuts, strict=True)), self)
        self.ui.navigation.setModel(self._nav_model)
        self.ui.navigation.selectionModel().currentChanged.connect(
            lambda current, _prev: self._show_row(current.row())
        )
        for row, keys in enumerate(shortcuts):
            if keys:  # an action, so that Help ▸ Keyboard shortcuts lists it
                go = QAction(f"Go to {titles[row]}", self)
                go.setShortcut(QKeySequence(keys))
                go.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                go.triggered.connect(partial(self.show_page, row))
                self.addAction(go)
        self.show_page(0)
        # Charts' matplotlib, imported in the background once the window has settled.
        self.warm_charts = QTimer(self)
        self.warm_charts.setSingleShot(True)
        self.warm_charts.setInterval(chart_warmup.AFTER_MS)
        self.warm_charts.timeout.connect(chart_warmup.warm_charts)
        chart_warmup.WhenIdle(self, self.warm_charts.start)

        self.ui.actionEditProfile.triggered.connect(self.edit_profile)
        self.ui.actionLogVisit.triggered.connect(lambda: self.log_visit((), ()))
        self.ui.actionBackUp.triggered.connect(self.back_up)
        self.protect_action = QAction("Protect with a passphrase…", self)
        self.protect_action.triggered.connect(self.protect)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.protect_action)
        self.ui.actionExport.triggered.connect(self.export_plan)
        self.export_dialog: ExportDialog | None = None
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.shortcuts_action = QAction("Keyboard shortcuts", self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(
            lambda: show_shortcuts(self, list(zip(self._titles, self.pages(), strict=True)))
        )
        self.ui.menuHelp.insertAction(self.ui.actionAbout, self.shortcuts_action)
        self.search_dialog: SearchDialog | None = None
        self.search_action = QAction("Search everything…", self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.search_everything)
        self.ui.menuEdit.addSeparator()
        self.ui.menuEdit.addAction(self.search_action)
        self.ui.actionQuit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))

        self.statusBar().showMessage(f"Data: {store.paths.root}")
        self._update_title()
        self._restore_geometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow the sidebar on small screens, so the pages keep their columns."""
        super().resizeEvent(event)
        navigation = self.ui.navigation
        narrow = event.size().width() < SMALL_SCREEN
        if navigation.property("narrow") != narrow:  # less padding beside the names
            navigation.setProperty("narrow", narrow)
            navigation.style().unpolish(navigation)
            navigation.style().polish(navigation)
        # Never narrower than the longest page name with its padding ("My development").
        # (+ the chosen page's 4 px left border, and 2 to spare: see style.qss)
        needed = navigation.sizeHintForColumn(0) + 6
        navigation.setFixedWidth(max(SIDEBAR_NARROW if narrow else SIDEBAR_WIDE, needed))

    # --- pages -------------------------------------------------------------------------
    def show_page(self, row: int) -> None:
        """Show page ``row`` of the sidebar."""
        self.ui.navigation.setCurrentIndex(self._nav_model.index(row, 0))

    def pages(self) -> list[QWidget]:
        """The sidebar's pages, in order (building any not yet built)."""
        for name, _title, _module, _class in LATER_PAGES:
            self._page(name)
        return list(self._pages)

    def titles(self) -> list[str]:
        """The sidebar's page titles, in order."""
        return list(self._titles)

    def _show_row(self, row: int) -> None:
        if row == 0 or LATER_PAGES[row - 1][0] in self._built:
            self.ui.pages.setCurrentIndex(row)
            return
        with collector_held():  # a first visit: see ui/quiet_gc.py
            self._page(LATER_PAGES[row - 1][0])
            self.ui.pages.setCurrentIndex(row)

    def _page(self, name: str) -> QWidget:
        """The page called ``name``, built (and put in the sidebar's stack) on first use."""
        built = self._built.get(name)
        if built is not None:
            return built
        row = 1 + [spec[0] for spec in LATER_PAGES].index(name)
        _name, _title, module_name, class_name = LATER_PAGES[row - 1]
        page_class = getattr(import_module(module_name), class_name)
        page = cast(QWidget, page_class(self.context, self.ui.pages))
        show_roles(page)
        self._built[name] = page
        self._wire(name, page)
        show_cut_text_everywhere(page)
        stand_in = self._pages[row]
        self.ui.pages.insertWidget(row, page)
        self.ui.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self._pages[row] = page
        self.bus.changed.connect(cast(Page, page).on_changed)
        return page

    def _wire(self, name: str, page: QWidget) -> None:
        """Connect a newly built page's requests to the window."""
        if name == "plan_page":
            plan = cast("PlanPage", page)
            plan.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            plan.export_requested.connect(self.export_plan)
        elif name == "teams":
            cast("TeamsPage", page).open_plan_item.connect(self.open_plan_item)
        elif name in ("stakeholders", "visits"):
            contacts = cast("StakeholdersPage | VisitsPage", page)
            contacts.log_visit_requested.connect(self.log_visit)
            if name == "stakeholders":
                cast("StakeholdersPage", page).open_engagement.connect(self.open_engagement)
        elif name == "narrative_page":
            cast("NarrativePage", page).export_requested.connect(self.export_plan)
        elif name == "recognition":
            cast("RecognitionPage", page).export_awards.connect(self.export_awards)

    def show_widget(self, page: QWidget) -> None:
        """Show ``page`` (one of the sidebar's pages)."""
        self.show_page(self._pages.index(page))

    def current_page(self) -> QWidget:
        """The page on show."""
        page = self.ui.pages.currentWidget()
        assert page is not None  # the stack always holds the pages
        return page

    def open_plan_item(self, item_id: int) -> None:
        """Show the plan page with ``item_id`` selected in it."""
        self.show_widget(self.plan_page)
        self.plan_page.select_item(item_id)
        self.plan_page.ui.tree.setFocus()

    def open_stakeholder(self, stakeholder_id: int) -> None:
        """Show the Stakeholders page with ``stakeholder_id`` chosen."""
        self.show_widget(self.stakeholders)
        self.stakeholders.select_stakeholder(stakeholder_id)
        self.stakeholders.ui.table.setFocus()

    def open_engagement(self, engagement_id: int) -> None:
        """Show the Visits page with ``engagement_id`` chosen in the log."""
        self.show_widget(self.visits)
        self.visits.select_engagement(engagement_id)
        self.visits.ui.table.setFocus()

    def recognise_team(self, team_id: int) -> None:
        """Show the Recognition page with a new recognition of ``team_id`` open."""
        self.show_widget(self.recognition)
        self.recognition.new(RecognitionDraft(self._today(), WhoKind.TEAM, "", who_id=team_id))

    def open_record(self, kind: HitKind, record_id: int) -> None:
        """Show the page of a record of ``kind`` with ``record_id`` chosen on it."""
        from dass_desktop.ui.record_opener import open_record

        open_record(self, kind, record_id)

    def search_everything(self) -> None:
        """Open the search box (Ctrl+K) over the window."""
        if self.search_dialog is None:
            from dass_desktop.ui.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.store, self)
            self.search_dialog.open_record.connect(self.open_record)
        self.search_dialog.start()

    def log_visit(self, teams: Sequence[int] = (), people: Sequence[int] = ()) -> None:
        """Open quick capture (Ctrl+Shift+V), with any teams and people given ticked."""
        from dass_desktop.ui.visit_dialog import VisitDialog

        profile = load_profile(self.store.quick())
        dialog = VisitDialog(
            self.store,
            self.bus,
            self._today(),
            profile.start_date if profile else None,
            teams_ticked=tuple(teams),
            people_ticked=tuple(people),
            parent=self,
            ops=self.context.ops,
        )
        dialog.accepted.connect(lambda: self._after_visit(dialog))
        self.visit_dialog = dialog
        dialog.open()

    def _after_visit(self, dialog: VisitDialog) -> None:
        changes = getattr(dialog, "changes", Changes())
        plan_note = " Its actions are in your plan." if changes.touches(Area.PLAN) else ""
        self.statusBar().showMessage(f"Visit saved to your log.{plan_note}", 8000)
        celebration = dialog.celebration()
        if celebration is not None:  # "something to celebrate": a recognition, from the visit
            self.show_widget(self.recognition)
            self.recognition.new(celebration)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.PROFILE):
            self._update_title()

    def _update_title(self) -> None:
        profile = load_profile(self.store.quick())
        parts = [APP_NAME]
        if profile is not None:
            parts.insert(0, profile.council_name)
        if self._demo:
            parts.append("demo data")
        self.setWindowTitle(" — ".join(parts))

    # --- actions -------------------------------------------------------------------------
    def edit_profile(self) -> None:
        """Open the profile dialog (the welcome dialog when there is no profile yet)."""
        from dass_desktop.ui.profile_dialog import ProfileDialog

        self.profile_dialog = ProfileDialog(
            self.store,
            self.bus,
            self._today(),
            load_profile(self.store.quick()),
            self,
            self.context.ops,
        )
        self.profile_dialog.open()

    def welcome_if_new(self) -> None:
        """On first run (no profile yet), open the welcome dialog."""
        if load_profile(self.store.quick()) is None:
            self.edit_profile()

    def export_awards(self, round_id: int) -> None:
        """Open the export dialog with the awards sheet of ``round_id`` chosen."""
        self.export_plan()
        assert self.export_dialog is not None
        self.export_dialog.choose_awards(round_id)

    def export_plan(self) -> None:
        """Open the export dialog (the 100-day or six-month plan as a PDF)."""
        from pathlib import Path

        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents else self.store.paths.root
        narrative = cast("NarrativePage | None", self._built.get("narrative_page"))
        if narrative is not None:
            narrative.flush()
        from dass_desktop.ui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.store, self._today(), folder, self)
        if narrative is not None and self.current_page() is narrative:
            six_month = narrative.kind.value == "six-month"
            self.export_dialog.ui.sixMonth.setChecked(six_month)
        self.export_dialog.open()

    def back_up(self) -> None:
        """Ask where to save a copy of the data, then write it."""
        suggested = str(
            self.store.paths.root / f"dass-desktop-backup-{self._today():%Y-%m-%d}.sqlite3"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, "Back up your data", suggested, "DASS Desktop backup (*.sqlite3)"
        )
        if not path:
            return
        from pathlib import Path

        try:
            # The file dialog has already asked before replacing a file.
            self.store.backup_to(Path(path), replace=True)
        except Exception as exc:
            problem = classify(exc, Path(path))
            if problem is None:
                raise
            QMessageBox.warning(self, "Back-up not saved", problem.message)
            return
        self.statusBar().showMessage(f"Backed up to {path}", 8000)

    def protect(self) -> None:
        """Protect the data (and its backups) with a passphrase, change it, or remove it."""
        from dass_desktop.ui.passphrase import protect

        protect(self, self.store)

    def about_text(self) -> str:
        """The About box's text: version, where data lives, and reference data credits."""
        from dass_desktop.domain import benchmark_terms, councils  # here: the box is rare

        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>A workbook for a new Director of Adult Social Services: plan, teams, "
            "contacts and visits, kept on this computer only. It never connects to the "
            "internet.</p>"
            f"<p><b>Your data is in</b><br>{self.store.paths.root}</p>"
            f"<p><b>Database</b><br>{self.store.paths.database.name}, "
            f"schema {self.store.revision()}. Backups are kept in "
            f"{self.store.paths.backups}.</p>"
            f"<p><b>Reference data</b><br>{councils.COUNCILS_ATTRIBUTION}</p>"
            f"<p>{benchmark_terms.WORKFORCE_ATTRIBUTION}</p>"
        )

    def show_about(self) -> None:
        """Show the About box."""
        QMessageBox.about(self, f"About {APP_NAME}", self.about_text())

    # --- geometry ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry()
        width, height = min(1280, screen.width()), min(760, screen.height())
        self.resize(width, height)
        self.move(screen.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's size and position."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)
