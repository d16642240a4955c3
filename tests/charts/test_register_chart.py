"""The register's heat map, inspected through its artists: counts, words, greyscale zones."""

from __future__ import annotations

from dass_desktop.charts.register import ZONES, heat_map, zone
from dass_desktop.charts.style import luminance


def test_heat_map_counts_and_words() -> None:
    """25 cells; each count is printed in its cell and every cell names its zone in words."""
    counts = {(lk, im): 0 for lk in range(1, 6) for im in range(1, 6)}
    counts[(4, 5)] = 3
    counts[(2, 4)] = 1
    figure = heat_map(counts)
    axes = figure.axes[0]
    assert len(axes.patches) == 25
    texts = [t.get_text() for t in axes.texts]
    assert texts.count("3") == 1
    assert texts.count("1") == 1
    assert texts.count("Red") == sum(1 for c in counts if zone(*c) == "Red")
    assert (zone(4, 5), zone(2, 4), zone(1, 2)) == ("Red", "Amber", "Green")


def test_zones_differ_in_greyscale() -> None:
    """Green, amber and red fills differ in lightness by a clear step and in hatching."""
    light = [luminance(ZONES[w][0]) for w in ("Green", "Amber", "Red")]
    assert light[0] - light[1] > 0.15
    assert light[1] - light[2] > 0.15
    assert len({ZONES[w][1] for w in ZONES}) == 3
