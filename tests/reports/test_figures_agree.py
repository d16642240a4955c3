"""One figure, one value: the dashboard and every printed document agree with each other and
with themselves, at two different dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain.narrative import PlanKind
from dass_desktop.domain.overview_store import Overview
from dass_desktop.domain.team_terms import format_fte
from dass_desktop.reports.plans import export_one_to_one, export_plan
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.row_models import ItemIdRole
from tests.conftest import TODAY

DATES = (TODAY, TODAY + dt.timedelta(days=40))
#: Figures labelled in the documents: label, then the number printed after it.
LABELLED = {
    "FTE in post": re.compile(r"([\d,.]+) FTE in post"),
    "establishment": re.compile(r"establishment ([\d,.]+) FTE"),
    "vacancy": re.compile(r"Vacancy rate ([\d.]+%)|\(([\d.]+%) of the establishment\)"),
    "turnover": re.compile(r"Turnover \(12 months\) ([\d.]+%)"),
    "supervision": re.compile(r"Supervision in date ([\d.]+%)"),
    "sickness": re.compile(r"Sickness days per FTE \(12 months\) ([\d.]+)"),
    "progress": re.compile(r"(\d+% done \(\d+ of \d+\))"),
    "teams reached": re.compile(r"(\d+ of \d+ teams \(\d+%\))"),
    "people met": re.compile(r"(\d+) people met"),
    "people named": re.compile(r"(\d+) people named in the log"),
}


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _figures(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for label, pattern in LABELLED.items():
        for match in pattern.finditer(text):
            found[label].add(next(g for g in match.groups() if g))
    return found


@pytest.mark.parametrize("today", DATES, ids=lambda d: d.isoformat())
def test_every_figure_agrees_everywhere(
    today: dt.date, qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """Progress, overdue, contacts overdue, teams reached and the workforce figures are the
    same on the dashboard and in every document, and each document never prints one figure
    two ways.
    """
    write_demo(store, TODAY)
    overview = Overview(store, today)
    texts = {
        "100-day": _text(export_plan(store, PlanKind.HUNDRED_DAY, tmp_path / "a.pdf", today)),
        "six-month": _text(export_plan(store, PlanKind.SIX_MONTH, tmp_path / "b.pdf", today)),
        "briefing": _text(export_one_to_one(store, tmp_path / "c.pdf", today)),
    }
    every: dict[str, set[str]] = defaultdict(set)
    for name, text in texts.items():
        for label, values in _figures(text).items():
            if label != "progress":  # the 100-day plan counts its own phases only
                assert len(values) == 1, f"{name} prints {label} as {sorted(values)}"
                every[label] |= values
    for label, values in every.items():
        assert len(values) == 1, f"{label} differs between documents: {sorted(values)}"
    assert every["people met"] == every["people named"] == {str(overview.visits.people_met)}
    rollup = overview.rollup
    assert every["FTE in post"] == {format_fte(rollup.in_post)}

    window = MainWindow(store, lambda: today)
    qtbot.addWidget(window)
    window.show()
    ui = window.dashboard.ui
    whole = overview.progress()
    six = texts["six-month"]
    assert whole.sentence == f"{whole.percent}% done ({whole.done} of {whole.applicable})"
    assert whole.sentence in ui.overallLine.text()
    assert whole.sentence in six
    late = overview.overdue()
    # The dashboard counts in SQL and lists the first few; the whole count is in its title.
    assert ui.overdueTitle.text() == (f"Overdue ({len(late)})" if late else "Overdue")
    listed = window.dashboard.overdue
    assert [listed.index(row, 0).data(ItemIdRole) for row in range(listed.rowCount())] == [
        r.id for r in late[: listed.rowCount()]
    ]
    assert f"{len(late)} overdue" in six
    contacts = len(overview.contacts_overdue)
    assert ui.overdueContactsTitle.text() == f"Overdue contacts ({contacts})"
    assert f"{contacts} contacts are overdue" in six
    visits = overview.visits
    not_yet = visits.teams_total - visits.teams_reached
    assert ui.notVisitedTitle.text().startswith(
        f"Teams not yet visited ({not_yet} of {visits.teams_total})"
    )
    assert visits.reach_sentence in six
    window.close()


def test_people_met_counts_people_not_attendances(store: Store) -> None:
    """People met counts each named person once, however many times they were seen, and is
    never more than the people in the contacts book.
    """
    write_demo(store, TODAY)
    overview = Overview(store, TODAY)
    held = [e for e in overview.engagements if e.occurred_on <= TODAY]
    attendances = sum(len(e.people) for e in held)
    assert overview.visits.people_met < attendances
    assert overview.visits.people_met == len({p.id for e in held for p in e.people})
    assert overview.visits.people_met <= len(overview.people)
