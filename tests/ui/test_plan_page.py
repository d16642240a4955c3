"""The plan page driven as a director would: keyboard, editor, filters, undo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_rules, plan_store, plan_terms
from dass_desktop.domain.guidance import seed_from_templates, templates
from dass_desktop.domain.plan_terms import Status
from dass_desktop.domain.profile import DirectorProfile
from dass_desktop.paths import DataPaths
from dass_desktop.store import Store, open_store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.plan_filter import PlanFilterModel, RagFilter, StatusFilter
from dass_desktop.ui.plan_model import PlanTreeModel
from tests.conftest import TODAY
from tests.statements import statements
from tests.ui.test_first_run import make_window


def _plan_window(qtbot: QtBot, store: Store) -> MainWindow:
    seed_from_templates(store)
    window = make_window(qtbot, store)
    window.show_page(1)
    return window


def _find_row(store: Store, title: str) -> plan_terms.PlanRow:
    return next(r for r in plan_store.list_items(store, None) if r.title == title)


def test_add_item_mark_done_with_keyboard_and_reopen(
    qtbot: QtBot, data_paths: DataPaths, profile: DirectorProfile
) -> None:
    """Ctrl+N adds an item, Space marks it done, the dashboard moves, and it all persists."""
    from dass_desktop.domain.profile import save_profile

    with open_store(data_paths) as store:
        save_profile(store, profile, TODAY)
        window = _plan_window(qtbot, store)
        page = window.plan_page
        before = window.dashboard.ui.overallLine.text()
        page.ui.tree.setFocus()
        qtbot.keyClick(page.ui.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        title = page.editor.ui.titleEdit
        assert title.text() == "New item"
        title.selectAll()
        qtbot.keyClicks(title, "Ask for the supervision audit results")
        qtbot.keyClick(title, Qt.Key.Key_Return)
        row = _find_row(store, "Ask for the supervision audit results")
        assert page.selected_item_id() == row.id
        qtbot.keyClicks(page.editor.ui.findingsEdit, "Audit due before Christmas ")
        page.editor.ui.findingsEdit.insertPlainText("🎄")  # QTest cannot type emoji
        page.editor.flush()
        page.ui.tree.setFocus()
        with qtbot.waitSignal(window.bus.changed):
            qtbot.keyClick(page.ui.tree, Qt.Key.Key_Space)
        done = _find_row(store, "Ask for the supervision audit results")
        assert done.status is Status.DONE
        assert done.completed_on == TODAY
        assert done.findings == "Audit due before Christmas 🎄"
        qtbot.keyClick(window.ui.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.dashboard  # it catches up when shown
        after = window.dashboard.ui.overallLine.text()
        assert before != after
        total = sum(1 for i in templates().items if i.kind != "practice") + 1  # never done
        assert after.endswith(f"(1 of {total}).")
        window.close()
    with open_store(data_paths) as store:
        again = _find_row(store, "Ask for the supervision audit results")
        assert again.status is Status.DONE
        assert again.findings == "Audit due before Christmas 🎄"


def test_delete_then_undo_restores_item_with_notes(qtbot: QtBot, store_with_profile: Store) -> None:
    """Delete removes the selected item; Ctrl+Z brings it back with its findings."""
    window = _plan_window(qtbot, store_with_profile)
    page = window.plan_page
    first = plan_store.list_items(store_with_profile, None)[0]
    plan_store.update_item(store_with_profile, first.id, TODAY, findings="Important notes")
    page.refresh()
    assert page.select_item(first.id)
    page.ui.tree.setFocus()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(page.ui.tree, Qt.Key.Key_Delete)
    assert plan_store.get_item(store_with_profile, first.id, None) is None
    assert page.model.row(first.id) is None
    assert "Ctrl+Z" in window.undo_notice.label.text()
    with qtbot.waitSignal(window.bus.changed):
        window.undo_stack.undo()
    restored = plan_store.get_item(store_with_profile, first.id, None)
    assert restored is not None
    assert restored.findings == "Important notes"
    assert page.selected_item_id() == first.id


def test_empty_title_is_refused_beside_the_field(qtbot: QtBot, store_with_profile: Store) -> None:
    """Clearing a title shows the reason beside it and saves nothing."""
    window = _plan_window(qtbot, store_with_profile)
    page = window.plan_page
    first = plan_store.list_items(store_with_profile, None)[0]
    page.select_item(first.id)
    title = page.editor.ui.titleEdit
    title.setFocus()
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert page.editor.ui.titleError.isVisible()
    assert page.editor.ui.titleError.text() == "Give the item a title."
    assert title.text() == ""  # what the director typed is kept until they fix it
    assert plan_store.get_item(store_with_profile, first.id, None).title == first.title  # type: ignore[union-attr]


def test_editor_saves_status_rag_owner(qtbot: QtBot, store_with_profile: Store) -> None:
    """Choosing a status and RAG and typing an owner saves each straight away."""
    window = _plan_window(qtbot, store_with_profile)
    page = window.plan_page
    first = plan_store.list_items(store_with_profile, None)[0]
    page.select_item(first.id)
    ui = page.editor.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(Status.IN_PROGRESS))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    ui.ragCombo.setCurrentIndex(ui.ragCombo.findData(plan_terms.Rag.RED))
    ui.ragCombo.activated.emit(ui.ragCombo.currentIndex())
    ui.ownerEdit.setFocus()
    qtbot.keyClicks(ui.ownerEdit, "Head of HR")
    qtbot.keyClick(ui.ownerEdit, Qt.Key.Key_Return)
    saved = plan_store.get_item(store_with_profile, first.id, None)
    assert saved is not None
    assert (saved.status, saved.rag, saved.owner) == (
        Status.IN_PROGRESS,
        plan_terms.Rag.RED,
        "Head of HR",
    )
    assert page.model.row(first.id).owner == "Head of HR"  # type: ignore[union-attr]


def test_filters_and_search(qtbot: QtBot, store_with_profile: Store) -> None:
    """Search, status and overdue filters narrow the tree to matching items."""
    window = _plan_window(qtbot, store_with_profile)
    page = window.plan_page
    qtbot.keyClicks(page.ui.searchEdit, "roadshows")
    visible = _visible_titles(page.proxy)
    assert visible
    assert all("roadshows" in t.lower() for t in visible)
    page.ui.searchEdit.clear()
    page.ui.overdueOnly.setChecked(True)
    overdue = plan_rules.overdue(
        plan_store.list_items(store_with_profile, dt.date(2026, 9, 7)), TODAY
    )
    assert len(_visible_titles(page.proxy)) == len(overdue) > 0
    page.ui.overdueOnly.setChecked(False)
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData(StatusFilter.DONE))
    assert _visible_titles(page.proxy) == []
    page.clear_filters()
    assert len(_visible_titles(page.proxy)) == len(templates().items)


def test_a_filter_that_hides_the_item_empties_the_editor(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """The editor never shows an item the filter has just hidden; choosing it again (as the
    dashboard does) clears the filter that hid it and opens it in its theme.
    """
    window = _plan_window(qtbot, store_with_profile)
    page = window.plan_page
    row = _find_row(store_with_profile, next(iter(_visible_titles(page.proxy))))
    assert page.select_item(row.id)
    assert page.editor.item_id == row.id
    assert page.ui.splitter.sizes()[1] > 0
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData(StatusFilter.DONE))
    assert page.editor.item_id is None
    assert page.ui.splitter.sizes()[1] == 0
    assert page.select_item(row.id)
    assert page.ui.statusFilter.currentData() is StatusFilter.ALL
    assert page.editor.item_id == row.id
    assert page.ui.tree.isExpanded(page.ui.tree.currentIndex().parent())
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_F2)
    assert page.editor.ui.titleEdit.hasFocus()


def _visible_titles(proxy: PlanFilterModel) -> list[str]:
    titles = []
    for p in range(proxy.rowCount()):
        phase = proxy.index(p, 0)
        for t in range(proxy.rowCount(phase)):
            theme = proxy.index(t, 0, phase)
            titles += [proxy.index(i, 0, theme).data() for i in range(proxy.rowCount(theme))]
    return [t.removeprefix("✓ ") for t in titles]


def test_dashboard_item_opens_in_plan(qtbot: QtBot, store_with_profile: Store) -> None:
    """Activating an overdue item on the dashboard selects it on the plan page."""
    seed_from_templates(store_with_profile)
    window = make_window(qtbot, store_with_profile)
    overdue_list, _soon = window.dashboard.lists()
    index = overdue_list.model().index(0, 0)
    overdue_list.setCurrentIndex(index)
    overdue_list.activated.emit(index)
    assert window.current_page() is window.plan_page
    assert window.plan_page.selected_item_id() is not None


def test_plan_models_pass_the_model_tester(qtmodeltester, store_with_profile: Store) -> None:  # type: ignore[no-untyped-def]
    """The tree and its filter are well-behaved item models."""
    seed_from_templates(store_with_profile)
    rows = plan_store.list_items(store_with_profile, dt.date(2026, 9, 7))
    model = PlanTreeModel(lambda: TODAY)
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = PlanFilterModel(lambda: TODAY)
    proxy.setSourceModel(model)
    proxy.set_filters(rag=RagFilter.UNRATED, text="staff")
    qtmodeltester.check(proxy)
    model.set_rows(rows[:10])
    qtmodeltester.check(model)


def test_opening_evidence_asks_first_and_refuses_odd_addresses(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """Open asks before opening a local file (naming it), and a stored ``file:`` address
    (from an older release or a crafted file) is refused with a sentence, never opened.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dass_desktop.store.models import EvidenceLink

    store = store_with_profile
    window = _plan_window(qtbot, store)
    page = window.plan_page
    item = plan_store.list_items(store, None)[0].id
    real = tmp_path / "report.pdf"
    real.write_bytes(b"%PDF")
    plan_store.add_evidence(store, item, str(real), TODAY)
    with store.transaction() as session:
        session.add(
            EvidenceLink(item_id=item, target="file:///etc/passwd", label="", added_on=TODAY)
        )
    page.refresh()
    assert page.select_item(item)
    editor = page.editor
    seen: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    for row in (0, 1):
        editor.ui.evidenceList.setCurrentIndex(editor.ui.evidenceList.model().index(row, 0))
        QTimer.singleShot(0, answer_no)
        qtbot.mouseClick(editor.ui.openEvidenceButton, Qt.MouseButton.LeftButton)
    assert str(real) in seen[0]
    assert seen[0].startswith("Open ")
    assert "not a web address the app opens" in seen[1]
    window.close()


def test_search_follows_rows_changed_in_place(store_with_profile: Store) -> None:
    """A search finds an item by its new words once its row changes, the tree keeping its
    shape (each item's searched text is kept between keys typed, never past a change), and
    the search box's and the filters' ways of searching agree.
    """
    seed_from_templates(store_with_profile)
    rows = plan_store.list_items(store_with_profile, dt.date(2026, 9, 7))
    model = PlanTreeModel(lambda: TODAY)
    model.set_rows(rows)
    proxy = PlanFilterModel(lambda: TODAY)
    proxy.setSourceModel(model)
    proxy.set_search("zebra crossing")
    assert _visible_titles(proxy) == []
    renamed = dataclasses.replace(rows[3], title="Zebra crossing audit")
    model.set_rows([renamed if r.id == renamed.id else r for r in rows])
    assert _visible_titles(proxy) == ["Zebra crossing audit"]
    proxy.set_filters(text="")
    assert len(_visible_titles(proxy)) == len(rows)
    proxy.set_filters(text="crossing zebra")
    assert _visible_titles(proxy) == ["Zebra crossing audit"]
    model.set_rows(rows)
    assert _visible_titles(proxy) == []


def test_first_open_reads_through_the_plain_connection_only(qtbot: QtBot, store: Store) -> None:
    """Opening the plan sends no statement through SQLAlchemy (its compiling and result
    handling cost a large plan a third of its read); choosing an item then reads the
    editor's themes and owners through it, and the tree shows every item.
    """
    write_demo(store, TODAY)
    window = make_window(qtbot, store)
    with statements(store) as (orm, plain):
        window.show_page(1)
        page = window.plan_page
        assert orm == []
        assert any("FROM plan_item" in sql for sql in plain)
        shown = [
            page.proxy.index(i, 0, page.proxy.index(t, 0, page.proxy.index(p, 0)))
            for p in range(page.proxy.rowCount())
            for t in range(page.proxy.rowCount(page.proxy.index(p, 0)))
            for i in range(page.proxy.rowCount(page.proxy.index(t, 0, page.proxy.index(p, 0))))
        ]
        assert len(shown) == len(plan_store.list_items(store, None))
        orm.clear()
        first = plan_store.list_items(store, None)[0]
        page.select_item(first.id)
        assert page.editor.item_id == first.id
        assert page.editor.ui.themeCombo.count() == len(plan_store.list_themes(store))
