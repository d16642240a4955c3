"""Charts of the team register: open gaps by role and severity, and vacancy rate by team.

Both read in black and white: severities differ in shade and in hatching and are named in
the legend; every vacancy bar carries its percentage in words, and a team with no
establishment says so rather than showing an empty bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dass_desktop.charts.style import (
    FONT,
    GREYS,
    PALETTE,
    TARGET_LINE,
    TextSizes,
    fit_label,
    percent_ticks,
    round_axis,
    sized_figure,
    text_sizes,
    tidy_axes,
)
from dass_desktop.domain.team_terms import DepartmentRollUp, Severity, TeamRow, format_rate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_TEAMS = 30  # more bars than this cannot be read on a page or a screen
# Light to dark as severity rises, so the order survives greyscale printing; hatches too.
SEVERITY_STYLE: dict[Severity, tuple[str, str, str]] = {
    # severity: (fill colour, hatch, hatch and edge colour)
    Severity.LOW: ("#e6ecf2", "", "#555555"),
    Severity.MEDIUM: ("#f2c14e", "..", "#5a4500"),
    Severity.HIGH: ("#c8553d", "//", "#ffffff"),
    Severity.CRITICAL: ("#6e1414", "xx", "#ffffff"),
}


def _row_pitch(sizes: TextSizes, lines: int) -> float:
    """Inches per bar: room for its label's lines and a gap."""
    return lines * sizes.body * 1.25 / 72 + 0.1


def gaps_by_role(rollup: DepartmentRollUp) -> Figure | None:
    """Open gaps per role as horizontal bars stacked by severity (None when there are none).

    Each bar's segments are, left to right, low, medium, high and critical; the total is
    written at the end of the bar.
    """
    roles = rollup.roles()
    if not roles:
        return None
    figure = sized_figure(6.4, lambda z: max(2.4, 1.3 + _row_pitch(z, 1) * len(roles)))
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    tidy_axes(axes, sizes.small)
    positions = list(range(len(roles)))
    left = [0] * len(roles)
    for severity in Severity:
        counts = [rollup.count(role, severity) for role in roles]
        if not any(counts):
            continue
        colour, hatch, ink = SEVERITY_STYLE[severity]
        axes.barh(
            positions,
            counts,
            left=left,
            height=0.62,
            color=colour,
            hatch=hatch,
            hatchcolor=ink,
            edgecolor="#333333",
            linewidth=0.6,
            label=severity.label,
        )
        left = [a + b for a, b in zip(left, counts, strict=True)]
    for y, total in zip(positions, left, strict=True):
        axes.annotate(
            str(total),
            (total, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=sizes.small,
            family=FONT,
        )
    axes.set_yticks(positions, [fit_label(r.label, 26) for r in roles], family=FONT)
    axes.tick_params(axis="y", labelsize=sizes.body)
    axes.set_ylim(len(roles) - 0.5, -0.5)  # first role at the top
    round_axis(axes.xaxis, max(left) * 1.1 + 0.5, integer=True)  # whole gaps only
    axes.set_xlabel("Open gaps", fontsize=sizes.body, family=FONT)
    axes.set_title("Open gaps by role and severity", fontsize=sizes.title, loc="left", family=FONT)
    # Beside the bars, never over them.
    axes.legend(
        title="Severity",
        fontsize=sizes.small,
        title_fontsize=sizes.small,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
    )
    return figure


def vacancy_rate_by_team(
    teams: Sequence[TeamRow], department_rate: float | None = None
) -> Figure | None:
    """Each team's vacancy rate as a horizontal bar, highest first (None with no teams).

    ``department_rate`` (from the roll-up) is drawn as a dashed line so teams above the
    department's rate stand out. Teams with no establishment are listed last, marked
    "no establishment" in place of a bar. A register longer than :data:`MAX_TEAMS` shows
    its highest rates only, and the title says so.
    """
    if not teams:
        return None
    rated = sorted(
        (t for t in teams if t.vacancy_rate is not None),
        key=lambda t: (-(t.vacancy_rate or 0.0), t.name.casefold()),
    )
    unrated = [t for t in teams if t.vacancy_rate is None]
    ordered = (rated + unrated)[:MAX_TEAMS]
    rated = [t for t in ordered if t.vacancy_rate is not None]
    lines = 2 if len(ordered) <= 16 else 1  # long registers: one line per team
    figure = sized_figure(6.4, lambda z: max(2.6, 1.4 + _row_pitch(z, lines) * len(ordered)))
    sizes = text_sizes(figure)
    axes = figure.add_subplot()
    tidy_axes(axes, sizes.small)
    positions = list(range(len(ordered)))
    rates = [100 * (t.vacancy_rate or 0.0) for t in ordered]
    axes.barh(
        positions[: len(rated)],
        rates[: len(rated)],
        height=0.62,
        color=PALETTE[0],
        edgecolor=GREYS[0],
        linewidth=0.6,
    )
    top = max([*rates, 100 * (department_rate or 0.0), 5.0])
    for y, team, rate in zip(positions, ordered, rates, strict=True):
        words = format_rate(team.vacancy_rate) if team.vacancy_rate is not None else None
        axes.annotate(
            words or "no establishment",
            (rate, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=sizes.small,
            family=FONT,
            style="normal" if words else "italic",
            color=GREYS[0] if words else GREYS[1],
            # A white backing keeps the figure legible where the department line crosses it.
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6},
            zorder=3,
        )
    # Room after the longest bar for its figure (or "no establishment" after an empty one).
    end = round_axis(axes.xaxis, top * 1.25, most=100.0)
    percent_ticks(axes.xaxis)
    if department_rate is not None:
        colour, dashes, line_width = TARGET_LINE
        axes.axvline(
            100 * department_rate,
            color=colour,
            linestyle=dashes,
            linewidth=line_width,
            zorder=2,
            label=f"Department {format_rate(department_rate)}",
        )
        # Named in an empty band above the first bar, on the side with more room.
        right = 100 * department_rate < end * 0.6
        axes.annotate(
            f"Department {format_rate(department_rate)}",
            (100 * department_rate, -0.5),
            xytext=(3 if right else -3, 0),
            textcoords="offset points",
            ha="left" if right else "right",
            va="bottom",
            fontsize=sizes.small,
            fontweight="bold",
            color=colour,
            family=FONT,
            gid="line-label",
        )
        axes.legend(
            fontsize=sizes.small,
            frameon=False,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.12),
            handlelength=3.2,
        )
    names = [fit_label(t.name, 28, lines) for t in ordered]
    axes.set_yticks(positions, names, family=FONT, fontsize=sizes.body)
    # Highest rate at the top, under a band for the department line's name.
    axes.set_ylim(len(ordered) - 0.5, -0.5 - 0.45 * sizes.small / 8)
    axes.set_xlabel("Vacancies as % of establishment", fontsize=sizes.body, family=FONT)
    title = "Vacancy rate by team"
    if len(teams) > len(ordered):
        title += f" (the {len(ordered)} highest of {len(teams)})"
    axes.set_title(title, fontsize=sizes.title, loc="left", family=FONT)
    return figure
