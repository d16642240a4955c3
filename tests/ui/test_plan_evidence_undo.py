"""Evidence linked to a plan item and removed from it in the editor, each undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_store
from dass_desktop.store import Store
from tests.conftest import TODAY
from tests.ui.test_first_run import make_window


def test_evidence_added_and_removed_in_the_editor_is_undone_and_redone(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """Adding a file as evidence links it and undo takes it away (choosing the item again);
    redo links it again; removing it and undoing brings it back.
    """
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    window.show_page(window.titles().index("Plan"))
    page = window.plan_page
    stack = window.context.undo_stack
    item = page.model.rows()[5]
    before = plan_store.list_evidence(store, item.id)
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4\n")
    page.editor.evidence_add_requested.emit(item.id, str(report), "Audit report")
    added = plan_store.list_evidence(store, item.id)
    assert [(e.target, e.label) for e in added] == [
        *((e.target, e.label) for e in before),
        (str(report), "Audit report"),
    ]
    assert stack.undoText() == "Added the evidence “Audit report”."
    page.select_item(page.model.rows()[0].id)
    stack.undo()
    QApplication.processEvents()
    assert plan_store.list_evidence(store, item.id) == before
    assert page.selected_item_id() == item.id
    stack.redo()
    link = plan_store.list_evidence(store, item.id)[-1]
    assert (link.target, link.label) == (str(report), "Audit report")
    page.editor.evidence_remove_requested.emit(link)
    assert plan_store.list_evidence(store, item.id) == before
    assert stack.undoText() == "Removed the evidence “Audit report”."
    stack.undo()
    after = plan_store.list_evidence(store, item.id)
    assert [(e.target, e.label, e.added_on) for e in after][-1] == (
        str(report),
        "Audit report",
        link.added_on,
    )
