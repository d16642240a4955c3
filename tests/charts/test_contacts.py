"""Contacts and visits charts, inspected through their artists rather than pixels."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
from matplotlib.axes import Axes
from matplotlib.container import BarContainer

from dass_desktop.charts.contacts import (
    influence_interest_map,
    top_themes,
    visits_per_week,
)
from dass_desktop.domain.contact_terms import Cadence, Category, EngagementKind, Quadrant
from dass_desktop.domain.coverage import ThemeCount, WeekTally
from dass_desktop.domain.stakeholder_terms import StakeholderRow

MONDAY = dt.date(2026, 9, 21)


def person(person_id: int, name: str, influence: int, interest: int) -> StakeholderRow:
    """A stakeholder with the scores given."""
    return StakeholderRow(
        id=person_id,
        name=name,
        role="",
        organisation="",
        category=Category.STAFF,
        email="",
        phone="",
        notes="",
        influence=influence,
        interest=interest,
        cadence=Cadence.NONE,
        tags=(),
    )


def quadrant_at(axes: Axes, x: float, y: float) -> Quadrant:
    """The quadrant a point on the map falls in, read from the chart's own boundary lines."""
    lines = {line.get_gid(): line for line in axes.get_lines()}
    across = float(np.asarray(lines["boundary:interest"].get_xdata())[0])
    up = float(np.asarray(lines["boundary:influence"].get_ydata())[0])
    if y > up:
        return Quadrant.MANAGE_CLOSELY if x > across else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if x > across else Quadrant.MONITOR


def test_influence_interest_map_places_people_in_their_quadrants() -> None:
    """Known people land in the right quadrant, labelled by initials; the four are named."""
    people = [
        person(1, "Priya Shah", influence=5, interest=5),
        person(2, "Cllr Joan Ashworth", influence=5, interest=5),  # shares a point
        person(3, "Dr Ken Obi", influence=4, interest=1),
        person(4, "Lee Carter", influence=2, interest=5),
        person(5, "Ann Yates", influence=1, interest=2),
        person(6, "Mo Patel", influence=3, interest=3),  # middling counts as high
    ]
    figure = influence_interest_map(people)
    assert figure is not None
    (axes,) = figure.axes
    labels = {t.get_gid(): t for t in axes.texts if (t.get_gid() or "").startswith("stakeholder")}
    assert {t.get_text() for t in labels.values()} == {"PS", "JA", "KO", "LC", "AY", "MP"}
    expected = {
        1: Quadrant.MANAGE_CLOSELY,
        2: Quadrant.MANAGE_CLOSELY,
        3: Quadrant.KEEP_SATISFIED,
        4: Quadrant.KEEP_INFORMED,
        5: Quadrant.MONITOR,
        6: Quadrant.MANAGE_CLOSELY,
    }
    for person_id, quadrant in expected.items():
        x, y = labels[f"stakeholder:{person_id}"].get_position()
        assert quadrant_at(axes, x, y) is quadrant, person_id
        assert people[person_id - 1].quadrant is quadrant
    # Two people with the same scores are spread apart, not drawn on top of each other.
    assert labels["stakeholder:1"].get_position() != labels["stakeholder:2"].get_position()
    names = {t.get_text() for t in axes.texts if (t.get_gid() or "").startswith("quadrant")}
    assert names == {"Manage closely", "Keep satisfied", "Keep informed", "Monitor"}
    by_name = influence_interest_map(people[:1], names=True)
    assert by_name is not None
    assert "Priya Shah" in {t.get_text() for t in by_name.axes[0].texts}
    assert influence_interest_map([]) is None


def test_a_crowded_point_stays_inside_its_quadrant() -> None:
    """Twelve people with the same scores are spread within their quadrant."""
    crowd = [person(i, f"Person {i} Smith", 3, 3) for i in range(12)]
    figure = influence_interest_map(crowd)
    assert figure is not None
    points = [
        t.get_position() for t in figure.axes[0].texts if (t.get_gid() or "").startswith("stake")
    ]
    assert len(set(points)) == 12
    assert all(quadrant_at(figure.axes[0], x, y) is Quadrant.MANAGE_CLOSELY for x, y in points)


def test_visits_per_week_stacks_kinds() -> None:
    """One bar per week, stacked by kind in the kinds' order, each with its own hatch."""
    weeks = [
        WeekTally(MONDAY, {EngagementKind.INFORMAL_VISIT: 2, EngagementKind.CALL: 1}),
        WeekTally(MONDAY + dt.timedelta(days=7), {}),
        WeekTally(MONDAY + dt.timedelta(days=14), {EngagementKind.INFORMAL_VISIT: 1}),
    ]
    figure = visits_per_week(weeks)
    assert figure is not None
    (axes,) = figure.axes
    bars = [c for c in axes.containers if isinstance(c, BarContainer)]
    assert [c.get_label() for c in bars] == ["Informal visit", "Phone or video call"]
    heights = {c.get_label(): [p.get_height() for p in c.patches] for c in bars}
    assert heights == {"Informal visit": [2, 0, 1], "Phone or video call": [1, 0, 0]}
    assert bars[1].patches[0].get_y() == 2  # stacked on the visits
    assert len({c.patches[0].get_hatch() for c in bars}) == 2
    legend = axes.get_legend()
    assert legend is not None
    assert [t.get_text().replace("\n", " ") for t in legend.get_texts()] == [
        "Informal visit",
        "Phone or video call",
    ]
    assert visits_per_week([WeekTally(MONDAY)]) is None


def test_visits_per_week_puts_rare_kinds_together() -> None:
    """With more kinds than greyscale can tell apart, the rarest become "Other kinds"."""
    counts = {kind: i + 1 for i, kind in enumerate(EngagementKind)}
    figure = visits_per_week([WeekTally(MONDAY, counts)])
    assert figure is not None
    bars = [c for c in figure.axes[0].containers if isinstance(c, BarContainer)]
    assert len(bars) == 6
    assert bars[-1].get_label() == "Other kinds"
    assert sum(c.patches[0].get_height() for c in bars) == sum(counts.values())


def test_top_themes_most_heard_first_with_counts() -> None:
    """Bars run from the most heard theme down, each with its count written."""
    counts = [ThemeCount("workload", 9), ThemeCount("IT and systems", 5), ThemeCount("pay", 1)]
    figure = top_themes(counts, top=2, period="since 21 Sep 2026")
    assert figure is not None
    (axes,) = figure.axes
    assert [t.get_text() for t in axes.get_yticklabels()] == ["workload", "IT and systems"]
    assert [t.get_text() for t in axes.texts] == ["9", "5"]
    assert axes.get_title(loc="left") == "Themes heard most often\nsince 21 Sep 2026"
    figure.savefig(io.BytesIO(), format="png")
    assert top_themes([]) is None
