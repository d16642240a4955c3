"""PySide6's look at each imported module: the same answers, from a plain read of the file."""

from __future__ import annotations

import inspect
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import dass_desktop.ui.main_window  # noqa: F401  (the window's modules, imported)
from dass_desktop.ui.feature_check import CHECK, FEATURE_MODULE, PlainRead, read_sources_plainly


def _feature() -> Any:
    return sys.modules[FEATURE_MODULE]


@pytest.fixture
def later_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    """Two modules never imported yet: one naming PySide6, one not."""
    suffix = uuid.uuid4().hex[:8]
    with_qt, without = f"later_with_qt_{suffix}", f"later_without_qt_{suffix}"
    (tmp_path / f"{with_qt}.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    (tmp_path / f"{without}.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield with_qt, without
    for name in (with_qt, without):
        sys.modules.pop(name, None)


def test_pyside6_looks_at_a_module_imported_later_without_inspect(
    later_modules: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing the window put the plain read in place: a module imported after it is
    marked as PySide6 marks it (0 when it names PySide6, -1 to be left alone), and its
    source is never fetched through inspect.
    """
    fetched: list[object] = []

    def getsource(obj: object) -> str:
        fetched.append(obj)
        return ""

    monkeypatch.setattr(inspect, "getsource", getsource)
    assert isinstance(getattr(_feature(), CHECK), PlainRead)
    with_qt, without = later_modules
    # An import statement, as in the app: PySide6 looks at modules imported that way.
    exec(f"import {with_qt}, {without}", {})
    marks = _feature().pyside_feature_dict
    assert (marks[with_qt], marks[without]) == (0, -1)
    assert fetched == []


def test_every_module_gets_the_answer_pyside6_s_own_look_gives() -> None:
    """For each module loaded (the window's, the standard library's, PySide6's, those
    without a source file), the plain read says what PySide6's own look says.
    """
    look = getattr(_feature(), CHECK)
    assert isinstance(look, PlainRead)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {m.__name__: look(m) for m in modules}
    assert answers == {m.__name__: look.original(m) for m in modules}
    assert answers["dass_desktop.ui.main_window"] is True
    assert answers["dass_desktop.domain.changes"] is False
    assert answers["sys"] is False  # built in: no file to read
    assert len(modules) > 300


def test_a_pyside6_without_the_look_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where PySide6 keeps no such look, nothing is added; putting it in place twice wraps
    PySide6's own look once.
    """
    feature = _feature()
    look = getattr(feature, CHECK)
    assert read_sources_plainly() is True
    assert getattr(feature, CHECK) is look
    monkeypatch.delattr(feature, CHECK)
    assert read_sources_plainly() is False
    assert not hasattr(feature, CHECK)
