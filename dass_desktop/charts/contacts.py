"""Charts of contacts and visits: the influence and interest map, visits per week, themes.

All three read in black and white: the map's quadrants are shaded in greys and named in
words; each kind of visit has its own hatching as well as its colour and is named in the
legend; every theme's bar carries its count.
"""

from __future__ import annotations

import functools
import itertools
import math
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dass_desktop.charts.style import (
    FONT,
    GREYS,
    HATCHES,
    PALETTE,
    TextSizes,
    fit_label,
    new_figure,
    round_axis,
    sized_figure,
    text_sizes,
    tidy_axes,
)
from dass_desktop.domain.contact_terms import HIGH_SCORE, EngagementKind, Quadrant
from dass_desktop.domain.coverage import ThemeCount, WeekTally
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.stakeholder_terms import StakeholderRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

BOUNDARY = HIGH_SCORE - 0.5  # scores of 3 and above are high
SCORES = (1, 2, 3, 4, 5)
# (quadrant, high interest, high influence, shade)
QUADRANTS = (
    (Quadrant.KEEP_SATISFIED, False, True, "#eceff3"),
    (Quadrant.MANAGE_CLOSELY, True, True, "#dde3ea"),
    (Quadrant.MONITOR, False, False, "#ffffff"),
    (Quadrant.KEEP_INFORMED, True, False, "#f5f6f8"),
)
#: The order of the map's key: the quadrants that need the most of the director first.
KEY_ORDER = (
    Quadrant.MANAGE_CLOSELY,
    Quadrant.KEEP_SATISFIED,
    Quadrant.KEEP_INFORMED,
    Quadrant.MONITOR,
)
MAX_KINDS = 6  # more series than this cannot be told apart in greyscale
MIN_BAND = 0.62  # inches: the least width or height of one score's band on the map


@dataclass(frozen=True)
class _MapLayout:
    """Where each score's band lies on the map, in inches from the axes' corner."""

    x_edges: list[float]  # six edges: before interest 1 ... after interest 5
    y_edges: list[float]
    columns: dict[int, int]  # interest score -> people side by side in one cell
    slot: tuple[float, float]  # inches taken by one person's marker, with a gap
    header: float  # inches kept at the top and bottom for the quadrants' names


@functools.lru_cache(maxsize=512)
def _text_extent(text: str, size: float, bold: bool = False) -> tuple[float, float]:
    """The width and height in points of ``text`` at ``size`` points in the house font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(family=FONT, size=size, weight="bold" if bold else "normal")
    widths, heights = [], []
    for line in text.split("\n") or [""]:
        width, height, _descent = TextToPath().get_text_width_height_descent(line, prop, False)
        widths.append(width)
        heights.append(max(height, size))
    return max(widths), sum(heights) * 1.2


def _layout_map(
    counts: Mapping[tuple[int, int], int], slot: tuple[float, float], room: float, header: float
) -> _MapLayout:
    """Band widths and heights that give every cell a grid of distinct slots.

    Each interest column gets as many people side by side as its widest use needs, within
    ``room`` inches across; rows then grow to hold the rest. Widening the column that saves
    the most height first keeps the map as short as the width allows.
    """
    slot_w, slot_h = slot
    columns = dict.fromkeys(SCORES, 1)

    def width_of(x: int) -> float:
        return max(MIN_BAND, columns[x] * slot_w + 0.08)

    def height_of(y: int) -> float:
        rows = max(math.ceil(counts.get((x, y), 0) / columns[x]) for x in SCORES)
        extra = header if y in (SCORES[0], SCORES[-1]) else 0.0
        return max(MIN_BAND, rows * slot_h + 0.08 + extra)

    while True:
        total_h = sum(height_of(y) for y in SCORES)
        best, saving = None, 1e-9
        for x in SCORES:
            most = max((counts.get((x, y), 0) for y in SCORES), default=0)
            if columns[x] >= most:
                continue
            columns[x] += 1
            fits = sum(width_of(c) for c in SCORES) <= room
            saved = total_h - sum(height_of(y) for y in SCORES)
            columns[x] -= 1
            if fits and saved > saving:
                best, saving = x, saved
        if best is None:
            break
        columns[best] += 1
    x_edges, y_edges = [0.0], [0.0]
    for score in SCORES:
        x_edges.append(x_edges[-1] + width_of(score))
        y_edges.append(y_edges[-1] + height_of(score))
    return _MapLayout(x_edges, y_edges, columns, slot, header)


def _stretch(edges: list[float], length: float) -> list[float]:
    """``edges`` with each band widened equally so that they span ``length``, if longer."""
    extra = max(0.0, (length - edges[-1]) / (len(edges) - 1))
    return [edge + i * extra for i, edge in enumerate(edges)]


def _slots(
    layout: _MapLayout, interest: int, influence: int, count: int
) -> list[tuple[float, float]]:
    """Centres, in reading order, of ``count`` distinct slots in one cell's grid."""
    slot_w, slot_h = layout.slot
    left, right = layout.x_edges[interest - 1], layout.x_edges[interest]
    bottom, top = layout.y_edges[influence - 1], layout.y_edges[influence]
    if influence == SCORES[-1]:
        top -= layout.header
    if influence == SCORES[0]:
        bottom += layout.header
    across = min(layout.columns[interest], count)
    down = math.ceil(count / across)
    x0 = (left + right - across * slot_w) / 2
    y0 = (bottom + top + down * slot_h) / 2
    return [
        (x0 + (i % across + 0.5) * slot_w, y0 - (i // across + 0.5) * slot_h) for i in range(count)
    ]


def in_key_order(people: Sequence[StakeholderRow]) -> list[StakeholderRow]:
    """``people`` in the order of the map's key: by quadrant (:data:`KEY_ORDER`), then the
    most influential, then the most interested, then by name.
    """
    return sorted(
        people,
        key=lambda p: (
            KEY_ORDER.index(p.quadrant),
            -p.influence,
            -p.interest,
            p.name.casefold(),
            p.id,
        ),
    )


def map_numbers(people: Sequence[StakeholderRow]) -> dict[int, str]:
    """Each person's number on the map, by id, counting from 1 in key order.

    The printed map and the app's both number their markers this way and list the numbers
    in a key beside the map: a number is short, so markers never crowd one another whatever
    the names, and the key says who each one is.
    """
    return {person.id: str(n) for n, person in enumerate(in_key_order(people), start=1)}


def influence_interest_map(
    people: Sequence[StakeholderRow],
    *,
    names: bool = False,
    width: float = 6.4,
    labels: Mapping[int, str] | None = None,
) -> Figure | None:
    """Stakeholders placed by interest (across) and influence (up) in four named quadrants.

    Each person is a marker holding their initials (or their name when ``names`` is true, or
    ``labels[id]`` when labels are given, e.g. numbers keyed in a table beside the chart).
    People with the same scores sit in a grid inside their score's cell, in the order given
    when labelled (else by name): no two markers ever overlap, whatever the crowd. The bands
    widen and the figure grows taller to make room, so the scores are ordered but not evenly
    spaced. Each marker's ``gid`` is ``stakeholder:<id>`` so the app can find it. Returns
    None with nobody to place.
    """
    if not people:
        return None
    from matplotlib.patches import Rectangle

    sizes = TextSizes.for_size(width, width * 0.72)
    ordered = (
        list(people) if labels is not None else sorted(people, key=lambda p: p.name.casefold())
    )
    texts: dict[int, str] = {}
    for person in ordered:
        if labels is not None:
            texts[person.id] = labels[person.id]
        elif names:
            texts[person.id] = textwrap.shorten(person.name, 22, placeholder="…")
        else:
            texts[person.id] = person.initials
    marker = sizes.small
    extents = [_text_extent(t, marker) for t in set(texts.values())]
    pad = 0.3 * marker  # the marker's box around its text
    slot = (
        (max(w for w, _h in extents) + 2 * pad + 3.0) / 72,
        (max(h for _w, h in extents) + 2 * pad + 2.0) / 72,
    )
    # Margins in inches for the ticks and axis labels, the title, and the quadrants' names.
    left = (sizes.body * 1.4 + sizes.small * 1.6 + 10) / 72
    bottom = (sizes.body * 1.4 + sizes.small * 1.4 + 12) / 72
    top = (sizes.title * 1.5 + 6) / 72
    header = (sizes.body * 1.3 + 4) / 72
    counts: dict[tuple[int, int], int] = {}
    for person in ordered:
        key = (person.interest, person.influence)
        counts[key] = counts.get(key, 0) + 1
    room = width - left - 0.15
    layout = _layout_map(counts, slot, room, header)
    # Spare width and height are shared out evenly, so a small crowd fills the map.
    layout = _MapLayout(
        _stretch(layout.x_edges, room),
        _stretch(layout.y_edges, width * 0.66 - bottom - top),
        layout.columns,
        layout.slot,
        layout.header,
    )
    plot_w, plot_h = layout.x_edges[-1], layout.y_edges[-1]
    fig_w = max(width, plot_w + left + 0.15)
    fig_h = plot_h + bottom + top
    figure = new_figure(fig_w, fig_h)
    figure.set_layout_engine("none")  # the axes are placed to the inch, below
    axes = figure.add_axes((left / fig_w, bottom / fig_h, plot_w / fig_w, plot_h / fig_h))
    x_mid = layout.x_edges[SCORES.index(HIGH_SCORE)]
    y_mid = layout.y_edges[SCORES.index(HIGH_SCORE)]
    for quadrant, high_interest, high_influence, shade in QUADRANTS:
        x0, x1 = (x_mid, plot_w) if high_interest else (0.0, x_mid)
        y0, y1 = (y_mid, plot_h) if high_influence else (0.0, y_mid)
        axes.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, color=shade, zorder=0, lw=0))
        axes.text(
            x1 - 0.06 if high_interest else x0 + 0.06,
            y1 - 0.04 if high_influence else y0 + 0.04,
            quadrant.label,
            ha="right" if high_interest else "left",
            va="top" if high_influence else "bottom",
            fontsize=sizes.body,
            fontweight="bold",
            color=GREYS[1],
            family=FONT,
            gid=f"quadrant:{quadrant.value}",
        )
    for edge in layout.x_edges[1:-1]:
        axes.axvline(edge, color=GREYS[4], linewidth=0.5, zorder=1)
    for edge in layout.y_edges[1:-1]:
        axes.axhline(edge, color=GREYS[4], linewidth=0.5, zorder=1)
    axes.axvline(x_mid, color=GREYS[2], linewidth=1, zorder=1, gid="boundary:interest")
    axes.axhline(y_mid, color=GREYS[2], linewidth=1, zorder=1, gid="boundary:influence")
    groups: dict[tuple[int, int], list[StakeholderRow]] = {}
    for person in ordered:
        groups.setdefault((person.interest, person.influence), []).append(person)
    for (interest, influence), group in groups.items():
        spots = _slots(layout, interest, influence, len(group))
        for person, (x, y) in zip(group, spots, strict=True):
            axes.text(
                x,
                y,
                texts[person.id],
                ha="center",
                va="center",
                fontsize=marker,
                family=FONT,
                color=GREYS[0],
                bbox={
                    "boxstyle": f"round,pad={pad / marker:.2f}",
                    "facecolor": "white",
                    "edgecolor": PALETTE[0],
                    "linewidth": 0.7,
                },
                gid=f"stakeholder:{person.id}",
                zorder=3,
            )
    axes.set_xlim(0, plot_w)
    axes.set_ylim(0, plot_h)
    centres_x = [(a + b) / 2 for a, b in itertools.pairwise(layout.x_edges)]
    centres_y = [(a + b) / 2 for a, b in itertools.pairwise(layout.y_edges)]
    axes.set_xticks(centres_x, [str(s) for s in SCORES])
    axes.set_yticks(centres_y, [str(s) for s in SCORES])
    axes.set_xlabel(
        "Interest in adult social care (1 low, 5 high)", fontsize=sizes.body, family=FONT
    )
    axes.set_ylabel("Influence (1 low, 5 high)", fontsize=sizes.body, family=FONT)
    axes.set_title(
        f"Influence and interest: {len(people)} stakeholders",
        fontsize=sizes.title,
        loc="left",
        family=FONT,
    )
    tidy_axes(axes, sizes.small)
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
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    tidy_axes(axes, sizes.small)
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
    # Week labels far enough apart never to touch (about seven across a printed page).
    step = max(1, math.ceil(len(weeks) / max(3, int(width * 1.1))))
    ticks = positions[::step]
    axes.set_xticks(ticks, [long_date(weeks[i].week)[:-5] for i in ticks], fontsize=sizes.small)
    axes.set_xlim(-0.6, len(weeks) - 0.4)
    round_axis(axes.yaxis, max(bottom) * 1.1, integer=True)
    axes.set_ylabel("Visits and meetings", fontsize=sizes.body, family=FONT)
    axes.set_xlabel("Week beginning", fontsize=sizes.body, family=FONT)
    axes.set_title(
        "Visits and meetings per week, by kind", fontsize=sizes.title, loc="left", family=FONT
    )
    # Beside the bars, never over them.
    axes.legend(
        [fit_label(n, 16) for n in series],
        fontsize=sizes.small,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
    )
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
    # Room for two-line names.
    figure = sized_figure(width, lambda z: max(2.2, 1.2 + (z.body * 2.5 / 72 + 0.1) * len(shown)))
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    tidy_axes(axes, sizes.small)
    positions = list(range(len(shown)))
    values = [c.count for c in shown]
    axes.barh(positions, values, height=0.62, color=PALETTE[0], edgecolor=GREYS[0], linewidth=0.5)
    for y, value in zip(positions, values, strict=True):
        axes.annotate(
            str(value),
            (value, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=sizes.small,
            family=FONT,
        )
    axes.set_yticks(
        positions, [fit_label(c.theme, 30) for c in shown], fontsize=sizes.body, family=FONT
    )
    axes.set_ylim(len(shown) - 0.5, -0.5)
    round_axis(axes.xaxis, max(values) * 1.12, integer=True)
    axes.set_xlabel("Visits and meetings where it was raised", fontsize=sizes.body, family=FONT)
    title = "Themes heard most often" + (f"\n{period}" if period else "")
    axes.set_title(title, fontsize=sizes.title, loc="left", family=FONT)
    return figure
