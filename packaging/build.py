"""Build DASS Desktop as a self-contained folder for this computer (PyInstaller, onedir).

    python packaging/build.py [--dist DIR] [--work DIR]

Needs the ``bundle`` extra (``pip install -e '.[bundle]'``). Steps: install the project's
wheel into a staging folder (so the bundle holds exactly what the wheel holds: resources,
forms, migrations), run ``dass-desktop.spec`` on it, then print the bundle's size and fail
if it is over the budget below. Build on each target system: Windows, macOS, Linux.
The folder made (``dist/DASS Desktop``) is what the Inno Setup script in ``windows/`` wraps.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "DASS Desktop"
# The most the folder may weigh, in MB (10**6 bytes). Measured on Linux (PySide6 6.11.3,
# Python 3.11): 238 MB, 100 MB as a .tar.gz; Qt's ICU data (32 MB) and numpy's OpenBLAS
# (25 MB, for matplotlib) are the largest parts. Raise it only knowingly: a council's
# software deployment copies it to every laptop.
BUDGET_MB = 250


def executable(app: Path) -> Path:
    """The command-line executable inside the built folder ``app``."""
    if sys.platform == "win32":
        return app / "dass-desktop-cli.exe"
    return app / "dass-desktop"


def folder_size(folder: Path) -> int:
    """The bytes of every file under ``folder`` (links not followed)."""
    total = 0
    for base, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(base, name)).st_size
    return total


def stage(target: Path) -> None:
    """Install the project (not its dependencies) into ``target``, as its wheel would."""
    with tempfile.TemporaryDirectory(prefix="dass-desktop-source-") as source:
        # A copy, so the build leaves no build/ or *.egg-info in the checkout.
        copy = Path(source) / "src"
        shutil.copytree(
            ROOT,
            copy,
            ignore=shutil.ignore_patterns(
                ".git", "build", "dist", "*.egg-info", "__pycache__", ".venv*", "tests"
            ),
        )
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--no-deps",
                "--no-build-isolation",
                "--no-compile",
                "--disable-pip-version-check",
                "-q",
                "--target",
                str(target),
                str(copy),
            ],
            check=True,
        )


def build(dist: Path, work: Path) -> Path:
    """Build the bundle into ``dist`` (using ``work`` for PyInstaller) and return its folder."""
    stage_dir = work / "stage"
    shutil.rmtree(stage_dir, ignore_errors=True)
    stage(stage_dir)
    env = {**os.environ, "DASS_DESKTOP_STAGE": str(stage_dir)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "dass-desktop.spec"),
        ],
        check=True,
        env=env,
    )
    if sys.platform == "darwin":
        return dist / f"{NAME}.app"
    app = dist / NAME
    strip_python(app)
    return app


def strip_python(app: Path) -> None:
    """Take the debugging symbols off the bundle's shared libraries (tens of MB on Linux).

    Not PyInstaller's own ``strip=True``, which strips everything and breaks the libraries
    that wheels vendor in ``*.libs`` folders (numpy's, pillow's): those are left as they
    are. Nothing to do without binutils.
    """
    strip = shutil.which("strip")
    if sys.platform != "linux" or strip is None:
        return
    for library in sorted((app / "_internal").rglob("*.so*")):
        vendored = any(part.endswith(".libs") for part in library.parts)
        if library.is_file() and not library.is_symlink() and not vendored:
            subprocess.run([strip, "--strip-debug", str(library)], check=True)


def main(argv: list[str] | None = None) -> int:
    """Build, report the size and time, and return 1 if the bundle is over budget."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's work folder"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    app = build(args.dist.resolve(), args.work.resolve())
    seconds = time.perf_counter() - started
    size_mb = folder_size(app) / 1e6
    print(f"Built {app} in {seconds:.0f} s: {size_mb:.0f} MB (budget {BUDGET_MB} MB)")
    if size_mb > BUDGET_MB:
        print(
            f"build.py: the bundle is {size_mb:.0f} MB, over its budget of {BUDGET_MB} MB; "
            "leave out what the app does not use (see EXCLUDES in dass-desktop.spec).",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
