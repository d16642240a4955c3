"""matplotlib is imported in the background after the window settles, never during start-up."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from pytestqt.qtbot import QtBot

from dass_desktop.store import Store
from dass_desktop.ui import chart_warmup
from dass_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


def test_warm_charts_imports_matplotlib_in_a_background_thread() -> None:
    """In a fresh process, the thread imports the figure and Qt canvas modules, sets up the
    models' mappings so the first page's first query does not, and reads the published
    comparator figures and CIPFA lists the Workforce page shows.
    """
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from dass_desktop.ui import chart_warmup
        app = QApplication([])
        assert "matplotlib" not in sys.modules
        thread = chart_warmup.warm_charts()
        assert thread is not None and thread.daemon
        thread.join(60)
        assert all(name in sys.modules for name in chart_warmup.MODULES)
        from dass_desktop.store.models.base import Base
        assert not Base.registry._new_mappers  # every model's mapping is set up
        from dass_desktop.domain import benchmark_rules, comparator_family
        assert benchmark_rules.reference_figures.cache_info().currsize == 1
        assert comparator_family._cipfa_lists.cache_info().currsize == 1
        assert chart_warmup.warm_charts() is None  # nothing left to import
        print("warm")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "warm"


def test_window_starts_the_import_only_after_first_waiting_for_input(
    qtbot: QtBot, store: Store
) -> None:
    """Building and showing the window does not start it; the first idle moment does."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert not window.warm_charts.isActive()
    assert window.warm_charts.interval() == chart_warmup.AFTER_MS
    qtbot.waitUntil(window.warm_charts.isActive, timeout=5000)


def test_a_window_gone_before_the_first_idle_moment_is_left_alone(
    qtbot: QtBot, store: Store
) -> None:
    """A window deleted before the event loop first waits leaves nothing to call."""
    window = MainWindow(store, lambda: TODAY)
    window.deleteLater()
    qtbot.wait(50)  # the loop waits: nothing is called on the deleted window's timer
