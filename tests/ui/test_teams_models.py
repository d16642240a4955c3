"""The Teams page's item models pass Qt's model tester and sort and filter as they should."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_rules import department_rollup
from dass_desktop.domain.team_terms import (
    GapStatus,
    Mitigation,
    NoteKind,
    NoteRow,
    Role,
    ServiceArea,
    Severity,
    TeamRow,
)
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.teams_models import (
    GapTableModel,
    GapTallyModel,
    NoteTableModel,
    TeamFilterModel,
    TeamTableModel,
)

TODAY = dt.date(2026, 11, 26)


def team(
    team_id: int, name: str, area: ServiceArea, establishment: float, in_post: float
) -> TeamRow:
    """A team row with a manager and base to search by."""
    return TeamRow(
        id=team_id,
        name=name,
        service_area=area,
        manager=f"Manager {team_id}",
        base="Civic Centre" if team_id % 2 else "Brackley",
        establishment=establishment,
        in_post=in_post,
        vacancies_given=None,
        agency=1.0,
        open_gaps=team_id,
        highest_severity=Severity.HIGH if team_id == 2 else None,
    )


TEAMS = [
    team(1, "Reablement North", ServiceArea.REABLEMENT, 40, 36),
    team(2, "Hospital Discharge", ServiceArea.HOSPITAL_DISCHARGE, 18, 13.5),
    team(3, "Digital Team", ServiceArea.OTHER, 0, 0),
]


def gap(gap_id: int, severity: Severity, target: dt.date | None) -> GapRow:
    """An open AMHP gap of team 2."""
    return GapRow(
        id=gap_id,
        team_id=2,
        team_name="Hospital Discharge",
        role=Role.AMHP,
        gap_fte=2.0,
        description="Rota thin",
        severity=severity,
        mitigation=Mitigation.SHARED_SERVICE,
        mitigation_notes="",
        owner="Head of MH",
        status=GapStatus.OPEN,
        target_date=target,
    )


def test_team_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The register model is well behaved and shows figures as the director reads them."""
    model = TeamTableModel()
    model.set_rows(TEAMS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.columnCount() == 9
    assert model.index(1, 5).data() == "25.0%"
    assert model.index(2, 5).data() == "n/a"
    assert model.index(1, 4).data() == "4.5*"
    assert model.index(1, 8).data() == "High"
    assert model.index(1, 0).data(RowRole) == TEAMS[1]
    assert "Manager 2" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(3) == 2
    assert model.row_of(99) == -1


def test_team_filter_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Search words, the service area and sorting by rate all work through the proxy."""
    source = TeamTableModel()
    source.set_rows(TEAMS)
    proxy = TeamFilterModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)

    def names() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.sort(5, Qt.SortOrder.DescendingOrder)
    assert names() == ["Hospital Discharge", "Reablement North", "Digital Team"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert names() == ["Digital Team", "Hospital Discharge", "Reablement North"]
    proxy.set_search("civic manager")
    assert names() == ["Digital Team", "Reablement North"]
    proxy.set_area(ServiceArea.REABLEMENT)
    assert names() == ["Reablement North"]
    proxy.set_search("")
    proxy.set_area(None)
    assert proxy.rowCount() == 3


def test_note_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Notes show their UK date, source and text; the tooltip keeps line breaks."""
    model = NoteTableModel()
    model.set_rows(
        [NoteRow(1, 1, NoteKind.STRENGTH, "Warm\nconversations", dt.date(2026, 10, 2), "Visit")]
    )
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(3)] == [
        "02/10/2026",
        "Visit",
        "Warm conversations",
    ]
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "2 Oct 2026 (Visit)\nWarm\nconversations"
    )


def test_gap_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Gaps show size, severity and target; a passed target says so in words."""
    model = GapTableModel(lambda: TODAY)
    model.set_rows([gap(1, Severity.CRITICAL, dt.date(2026, 11, 1)), gap(2, Severity.LOW, None)])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(6)] == [
        "AMHP",
        "2.0 FTE",
        "Critical",
        "Open",
        "01/11/2026 (late)",
        "—",
    ]
    assert model.index(1, 4).data() == "—"
    assert "Shared service" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(2) == 1


def test_gap_tally_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The roll-up table has a row per role with open gaps and a total row."""
    rollup = department_rollup(TEAMS, [gap(1, Severity.CRITICAL, None), gap(2, Severity.LOW, None)])
    model = GapTallyModel()
    qtmodeltester.check(model)
    model.set_rollup(rollup)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(7)] == ["AMHP", "1", "·", "·", "1", "2", "4.0"]
    assert model.index(1, 0).data() == "All roles"
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
