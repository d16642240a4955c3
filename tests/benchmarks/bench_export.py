"""How long the six-month plan takes to export, and how that grows with the data.

The plan is bounded (at most 12 pages whatever the data), so its time should hardly grow:
the target is the export at `demo --scale 50` taking at most 1.5 times as long as the
demo's, measured in the same run (medians of alternated runs, so a busy machine slows both).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.reports.plans import export_plan
from dass_desktop.store import open_store

TODAY = dt.date(2026, 11, 26)
RUNS = 5


def measure(scale: int) -> float:
    """Median seconds to export the six-month plan of a demo at ``scale``."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(paths.resolve(Path(tmp) / "data"))
        write_demo(store, TODAY, scale=scale)
        export_plan(store, PlanKind.SIX_MONTH, Path(tmp) / "warm.pdf", TODAY)  # imports, fonts
        times = []
        for run in range(RUNS):
            start = time.perf_counter()
            export_plan(store, PlanKind.SIX_MONTH, Path(tmp) / f"{run}.pdf", TODAY)
            times.append(time.perf_counter() - start)
        store.close()
    return statistics.median(times)


def main() -> None:
    """Print the export's time for the demo council and for the demo at 50 times its size."""
    base = measure(1)
    scaled = measure(50)
    print(f"six-month plan, demo council:        {base:.2f} s")
    print(
        f"six-month plan, demo at --scale 50:  {scaled:.2f} s "
        f"(ratio {scaled / base:.2f}x; target at most 1.5x)"
    )


if __name__ == "__main__":
    main()
