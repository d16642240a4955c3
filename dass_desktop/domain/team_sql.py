"""The Teams page's reads in plain SQL on :mod:`sqlite3`, without SQLAlchemy.

Each function gives exactly what its namesake in :mod:`team_store` or :mod:`team_gap_store`
gives (a test holds them equal on the demo council at two sizes, deleted rows included).
The page reads through the store's plain connection (:meth:`Store.quick`): compiling the
ORM's statements on the page's first open cost more than reading the register itself.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from dass_desktop.domain import plan_rules, plan_terms
from dass_desktop.domain.dates import sql_date
from dass_desktop.domain.team_gap_rules import register_order
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_rules import team_rows
from dass_desktop.domain.team_terms import (
    GapStatus,
    Mitigation,
    NoteKind,
    NoteRow,
    Role,
    Severity,
    TeamRow,
)
from dass_desktop.domain.timeline import Phase


def team_names(con: sqlite3.Connection) -> list[tuple[int, str]]:
    """Every team not deleted as (id, name), in :func:`team_store.list_teams`' order (by
    name, case-folded, then id): for naming and choosing teams, without each team's
    staffing, notes and gaps.
    """
    found = con.execute("SELECT id, name FROM team WHERE deleted_at IS NULL")
    return sorted(found, key=lambda team: (team[1].casefold(), team[0]))


def list_teams(con: sqlite3.Connection) -> list[TeamRow]:
    """Every team not deleted, by name (see :func:`team_store.list_teams`)."""
    counts = {
        (team_id, kind): n
        for team_id, kind, n in con.execute(
            "SELECT team_id, kind, count(*) FROM team_note WHERE deleted_at IS NULL"
            " GROUP BY team_id, kind"
        )
    }
    severities = {s.value: s for s in Severity}
    open_gaps: dict[int, list[Severity]] = {}
    for team_id, severity in con.execute(
        "SELECT team_id, severity FROM team_gap WHERE deleted_at IS NULL AND status != ?",
        (GapStatus.CLOSED.value,),
    ):
        open_gaps.setdefault(team_id, []).append(severities.get(severity) or Severity(severity))
    teams = con.execute(
        "SELECT id, name, service_area, manager, base, establishment_fte, in_post_fte,"
        " vacancies_fte, agency_fte FROM team WHERE deleted_at IS NULL"
    )
    return team_rows(teams, counts, open_gaps)


def list_notes(con: sqlite3.Connection, team_id: int, kind: NoteKind) -> list[NoteRow]:
    """A team's notes of one kind, most recently noted first (see
    :func:`team_store.list_notes`).
    """
    return [
        NoteRow(note_id, team, kind, text, sql_date(noted_on), source)  # type: ignore[arg-type]
        for note_id, team, text, noted_on, source in con.execute(
            "SELECT id, team_id, text, noted_on, source FROM team_note"
            " WHERE team_id = ? AND deleted_at IS NULL AND kind = ?"
            " ORDER BY noted_on DESC, id DESC",
            (team_id, kind.value),
        )
    ]


def list_gaps(con: sqlite3.Connection, start: dt.date | None) -> list[GapRow]:
    """Gaps of live teams: open before closed, worst first (see
    :func:`team_gap_store.list_gaps`); ``start`` dates the plan actions made from them.
    """
    rows = []
    for row in con.execute(
        "SELECT g.id, g.team_id, t.name, g.role, g.gap_fte, g.description, g.severity,"
        " g.mitigation, g.mitigation_notes, g.owner, g.status, g.target_date,"
        " p.id, p.status, p.phase, p.day_offset, p.due_date"
        " FROM team_gap g JOIN team t ON g.team_id = t.id"
        " LEFT OUTER JOIN plan_item p ON p.id = g.plan_item_id AND p.deleted_at IS NULL"
        " WHERE g.deleted_at IS NULL AND t.deleted_at IS NULL"
    ):
        gap_id, team_id, team_name, role, gap_fte, description, severity = row[:7]
        mitigation, notes, owner, status, target = row[7:12]
        item_id, item_status, phase, day_offset, due_date = row[12:]
        plan_status = plan_due = None
        if item_id is not None:
            plan_status = plan_terms.Status(item_status)
            plan_due = plan_rules.due_on(Phase(phase), day_offset, sql_date(due_date), start)
        rows.append(
            GapRow(
                id=gap_id,
                team_id=team_id,
                team_name=team_name,
                role=Role(role),
                gap_fte=gap_fte,
                description=description,
                severity=Severity(severity),
                mitigation=Mitigation(mitigation) if mitigation else None,
                mitigation_notes=notes,
                owner=owner,
                status=GapStatus(status),
                target_date=sql_date(target),
                plan_item_id=item_id,
                plan_status=plan_status,
                plan_due=plan_due,
            )
        )
    return sorted(rows, key=register_order)
