"""The Teams and Stakeholders pages open without SQLAlchemy, read a detail once per choice,
and still show what changed since.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import engagement_store, stakeholder_store, team_store
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.team_terms import NoteKind
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.row_models import RowRole
from tests.conftest import TODAY
from tests.statements import statements


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    write_demo(store, TODAY)
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_teams_open_without_the_orm_and_read_notes_once(qtbot: QtBot, store: Store) -> None:
    """Opening Teams sends nothing through SQLAlchemy and lists every team; choosing a team
    reads its notes once (one statement per kind), and a note added since shows.
    """
    window = _window(qtbot, store)
    with statements(store) as (orm, plain):
        window.show_page(window.titles().index("Teams"))
        page = window.teams
        assert orm == []
        assert any("FROM team " in sql for sql in plain)
        assert page.team_model.rows() == team_store.list_teams(store)
        first = page.current_team()
        assert first is not None
        shown = page.strengths_model.rows()
        assert shown == team_store.list_notes(store, first.id, NoteKind.STRENGTH)
        other = page.team_model.rows()[1]
        plain.clear()
        page.select_team(other.id)
        assert sum("FROM team_note" in sql for sql in plain) == 2
        assert page.development_model.rows() == team_store.list_notes(
            store, other.id, NoteKind.DEVELOPMENT
        )
    _, changes = team_store.add_note(
        store, other.id, NoteKind.STRENGTH, "Steady rota", noted_on=TODAY, today=TODAY
    )
    window.bus.publish(changes)
    assert page.current_team() is not None
    assert page.current_team().id == other.id  # type: ignore[union-attr]
    assert "Steady rota" in [n.text for n in page.strengths_model.rows()]
    window.close()


def test_stakeholders_open_without_the_orm_and_read_history_once(
    qtbot: QtBot, store: Store
) -> None:
    """Opening Stakeholders sends nothing through SQLAlchemy and lists everyone; choosing a
    person reads their history once, and a visit changed since (the person's own row the
    same) shows changed.
    """
    window = _window(qtbot, store)
    with statements(store) as (orm, plain):
        window.show_page(window.titles().index("Stakeholders"))
        page = window.stakeholders
        assert orm == []
        profile = load_profile(store)
        assert profile is not None
        book = stakeholder_store.list_stakeholders(store, TODAY, profile.start_date)
        assert sorted(page.model.rows(), key=lambda p: p.id) == sorted(book, key=lambda p: p.id)
        people = page.model.rows()
        met = [p for p in people if engagement_store.list_engagements(store, stakeholder_id=p.id)]
        person = met[-1]
        plain.clear()
        page.select_stakeholder(person.id)
        assert sum(sql.startswith("SELECT id, occurred_on") for sql in plain) == 1
        history = page.history.rows()
        assert history == engagement_store.list_engagements(store, stakeholder_id=person.id)
    visit = history[0]
    draft = EngagementDraft(
        occurred_on=visit.occurred_on,
        kind=visit.kind,
        starts_at=visit.starts_at,
        place="Moved to the town hall",
        team_ids=tuple(t.id for t in visit.teams),
        stakeholder_ids=tuple(p.id for p in visit.people),
        staff_count=visit.staff_count,
        going_well=visit.going_well,
        to_improve=visit.to_improve,
        themes=visit.themes,
        follow_up_on=visit.follow_up_on,
        you_said_we_did=visit.you_said_we_did,
    )
    window.bus.publish(engagement_store.update_engagement(store, visit.id, draft, TODAY))
    assert page.current() == person  # the same facts about the person...
    index = page.ui.historyTable.model().index(0, 0)
    assert index.data(RowRole).place == "Moved to the town hall"  # ...and the new place
    window.close()
