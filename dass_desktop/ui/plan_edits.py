"""Saving an edit made in place in the plan editor, and adding and removing evidence, each
as one undoable step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from dass_desktop.domain import plan_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.plan_terms import Evidence
from dass_desktop.store import Store
from dass_desktop.ui.operations import OperationRunner


def save_in_place(
    ops: OperationRunner,
    store: Store,
    edit: tuple[int, dict[str, Any]],
    today: Callable[[], dt.date],
    start: dt.date | None,
    made: tuple[int, int] | None,
    after_undo: Callable[[], object],
) -> None:
    """Save ``edit`` (an item's id and the fields changed) so that Ctrl+Z takes it back.

    Undo puts back exactly the fields changed (a status with its completion date); nothing
    is pushed when nothing actually changed. The first edits of an item just made (``made``:
    its id and the stack's size just after) fold into its creation, so undo takes the item
    away whole.

    Raises:
        InvalidInput: the edit was refused (nothing is saved or pushed), to show by the field.
    """
    item_id, fields = edit
    if made is not None and made[0] == item_id and ops.is_last(made[1]):
        ops.amend(
            made[1],
            lambda: plan_store.update_item(store, item_id, today(), **fields),
            raise_invalid=True,
        )
        return
    before = plan_store.get_item(store, item_id, start)
    earlier: dict[str, Any] = {}
    if before is not None:
        earlier = {name: getattr(before, name) for name in fields}
        if "status" in fields:
            earlier["completed_on"] = before.completed_on

    def do() -> Changes:
        changes = plan_store.update_item(store, item_id, today(), **fields)
        return changes if plan_store.get_item(store, item_id, start) != before else Changes()

    ops.run(
        f"Changed “{(before.title if before else '')[:60]}”.",
        do,
        lambda: plan_store.update_item(store, item_id, today(), **earlier),
        lambda: plan_store.update_item(store, item_id, today(), **fields),
        raise_invalid=True,
        after_undo=after_undo,
    )


def add_evidence(
    ops: OperationRunner,
    store: Store,
    link: tuple[int, str, str],
    today: dt.date,
    after_undo: Callable[[], object],
    parent: QWidget,
) -> None:
    """Link evidence (``link``: the item's id, the file or address, its label) undoably;
    a refusal is shown over ``parent``.
    """
    item_id, target, label = link
    current: list[int] = []  # the link's id: a redo makes a new one

    def add() -> Changes:
        link_id, changes = plan_store.add_evidence(store, item_id, target, today, label)
        current[:] = [link_id]
        return changes

    ops.run(
        f"Added the evidence “{(label or target)[:60]}”.",
        add,
        lambda: plan_store.remove_evidence(store, current[0]),
        parent=parent,
        title="Evidence not added",
        after_undo=after_undo,
    )


def remove_evidence(ops: OperationRunner, store: Store, link: Evidence, parent: QWidget) -> None:
    """Remove an item's evidence ``link`` undoably (undo links it again); a refusal is
    shown over ``parent``.
    """
    current = [link.id]

    def add_back() -> Changes:
        current[0], changes = plan_store.add_evidence(
            store, link.item_id, link.target, link.added_on, link.label
        )
        return changes

    ops.run(
        f"Removed the evidence “{(link.label or link.target)[:60]}”.",
        lambda: plan_store.remove_evidence(store, current[0]),
        add_back,
        parent=parent,
        title="Not removed",
    )


def move_item(
    ops: OperationRunner,
    store: Store,
    move: tuple[int, int],
    select: Callable[[int], object],
    parent: QWidget,
) -> None:
    """Move an item ``step`` places within its theme (``move``: its id and the step) so that
    Ctrl+Z moves it back; the item is chosen after either.
    """
    item_id, step = move
    ops.run(
        "Moved an item " + ("up." if step < 0 else "down."),
        lambda: plan_store.move_item(store, item_id, step),
        lambda: plan_store.move_item(store, item_id, -step),
        parent=parent,
        after_undo=lambda: select(item_id),
    )
    select(item_id)
