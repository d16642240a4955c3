"""The in-app stakeholder map: numbered markers that never meet, and a key to every number."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.store import Store, open_store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.stakeholders_page import StakeholdersPage
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier
SIZES = [(1366, 768), (1024, 700)]


def check_map(qtbot: QtBot, store: Store, size: tuple[int, int]) -> StakeholdersPage:
    """Open the map tab at ``size`` and check that no two markers' boxes overlap, every
    marker lies inside the map, and the key lists every number on it, 1 to N.
    """
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_4, CTRL)
    page = window.stakeholders
    page.ui.tabs.setCurrentWidget(page.ui.mapTab)
    QApplication.processEvents()
    figure = page.map_chart.figure
    assert figure is not None
    figure.canvas.draw()  # at the size the window gives it
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    axes = figure.axes[0]
    markers = [t for t in axes.texts if (t.get_gid() or "").startswith("stakeholder:")]
    assert len(markers) == len(page.model.rows()) > 20
    boxes = []
    for marker in markers:
        patch = marker.get_bbox_patch()
        assert patch is not None
        boxes.append(patch.get_window_extent(renderer))
    inside = axes.get_window_extent(renderer)
    for box in boxes:
        assert inside.x0 <= box.x0
        assert box.x1 <= inside.x1
        assert inside.y0 <= box.y0
        assert box.y1 <= inside.y1
    for (one, a), (two, b) in itertools.combinations(zip(markers, boxes, strict=True), 2):
        assert not a.overlaps(b), (one.get_text(), two.get_text())
    numbers = sorted(int(t.get_text()) for t in markers)
    assert numbers == list(range(1, len(markers) + 1))
    assert page.map.numbers_in_key() == [str(n) for n in numbers]
    window.close()
    return page


@pytest.mark.parametrize("size", SIZES)
def test_demo_map_markers_never_overlap_and_the_key_lists_them(
    qtbot: QtBot, store: Store, size: tuple[int, int]
) -> None:
    """On the demo council, at both screen sizes, the markers are numbers whose boxes never
    meet, and the key beside the map lists every number in order.
    """
    write_demo(store, TODAY)
    check_map(qtbot, store, size)


def test_the_key_opens_the_person_it_names(qtbot: QtBot, store: Store) -> None:
    """Enter on a name in the key opens that person on the Contacts tab."""
    write_demo(store, TODAY)
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_4, CTRL)
    page = window.stakeholders
    page.ui.tabs.setCurrentWidget(page.ui.mapTab)
    key = page.map.key_view
    third = page.map.key.index(2)
    assert str(third.data()).startswith("3.  ")
    key.setCurrentIndex(third)
    qtbot.keyClick(key, Qt.Key.Key_Return)
    assert page.ui.tabs.currentWidget() is page.ui.contactsTab
    chosen = page.current()
    assert chosen is not None
    assert chosen.id == page.map.key.ids()[2]
    window.close()


@pytest.mark.slow
def test_map_markers_never_overlap_at_scale_50(
    qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The demo written at ``--scale 50`` maps without a marker meeting another, small
    screen or large.
    """
    data = paths.resolve(Path(tmp_path_factory.mktemp("scale50")))
    store = open_store(data)
    try:
        write_demo(store, TODAY, scale=50)
        for size in SIZES:
            check_map(qtbot, store, size)
    finally:
        store.close()
