"""The plan's chart, inspected through its artists rather than pixels."""

from __future__ import annotations

from typing import cast

from matplotlib.patches import Rectangle

from dass_desktop.charts.plan import progress_by_theme
from dass_desktop.domain.plan_terms import Rag, ThemeProgress


def test_progress_by_theme_bars_and_labels() -> None:
    """One bar per theme with work to do, its length the % done, labelled with the RAG word."""
    rows = [
        ThemeProgress("Check the basics", 3, 6, 3, Rag.RED),
        ThemeProgress("Celebrate success", 0, 0, 0, None),  # nothing applicable: left out
        ThemeProgress("Your own development", 1, 4, 3, Rag.GREEN),
    ]
    figure = progress_by_theme(rows)
    assert figure is not None
    axes = figure.axes[0]
    done_bars = axes.patches[len(axes.patches) // 2 :]
    assert sorted(round(cast(Rectangle, bar).get_width()) for bar in done_bars) == [25, 50]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["Your own development", "Check the basics"]
    texts = {t.get_text() for t in axes.texts}
    assert "50% (3/6) · Red" in texts
    assert "25% (1/4) · Green" in texts


def test_nothing_to_chart() -> None:
    """No applicable items gives no figure."""
    assert progress_by_theme([ThemeProgress("Empty", 0, 0, 0, None)]) is None


def test_charts_need_no_pyplot() -> None:
    """Charts draw with pyplot made unimportable."""
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['matplotlib.pyplot'] = None\n"
        "from dass_desktop.charts.plan import progress_by_theme\n"
        "from dass_desktop.domain.plan_terms import ThemeProgress\n"
        "fig = progress_by_theme([ThemeProgress('A', 1, 2, 1, None)])\n"
        "fig.savefig(__import__('io').BytesIO(), format='png')\n"
        "print('drawn')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "drawn" in result.stdout
