"""Charts of the team register: open gaps by role and severity, and vacancy rate by team.

Both read in black and white: severities differ in shade and in hatching and are named in
the legend; every vacancy bar carries its percentage in words, and a team with no
establishment says so rather than showing an empty bar.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dass_desktop.charts.style import FONT, GREYS, PALETTE, new_figure, tidy_axes
from dass_desktop.domain.team_terms import Severity
from dass_desktop.domain.teams import DepartmentRollUp, TeamRow, format_rate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_TEAMS = 30  # more bars than this cannot be read on a page or a screen
# Light to dark as severity rises, so the order survives greyscale printing; hatches too.
SEVERITY_STYLE: dict[Severity, tuple[str, str, str]] = {
    # severity: (fill colour, hatch, hatch and edge colour)
    Severity.LOW: ("#d5dee8", "", "#555555"),
    Severity.MEDIUM: ("#f2c14e", "..", "#5a4500"),
    Severity.HIGH: ("#c8553d", "//", "#ffffff"),
    Severity.CRITICAL: ("#6e1414", "xx", "#ffffff"),
}


def _wrap(text: str, width: int = 30) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def gaps_by_role(rollup: DepartmentRollUp) -> Figure | None:
    """Open gaps per role as horizontal bars stacked by severity (None when there are none).

    Each bar's segments are, left to right, low, medium, high and critical; the total is
    written at the end of the bar.
    """
    roles = rollup.roles()
    if not roles:
        return None
    from matplotlib.ticker import MaxNLocator

    figure = new_figure(6.4, max(2.4, 1.1 + 0.42 * len(roles)))
    axes = figure.add_subplot()
    tidy_axes(axes)
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
        axes.text(total + 0.08, y, str(total), va="center", fontsize=9, family=FONT)
    axes.set_yticks(positions, [r.label for r in roles], family=FONT)
    axes.set_ylim(len(roles) - 0.5, -0.5)  # first role at the top
    axes.set_xlim(0, max(left) * 1.12 + 0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # whole gaps only
    axes.set_xlabel("Open gaps", fontsize=9, family=FONT)
    axes.set_title("Open gaps by role and severity", fontsize=11, loc="left", family=FONT)
    axes.legend(
        title="Severity",
        fontsize=8,
        title_fontsize=8,
        frameon=False,
        loc="lower right",
        ncols=2,
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
    figure = new_figure(6.4, max(2.6, 1.0 + 0.34 * len(ordered)))
    axes = figure.add_subplot()
    tidy_axes(axes)
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
        axes.text(
            rate + top * 0.015,
            y,
            words or "no establishment",
            va="center",
            fontsize=8,
            family=FONT,
            style="normal" if words else "italic",
            color=GREYS[0] if words else GREYS[1],
            # A white backing keeps the figure legible where the department line crosses it.
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6},
            zorder=3,
        )
    if department_rate is not None:
        axes.axvline(
            100 * department_rate,
            color=PALETTE[1],
            linestyle="--",
            linewidth=1.2,
            zorder=2,
            label=f"Department {format_rate(department_rate)}",
        )
        axes.legend(fontsize=8, frameon=False, loc="lower right")
    axes.set_yticks(positions, [_wrap(t.name) for t in ordered], family=FONT, fontsize=8)
    axes.set_ylim(len(ordered) - 0.5, -0.5)  # highest rate at the top
    axes.set_xlim(0, top * 1.22)
    axes.set_xlabel("Vacancies as % of establishment", fontsize=9, family=FONT)
    title = "Vacancy rate by team"
    if len(teams) > len(ordered):
        title += f" (the {len(ordered)} highest of {len(teams)})"
    axes.set_title(title, fontsize=11, loc="left", family=FONT)
    return figure
