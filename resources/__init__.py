"""The app's resources, and the one loader that finds them.

This folder ships inside the package as ``dass_desktop.resources`` (see pyproject.toml), so
the same calls work from a source checkout, an editable install and an installed wheel.
"""

from __future__ import annotations

from importlib import resources as _resources
from importlib.resources.abc import Traversable


def resource(name: str) -> Traversable:
    """Return a resource by its path inside this folder, e.g. ``"icons/app.svg"``."""
    node = _resources.files(__name__)
    for part in name.split("/"):
        node = node / part
    return node


def read_text(name: str) -> str:
    """Return a text resource decoded as UTF-8."""
    return resource(name).read_text(encoding="utf-8")


def designer_form(name: str) -> Traversable:
    """Return a Qt Designer form from the top-level ``forms/`` folder, e.g. ``"dashboard.ui"``."""
    return _resources.files("dass_desktop.designer_forms") / name
