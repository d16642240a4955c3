"""The benchmark says how far its figures moved together against the baseline."""

from __future__ import annotations

from tests.benchmarks.run import Figure, drift


def test_the_median_change_of_the_timings_is_reported_and_memory_left_out() -> None:
    """Three timings 10%, 20% and 30% slower than their baseline moved a median 20%; a
    figure with no baseline and the memory figure are not counted.
    """
    figures = [
        Figure("open", 110.0, "ms", 100),
        Figure("filter", 24.0, "ms", 100),
        Figure("start-up", 2.6, "×", 3.0),
        Figure("new figure", 5.0, "ms", 100),
        Figure("peak memory", 600.0, "MB", 300),
    ]
    baseline = {"open": 100.0, "filter": 20.0, "start-up": 2.0, "peak memory": 200.0}
    line = drift(figures, baseline)
    assert line is not None
    assert line.startswith("the median figure moved +20% against the baseline (3 figures)")


def test_too_few_figures_against_a_baseline_say_nothing() -> None:
    """With fewer than three figures to compare, there is no drift to speak of."""
    assert drift([Figure("open", 90.0, "ms", 100)], {"open": 100.0}) is None
    assert drift([], {}) is None
