"""The Workforce page loads only what its first sight needs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_the_page_imports_its_dialogs_only_when_one_is_opened() -> None:
    """In a fresh process, importing the page loads neither the CSV import dialog nor the
    figure dialogs (each is imported by the command that opens it).
    """
    script = textwrap.dedent(
        """
        import sys
        from dass_desktop.ui import workforce_page
        later = ("dass_desktop.ui.workforce_import", "dass_desktop.ui.workforce_dialogs")
        print(sorted(name for name in later if name in sys.modules))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
