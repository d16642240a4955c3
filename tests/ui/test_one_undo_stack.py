"""Every change made from the window lands on the one undo stack: a house check, and the plan.

The house check reads the source of the window's modules: outside the operation runner, only
the writes listed (each with its reason) may publish changes straight on the data bus.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from dass_desktop.domain import plan_store
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status
from dass_desktop.store import Store
from tests.ui.test_plan_page import _plan_window

UI = Path(__file__).resolve().parents[2] / "dass_desktop" / "ui"

# Direct publishes allowed outside operations.py, (module, call as written): the reason.
ALLOWED = {
    ("narrative_page.py", "self._bus.publish(changes)"): (
        "the Briefing's autosaved text: its text box has its own typing undo"
    ),
    (
        "workforce_page.py",
        "self._bus.publish(comparator_family.fill_family_from_cipfa(self._store, code))",
    ): "the automatic first prefill of the CIPFA family is not a user's action",
    ("profile_dialog.py", "self._bus.publish(save_profile(store, profile, today))"): (
        "the first-run welcome: there is no earlier profile to go back to"
    ),
    ("visit_dialog.py", "self._bus.publish(changes)"): (
        "only when the dialog is opened without the window's runner (tests of the dialog)"
    ),
}


def direct_publishes(folder: Path = UI) -> list[tuple[str, str]]:
    """Every ``….publish(…)`` call in the window's modules except the runner's own."""
    found = []
    for path in sorted(folder.glob("*.py")):
        if path.name == "operations.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "publish"
            ):
                found.append((path.name, ast.unparse(node)))
    return found


def test_no_change_from_the_window_bypasses_the_undo_stack() -> None:
    """Outside operations.py only the listed, explained writes publish on the bus directly."""
    found = direct_publishes()
    unexpected = sorted({call for call in found if call not in ALLOWED})
    assert unexpected == [], "make these changes through ctx.ops so Ctrl+Z can take them back"
    assert ("plan_page.py", "self.publish(changes)") not in found
    stale = sorted(set(ALLOWED) - set(found))
    assert stale == [], "these allowances are no longer needed: remove them from ALLOWED"


def test_the_house_check_sees_a_direct_write(tmp_path: Path) -> None:
    """The scan finds a publish written as pages used to write them, and skips the runner."""
    (tmp_path / "some_page.py").write_text(
        "def save(self):\n    self._bus.publish(plan_store.add_theme(s, 'x'))\n",
        encoding="utf-8",
    )
    (tmp_path / "operations.py").write_text("self._publish(changes)\n", encoding="utf-8")
    assert direct_publishes(tmp_path) == [
        ("some_page.py", "self._bus.publish(plan_store.add_theme(s, 'x'))")
    ]


def _item(store: Store, item_id: int) -> PlanRow:
    row = plan_store.get_item(store, item_id, None)
    assert row is not None
    return row


def test_plan_edits_in_place_undo_and_redo_field_by_field(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Title, status, RAG, owner and due date reset: each undone exactly, then redone.

    A status put back restores the earlier completion date too; the editor shows what came
    back; saving a value that is already there pushes nothing.
    """
    store = store_with_profile
    window = _plan_window(qtbot, store)
    page, stack = window.plan_page, window.undo_stack
    first = plan_store.list_items(store, None)[0]
    plan_store.update_item(store, first.id, dt.date(2026, 9, 20), status=Status.DONE)
    window.bus.publish(plan_store.set_due_dates(store, {first.id: dt.date(2026, 12, 1)}))
    assert page.select_item(first.id)
    ui = page.editor.ui
    states = [_item(store, first.id)]

    title = ui.titleEdit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Read the supervision audit")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    states.append(_item(store, first.id))
    for combo, value in ((ui.statusCombo, Status.IN_PROGRESS), (ui.ragCombo, Rag.RED)):
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
        states.append(_item(store, first.id))
    ui.ownerEdit.setFocus()
    qtbot.keyClicks(ui.ownerEdit, "Head of HR")
    qtbot.keyClick(ui.ownerEdit, Qt.Key.Key_Return)
    states.append(_item(store, first.id))
    qtbot.mouseClick(ui.dueResetButton, Qt.MouseButton.LeftButton)
    states.append(_item(store, first.id))
    assert states[-1].due_date is None
    assert (states[-1].title, states[-1].status, states[-1].rag, states[-1].owner) == (
        "Read the supervision audit",
        Status.IN_PROGRESS,
        Rag.RED,
        "Head of HR",
    )
    assert stack.count() == 5

    ui.ragCombo.activated.emit(ui.ragCombo.currentIndex())  # the same value again
    assert stack.count() == 5, "nothing changed, nothing to undo"

    for earlier in reversed(states[:-1]):
        stack.undo()
        assert _item(store, first.id) == earlier
        assert page.selected_item_id() == first.id
    assert states[0].completed_on == dt.date(2026, 9, 20)
    assert ui.titleEdit.text() == first.title, "the editor shows the title that came back"
    assert ui.ownerEdit.text() == first.owner
    for later in states[1:]:
        stack.redo()
        assert _item(store, first.id) == later


def test_refused_title_pushes_nothing(qtbot: QtBot, store_with_profile: Store) -> None:
    """An empty title is shown beside the field and leaves the undo stack as it was."""
    window = _plan_window(qtbot, store_with_profile)
    page = window.plan_page
    first = plan_store.list_items(store_with_profile, None)[0]
    page.select_item(first.id)
    title = page.editor.ui.titleEdit
    title.setFocus()
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert page.editor.ui.titleError.text() == "Give the item a title."
    assert window.undo_stack.count() == 0


def test_new_theme_and_evidence_undo_and_redo(
    qtbot: QtBot, store_with_profile: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A theme added and a web link attached are taken back by Undo and made again by Redo."""
    store = store_with_profile
    window = _plan_window(qtbot, store)
    page, stack = window.plan_page, window.undo_stack
    themes = plan_store.list_themes(store)
    answers = iter([("Quick wins", True), ("https://example.org/audit", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: next(answers))

    qtbot.mouseClick(page.ui.newThemeButton, Qt.MouseButton.LeftButton)
    added = plan_store.list_themes(store)
    assert [t.title for t in added] == [*(t.title for t in themes), "Quick wins"]
    stack.undo()
    assert plan_store.list_themes(store) == themes
    stack.redo()
    assert plan_store.list_themes(store) == added

    first = plan_store.list_items(store, None)[0]
    page.select_item(first.id)
    qtbot.mouseClick(page.editor.ui.addLinkButton, Qt.MouseButton.LeftButton)
    assert [e.target for e in plan_store.list_evidence(store, first.id)] == [
        "https://example.org/audit"
    ]
    stack.undo()
    assert plan_store.list_evidence(store, first.id) == []
    assert page.selected_item_id() == first.id
    stack.redo()
    assert len(plan_store.list_evidence(store, first.id)) == 1
    stack.undo()  # the link made again is the one taken back
    assert plan_store.list_evidence(store, first.id) == []
    assert _item(store, first.id).evidence_count == 0


def test_a_new_item_and_its_first_edits_are_one_step(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Ctrl+N, a title and an owner: one Undo takes the item away, one Redo brings it back."""
    store = store_with_profile
    window = _plan_window(qtbot, store)
    page, stack = window.plan_page, window.undo_stack
    before = plan_store.list_items(store, None)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_id = page.selected_item_id()
    assert new_id is not None
    title = page.editor.ui.titleEdit
    title.selectAll()
    qtbot.keyClicks(title, "Meet the principal social worker")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    page.editor.ui.ownerEdit.setFocus()
    qtbot.keyClicks(page.editor.ui.ownerEdit, "Sam")
    qtbot.keyClick(page.editor.ui.ownerEdit, Qt.Key.Key_Return)
    made = _item(store, new_id)
    assert (made.title, made.owner) == ("Meet the principal social worker", "Sam")
    assert stack.count() == 1
    stack.undo()
    assert plan_store.list_items(store, None) == before
    stack.redo()
    assert _item(store, new_id) == made
