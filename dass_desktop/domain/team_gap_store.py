"""Reading and changing staffing gaps through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select, update

from dass_desktop.domain import plan_rules, plan_store, plan_terms
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.team_gap_rules import (
    CleanGap,
    action_findings,
    action_title,
    register_order,
    validate_gap,
)
from dass_desktop.domain.team_gap_terms import GapDraft, GapRow
from dass_desktop.domain.team_terms import GapStatus, Mitigation, Role, Severity
from dass_desktop.domain.timeline import Phase
from dass_desktop.store import Store
from dass_desktop.store.models import PlanItem, Team, TeamGap


def _apply(gap: TeamGap, clean: CleanGap) -> None:
    gap.role = clean.role.value
    gap.gap_fte = clean.gap_fte
    gap.description = clean.description
    gap.severity = clean.severity.value
    gap.mitigation = clean.mitigation.value if clean.mitigation else None
    gap.mitigation_notes = clean.mitigation_notes
    gap.owner = clean.owner
    gap.status = clean.status.value
    gap.target_date = clean.target_date


# --- reading -----------------------------------------------------------------------------
def list_gaps(
    store: Store,
    team_id: int | None = None,
    ids: Iterable[int] | None = None,
    start: dt.date | None = None,
) -> list[GapRow]:
    """Gaps of live teams (of one team, or just ``ids``): open before closed, worst first.

    ``start`` (the director's start date) lets the plan action's due date be worked out.
    """
    query = (
        select(TeamGap, Team.name, PlanItem)
        .join(Team, TeamGap.team_id == Team.id)
        .outerjoin(PlanItem, (PlanItem.id == TeamGap.plan_item_id) & PlanItem.deleted_at.is_(None))
        .where(TeamGap.deleted_at.is_(None), Team.deleted_at.is_(None))
    )
    if team_id is not None:
        query = query.where(TeamGap.team_id == team_id)
    if ids is not None:
        query = query.where(TeamGap.id.in_(list(ids)))
    with store.read() as session:
        rows = [_row(gap, name, item, start) for gap, name, item in session.execute(query)]
    return sorted(rows, key=register_order)


def get_gap(store: Store, gap_id: int, start: dt.date | None = None) -> GapRow | None:
    """One gap (None if it, or its team, is deleted)."""
    found = list_gaps(store, ids=[gap_id], start=start)
    return found[0] if found else None


def _row(gap: TeamGap, team_name: str, item: PlanItem | None, start: dt.date | None) -> GapRow:
    plan_status = plan_due = None
    if item is not None:
        plan_status = plan_terms.Status(item.status)
        phase = Phase(item.phase)
        plan_due = plan_rules.due_on(phase, item.day_offset, item.due_date, start)
    return GapRow(
        id=gap.id,
        team_id=gap.team_id,
        team_name=team_name,
        role=Role(gap.role),
        gap_fte=gap.gap_fte,
        description=gap.description,
        severity=Severity(gap.severity),
        mitigation=Mitigation(gap.mitigation) if gap.mitigation else None,
        mitigation_notes=gap.mitigation_notes,
        owner=gap.owner,
        status=GapStatus(gap.status),
        target_date=gap.target_date,
        plan_item_id=item.id if item is not None else None,
        plan_status=plan_status,
        plan_due=plan_due,
    )


# --- changing ----------------------------------------------------------------------------
def add_gap(store: Store, team_id: int, draft: GapDraft) -> tuple[int, Changes]:
    """Record a gap in a team; return its id."""
    clean = validate_gap(draft)
    with store.transaction() as session:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise InvalidInput("team", "That team no longer exists.")
        gap = TeamGap(team_id=team_id)
        _apply(gap, clean)
        session.add(gap)
        session.flush()
        gap_id = gap.id
    return gap_id, Changes.of(Area.TEAMS)


def update_gap(store: Store, gap_id: int, draft: GapDraft) -> Changes:
    """Replace a gap's details with the draft's (its plan action is left as it is)."""
    clean = validate_gap(draft)
    with store.transaction() as session:
        gap = session.get(TeamGap, gap_id)
        if gap is None or gap.deleted_at is not None:
            raise InvalidInput("gap", "That gap no longer exists.")
        _apply(gap, clean)
    return Changes.of(Area.TEAMS)


def delete_gap(store: Store, gap_id: int, now: dt.datetime) -> Changes:
    """Delete a gap so that :func:`restore_gap` can bring it back; its plan action stays."""
    with store.transaction() as session:
        session.execute(
            update(TeamGap)
            .where(TeamGap.id == gap_id, TeamGap.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.TEAMS)


def restore_gap(store: Store, gap_id: int) -> Changes:
    """Undo the deletion of a gap."""
    with store.transaction() as session:
        session.execute(update(TeamGap).where(TeamGap.id == gap_id).values(deleted_at=None))
    return Changes.of(Area.TEAMS)


def gap_to_action(store: Store, gap_id: int, start: dt.date | None) -> tuple[int, Changes]:
    """Put a gap in the plan as an action, once; return the action's id.

    The action takes the gap's target date as its due date and the gap's owner as its
    owner, and records ``gap:<id>`` as its source. When the gap already has an action that
    is not deleted, that action's id is returned and nothing changes. An action left behind
    by an interrupted earlier attempt (same source, not yet linked) is linked, not repeated.
    """
    gap = get_gap(store, gap_id, start)
    if gap is None:
        raise InvalidInput("gap", "That gap no longer exists.")
    if gap.plan_item_id is not None:
        return gap.plan_item_id, Changes()
    source = f"gap:{gap_id}"
    with store.read() as session:
        existing = session.scalar(
            select(PlanItem.id).where(PlanItem.source == source, PlanItem.deleted_at.is_(None))
        )
    changes = Changes.of(Area.TEAMS, Area.PLAN)
    if existing is not None:
        item_id = existing
    else:
        item_id, added = plan_store.add_action(
            store,
            title=action_title(gap),
            due_date=gap.target_date,
            owner=gap.owner,
            source=source,
            findings=action_findings(gap),
            start=start,
        )
        changes |= added
    with store.transaction() as session:
        row = session.get(TeamGap, gap_id)
        if row is not None:
            row.plan_item_id = item_id
    return item_id, changes


def take_back_action(store: Store, gap_id: int, item_id: int, now: dt.datetime) -> Changes:
    """Undo :func:`gap_to_action`: delete the action and unlink the gap, in one transaction."""
    with store.transaction() as session:
        changes = plan_store.delete_items(store, [item_id], now)
        row = session.get(TeamGap, gap_id)
        if row is not None and row.plan_item_id == item_id:
            row.plan_item_id = None
    return changes | Changes.of(Area.TEAMS)


def put_back_action(store: Store, gap_id: int, item_id: int) -> Changes:
    """Redo :func:`gap_to_action`: bring the same action back and link the gap to it again."""
    with store.transaction() as session:
        changes = plan_store.restore_items(store, [item_id])
        row = session.get(TeamGap, gap_id)
        if row is not None:
            row.plan_item_id = item_id
    return changes | Changes.of(Area.TEAMS)
