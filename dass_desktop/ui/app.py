"""Starting the window: open the data, show the main window, handle the first run.

Errors are sorted by whose fault they are. A problem with the user's files (locked,
damaged, read-only, full) is shown as a plain message and nothing is lost; any other
exception is a bug: it is logged and shown in a crash dialog with the log's location.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QAbstractEventDispatcher, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from dass_desktop import APP_NAME, __version__, paths
from dass_desktop.resources import resource
from dass_desktop.store import DatabaseDamaged, EnvironmentProblem, Store, open_store
from dass_desktop.store.backup import restore_database
from dass_desktop.store.errors import PathIsFile, classify
from dass_desktop.ui.chart_warmup import WhenIdle
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.operations import explain
from dass_desktop.ui.theme import follow_system

EXIT_WHEN_IDLE = "DASS_DESKTOP_EXIT_WHEN_IDLE"
# The database in use, named in messages about errors that reach the crash hook.
_DATABASE: list[Path] = [Path("dass-desktop.sqlite3")]
log = logging.getLogger("dass_desktop")
# The log is started afresh, keeping the last few, when it has grown past this at a start. A
# session writes a few lines (its start, problems with the user's files, faults), so the log
# is not watched as it is written, and logging.handlers (with socket and pickle, about 7 ms)
# is loaded only on the start that rolls it over.
LOG_BYTES = 1_000_000
LOGS_KEPT = 3


def run_gui(
    data_dir: str | None = None, *, demo: bool = False, as_of: dt.date | None = None
) -> int:
    """Open the window on ``data_dir`` (or a fresh demo copy) and run until it closes."""
    os.umask(0o077)  # logs, window.ini, drafts: the owner's alone (main() restores it)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DASS Desktop")
    app.setWindowIcon(QIcon(str(resource("icons/app.svg"))))
    follow_system(app)  # light or dark, as the system asks, and again when it changes

    def today() -> dt.date:
        return as_of or dt.date.today()

    demo_dir: Path | None = None
    if demo:
        demo_dir = Path(tempfile.mkdtemp(prefix="dass-desktop-demo-"))
        data_dir = str(demo_dir)
    exit_when_idle = os.environ.get(EXIT_WHEN_IDLE) == "1"
    try:
        try:
            data_paths = paths.resolve(data_dir)
            if data_paths.root.exists() and not data_paths.root.is_dir():
                raise PathIsFile(data_paths.root)
            _DATABASE[0] = data_paths.database
            if not _unlock(data_paths.database, ask=not exit_when_idle):
                return 1
            store = open_or_recover(data_paths)
        except paths.DataDirRefused as refused:
            print(f"dass-desktop: {refused}.", file=sys.stderr)
            return 2
        except EnvironmentProblem as problem:
            if not exit_when_idle:
                explain(None, problem)
            print(f"dass-desktop: {problem.message}", file=sys.stderr)
            return 1
        if store is None:
            return 1
        for notice in store.notices:
            print(f"dass-desktop: note: {notice}", file=sys.stderr)
        try:
            _start_log(data_paths.logs)
        except OSError as exc:  # a full or read-only disk: work on, unlogged
            print(f"dass-desktop: no log is kept ({exc.strerror}).", file=sys.stderr)
        previous_hook = sys.excepthook
        sys.excepthook = _report_crash
        try:
            if demo:
                from dass_desktop.demo import write_demo

                write_demo(store, today())
            else:
                seed_checklist(store)
            window = MainWindow(store, today, demo=demo)
            window.show()
            WhenIdle(window, gc.enable)  # held since start-up began: see ui/quiet_gc.py
            if store.notices:
                window.statusBar().showMessage(" ".join(store.notices), 30_000)
            if exit_when_idle:
                quit_when_idle(app, window)
            else:
                QTimer.singleShot(0, window.welcome_if_new)
            status = app.exec()
        finally:
            sys.excepthook = previous_hook
            store.close()
        return status
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def seed_checklist(store: Store) -> None:
    """Seed what the shipped checklist has that the database has not, through plain SQL
    and without parsing the checklist when the database says it holds all of this one.
    """
    from dass_desktop.domain.guidance import checklist_mark, seed_from_templates, templates
    from dass_desktop.domain.overview_sql_plan import needs_seeding, seeded_from

    con = store.quick()
    if seeded_from(con, checklist_mark()):
        return
    if needs_seeding(con, templates()):
        seed_from_templates(store)  # records the checklist's mark too
        return
    # Seeded whole before marks were kept: note it, once. On a read-only or full disk it is
    # noted another day; nothing else needs it.
    with contextlib.suppress(EnvironmentProblem):
        seed_from_templates(store)


def quit_when_idle(app: QApplication, window: MainWindow) -> None:
    """Quit once the window is on screen and the event loop is about to wait for input.

    For ``DASS_DESKTOP_EXIT_WHEN_IDLE=1``: start-up is measured to this point, with the
    dashboard filled and painted and nothing left queued.
    """
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None  # the application's event loop has one

    def quit_if_shown() -> None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            dispatcher.aboutToBlock.disconnect(quit_if_shown)
            app.quit()

    dispatcher.aboutToBlock.connect(quit_if_shown)


def _unlock(db: Path, *, ask: bool) -> bool:
    """Unlock protected data, from ``DASS_DESKTOP_PASSPHRASE_FILE`` or by asking.

    The director has three tries. False when the director cancels; a wrong passphrase
    raises a plain problem.
    """
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from dass_desktop.store import cipher

    if not db.is_file() or not cipher.looks_protected(db) or not cipher.available():
        return True
    named = os.environ.get(cipher.PASSPHRASE_FILE)
    if named:
        cipher.unlock(db, Path(named).read_text(encoding="utf-8").rstrip("\r\n"))
        return True
    if not ask:
        raise cipher.WrongPassphrase(db)
    prompt = "Your data is protected. Passphrase:"
    for attempt in range(3):
        text, ok = QInputDialog.getText(None, APP_NAME, prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            cipher.unlock(db, text)
            return True
        except cipher.WrongPassphrase:
            if attempt == 2:
                raise
            prompt = "That passphrase does not open your data. Try again:"
    return False


def _ask_to_restore(damaged: DatabaseDamaged) -> bool:
    backup = damaged.latest_backup
    answer = QMessageBox.question(
        None,
        APP_NAME,
        f"{damaged.message}\n\nRestore the backup {backup.name if backup else ''} now? "
        "The damaged file will be kept beside it.",
    )
    return answer == QMessageBox.StandardButton.Yes


def open_or_recover(
    data_paths: paths.DataPaths, ask: Callable[[DatabaseDamaged], bool] = _ask_to_restore
) -> Store | None:
    """Open the store; on a damaged file with a backup, offer to restore the backup.

    Returns None when the director declines. The damaged file is kept beside the restored
    one (``*.damaged-<time>``, with its write-ahead log), so nothing is thrown away.
    """
    try:
        return open_store(data_paths)
    except DatabaseDamaged as damaged:
        if damaged.latest_backup is None or os.environ.get(EXIT_WHEN_IDLE) == "1":
            raise
        if not ask(damaged):
            return None
        try:
            restore_database(damaged.latest_backup, data_paths.database, data_paths.backups)
        except (OSError, sqlite3.Error) as exc:
            problem = classify(exc, data_paths.database)
            if problem is None:
                raise
            raise problem from exc
        return open_store(data_paths)


def _start_log(folder: Path) -> None:
    paths.ensure_private_dir(folder)
    log_file = folder / "dass-desktop.log"
    if log_file.exists() and log_file.stat().st_size > LOG_BYTES:
        with contextlib.suppress(OSError):  # logs that cannot be moved up: add to this one
            _roll_over(log_file)
    if not log_file.exists():
        os.close(paths.create_private_file(log_file))  # 0600 whatever the umask
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("%s %s started", APP_NAME, __version__)


def _roll_over(log_file: Path) -> None:
    """Start ``log_file`` afresh, keeping it and the logs before it as ``.1``, ``.2``…"""
    from logging.handlers import RotatingFileHandler

    rolling = RotatingFileHandler(log_file, backupCount=LOGS_KEPT, delay=True)
    try:
        rolling.doRollover()
    finally:
        rolling.close()


def _report_crash(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Show problems with the user's files plainly; log and report anything else as a bug."""
    problem = classify(
        exc, Path(exc.filename) if isinstance(exc, OSError) and exc.filename else Path(".")
    )
    if problem is not None:
        log.warning("%s", problem.message)
        explain(QApplication.activeWindow(), problem)
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", text)
    print(text, file=sys.stderr)
    logs = [h.baseFilename for h in log.handlers if isinstance(h, logging.FileHandler)]
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        "Something went wrong inside DASS Desktop. This is a fault in the app, not "
        "something you did. Your saved work is safe. "
        + (f"The details are in the log: {logs[0]}" if logs else ""),
        parent=QApplication.activeWindow(),
    )
    box.setDetailedText(text)
    box.exec()
