"""The benchmark command: every performance figure of the app, each beside its target.

    python tests/benchmarks/run.py            # measure, print the change against baseline.json
    python tests/benchmarks/run.py --save     # measure and store the figures as the baseline
    python tests/benchmarks/run.py --runs 3 --only startup pdf   # quicker, and only some

Not collected by the test suite. The machine is often shared, so every timing that has a
target as a ratio is measured in the same run as what it is compared with, the runs
alternated (A B A B ...) and the median taken, so a busy machine slows both sides alike.

Each benchmark is a function registered with :func:`benchmark` that returns its
:class:`Figure` objects; adding one is a few lines.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from dass_desktop.store import Store

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"
AS_OF = "2026-11-26"
# A bare PySide6 window of the laptop size the app is judged at, shown, then idle: the floor.
BARE_WINDOW = HERE / "bare_window.py"
PAGES = HERE / "visit_pages.py"
# The figure visit_pages.py prints for the ORM and matplotlib imports it waits for.
WARM_UP = "background imports after start-up"


@dataclass(frozen=True)
class Figure:
    """One measured figure and its target (met when ``value`` is at most ``limit``).

    A figure with no limit is shown for the record: it has no target of its own. Lines of
    ``detail`` are printed beneath it (where the time of a figure that misses went).
    """

    name: str
    value: float
    unit: str
    limit: float | None
    note: str = ""
    detail: tuple[str, ...] = ()

    @property
    def met(self) -> bool:
        """Whether the figure meets its target (always, when it has none)."""
        return self.limit is None or self.value <= self.limit


@dataclass
class Bench:
    """What every benchmark shares: how many runs, a scratch folder, demo councils."""

    runs: int
    tmp: Path
    _demos: dict[int, Path] = field(default_factory=dict)

    def demo(self, scale: int) -> Path:
        """The data folder of a demo council at ``scale``, written once per run."""
        if scale not in self._demos:
            folder = self.tmp / f"demo-{scale}"
            subprocess.run(
                [*APP, "demo", "--data-dir", str(folder), "--scale", str(scale), "--as-of", AS_OF],
                env=child_env(),
                check=True,
                capture_output=True,
            )
            self._demos[scale] = folder
        return self._demos[scale]

    def alternate(self, actions: dict[str, Callable[[], float]]) -> dict[str, float]:
        """Median of ``runs`` turns of each action, taken in turn, after one warm-up each."""
        for action in actions.values():
            action()
        times: dict[str, list[float]] = {name: [] for name in actions}
        for _ in range(self.runs):
            for name, action in actions.items():
                times[name].append(action())
        return {name: statistics.median(found) for name, found in times.items()}


APP = [sys.executable, "-m", "dass_desktop"]
Benchmark = Callable[[Bench], list[Figure]]
REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    """Register a benchmark under ``name`` (what ``--only`` chooses it by)."""

    def register(function: Benchmark) -> Benchmark:
        REGISTRY[name] = function
        return function

    return register


def child_env() -> dict[str, str]:
    """The environment of measured processes: offscreen, exiting when idle, bytecode cached.

    ``PYTHONDONTWRITEBYTECODE`` is dropped so the project's modules are compiled once, as
    on an installed copy, not on every start.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", DASS_DESKTOP_EXIT_WHEN_IDLE="1")
    return env


def timed_process(args: list[str]) -> Callable[[], float]:
    """An action that runs ``args`` to its end and returns the seconds it took."""

    def run() -> float:
        start = time.perf_counter()
        subprocess.run(args, env=child_env(), check=True, capture_output=True)
        return time.perf_counter() - start

    return run


def timed(action: Callable[[], object]) -> Callable[[], float]:
    """An action that calls ``action`` and returns the seconds it took."""

    def run() -> float:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start

    return run


# --- the benchmarks ---------------------------------------------------------------------------
@benchmark("startup")
def startup(bench: Bench) -> list[Figure]:
    """Start-up to the dashboard painted and the event loop idle, against a bare window."""
    scales = (1, 20, 50)
    actions = {"bare": timed_process([sys.executable, str(BARE_WINDOW)])}
    for scale in scales:
        data = str(bench.demo(scale))
        actions[f"scale {scale}"] = timed_process([*APP, "--data-dir", data, "--as-of", AS_OF])
    found = bench.alternate(actions)
    bare = found["bare"]
    figures = [
        Figure(f"start-up, --scale {s}, × bare window", found[f"scale {s}"] / bare, "×", 3.0,
               f"{found[f'scale {s}']:.2f} s against {bare:.2f} s")
        for s in scales
    ]  # fmt: skip
    for scale in scales[1:]:
        ratio = found[f"scale {scale}"] / found["scale 1"]
        figures.append(Figure(f"start-up, --scale {scale} × --scale 1", ratio, "×", 1.1))
    return figures


# Groups of the import time at the idle point, first match wins (see :func:`import_groups`).
IMPORT_GROUPS = (
    ("SQLAlchemy, with what it imports", ("sqlalchemy",)),
    ("our ORM models (store.models)", ("dass_desktop.store.models",)),
    ("PySide6 and shiboken", ("PySide6", "shiboken6")),
    ("our ui", ("dass_desktop.ui",)),
    ("our domain", ("dass_desktop.domain",)),
    ("the rest of our package", ("dass_desktop",)),
)


def _group(name: str) -> str:
    """The group of a module by its name (``other`` when none matches)."""
    for group, prefixes in IMPORT_GROUPS:
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            return group
    return "other (the standard library, mostly)"


def import_groups(trace: str) -> dict[str, int]:
    """Self import time in microseconds by group, from ``-X importtime`` output.

    A module imported while SQLAlchemy was being imported (``asyncio``, ``ssl`` ...) counts
    as SQLAlchemy's: it would not be loaded without it.
    """
    entries = []
    for line in trace.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _, name = line.removeprefix("import time:").split("|")
        entries.append((int(self_us), (len(name) - len(name.lstrip()) - 1) // 2, name.strip()))
    totals: dict[str, int] = {}
    parents: list[tuple[int, str]] = []  # importtime prints a module after what it imported
    for own, depth, name in reversed(entries):
        while parents and parents[-1][0] >= depth:
            parents.pop()
        group = _group(name)
        if any(_group(p) == IMPORT_GROUPS[0][0] for _, p in parents):
            group = IMPORT_GROUPS[0][0]
        totals[group] = totals.get(group, 0) + own
        parents.append((depth, name))
    return totals


@benchmark("imports")
def imports(bench: Bench) -> list[Figure]:
    """What start-up imports up to the idle point, by group (``-X importtime``, scale 1).

    The target is that the dashboard's first paint imports no SQLAlchemy and no ORM models.
    """
    data = str(bench.demo(1))
    args = [sys.executable, "-X", "importtime", "-m", "dass_desktop", "--data-dir", data]
    runs = []
    for _ in range(bench.runs):
        done = subprocess.run(
            [*args, "--as-of", AS_OF], env=child_env(), check=True, capture_output=True, text=True
        )
        runs.append(import_groups(done.stderr))
    groups = sorted({g for run in runs for g in run})
    median = {g: statistics.median(run.get(g, 0) for run in runs) for g in groups}
    total = sum(median.values())
    for group in sorted(groups, key=lambda g: -median[g]):
        print(f"       {group:58} {median[group] / 1000:8.0f} ms {median[group] / total:6.1%}")
    orm = median.get(IMPORT_GROUPS[0][0], 0) + median.get(IMPORT_GROUPS[1][0], 0)
    note = f"{orm / 1000:.0f} ms of {total / 1000:.0f} ms of import time (self, medians)"
    return [Figure("SQLAlchemy and ORM models, share of start-up imports", orm / total * 100,
                   "%", 0.0, note)]  # fmt: skip


@benchmark("pages")
def pages(bench: Bench) -> list[Figure]:
    """Open, scroll to the end and filter every list page, and peak memory, at scale 50."""
    data = str(bench.demo(50))
    samples: dict[str, list[float]] = {}
    for _ in range(bench.runs):
        out = subprocess.run(
            [sys.executable, str(PAGES), data, AS_OF],
            env=child_env(),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for name, value in json.loads(out.splitlines()[-1]).items():
            samples.setdefault(name, []).append(value)
    figures = []
    for name, values in samples.items():
        if name == "peak memory":
            figures.append(Figure("peak memory, every page visited, --scale 50", max(values),
                                  "MB", 300))  # fmt: skip
        elif name == WARM_UP:
            note = "waited for before the first page; no page's figure"
            figures.append(Figure(f"{name}, --scale 50", statistics.median(values), "ms", None,
                                  note))  # fmt: skip
        else:
            figures.append(Figure(f"{name}, --scale 50", statistics.median(values), "ms", 100))
    missed = [f.name.removesuffix(OPEN) for f in figures if f.name.endswith(OPEN) and not f.met]
    if not missed:
        return figures
    areas = profiled_opens(data, missed)
    return [explained(f, areas[f.name.removesuffix(OPEN)]) if f.name.removesuffix(OPEN) in areas
            else f for f in figures]  # fmt: skip


OPEN = ": open, --scale 50"


def profiled_opens(data: str, titles: list[str]) -> dict[str, dict[str, float]]:
    """For each page titled, where its first open's time goes: one more visit of every page,
    those pages' first opens run under cProfile (see ``visit_pages.where_time_goes``).
    """
    out = subprocess.run(
        [sys.executable, str(PAGES), data, AS_OF, "--profile", *titles],
        env=child_env(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = json.loads(out.splitlines()[-1])
    return {title: found[f"{title}: open"] for title in titles}


def explained(figure: Figure, areas: dict[str, float]) -> Figure:
    """``figure`` with the shares of a profiled open beneath it. cProfile slows Python more
    than Qt or SQLite, so the shares, not the milliseconds, are what to read.
    """
    total = sum(areas.values())
    lines = [f"         where it goes, profiled once ({total:.0f} ms under the profiler):"]
    lines += [f"           {area:56} {ms / total:6.1%}" for area, ms in areas.items()
              if ms / total >= 0.02]  # fmt: skip
    return dataclasses.replace(figure, detail=tuple(lines))


@benchmark("search")
def search(bench: Bench) -> list[Figure]:
    """The search box as the director types, on the demo council at scale 50 (under 50 ms)."""
    from dass_desktop import paths
    from dass_desktop.store import open_store
    from tests.benchmarks.bench_search import timings

    store = open_store(paths.resolve(bench.demo(50)))
    try:
        median = statistics.median(timings(store))
    finally:
        store.close()
    return [Figure("global search as you type, --scale 50", median, "ms", 50)]


@benchmark("pdf")
def pdf(bench: Bench) -> list[Figure]:
    """Each PDF at scale 50 against the same PDF at scale 1 (target at most 1.5×)."""
    from dass_desktop import paths
    from dass_desktop.domain.narrative import PlanKind
    from dass_desktop.reports.plans import export_one_to_one, export_plan
    from dass_desktop.store import open_store

    today = dt.date.fromisoformat(AS_OF)
    out = bench.tmp / "out.pdf"
    writers: dict[str, Callable[[Store], object]] = {
        "100-day plan": lambda s: export_plan(s, PlanKind.HUNDRED_DAY, out, today),
        "six-month plan": lambda s: export_plan(s, PlanKind.SIX_MONTH, out, today),
        "one-to-one pack": lambda s: export_one_to_one(s, out, today),
    }
    stores = {scale: open_store(paths.resolve(bench.demo(scale))) for scale in (1, 50)}
    figures = []
    try:
        for what, write in writers.items():
            found = bench.alternate(
                {str(scale): timed(partial(write, store)) for scale, store in stores.items()}
            )
            note = f"{found['50']:.2f} s against {found['1']:.2f} s"
            figures.append(Figure(f"{what} PDF, --scale 50 × --scale 1",
                                  found["50"] / found["1"], "×", 1.5, note))  # fmt: skip
    finally:
        for store in stores.values():
            store.close()
    return figures


@benchmark("import")
def workforce_import(bench: Bench) -> list[Figure]:
    """A 100,000-row workforce CSV read, checked and saved into a fresh store (under 5 s)."""
    from tests.benchmarks.bench_workforce_import import import_once, write_file

    csv_path = bench.tmp / "workforce.csv"
    write_file(csv_path, 100_000)
    counter = iter(range(1_000_000))
    found = bench.alternate(
        {"import": timed(lambda: import_once(csv_path, bench.tmp / f"import-{next(counter)}"))}
    )
    # On a shared machine the processor time of one import says more than the wall clock.
    cpu = time.process_time()
    import_once(csv_path, bench.tmp / "import-cpu")
    note = f"{time.process_time() - cpu:.1f} s of processor time"
    return [Figure("workforce CSV import, 100,000 rows", found["import"], "s", 5.0, note)]


# --- running them -------------------------------------------------------------------------------
def machine() -> str:
    """Cores and load, for the record."""
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load}"


def versions() -> str:
    """Python's and the measured libraries' versions (matplotlib's text drawing, for one,
    changed speed between releases).
    """
    from importlib.metadata import version

    found = [f"Python {sys.version.split()[0]}"]
    found += [f"{name} {version(name)}" for name in ("PySide6", "SQLAlchemy", "matplotlib")]
    return ", ".join(found)


def report(figures: list[Figure], baseline: dict[str, float]) -> Iterator[str]:
    """One line per figure: value, target, met or not, change against the baseline."""
    for f in figures:
        then = baseline.get(f.name)
        change = f"  (baseline {then:.2f}, {f.value / then - 1:+.0%})" if then else ""
        mark = ("ok    " if f.met else "MISSED") if f.limit is not None else "      "
        target = f"target ≤{f.limit:g} {f.unit}" if f.limit is not None else "no target"
        yield (
            f"{mark} {f.name:58} {f.value:8.2f} {f.unit:2} {target}"
            + change
            + (f"  [{f.note}]" if f.note else "")
        )
        yield from f.detail


def drift(figures: list[Figure], baseline: dict[str, float]) -> str | None:
    """The median change of the figures (memory left out) against the baseline: when most
    moved together, that was the shared machine's speed, which wanders by tens of per cent.
    """
    changes = [f.value / b for f in figures if f.unit != "MB" and (b := baseline.get(f.name))]
    if len(changes) < 3:
        return None
    moved = statistics.median(changes) - 1
    return (
        f"the median figure moved {moved:+.0%} against the baseline ({len(changes)} figures): "
        "the machine's drift as much as the code's"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print their figures, and save them when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="store the figures as the baseline")
    parser.add_argument("--runs", type=int, default=5, help="runs of each (median; default 5)")
    parser.add_argument("--only", nargs="+", choices=sorted(REGISTRY), help="these only")
    args = parser.parse_args(argv)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; {machine()}; medians of {args.runs}")
    print(versions())
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="dass-bench-") as tmp:
        bench = Bench(args.runs, Path(tmp))
        for name in args.only or list(REGISTRY):
            found = REGISTRY[name](bench)
            for line in report(found, baseline.get("figures", {})):
                print(line, flush=True)
            figures += found
    moved = drift(figures, baseline.get("figures", {}))
    if moved:
        print(moved)
    print(f"done; {machine()}")
    if args.save:
        saved = baseline.get("figures", {}) | {f.name: round(f.value, 3) for f in figures}
        stamp = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {machine()}"
        BASELINE.write_text(json.dumps({"measured": stamp, "figures": saved}, indent=1) + "\n")
        print(f"saved to {BASELINE.relative_to(ROOT)}")
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
