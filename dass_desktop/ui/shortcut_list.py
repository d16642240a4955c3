"""Help ▸ Keyboard shortcuts: the list is read from the window's actions themselves."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget


def shortcut_lines(window: QWidget, pages: list[tuple[str, QWidget]]) -> list[str]:
    """One line per keyed action, grouped under "Everywhere" and then each page's title.

    The keys that go to each page are the window's own actions, so they are read too.

    Args:
        window: The main window; its actions and its menus' actions are read.
        pages: Each page's title and widget, in sidebar order.
    """
    page_of = {id(widget): title for title, widget in pages}
    groups: dict[str, list[str]] = {"Everywhere": []}
    groups.update({title: [] for title, _widget in pages})
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        owner = action.parent()
        group = page_of.get(id(owner), "Everywhere")
        text = action.text().replace("&", "").rstrip("…").strip()
        groups[group].append(f"{keys}\t{text}")
    lines: list[str] = []
    for group, entries in groups.items():
        if entries:
            lines.append(group)
            lines.extend(f"    {entry}" for entry in sorted(entries))
    return lines


def show_shortcuts(window: QWidget, pages: list[tuple[str, QWidget]]) -> QMessageBox:
    """Open the list of keyboard shortcuts over ``window`` and return the box."""
    box = QMessageBox(window)
    box.setWindowTitle("Keyboard shortcuts")
    box.setText("Keyboard shortcuts")
    body = "\n".join(shortcut_lines(window, pages)).replace("\t", "  —  ")
    box.setInformativeText(body)
    box.open()
    return box
