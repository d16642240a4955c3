"""Team charts: the bars drawn match a known register (read from the artists, not pixels)."""

from __future__ import annotations

import numpy as np
from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from dass_desktop.charts.teams import SEVERITY_STYLE, gaps_by_role, vacancy_rate_by_team
from dass_desktop.domain.team_terms import (
    DepartmentRollUp,
    GapTally,
    Role,
    ServiceArea,
    Severity,
    TeamRow,
)


def team(team_id: int, name: str, establishment: float, in_post: float) -> TeamRow:
    """A team row with vacancies worked out from its figures."""
    return TeamRow(
        id=team_id,
        name=name,
        service_area=ServiceArea.OTHER,
        manager="",
        base="",
        establishment=establishment,
        in_post=in_post,
        vacancies_given=None,
        agency=0.0,
    )


ROLLUP = DepartmentRollUp(
    teams=3,
    establishment=40,
    in_post=33,
    vacancies=7,
    agency=0,
    teams_without_establishment=1,
    open_gaps=6,
    tallies=(
        GapTally(Role.SOCIAL_WORKER, Severity.LOW, 1, 1.0),
        GapTally(Role.SOCIAL_WORKER, Severity.HIGH, 2, 3.0),
        GapTally(Role.AMHP, Severity.CRITICAL, 2, 2.0),
        GapTally(Role.OT, Severity.MEDIUM, 1, 0.0),
    ),
)


def test_gaps_by_role_stacks_severities_per_role() -> None:
    """One bar per role with gaps, one stacked series per severity present, in order."""
    figure = gaps_by_role(ROLLUP)
    assert isinstance(figure, Figure)
    (axes,) = figure.axes
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["Social worker", "AMHP", "Occupational therapist"]
    bars = [c for c in axes.containers if isinstance(c, BarContainer)]
    assert [c.get_label() for c in bars] == ["Low", "Medium", "High", "Critical"]
    widths = {c.get_label(): [p.get_width() for p in c.patches] for c in bars}
    assert widths == {
        "Low": [1, 0, 0],
        "Medium": [0, 0, 1],
        "High": [2, 0, 0],
        "Critical": [0, 2, 0],
    }
    # High sits to the right of Low on the social worker bar (stacked, not overlapping).
    high = next(c for c in bars if c.get_label() == "High")
    assert high.patches[0].get_x() == 1
    # Readable in greyscale: each severity has its own hatch, and the legend names them.
    assert {c.patches[0].get_hatch() for c in bars} == {s[1] for s in SEVERITY_STYLE.values()}
    legend = axes.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == ["Low", "Medium", "High", "Critical"]
    totals = {t.get_text() for t in axes.texts}
    assert totals == {"3", "2", "1"}


def test_gaps_by_role_with_no_open_gaps_draws_nothing() -> None:
    """With no open gaps there is no chart (the canvas says so in words)."""
    empty = DepartmentRollUp(0, 0, 0, 0, 0, 0, 0, ())
    assert gaps_by_role(empty) is None


def test_vacancy_rate_by_team_sorts_labels_and_marks_the_department() -> None:
    """Bars are rates in %, highest first; no-establishment teams are named, not drawn."""
    teams = [
        team(1, "Reablement", 30, 24),  # 20%
        team(2, "Hospital Discharge", 10, 7.5),  # 25%
        team(3, "New Digital Team", 0, 0),  # no establishment
    ]
    figure = vacancy_rate_by_team(teams, department_rate=8.5 / 40)
    assert isinstance(figure, Figure)
    (axes,) = figure.axes
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["Hospital Discharge", "Reablement", "New Digital Team"]
    (bars,) = [c for c in axes.containers if isinstance(c, BarContainer)]
    assert [round(p.get_width(), 6) for p in bars.patches] == [25.0, 20.0]
    words = [t.get_text() for t in axes.texts]
    assert words == ["25.0%", "20.0%", "no establishment", "Department 21.2%"]
    (line,) = axes.get_lines()
    assert np.asarray(line.get_xdata())[0] == 8.5 / 40 * 100
    legend = axes.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == ["Department 21.2%"]


def test_vacancy_rate_by_team_with_no_teams_draws_nothing() -> None:
    """An empty register has no chart."""
    assert vacancy_rate_by_team([]) is None


def test_vacancy_rate_by_team_shows_the_highest_30_of_a_long_register() -> None:
    """A long register is cut to the 30 highest rates, and the title says so."""
    many = [team(i, f"Locality {i}", 20, 20 - i % 7) for i in range(1, 41)]
    figure = vacancy_rate_by_team(many)
    assert figure is not None
    (axes,) = figure.axes
    assert len(axes.get_yticklabels()) == 30
    assert axes.get_title(loc="left") == "Vacancy rate by team (the 30 highest of 40)"
