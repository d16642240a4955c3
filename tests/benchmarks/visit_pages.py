"""Open every page of the window on a data folder; time the list operations; peak memory.

    python tests/benchmarks/visit_pages.py DATA_DIR YYYY-MM-DD [--profile TITLE ...]

Prints one JSON object on its last line: milliseconds to open each page (first visit,
painted), to scroll its list to the end, to filter it by a word and to clear that again,
and the process's peak resident memory in MB after every page has been shown. Run by
tests/benchmarks/run.py.

With ``--profile``, the first open of each page named is run under cProfile instead, and
the object holds, for each, where its time went (:func:`where_time_goes`): what run.py
prints beneath a page open that misses its target.

The window imports SQLAlchemy's ORM and matplotlib in a background thread a second after
start-up (``ui/chart_warmup.py``), while the director reads the dashboard. The pages are
visited once that import is done, as by a director who looks at the dashboard for a couple
of seconds first; how long it took is printed as its own figure, so the one-off cost is
neither hidden nor charged to whichever page happens to be first.

The window is styled as the app styles it (Fusion, the house palette and ``style.qss``):
style sheets make Qt's polishing and painting dearer, and a director always has them.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import json
import pstats
import re
import resource
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTabWidget, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dass_desktop import paths
from dass_desktop.store import open_store
from dass_desktop.ui import chart_warmup
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.theme import apply_theme

WORD = "care"


def _ms(app: QApplication, action: object) -> float:
    """Milliseconds to do ``action`` and paint what it changed."""
    start = time.perf_counter()
    action()  # type: ignore[operator]
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def _main_list(page: QWidget) -> QAbstractItemView | None:
    """The page's biggest visible list or table, if it has one."""
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]
    return max(views, key=lambda v: v.width() * v.height(), default=None)


def _search_box(page: QWidget) -> QLineEdit | None:
    """The page's search box: in its Designer form, or made in code as ``search``."""
    ui = getattr(page, "ui", None)
    for owner, name in ((ui, "searchEdit"), (ui, "comparatorFilter"), (page, "search")):
        box = getattr(owner, name, None)
        if isinstance(box, QLineEdit):
            return box
    return None


def _bring_to_front(widget: QWidget) -> None:
    """Show the tab that holds ``widget`` (Workforce's filter of comparators is on a tab of
    its own, whose table is filled when the tab is first shown).
    """
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child = parent


# Where a profiled function's own time is counted, by the first pattern found in its file
# name or, for a function of C, its description. A built-in function of C that matches none
# (sorted(), a list's append, a string's methods) is counted where its callers are; what is
# left (the standard library, mostly) is "other Python".
AREAS = (
    ("matplotlib and numpy (drawing charts)", ("matplotlib", "numpy", "kiwisolver", "PIL")),
    ("SQLAlchemy", ("sqlalchemy",)),
    ("SQLite (reading)", ("sqlite3", "sqlcipher3")),
    ("Qt (layout, painting, widgets)", ("PySide6", "shiboken")),
    ("our pages (dass_desktop/ui)", ("dass_desktop/ui",)),
    ("our charts (dass_desktop/charts)", ("dass_desktop/charts",)),
    ("our domain (dass_desktop/domain)", ("dass_desktop/domain",)),
    ("our other modules", ("dass_desktop",)),
    ("loading modules (first use)", ("importlib", "<frozen", "marshal")),
)
OTHER = "other Python"


QT = AREAS[3][0]
# cProfile names some of Qt's methods without their class ("<built-in method processEvents>");
# Qt's names are in camel case, Python's own built-ins are not.
_CAMEL = re.compile(r"^<built-in method [a-z]+[A-Z]\w*>$")


def _area(file: str, name: str) -> str | None:
    """The area of a profiled function, or None for a built-in that matches none."""
    where = name if file == "~" else file.replace("\\", "/")
    found = next((area for area, marks in AREAS if any(m in where for m in marks)), None)
    if found is None and file == "~" and _CAMEL.match(name):
        return QT
    return found if found is not None or file == "~" else OTHER


def where_time_goes(profile: cProfile.Profile) -> dict[str, float]:
    """Milliseconds of ``profile``'s own time (each function's, not its callees') by area."""
    areas: dict[str, float] = {}
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for (file, _line, name), (*_calls, own, _total, callers) in stats.items():
        area = _area(file, name)
        if area is not None:
            areas[area] = areas.get(area, 0.0) + own * 1000
            continue
        for (c_file, _c_line, c_name), (*_c_calls, c_own, _c_total) in callers.items():
            c_area = _area(c_file, c_name) or OTHER  # a built-in calling a built-in
            areas[c_area] = areas.get(c_area, 0.0) + c_own * 1000
    return dict(sorted(areas.items(), key=lambda item: -item[1]))


def _warm_up() -> None:
    """The window's background import, started now and waited for.

    The window's own timer, when it fires later, finds nothing left to import.
    """
    thread = chart_warmup.warm_charts()
    if thread is not None:
        thread.join()


def main() -> None:
    """Visit each page in sidebar order, as a director clicking down the list would."""
    app = QApplication(sys.argv[:1])
    apply_theme(app, dark=False)  # the style, palette and style sheet, as the app has them
    today = dt.date.fromisoformat(sys.argv[2])
    profiled = sys.argv[sys.argv.index("--profile") + 1 :] if "--profile" in sys.argv else []
    store = open_store(paths.resolve(sys.argv[1]))
    window = MainWindow(store, lambda: today)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    found: dict[str, float] = {}
    # What the window starts a second after its first idle moment; waited for here.
    found["background imports after start-up"] = _ms(app, _warm_up)
    for row in range(window.ui.pages.count()):
        if window.ui.pages.currentIndex() == row:
            continue  # the dashboard, on show since start-up
        title = window.titles()[row]
        if title in profiled:
            profile = cProfile.Profile()
            profile.runcall(_ms, app, lambda row=row: window.show_page(row))
            found[f"{title}: open"] = where_time_goes(profile)  # type: ignore[assignment]
            continue
        opened = _ms(app, lambda row=row: window.show_page(row))
        page = window.current_page()  # built on its first visit
        found[f"{title}: open"] = opened
        view = _main_list(page)
        if view is not None:
            found[f"{title}: scroll to end"] = _ms(app, view.scrollToBottom)
        # Finding the box may build the tab that holds it (Workforce builds its later tabs
        # when first needed): that time is counted with opening the tab.
        start = time.perf_counter()
        search = _search_box(page)
        looked = (time.perf_counter() - start) * 1000
        if search is not None:
            if not search.isVisible():  # on a tab not shown: open it, as a director would
                found[f"{title}: open the filter's tab"] = looked + _ms(
                    app, lambda s=search: _bring_to_front(s)
                )
            found[f"{title}: filter by a word"] = _ms(app, lambda s=search: s.setText(WORD))
            found[f"{title}: clear the filter"] = _ms(app, search.clear)
    found["peak memory"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    store.close()
    print(json.dumps(found))


if __name__ == "__main__":
    main()
