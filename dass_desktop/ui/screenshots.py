"""Save a screenshot of every page of the demo council, at two sizes, light and dark.

Run from the project folder, offscreen or on a real display:
``QT_QPA_PLATFORM=offscreen python -m dass_desktop.ui.screenshots``. The PNGs go to
``packaging/screenshots/`` as ``WIDTHxHEIGHT-THEME-NN-page.png`` (1024×700, the smallest
screen the app is laid out for, and 1366×768, a 13-inch laptop) for the README and
AppStream.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.store import open_store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.theme import apply_theme

SIZES = ((1024, 700), (1366, 768))
THEMES = (("light", False), ("dark", True))
OUT = Path("packaging") / "screenshots"


def main(today: dt.date = dt.date(2026, 11, 26)) -> list[Path]:
    """Write the screenshots and return their paths."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.png"):  # pages renamed or gone leave no stale picture behind
        old.unlink()
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(paths.resolve(Path(folder) / "data"))
        write_demo(store, today)
        for theme, dark in THEMES:
            apply_theme(app, dark)
            # A fresh window for each theme, so every chart is drawn in its colours.
            window = MainWindow(store, lambda: today, demo=True)
            window.show()
            for width, height in SIZES:
                window.resize(width, height)
                for row, page in enumerate(window.pages()):
                    window.show_page(row)
                    app.processEvents()
                    name = getattr(page, "title", "page").lower().replace(" ", "-")
                    path = OUT / f"{width}x{height}-{theme}-{row + 1:02d}-{name}.png"
                    window.grab().save(str(path))
                    saved.append(path)
            window.close()
            window.deleteLater()
            app.processEvents()
        store.close()
    return saved


if __name__ == "__main__":
    for written in main():
        print(written)
