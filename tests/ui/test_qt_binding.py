"""The Qt binding keeps Python's reference counts: calling Qt is safe for a whole session.

PySide6 6.12.0 dropped a reference to ``None`` on every Qt call that returns nothing. On
Python 3.11, where ``None`` can run out of references, the app then aborted a few thousand
calls into a session ("deallocating None"). pyproject.toml excludes that release.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 200  # few enough that a leaking binding fails here rather than aborting


def test_qt_calls_that_return_nothing_keep_none_referenced(qtbot: QtBot) -> None:
    """Four hundred calls that return nothing leave None's reference count where it was."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(CALLS):
        label.setText(str(number))
        label.setVisible(False)
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"{lost} references to None lost in {2 * CALLS} calls"
