"""Benchmark: import a 100,000-row workforce CSV and print how long each step takes.

``tests/benchmarks/run.py`` times the whole import with :func:`import_once`; this script
breaks it down by step.

Not part of the test suite (tests/benchmarks is ignored by default). Run it with:

    python tests/benchmarks/bench_workforce_import.py [ROWS]

The issue's bar is under 5 seconds for 100,000 rows on a developer's laptop.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent.parent))

from dass_desktop import paths
from dass_desktop.domain.workforce_import import apply_import
from dass_desktop.interchange.workforce_csv import check, context_for
from dass_desktop.interchange.workforce_file import preview
from dass_desktop.store import open_store

HEADER = "Month,Team,Headcount,FTE,Vacancy rate %,Leavers,Sickness days lost,Supervision in date %"


def write_file(path: Path, rows: int) -> None:
    """A CSV of ``rows`` team-months: 500 teams, as many months as it takes."""
    teams = 500
    lines = [HEADER]
    for n in range(rows):
        team, month = n % teams, n // teams
        year, month_number = 2000 + month // 12, month % 12 + 1
        lines.append(
            f"{year}-{month_number:02d},Team {team:03d},{40 + team % 7},{36.5 + team % 5:.1f},"
            f"{(n * 7) % 200 / 10:.1f}%,{n % 3},{(n * 13) % 90 / 2:.1f},{80 + n % 20}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_once(csv_path: Path, data_dir: Path) -> None:
    """Preview, check and save ``csv_path`` into a new store in ``data_dir``."""
    with open_store(paths.resolve(data_dir)) as store:
        view = preview(csv_path.read_bytes(), csv_path.name)
        outcome = check(view, view.targets, context_for(store, dt.date(2026, 11, 26)))
        assert outcome.batch is not None, outcome.problems[:3]
        apply_import(store, outcome.batch)


def main() -> None:
    """Time preview, check and save of a generated file, and print the figures."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "workforce.csv"
        write_file(csv_path, rows)
        with open_store(paths.resolve(Path(tmp) / "data")) as store:
            start = time.perf_counter()
            view = preview(csv_path.read_bytes(), csv_path.name)
            read = time.perf_counter()
            outcome = check(view, view.targets, context_for(store, dt.date(2026, 11, 26)))
            checked = time.perf_counter()
            assert outcome.ok, outcome.problems[:3]
            assert outcome.batch is not None, outcome.problems[:3]
            apply_import(store, outcome.batch)
            saved = time.perf_counter()
        print(f"rows: {rows:,}; figures saved: {outcome.batch.size:,}")
        print(f"read and preview: {read - start:.2f} s")
        print(f"check every row:  {checked - read:.2f} s")
        print(f"save (one transaction): {saved - checked:.2f} s")
        print(f"total: {saved - start:.2f} s (bar: under 5 s)")


if __name__ == "__main__":
    main()
