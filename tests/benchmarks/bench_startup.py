"""Start-up: seconds from launching the app to its window shown and the event loop idle.

Uses DASS_DESKTOP_EXIT_WHEN_IDLE=1 on the demo council. Prints the median of several runs,
and how long the bare interpreter takes, for scale.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7


def timed(args: list[str], env: dict[str, str]) -> float:
    """Seconds that running ``args`` to its end takes."""
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    """Print the median start-up time of the window and of the bare interpreter."""
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set; modules are recompiled every run")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DASS_DESKTOP_EXIT_WHEN_IDLE": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "demo")
        app = [sys.executable, "-m", "dass_desktop"]
        subprocess.run([*app, "demo", "--data-dir", data], env=env, check=True)
        timed([*app, "--data-dir", data], env)  # warm the file cache
        window = [timed([*app, "--data-dir", data], env) for _ in range(RUNS)]
        bare = [timed([sys.executable, "-c", "pass"], env) for _ in range(RUNS)]
    print(f"window shown and idle: {statistics.median(window):.2f} s (median of {RUNS})")
    print(f"bare interpreter:      {statistics.median(bare):.2f} s")


if __name__ == "__main__":
    main()
