"""PySide6's look at every module imported after it, made a plain read of the module's file.

PySide6 has opt-in switches (``from __feature__ import snake_case``) that change how Qt's
names read inside the modules that ask for them. To know which modules might ask, it looks
at every module imported after PySide6 for the word "PySide6", fetching the module's
source through ``inspect.getsource``. That finds the file, decodes it line by line into
``linecache`` and joins the lines again: for the window's start-up, about 110 modules and
16 ms of its 0.3 s, and more for the hundreds matplotlib brings in. The lines are kept for
the life of the process: 43 MB once every page had been opened.

The app never uses those switches. :func:`read_sources_plainly` has PySide6 give each module
with a source file the same answer from the file's bytes, and leaves any other module
(built in, compiled only, inside a zip) to PySide6's own look. With a PySide6 that does not
look where this expects, nothing is changed. Once PySide6 looks more cheaply itself, this
module may be dropped.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (PySide6 sets up its look at imports with QtCore)

FEATURE_MODULE = "shibokensupport.feature"  # where PySide6 keeps the look (as in 6.11)
CHECK = "_mod_uses_pyside"  # the look itself: True when a module's source names PySide6


class PlainRead:
    """PySide6's look at a module, from the bytes of the module's file where it has one."""

    def __init__(self, original: Callable[[ModuleType], bool]) -> None:
        self.original = original

    def __call__(self, module: ModuleType) -> bool:
        """True when ``module``'s source names PySide6, as PySide6's own look says."""
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:  # not a file after all (inside a zip, say): PySide6's own look
                pass
        return self.original(module)


def read_sources_plainly() -> bool:
    """Have PySide6 read each imported module's file plainly; True when its look is found."""
    feature = sys.modules.get(FEATURE_MODULE)
    look = getattr(feature, CHECK, None)
    if feature is None or not callable(look):
        return False
    if not isinstance(look, PlainRead):
        setattr(feature, CHECK, PlainRead(look))
    return True
