"""The one-to-one page: typing saves, the plans are separate, and it survives reopening."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dass_desktop.domain.narrative import PlanKind, Section, load_narrative
from dass_desktop.paths import DataPaths
from dass_desktop.store import open_store
from tests.ui.test_first_run import make_window


def test_typing_saves_after_a_pause_and_survives_reopening(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    """Text typed in a section is saved without pressing anything, per plan."""
    with open_store(data_paths) as store:
        window = make_window(qtbot, store)
        window.show_page(window._pages.index(window.narrative_page))
        page = window.narrative_page
        page.editors[Section.EARLY_WINS].setFocus()
        qtbot.keyClicks(page.editors[Section.EARLY_WINS], "Weekend AMHP rota filled")
        with qtbot.waitSignal(window.bus.changed, timeout=5000):
            pass  # the pause-then-save timer fires
        assert page.ui.savedText.text().startswith("Saved")
        page.ui.sixMonthButton.click()
        assert page.editors[Section.EARLY_WINS].toPlainText() == ""
        qtbot.keyClicks(page.editors[Section.ASKS], "Budget for the workforce plan")
        window.close()  # closing saves what is still waiting
    with open_store(data_paths) as store:
        hundred = load_narrative(store, PlanKind.HUNDRED_DAY)
        six = load_narrative(store, PlanKind.SIX_MONTH)
        assert hundred.text(Section.EARLY_WINS) == "Weekend AMHP rota filled"
        assert six.text(Section.ASKS) == "Budget for the workforce plan"
        assert six.text(Section.EARLY_WINS) == ""
