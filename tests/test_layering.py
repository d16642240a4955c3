"""House rules checked on the source: the layers, no import circles, Qt only in ui/, no
pyplot, no network modules.

Every import counts, wherever it is written: at the top of a module, inside a function
(the lazy imports of matplotlib and reportlab) and under ``if TYPE_CHECKING:``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
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
    assert {"cli/__init__.py", "store/database.py", "ui/app.py"} <= names


def test_no_qt_outside_ui() -> None:
    """Nothing outside ui/ imports PySide6, but the GUI branch of the command line (ui.app)."""
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


# The layers, lowest first. A module may import from its own layer's package and from any
# lower layer; importing from a higher layer, or sideways between two packages of the same
# layer, fails unless the edge is in SIDEWAYS below.
LAYERS: dict[str, int] = {
    # The package root (version and name only), the file locations and the packaged data.
    "__init__": 0,
    "paths": 0,
    "resources": 0,
    "store": 1,
    "domain": 2,
    "charts": 3,
    "interchange": 3,
    "reports": 3,
    "demo": 3,
    # The headless half of --self-test: exercises the exports, so it sits above them.
    "self_test": 4,
    "cli": 5,
    "ui": 5,
    "__main__": 6,
}

# The sideways edges the code really has, each for a reason.
SIDEWAYS: dict[tuple[str, str], str] = {
    ("reports", "charts"): "the printed plans draw the same charts as the window",
    ("cli", "ui"): "the window is started from the command line (imported lazily)",
}

#: Import circles tolerated: none. (A circle listed here must still exist, so the list
#: cannot go stale.)
KNOWN_CIRCLES: frozenset[frozenset[str]] = frozenset()


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULE_NAMES = frozenset(_module_name(path) for path in sorted(PACKAGE.rglob("*.py")))


def _package_imports(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line, module) for every import of the package itself, relative ones resolved.

    ``from a.b import c`` counts as importing the module ``a.b.c`` when there is one, and
    ``a.b`` otherwise (``c`` is then a name defined in ``a.b``).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = [
                f"{module}.{alias.name}" if f"{module}.{alias.name}" in MODULE_NAMES else module
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            if target == "dass_desktop" or target.startswith("dass_desktop."):
                yield node.lineno, target


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    """The package's modules, each with the package modules it imports (itself excluded)."""
    paths = {_module_name(path): path for path in _modules()}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        graph[module] = {
            target for _, target in _package_imports(path) if target in paths and target != module
        }
    return graph


def _circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _cycle_path(graph: dict[str, set[str]], component: frozenset[str]) -> str:
    """One concrete circle through a component, as ``a -> b -> a``, for the failure message."""
    start = min(component)
    previous: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & component):
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return " -> ".join([*reversed(path), start])
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return ", ".join(sorted(component))


def test_every_package_has_a_layer() -> None:
    """Each top-level module and package has a place in LAYERS (a new one must be placed)."""
    unplaced = {_layer(_module_name(path)) for path in _modules()} - set(LAYERS)
    assert unplaced == set()


def test_imports_point_down_the_layers() -> None:
    """No module imports from a higher layer, nor sideways except the edges in SIDEWAYS."""
    offenders = []
    for path in _modules():
        source = _layer(_module_name(path))
        for line, target in _package_imports(path):
            dest = _layer(target)
            if dest == source or LAYERS[dest] < LAYERS[source]:
                continue
            if LAYERS[dest] == LAYERS[source] and (source, dest) in SIDEWAYS:
                continue
            offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {target}")
    assert offenders == []


def test_sideways_edges_are_all_used() -> None:
    """Every allowance in SIDEWAYS is an edge the code really has, so the list stays exact."""
    used = {
        (_layer(_module_name(path)), _layer(target))
        for path in _modules()
        for _, target in _package_imports(path)
    }
    assert set(SIDEWAYS) - used == set()


def test_no_import_circles() -> None:
    """No two modules import each other, directly or round a longer loop.

    The circles in KNOWN_CIRCLES are tolerated until they are removed, and each must still
    exist: a listed circle that has gone fails too, so that the allowance is emptied.
    """
    graph = _graph()
    circles = _circles(graph)
    new = [_cycle_path(graph, c) for c in circles if c not in KNOWN_CIRCLES]
    gone = [sorted(c) for c in KNOWN_CIRCLES if c not in circles]
    assert new == [], "import circles (each shown as one loop)"
    assert gone == [], "circles listed in KNOWN_CIRCLES no longer exist: remove them"


def test_circle_finder_finds_a_circle() -> None:
    """The circle search reports a three-module loop and ignores a tail hanging off it."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    circles = _circles(graph)
    assert circles == [frozenset({"a", "b", "c"})]
    assert _cycle_path(graph, circles[0]) == "a -> b -> c -> a"
