"""The Linux bundle built by packaging/build.py starts and passes its self-test with no
Python on the PATH, holds what the app needs and nothing Qt offers that it does not.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle, built once into a temporary folder (removed afterwards: it is large)."""
    work = tmp_path_factory.mktemp("bundle")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:  # pragma: no cover - a setup problem, said plainly
        pytest.fail("PyInstaller is missing: pip install -e '.[test,bundle]'")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "build"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Built" in result.stdout
    assert "budget" in result.stdout
    print(result.stdout.strip().splitlines()[-1])
    yield work / "dist" / "DASS Desktop"
    shutil.rmtree(work, ignore_errors=True)


def bare_env(tmp_path: Path) -> dict[str, str]:
    """No Python anywhere on the PATH, an empty home and temporary folder, no display."""
    empty_bin = tmp_path / "bin"
    for name in ("bin", "home", "tmp"):
        (tmp_path / name).mkdir()
    env = {
        "PATH": str(empty_bin),
        "HOME": str(tmp_path / "home"),
        "TMPDIR": str(tmp_path / "tmp"),
        "LANG": "C.UTF-8",
    }
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


def leftovers(tmp_path: Path) -> list[Path]:
    """Everything left in the bare environment's home and temporary folder."""
    return sorted(p for name in ("home", "tmp") for p in (tmp_path / name).rglob("*"))


def test_bundle_version(bundle: Path, tmp_path: Path) -> None:
    """The bundled command answers --version with no Python on the PATH."""
    from dass_desktop import __version__

    result = subprocess.run(
        [str(bundle / "dass-desktop"), "--version"],
        env=bare_env(tmp_path),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"DASS Desktop {__version__}"


def test_bundle_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    """The bundle's self-test passes (every page, chart and export) and leaves nothing."""
    result = subprocess.run(
        [str(bundle / "dass-desktop"), "--self-test"],
        env=bare_env(tmp_path),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok  open no network connection" in result.stdout
    assert "Self-test passed" in result.stdout
    assert result.stderr == ""
    assert leftovers(tmp_path) == []


def test_broken_bundle_fails_its_self_test_by_name(bundle: Path, tmp_path: Path) -> None:
    """A bundle that lost a resource (its style sheet) fails the self-test, exit 1, naming
    the step that needs it.
    """
    broken = tmp_path / "broken"
    shutil.copytree(bundle, broken, symlinks=True, copy_function=os.link)
    (broken / "_internal" / "dass_desktop" / "resources" / "style.qss").unlink()
    result = subprocess.run(
        [str(broken / "dass-desktop"), "--self-test"],
        env=bare_env(tmp_path),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 1
    assert "self-test failed at step 'open the main window'" in result.stderr
    assert "style.qss" in result.stderr
    assert (bundle / "_internal" / "dass_desktop" / "resources" / "style.qss").is_file()


def test_bundle_contents(bundle: Path) -> None:
    """Inside: the migrations as files, resources, forms; left out: Qt's web, QML, 3D and
    multimedia modules, its translations, and the test-only packages.
    """
    internal = bundle / "_internal"
    package = internal / "dass_desktop"
    versions = sorted(p.name for p in (package / "store" / "migrations" / "versions").glob("0*.py"))
    source = sorted(
        p.name for p in (ROOT / "dass_desktop" / "store" / "migrations" / "versions").glob("0*.py")
    )
    assert versions == source
    assert (package / "store" / "migrations" / "env.py").is_file()
    assert (package / "resources" / "councils.csv").is_file()
    assert (package / "resources" / "icons" / "app.svg").is_file()
    assert (package / "designer_forms" / "main_window.ui").is_file()
    names = {p.name for p in internal.rglob("*")}
    qt_unused = ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtNetwork")
    for unwanted in qt_unused:
        assert not any(unwanted in name for name in names), unwanted
    assert not any(name.endswith(".qm") for name in names)  # no Qt translations
    assert "translations" not in names
    for unwanted in ("pypdf", "pytest", "tkinter", "PyInstaller"):
        assert unwanted not in names
