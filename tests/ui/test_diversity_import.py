"""A diversity file as councils publish it imports from the Workforce window, and its finer
ethnic groups show under their broad group.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dass_desktop.store import Store
from tests.interchange.test_diversity_wide import WIDE
from tests.ui.test_workforce_page import import_through_dialog, open_page


def test_a_wide_diversity_file_imports_through_the_dialog(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """Every column is recognised; the dialog says who did not declare; the table shows it."""
    window, page = open_page(qtbot, store_with_profile)
    path = tmp_path / "diversity.csv"
    path.write_text(WIDE, encoding="utf-8")
    dialog = page.open_import()
    assert dialog.load(path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20000)
    status = dialog.ui.statusLabel.text()
    assert "Ready to import 32 figures" in status  # religion and sexuality kept too
    assert "2023/24: ethnicity 316 of 420 staff declared; 30 did not" in status
    import_through_dialog(qtbot, window, page)
    assert "Imported 32 diversity figures" in page.ui.messageLabel.text()
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    page.ui.dimensionCombo.setCurrentIndex(page.ui.dimensionCombo.findData("religion"))
    religion = [page.diversity.index(r, 0).data() for r in range(page.diversity.rowCount())]
    assert religion == ["No religion", "Christian"]
    page.ui.dimensionCombo.setCurrentIndex(page.ui.dimensionCombo.findData("ethnicity"))
    shown = [page.diversity.index(r, 0).data() for r in range(page.diversity.rowCount())]
    assert shown[:3] == [
        "Asian, Asian British or Asian Welsh",
        "    Indian",
        "    Pakistani",
    ]
    assert page.diversity.index(0, 1).data() == f"{44 / 316 * 100:.1f}%"
    figure = page.diversity_canvas.figure
    assert figure is not None
    assert len(figure.axes[0].get_yticklabels()) == 3  # broad groups only: Asian, Mixed, White
