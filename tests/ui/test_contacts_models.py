"""The contacts and visits models pass Qt's model tester, and sort and filter as they should."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from dass_desktop.domain import coverage
from dass_desktop.domain.contact_terms import Cadence, Category, EngagementKind
from dass_desktop.domain.coverage import ThemeCount
from dass_desktop.domain.engagement_terms import EngagementRow, LinkedAction, Named
from dass_desktop.domain.plan_terms import Status
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.domain.team_terms import ServiceArea, TeamRow
from dass_desktop.ui.choice_model import Choice, ChoiceFilterModel, ChoiceModel
from dass_desktop.ui.contacts_models import (
    CoverageTableModel,
    EngagementFilterModel,
    EngagementTableModel,
    StakeholderFilterModel,
    StakeholderTableModel,
    ThemeCountModel,
)
from dass_desktop.ui.dashboard_models import LineListModel
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.visit_dialog import ActionLine, ActionListModel

TODAY = dt.date(2026, 11, 26)
START = dt.date(2026, 9, 7)


def person(
    person_id: int, name: str, category: Category, last: dt.date | None, email: str = ""
) -> StakeholderRow:
    """A fortnightly contact last seen on ``last``."""
    return StakeholderRow(
        id=person_id,
        name=name,
        role="Role",
        organisation="Northmoor Council",
        category=category,
        email=email,
        phone="",
        notes="",
        influence=4,
        interest=3,
        cadence=Cadence.FORTNIGHTLY,
        tags=("union",) if category is Category.TRADE_UNIONS else (),
        last_contact=last,
        next_due=coverage.next_due(last, Cadence.FORTNIGHTLY, START),
    )


PEOPLE = [
    person(1, "Priya Shah", Category.COUNCIL_LEADERSHIP, dt.date(2026, 11, 20)),
    person(2, "Lee Carter", Category.TRADE_UNIONS, dt.date(2026, 10, 1), email="lee@"),
    person(3, "Ann Yates", Category.STAFF, None),
]


def visit(
    engagement_id: int, day: dt.date, kind: EngagementKind, theme: str, team: int = 0
) -> EngagementRow:
    """An engagement with one theme and, optionally, a team and a done action."""
    return EngagementRow(
        id=engagement_id,
        occurred_on=day,
        starts_at=dt.time(10, 30) if engagement_id == 1 else None,
        kind=kind,
        place="Civic Centre",
        staff_count=None,
        going_well="Proud of reablement",
        to_improve="Laptops are slow",
        follow_up_on=None,
        you_said_we_did="",
        teams=(Named(team, f"Team {team}"),) if team else (),
        people=(Named(1, "Priya Shah", "Chief Executive"),),
        themes=(theme,),
        actions=(
            (LinkedAction(9, "Fix laptops", "IT", None, Status.DONE, TODAY),)
            if engagement_id == 2
            else ()
        ),
    )


VISITS = [
    visit(1, dt.date(2026, 11, 2), EngagementKind.INFORMAL_VISIT, "workload", team=5),
    visit(2, dt.date(2026, 10, 2), EngagementKind.CALL, "IT and systems"),
    visit(3, dt.date(2026, 12, 4), EngagementKind.ROADSHOW, "workload", team=6),
]


def test_stakeholder_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """People sort by next due, overdue first; flags show; filters combine."""
    model = StakeholderTableModel(lambda: TODAY)
    model.set_rows(PEOPLE)
    qtmodeltester.check(model)
    proxy = StakeholderFilterModel(lambda: TODAY)
    proxy.setSourceModel(model)
    proxy.sort(StakeholderTableModel.DUE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["Ann Yates", "Lee Carter", "Priya Shah"]
    assert proxy.index(0, StakeholderTableModel.DUE).data() == "2 months overdue"
    assert proxy.index(2, StakeholderTableModel.DUE).data() == "due in 8 days"
    assert proxy.index(0, StakeholderTableModel.LAST).data() == "Not met yet"
    late = proxy.index(0, StakeholderTableModel.DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert late is not None
    assert late.color().name() == "#b3261e"
    assert proxy.index(1, StakeholderTableModel.FLAGS).data() == "⚠"
    assert "no @" not in proxy.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "after the @" in proxy.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    proxy.set_overdue_only(True)
    assert proxy.rowCount() == 2
    proxy.set_search("union")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Lee Carter"]
    proxy.set_search("")
    proxy.set_overdue_only(False)
    proxy.set_category(Category.COUNCIL_LEADERSHIP)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(RowRole).id == 1


def test_engagement_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The log runs newest first; planned says so; filters by kind, team, theme, dates."""
    model = EngagementTableModel(lambda: TODAY)
    model.set_rows(VISITS)
    qtmodeltester.check(model)
    proxy = EngagementFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(EngagementTableModel.DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "04/12/2026",
        "02/11/2026",
        "02/10/2026",
    ]
    assert proxy.index(0, EngagementTableModel.KIND).data() == "Roadshow (planned)"
    assert proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert proxy.index(1, EngagementTableModel.WHERE).data() == "Team 5 · Civic Centre"
    assert proxy.index(2, EngagementTableModel.ACTIONS).data() == "1 done"
    assert proxy.index(2, EngagementTableModel.ACTIONS).data(Qt.ItemDataRole.FontRole).bold()
    proxy.set_theme("workload")
    assert proxy.rowCount() == 2
    assert proxy.is_filtered()
    proxy.set_team(5)
    assert proxy.rowCount() == 1
    proxy.set_team(None)
    proxy.set_dates(dt.date(2026, 11, 1), TODAY)
    assert [proxy.index(r, 0).data(RowRole).id for r in range(proxy.rowCount())] == [1]
    proxy.set_dates(None, None)
    proxy.set_theme(None)
    proxy.set_kind(EngagementKind.CALL)
    assert proxy.rowCount() == 1
    proxy.set_kind(None)
    proxy.set_search("laptops priya")
    assert proxy.rowCount() == 3
    proxy.set_search("nobody said this")
    assert proxy.rowCount() == 0
    compact = EngagementTableModel(lambda: TODAY, compact=True)
    compact.set_rows(VISITS)
    qtmodeltester.check(compact)
    assert compact.columnCount() == 3


def test_coverage_and_theme_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Coverage says in words which teams are not visited; themes count in a column."""
    teams = [
        TeamRow(5, "Team 5", ServiceArea.OTHER, "", "Civic Centre", 0, 0, None, 0),
        TeamRow(6, "Team 6", ServiceArea.OTHER, "", "", 0, 0, None, 0),
    ]
    model = CoverageTableModel(lambda: TODAY)
    model.set_rows(coverage.team_coverage(teams, VISITS, TODAY))
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(2)] == [
        "Not visited yet",
        "Visited 24 days ago",
    ]
    assert model.index(0, 4).data() == "04/12/2026"
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    themes = ThemeCountModel()
    themes.set_rows([ThemeCount("workload", 2), ThemeCount("pay", 1)])
    qtmodeltester.check(themes)
    assert themes.index(0, 1).data() == "2"


def test_choice_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Choices tick and untick; the filter keeps ticked choices in view."""
    model = ChoiceModel()
    model.set_choices([Choice(1, "Hospital Discharge Team", "last visit 2 Nov"), Choice(2, "OT")])
    qtmodeltester.check(model)
    proxy = ChoiceFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.index(0).data() == "Hospital Discharge Team — last visit 2 Nov"
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.ticked() == (2,)
    proxy.set_search("hosp")
    assert proxy.rowCount() == 2  # OT stays, because it is ticked
    assert proxy.first_unticked() == 1
    model.tick(2, False)
    model.tick(1)
    assert model.ticked() == (1,)
    model.set_choices([Choice(1, "Hospital Discharge Team")])
    assert model.ticked() == (1,)


def test_small_list_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The dashboard's one-line lists and the form's action list pass the tester."""
    lines = LineListModel("Nobody is overdue.")
    qtmodeltester.check(lines)
    assert lines.index(0).data() == "Nobody is overdue."
    lines.set_rows([("Priya Shah — 2 weeks overdue", "tip", 1)])
    qtmodeltester.check(lines)
    assert lines.ids() == [1]
    actions = ActionListModel()
    actions.set_rows([ActionLine("Fix laptops", "", None), ActionLine("Rota", "IT", TODAY, "Done")])
    qtmodeltester.check(actions)
    assert actions.index(0, 3).data() == "Added when you save"
    assert actions.index(1, 2).data() == "26/11/2026"


def test_visit_search_follows_a_changed_visit() -> None:
    """A visit changed under the same id is searched by its new words, not its old ones,
    and a visit new to the log is found too.
    """
    model = EngagementTableModel(lambda: TODAY)
    model.set_rows(VISITS)
    proxy = EngagementFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("laptops")
    assert proxy.rowCount() == 3
    changed = dataclasses.replace(VISITS[0], to_improve="Parking at the hub")
    added = dataclasses.replace(VISITS[1], id=4, going_well="Mentoring LAPTOPS scheme")
    model.set_rows([changed, *VISITS[1:], added])
    assert sorted(proxy.index(r, 0).data(RowRole).id for r in range(proxy.rowCount())) == [
        2,
        3,
        4,
    ]
    proxy.set_search("PARKING hub")
    assert [proxy.index(r, 0).data(RowRole).id for r in range(proxy.rowCount())] == [1]


def test_visit_search_keeps_no_rows_of_an_earlier_log() -> None:
    """After the log is reloaded, the search finds the same visits as before, and holds
    texts only for the new rows, none for a visit deleted meanwhile or an old copy of one.
    """
    model = EngagementTableModel(lambda: TODAY)
    model.set_rows(VISITS)
    proxy = EngagementFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("laptops")
    found = sorted(proxy.index(r, 0).data(RowRole).id for r in range(proxy.rowCount()))
    reloaded = [dataclasses.replace(v) for v in VISITS[1:]]
    model.set_rows(reloaded)
    assert sorted(proxy.index(r, 0).data(RowRole).id for r in range(proxy.rowCount())) == [
        i for i in found if i != VISITS[0].id
    ]
    kept = [row for row, _text in proxy._texts.values()]
    assert len(kept) == len(reloaded)
    assert all(any(row is new for new in reloaded) for row in kept)
