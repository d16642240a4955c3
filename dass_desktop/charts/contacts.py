"""Charts of contacts and visits: the influence and interest map, visits per week, themes.

All three read in black and white: the map's quadrants are shaded in greys and named in
words; each kind of visit has its own hatching as well as its colour and is named in the
legend; every theme's bar carries its count.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from dass_desktop.charts.style import FONT, GREYS, HATCHES, PALETTE, new_figure, tidy_axes
from dass_desktop.domain.contact_terms import HIGH_SCORE, EngagementKind, Quadrant
from dass_desktop.domain.coverage import ThemeCount, WeekTally
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.stakeholders import StakeholderRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

BOUNDARY = HIGH_SCORE - 0.5  # scores of 3 and above are high
LOW_EDGE, HIGH_EDGE = 0.4, 5.6
# (quadrant, x of its label, y of its label, alignment, shade)
QUADRANTS = (
    (Quadrant.KEEP_SATISFIED, LOW_EDGE + 0.08, HIGH_EDGE - 0.08, "left", "#eceff3"),
    (Quadrant.MANAGE_CLOSELY, HIGH_EDGE - 0.08, HIGH_EDGE - 0.08, "right", "#dde3ea"),
    (Quadrant.MONITOR, LOW_EDGE + 0.08, LOW_EDGE + 0.1, "left", "#ffffff"),
    (Quadrant.KEEP_INFORMED, HIGH_EDGE - 0.08, LOW_EDGE + 0.1, "right", "#f5f6f8"),
)
MAX_KINDS = 6  # more series than this cannot be told apart in greyscale


def _spread(count: int) -> list[tuple[float, float]]:
    """Offsets that place ``count`` people sharing one score around it without overlap."""
    if count == 1:
        return [(0.0, 0.0)]
    offsets = []
    rings = [(0.2, min(count, 7))]
    if count > 7:
        rings.append((0.4, count - 7))
    for radius, n in rings:
        for i in range(n):
            angle = math.pi / 2 + 2 * math.pi * i / n
            offsets.append((radius * math.cos(angle), radius * math.sin(angle)))
    return offsets


def influence_interest_map(
    people: Sequence[StakeholderRow],
    *,
    names: bool = False,
    width: float = 6.4,
    labels: Mapping[int, str] | None = None,
) -> Figure | None:
    """Stakeholders placed by interest (across) and influence (up) in four named quadrants.

    Each person is marked with their initials (or their name when ``names`` is true, or
    ``labels[id]`` when labels are given, e.g. numbers keyed in a table beside the chart);
    people with the same scores are spread around the point. Each label's ``gid`` is
    ``stakeholder:<id>`` so the app can find it. Returns None with nobody to place.
    """
    if not people:
        return None
    from matplotlib.patches import Rectangle

    figure = new_figure(width, width * 0.72)
    axes = figure.add_subplot()
    for quadrant, x, y, align, shade in QUADRANTS:
        left = LOW_EDGE if align == "left" else BOUNDARY
        bottom = BOUNDARY if y > BOUNDARY else LOW_EDGE
        right = BOUNDARY if align == "left" else HIGH_EDGE
        top = HIGH_EDGE if y > BOUNDARY else BOUNDARY
        axes.add_patch(
            Rectangle((left, bottom), right - left, top - bottom, color=shade, zorder=0, lw=0)
        )
        axes.text(
            x,
            y,
            quadrant.label,
            ha=align,
            va="top" if y > BOUNDARY else "bottom",
            fontsize=9,
            fontweight="bold",
            color=GREYS[1],
            family=FONT,
            gid=f"quadrant:{quadrant.value}",
        )
    axes.axvline(BOUNDARY, color=GREYS[2], linewidth=1)
    axes.axhline(BOUNDARY, color=GREYS[2], linewidth=1)
    groups: dict[tuple[int, int], list[StakeholderRow]] = {}
    for person in sorted(people, key=lambda p: p.name.casefold()):
        groups.setdefault((person.interest, person.influence), []).append(person)
    for (interest, influence), group in groups.items():
        for person, (dx, dy) in zip(group, _spread(len(group)), strict=True):
            if labels is not None:
                label = labels[person.id]
            elif names:
                label = textwrap.shorten(person.name, 22, placeholder="…")
            else:
                label = person.initials
            axes.text(
                interest + dx,
                influence + dy,
                label,
                ha="center",
                va="center",
                fontsize=7 if names else 7.5,
                family=FONT,
                color=GREYS[0],
                bbox={
                    "boxstyle": "round,pad=0.25",
                    "facecolor": "white",
                    "edgecolor": PALETTE[0],
                    "linewidth": 0.7,
                },
                gid=f"stakeholder:{person.id}",
                zorder=3,
            )
    axes.set_xlim(LOW_EDGE, HIGH_EDGE)
    axes.set_ylim(LOW_EDGE, HIGH_EDGE)
    axes.set_xticks([1, 2, 3, 4, 5])
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_xlabel("Interest in adult social care (1 low, 5 high)", fontsize=9, family=FONT)
    axes.set_ylabel("Influence (1 low, 5 high)", fontsize=9, family=FONT)
    axes.set_title(
        f"Influence and interest: {len(people)} stakeholders", fontsize=11, loc="left", family=FONT
    )
    tidy_axes(axes)
    return figure


def _kind_styles(kinds: Sequence[str]) -> dict[str, tuple[str, str]]:
    """A fill colour and a hatch per series, distinct in print as well as on screen."""
    return {
        kind: (PALETTE[i % len(PALETTE)], HATCHES[i % len(HATCHES)]) for i, kind in enumerate(kinds)
    }


def visits_per_week(weeks: Sequence[WeekTally], *, width: float = 6.4) -> Figure | None:
    """Engagements held each week as bars stacked by kind (None when there are none).

    Past :data:`MAX_KINDS` kinds, the least frequent are put together as "Other kinds".
    """
    totals: dict[EngagementKind, int] = {}
    for week in weeks:
        for kind, n in week.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    if not totals:
        return None
    ranked = sorted(totals, key=lambda k: (-totals[k], list(EngagementKind).index(k)))
    shown = ranked if len(ranked) <= MAX_KINDS else ranked[: MAX_KINDS - 1]
    series = [k.label for k in EngagementKind if k in shown]
    if len(shown) < len(ranked):
        series.append("Other kinds")
    styles = _kind_styles(series)
    figure = new_figure(width, 3.4)
    axes = figure.add_subplot()
    tidy_axes(axes)
    positions = list(range(len(weeks)))
    bottom = [0] * len(weeks)
    for name in series:
        heights = []
        for week in weeks:
            if name == "Other kinds":
                heights.append(sum(n for k, n in week.counts.items() if k not in shown))
            else:
                heights.append(sum(n for k, n in week.counts.items() if k.label == name))
        colour, hatch = styles[name]
        axes.bar(
            positions,
            heights,
            bottom=bottom,
            width=0.75,
            color=colour,
            hatch=hatch,
            hatchcolor="#ffffff" if colour in PALETTE[:2] else GREYS[0],
            edgecolor=GREYS[0],
            linewidth=0.5,
            label=name,
        )
        bottom = [a + b for a, b in zip(bottom, heights, strict=True)]
    step = max(1, math.ceil(len(weeks) / 9))
    ticks = positions[::step]
    axes.set_xticks(ticks, [long_date(weeks[i].week)[:-5] for i in ticks], fontsize=8)
    axes.set_xlim(-0.6, len(weeks) - 0.4)
    axes.set_ylim(0, max(bottom) * 1.15 + 0.5)
    axes.set_ylabel("Visits and meetings", fontsize=9, family=FONT)
    axes.set_xlabel("Week beginning", fontsize=9, family=FONT)
    axes.set_title("Visits and meetings per week, by kind", fontsize=11, loc="left", family=FONT)
    # Beside the bars, never over them.
    axes.legend(fontsize=7.5, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return figure


def top_themes(
    counts: Sequence[ThemeCount], *, top: int = 10, period: str = "", width: float = 6.4
) -> Figure | None:
    """The themes heard most often as horizontal bars, most heard at the top, counts written.

    ``period`` (e.g. "since 21 Sep 2026") is added to the title. None with no themes.
    """
    shown = list(counts[:top])
    if not shown:
        return None
    from matplotlib.ticker import MaxNLocator

    figure = new_figure(width, max(2.2, 0.9 + 0.32 * len(shown)))
    axes = figure.add_subplot()
    tidy_axes(axes)
    positions = list(range(len(shown)))
    values = [c.count for c in shown]
    axes.barh(positions, values, height=0.62, color=PALETTE[0], edgecolor=GREYS[0], linewidth=0.5)
    for y, value in zip(positions, values, strict=True):
        axes.text(value + max(values) * 0.015, y, str(value), va="center", fontsize=8, family=FONT)
    axes.set_yticks(positions, [c.theme for c in shown], fontsize=8.5, family=FONT)
    axes.set_ylim(len(shown) - 0.5, -0.5)
    axes.set_xlim(0, max(values) * 1.12 + 0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("Visits and meetings where it was raised", fontsize=9, family=FONT)
    title = "Themes heard most often" + (f"\n{period}" if period else "")
    axes.set_title(title, fontsize=11, loc="left", family=FONT)
    return figure
