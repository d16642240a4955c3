"""House rules checked on the source: Qt only in ui/, no pyplot, no network modules."""

from __future__ import annotations

import ast
from pathlib import Path

import dass_desktop

PACKAGE = Path(dass_desktop.__file__).parent
QT_ALLOWED = {PACKAGE / "ui"}
NETWORK_MODULES = {"socket", "urllib", "http", "requests", "httpx", "ftplib", "smtplib"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_modules_found() -> None:
    """The walk sees the package (so the checks below cannot pass vacuously)."""
    names = {p.relative_to(PACKAGE).as_posix() for p in _modules()}
    assert {"cli.py", "store/database.py", "ui/app.py"} <= names


def test_no_qt_outside_ui() -> None:
    """Nothing outside ui/ imports PySide6, except the GUI branch of cli.py (via ui.app)."""
    offenders = []
    for path in _modules():
        if any(path.is_relative_to(allowed) for allowed in QT_ALLOWED):
            continue
        for line, name in _imports(path):
            if name.split(".")[0] in {"PySide6", "shiboken6"}:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert offenders == []


def test_no_pyplot_and_no_network() -> None:
    """Charts are built without pyplot, and no module can open a network connection."""
    offenders = []
    for path in _modules():
        for line, name in _imports(path):
            if name.startswith("matplotlib.pyplot") or name.split(".")[0] in NETWORK_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert offenders == []
