"""Every widget given a role (headline, heading, card...) shows as ``style.qss`` styles it.

Qt matches style-sheet rules when a widget is polished; a widget polished before its page
gave it a role would keep a plain look. Pages are made straight inside the window's page
stack (moving them in restyled every widget a second time), and the window polishes the
widgets with a role once each page is built, so every role shows, on every page.
"""

from __future__ import annotations

from dass_desktop.resources import read_text
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.theme import show_roles

# The point sizes style.qss gives these roles.
SIZES = {"headline": 24.0, "heading": 13.0}
# Labels with a rule of their own, by name, which outranks a role's.
NAMED = {"pageTitle", "greeting"}


def test_a_role_given_after_polishing_shows_once_roles_are_shown(qtbot: QtBot) -> None:
    """A label polished before it had its role takes the role's look from show_roles."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(read_text("style.qss"))
    try:
        top = QWidget()
        qtbot.addWidget(top)
        label = QLabel("Day 71 of 183", top)
        label.ensurePolished()
        label.setProperty("role", "headline")
        assert label.font().pointSizeF() != SIZES["headline"]  # Qt keeps the plain look
        show_roles(top)
        assert label.font().pointSizeF() == SIZES["headline"]
    finally:
        app.setStyleSheet("")


def test_every_page_shows_its_headlines_and_headings(small_window: MainWindow) -> None:
    """On the dashboard and every page built later, each headline and heading is sized
    as the style sheet says.
    """
    checked: list[str] = []
    wrong: list[str] = []
    for row, page in enumerate(small_window.pages()):
        small_window.show_page(row)
        QApplication.processEvents()
        for label in page.findChildren(QLabel):
            role = label.property("role")
            if role in SIZES and label.objectName() not in NAMED:
                checked.append(f"{page.objectName()}/{label.objectName()}")
                if label.font().pointSizeF() != SIZES[role]:
                    wrong.append(f"{checked[-1]} ({role}): {label.font().pointSizeF()} pt")
    assert len(checked) >= 10, checked
    assert wrong == [], "\n".join(wrong)
