"""The wheel carries resources/, forms/ and the compiled forms, and finds them installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from a copy of the source tree (the checkout stays clean)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".git", "build", "*.egg-info", "__pycache__", ".venv*"),
    )
    out = work / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("dass_desktop-*.whl"))


@pytest.mark.slow
def test_wheel_contents(wheel: Path) -> None:
    """Resources, Designer forms, compiled forms and migration scripts are in the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "dass_desktop/resources/councils.csv",
        "dass_desktop/resources/ATTRIBUTION.md",
        "dass_desktop/resources/style.qss",
        "dass_desktop/resources/icons/app.svg",
        "dass_desktop/designer_forms/main_window.ui",
        "dass_desktop/ui/forms/ui_main_window.py",
        "dass_desktop/store/migrations/env.py",
        "dass_desktop/store/migrations/script.py.mako",
        "dass_desktop/store/migrations/versions/0001_baseline.py",
    ):
        assert required in names
    for form in (ROOT / "forms").glob("*.ui"):
        assert f"dass_desktop/designer_forms/{form.name}" in names
        assert f"dass_desktop/ui/forms/ui_{form.stem}.py" in names
    assert not any(n.startswith("tests/") for n in names)
    for init in (ROOT / "dass_desktop").rglob("__init__.py"):
        module = init.relative_to(ROOT).as_posix()
        assert module in names, f"{module} missing: add its package to pyproject.toml"


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    """Installed from the wheel, the package's resource loader finds its files there."""
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "from dass_desktop.resources import resource, designer_form\n"
        "from dass_desktop.domain.councils import all_councils\n"
        "import dass_desktop\n"
        "print(dass_desktop.__file__)\n"
        "print(resource('councils.csv').is_file(), designer_form('dashboard.ui').is_file())\n"
        "print(len(all_councils()))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=tmp_path,
    )
    where, found, count = result.stdout.split("\n")[:3]
    assert Path(where).is_relative_to(target)
    assert found == "True True"
    assert count == "153"
