"""Save a screenshot of every page of the demo council at 1024×700 and 1366×768.

Run from the project folder, offscreen or on a real display:
``QT_QPA_PLATFORM=offscreen python -m dass_desktop.ui.screenshots``. The PNGs go to
``packaging/screenshots/`` as ``WIDTHxHEIGHT-NN-page.png`` for the README and AppStream.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.resources import read_text
from dass_desktop.store import open_store
from dass_desktop.ui.main_window import MainWindow

SIZES = ((1024, 700), (1366, 768))
OUT = Path("packaging") / "screenshots"


def main(today: dt.date = dt.date(2026, 11, 26)) -> list[Path]:
    """Write the screenshots and return their paths."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyleSheet(read_text("style.qss"))
    OUT.mkdir(exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(paths.resolve(Path(folder) / "data"))
        write_demo(store, today)
        window = MainWindow(store, lambda: today, demo=True)
        window.show()
        for width, height in SIZES:
            window.resize(width, height)
            for row, page in enumerate(window.pages()):
                window.show_page(row)
                app.processEvents()
                name = getattr(page, "title", "page").lower().replace(" ", "-")
                path = OUT / f"{width}x{height}-{row + 1:02d}-{name}.png"
                window.grab().save(str(path))
                saved.append(path)
        window.close()
        store.close()
    return saved


if __name__ == "__main__":
    for written in main():
        print(written)
