"""Every chart read as it prints: round ticks, 7 pt text, no overlaps, greyscale-safe lines.

The charts are built from the demo council at ``--scale 10`` through the domain, as the app
and the reports do, and drawn with the Agg renderer so that text extents are real.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from matplotlib.axis import Axis
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from dass_desktop import paths
from dass_desktop.charts import contacts, plan, teams, workforce
from dass_desktop.charts.style import COMPARATOR_LINES, PALETTE, luminance, print_scale
from dass_desktop.charts.teams import SEVERITY_STYLE
from dass_desktop.demo import write_demo
from dass_desktop.domain import (
    contact_terms,
    diversity,
    engagement_store,
    plan_rules,
    plan_store,
    scorecard,
    stakeholder_store,
    team_gap_store,
    team_rules,
    team_store,
    workforce_store,
)
from dass_desktop.domain.benchmark_terms import ComparatorChoice
from dass_desktop.domain.coverage import heard_summary
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.store import open_store

TODAY = dt.date(2026, 10, 20)
MIN_PT = 7.0
ROUND_STEPS = (1, 2, 5)


def top_40(people: list[StakeholderRow]) -> list[StakeholderRow]:
    """The forty most influential and interested, as the printed map shows them."""
    return sorted(people, key=lambda p: (-(p.influence + p.interest), -p.influence, p.name))[:40]


@pytest.fixture(scope="module")
def charts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Figure]:
    """Every chart, drawn from the demo council at scale 10, by name."""
    folder: Path = tmp_path_factory.mktemp("scale10")
    with open_store(paths.resolve(folder)) as store:
        write_demo(store, TODAY, scale=10)
        profile = load_profile(store)
        start = profile.start_date if profile else None
        people = stakeholder_store.list_stakeholders(store, TODAY, start)
        team_rows = team_store.list_teams(store)
        rollup = team_rules.department_rollup(
            team_rows, team_gap_store.list_gaps(store, start=start)
        )
        heard = heard_summary(
            engagement_store.list_engagements(store), team_rows, start or TODAY, TODAY
        )
        department = next(s for s in workforce_store.list_scopes(store) if s.is_department)
        england = ComparatorChoice("england", "England")
        family = ComparatorChoice("family", "CIPFA family (median)")
        keys = ("vacancy_rate", "turnover_rate", "sickness_days", "agency_rate")
        trends = [scorecard.trend(store, department.id, k, england) for k in keys]
        compliance = scorecard.compliance_by_team(store)
        compliance = sorted(compliance, key=lambda r: r.supervision.value if r.supervision else 0)
        shown = top_40(people)
        built = {
            "progress": plan.progress_by_theme(
                plan_rules.progress_by_theme(plan_store.list_items(store, start)), width=6.6
            ),
            "vacancy": teams.vacancy_rate_by_team(team_rows, rollup.vacancy_rate),
            "gaps": teams.gaps_by_role(rollup),
            "weekly": contacts.visits_per_week(heard.weeks, width=6.6),
            "themes": contacts.top_themes(heard.top_themes, width=6.6),
            "map": contacts.influence_interest_map(
                shown, labels={p.id: str(n) for n, p in enumerate(shown, 1)}, width=6.6
            ),
            "trend": workforce.trend_chart(trends[0]),
            "family trend": workforce.trend_chart(
                scorecard.trend(store, department.id, "turnover_rate", family)
            ),
            "grid": workforce.trend_grid(trends),
            "compliance": workforce.compliance_chart(compliance[:25], 90.0),
            "ethnicity": workforce.diversity_chart(
                "Ethnicity", diversity.diversity_table(store, "ethnicity")
            ),
        }
    figures = {name: figure for name, figure in built.items() if figure is not None}
    assert len(figures) == len(built)
    for figure in figures.values():
        FigureCanvasAgg(figure).draw()
    return figures


def shown_texts(figure: Figure) -> Iterator[Text]:
    """Every piece of text drawn on ``figure``."""
    for text in figure.findobj(Text):
        assert isinstance(text, Text)
        if text.get_visible() and text.get_text().strip() and text.get_figure() is figure:
            yield text


def drawn_box(text: Text, renderer: RendererBase) -> Bbox:
    """The box a text takes when drawn, with its backing if it has one."""
    patch = text.get_bbox_patch()
    return patch.get_window_extent(renderer) if patch else text.get_window_extent(renderer)


def boxes_meet(a: Bbox, b: Bbox) -> bool:
    """True when two boxes intersect (a shared edge or half a pixel of rounding is not)."""
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5


def overlaps(first: Text, second: Text, renderer: RendererBase) -> bool:
    """True when the two texts' drawn boxes (with their backing, if any) intersect."""
    return boxes_meet(drawn_box(first, renderer), drawn_box(second, renderer))


def tick_labels(axis: Axis) -> list[Text]:
    """The tick labels an axis draws inside its view."""
    low, high = sorted(axis.get_view_interval())
    return [
        tick.label1
        for tick in axis.get_major_ticks()
        if tick.label1.get_visible()
        and tick.label1.get_text()
        and low - 1e-9 <= tick.get_loc() <= high + 1e-9
    ]


def test_every_text_prints_at_7_points_or_more(charts: dict[str, Figure]) -> None:
    """At the narrowest and tallest a report prints a chart, no text is under 7 pt."""
    for name, figure in charts.items():
        scale = print_scale(*figure.get_size_inches())
        small = [
            (t.get_text()[:20], round(float(t.get_fontsize()) * scale, 2))
            for t in shown_texts(figure)
            if float(t.get_fontsize()) * scale < MIN_PT
        ]
        assert not small, (name, small)


def is_round_step(step: float) -> bool:
    """True for 1, 2 or 5 times a power of ten."""
    power = 10 ** math.floor(math.log10(step) + 1e-9)
    return any(math.isclose(step, s * power) for s in (*ROUND_STEPS, 10))


@pytest.mark.parametrize(
    ("name", "axis"),
    [
        ("vacancy", "x"),
        ("gaps", "x"),
        ("weekly", "y"),
        ("themes", "x"),
        ("trend", "y"),
        ("family trend", "y"),
        ("grid", "y"),
        ("compliance", "x"),
        ("ethnicity", "x"),
        ("progress", "x"),
    ],
)
def test_value_axes_tick_at_round_numbers(charts: dict[str, Figure], name: str, axis: str) -> None:
    """Every percentage, count and days axis ticks at 0 and equal round steps (no 2.5s)."""
    for axes in charts[name].axes:
        value_axis = axes.xaxis if axis == "x" else axes.yaxis
        low, high = sorted(value_axis.get_view_interval())
        locs = [v for v in value_axis.get_majorticklocs() if low - 1e-9 <= v <= high + 1e-9]
        assert locs[0] == 0, (name, locs)
        steps = {round(b - a, 9) for a, b in itertools.pairwise(locs)}
        assert len(steps) == 1, (name, locs)
        (step,) = steps
        assert is_round_step(step), (name, locs)
        assert all(math.isclose(v / step, round(v / step)) for v in locs), (name, locs)
        assert 3 <= len(locs) <= 11, (name, locs)


def test_no_tick_labels_or_labels_overlap(charts: dict[str, Figure]) -> None:
    """No two tick labels of one axis touch, nor any two texts written on the axes."""
    for name, figure in charts.items():
        renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        for axes in figure.axes:
            for axis in (axes.xaxis, axes.yaxis):
                for a, b in itertools.combinations(tick_labels(axis), 2):
                    assert not overlaps(a, b, renderer), (name, a.get_text(), b.get_text())
            written = [t for t in axes.texts if t.get_visible() and t.get_text().strip()]
            for a, b in itertools.combinations(written, 2):
                assert not overlaps(a, b, renderer), (name, a.get_text(), b.get_text())


def crowd(count: int, seed: int) -> list[StakeholderRow]:
    """``count`` stakeholders with scores drawn at random (seeded), most of them high."""
    rng = random.Random(seed)
    base = StakeholderRow(
        id=0,
        name="",
        role="",
        organisation="",
        category=contact_terms.Category.STAFF,
        email="",
        phone="",
        notes="",
        influence=1,
        interest=1,
        cadence=contact_terms.Cadence.NONE,
        tags=(),
    )
    people = []
    for n in range(count):
        high = rng.random() < 0.7
        people.append(
            replace(
                base,
                id=n + 1,
                name=f"{rng.choice('ABCDEFGHJKLMNOPRSTW')}x {rng.choice('ABCDEFGHJKLMNPRSTW')}y{n}",
                influence=rng.randint(3, 5) if high else rng.randint(1, 5),
                interest=rng.randint(3, 5) if high else rng.randint(1, 5),
            )
        )
    return people


@pytest.mark.parametrize(
    ("people", "numbered"),
    [
        (crowd(400, 1), False),  # the app's map of several hundred contacts
        (crowd(40, 2), True),  # the report's forty
        ([replace(p, influence=5, interest=5) for p in crowd(40, 3)], True),  # all in one cell
    ],
)
def test_map_markers_never_overlap(people: list[StakeholderRow], numbered: bool) -> None:
    """No two markers on the map, nor a marker and a quadrant's name, ever intersect."""
    labels = {p.id: str(n) for n, p in enumerate(people, 1)} if numbered else None
    figure = contacts.influence_interest_map(people, labels=labels, width=6.6)
    assert figure is not None
    FigureCanvasAgg(figure).draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    (axes,) = figure.axes
    markers = [t for t in axes.texts if (t.get_gid() or "").startswith("stakeholder:")]
    names = [t for t in axes.texts if (t.get_gid() or "").startswith("quadrant:")]
    assert len(markers) == len(people)
    boxes = sorted(((drawn_box(t, renderer), t) for t in markers), key=lambda pair: pair[0].x0)
    # Sweep by x so that hundreds of markers are compared quickly.
    for i, (box, text) in enumerate(boxes):
        for other_box, other in boxes[i + 1 :]:
            if other_box.x0 >= box.x1:
                break
            assert not boxes_meet(box, other_box), (text.get_text(), other.get_text())
    name_boxes = [drawn_box(name, renderer) for name in names]
    for (box, text), name_box in itertools.product(boxes, name_boxes):
        assert not boxes_meet(box, name_box), text.get_text()
    inside = axes.get_window_extent(renderer)
    for box, text in boxes:
        assert inside.x0 <= box.x0, text.get_text()
        assert box.x1 <= inside.x1, text.get_text()
        assert inside.y0 <= box.y0, text.get_text()
        assert box.y1 <= inside.y1, text.get_text()


def test_reference_lines_differ_by_dash_and_are_named_at_their_ends(
    charts: dict[str, Figure],
) -> None:
    """Own, comparator and target lines differ in dash, width and lightness; each is named."""
    (axes,) = charts["trend"].axes
    lines = [line for line in axes.get_lines() if str(line.get_label())[0] != "_"]
    assert len(lines) >= 3  # the department, England and the target
    looks = {(line.get_linestyle(), line.get_linewidth()) for line in lines}
    assert len(looks) == len(lines)
    dashes = {str(line._unscaled_dash_pattern) for line in lines}  # type: ignore[attr-defined]
    assert len(dashes) == len(lines)
    tones = sorted(luminance(line.get_color()) for line in lines)
    assert all(b - a >= 0.08 for a, b in itertools.pairwise(tones)), tones
    written = [t.get_text().replace("\n", " ") for t in axes.texts if t.get_gid() == "line-label"]
    target = next(line for line in lines if str(line.get_label()).startswith("Target"))
    assert target.get_label() in written
    assert any(text.startswith("England ") and text.endswith("%") for text in written)
    (compliance,) = charts["compliance"].axes
    assert "Target 90%" in [t.get_text() for t in compliance.texts]
    (vacancy,) = charts["vacancy"].axes
    assert any(t.get_text().startswith("Department ") for t in vacancy.texts)
    (line,) = vacancy.get_lines()
    assert line.get_linestyle() != "-"


def test_colours_differ_in_lightness() -> None:
    """Series colours, line colours and severities are told apart in greyscale."""
    for colours in (
        PALETTE,
        [c for c, _d, _w in COMPARATOR_LINES] + [PALETTE[0], PALETTE[1]],
        [fill for fill, _h, _i in SEVERITY_STYLE.values()],
    ):
        tones = sorted(luminance(c) for c in colours)
        assert all(b - a >= 0.08 for a, b in itertools.pairwise(tones)), (colours, tones)
