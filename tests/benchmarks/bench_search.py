"""How long searching everything takes at `demo --scale 50`, as the director types.

Target: the median search under 50 ms (Ctrl+K searches on every key pressed, showing the
best eight of each kind, as measured here). The queries
are what typing a few words gives, one key at a time, so one- and two-letter prefixes
(the slowest: they match the most) count as often as they would at the keyboard.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain import search_store
from dass_desktop.store import Store, open_store

TODAY = dt.date(2026, 11, 26)
SCALE = 50
TARGET_MS = 50.0
RUNS = 3
WORDS = ("hospital discharge", "safeguarding", "agency", "care home", "workload", "rota")


def typed_queries() -> list[str]:
    """Every prefix of each phrase, as the box sees it while the words are typed."""
    return [phrase[:n] for phrase in WORDS for n in range(1, len(phrase) + 1)]


def timings(store: Store) -> list[float]:
    """Milliseconds for each typed query, ``RUNS`` times over."""
    search_store.search(store, "warm")  # the first read opens the file and warms caches
    times = []
    for _run in range(RUNS):
        for query in typed_queries():
            start = time.perf_counter()
            search_store.search(store, query, per_kind=search_store.BOX_PER_KIND)
            times.append((time.perf_counter() - start) * 1000)
    return times


def measure(scale: int = SCALE) -> float:
    """Median milliseconds a search takes on a demo council at ``scale``."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(paths.resolve(Path(tmp) / "data"))
        try:
            write_demo(store, TODAY, scale=scale)
            return statistics.median(timings(store))
        finally:
            store.close()


def main() -> None:
    """Print the median (and slowest) search time at the demo's scale 50."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(paths.resolve(Path(tmp) / "data"))
        try:
            started = time.perf_counter()
            write_demo(store, TODAY, scale=SCALE)
            built = time.perf_counter() - started
            with store.read() as session:
                documents = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
            times = timings(store)
        finally:
            store.close()
    median = statistics.median(times)
    print(f"demo --scale {SCALE}: {documents} records indexed (demo written in {built:.0f} s)")
    print(
        f"search as you type: median {median:.1f} ms, 90th percentile "
        f"{statistics.quantiles(times, n=10)[-1]:.1f} ms, slowest {max(times):.1f} ms "
        f"(target: median under {TARGET_MS:.0f} ms)"
    )


if __name__ == "__main__":
    main()
