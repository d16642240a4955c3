"""Compiled forms are never stale: recompiling every .ui gives the committed Python."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
FORMS = sorted((ROOT / "forms").glob("*.ui"))
COMPILED = ROOT / "dass_desktop" / "ui" / "forms"


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    assert found, "pyside6-uic is installed with PySide6"
    return found


def _body(text: str) -> list[str]:
    """The generated code without the header that names the generator's version."""
    return [line for line in text.splitlines() if "Qt User Interface Compiler" not in line]


def test_there_are_forms() -> None:
    """The layouts come from Designer files."""
    assert {f.stem for f in FORMS} >= {
        "main_window",
        "dashboard",
        "profile_dialog",
        "teams_page",
        "team_dialog",
        "team_note_dialog",
        "team_gap_dialog",
        "stakeholders_page",
        "stakeholder_dialog",
        "visits_page",
        "visit_dialog",
    }


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_compiled_form_is_current(form: Path, tmp_path: Path) -> None:
    """Recompile the form and compare with the committed ui_*.py."""
    fresh = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([_uic(), str(form), "-o", str(fresh)], check=True)
    committed = COMPILED / f"ui_{form.stem}.py"
    assert committed.exists(), f"run: pyside6-uic {form} -o {committed}"
    assert _body(committed.read_text()) == _body(fresh.read_text()), (
        f"{committed.name} is stale; run: pyside6-uic forms/{form.name} -o {committed}"
    )
