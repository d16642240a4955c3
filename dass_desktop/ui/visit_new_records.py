"""Quick capture learns: a team, person or place typed that is not yet known is added.

A name typed in the Teams or People box that matches nothing is added, on Enter, to the
teams or contacts to be made when the visit is saved, with the fewest details a record
needs (a team its name, filed under "Other" until the Teams page says more; a person their
name and, after a comma, their role). A place is words on the visit itself: a new one is
simply offered next time. A note under the lists says what will be added before it is, and
saving makes the new records and the visit as one step that one Ctrl+Z takes back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from dass_desktop.domain import engagement_store, plan_store, stakeholder_store, team_store
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.contact_terms import Category
from dass_desktop.domain.engagement_terms import ActionDraft, EngagementDraft
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.store import Store
from dass_desktop.ui.choice_model import ChoiceFilterModel, ChoiceModel
from dass_desktop.ui.operations import OperationRunner


def _known(model: ChoiceModel, name: str) -> bool:
    wanted = name.casefold()
    return any(str(model.index(row).data()).casefold() == wanted for row in range(model.rowCount()))


class NewRecords:
    """The teams and people typed in quick capture that will be added when it is saved."""

    def __init__(self, ui: Any, teams: ChoiceModel, people: ChoiceModel, dialog: QWidget) -> None:
        self._ui, self._teams, self._people = ui, teams, people
        self.teams: list[str] = []
        self.people: list[tuple[str, str]] = []  # name, role
        self.note = QLabel(dialog)
        self.note.setObjectName("newRecordsNote")
        self.note.setProperty("role", "note")
        self.note.setWordWrap(True)
        policy = self.note.sizePolicy()  # the lists give way, never this note
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.note.setSizePolicy(policy)
        self.note.setAccessibleName("What will be added when you save")
        self.note.hide()
        layout = ui.dialogLayout
        layout.insertWidget(layout.indexOf(ui.choosersRow) + 1, self.note)
        ui.teamFilter.textChanged.connect(self.show)
        ui.peopleFilter.textChanged.connect(self.show)
        ui.placeCombo.editTextChanged.connect(self.show)

    def enter_team(self, proxy: ChoiceFilterModel, name: str) -> bool:
        """Enter in the Teams box with nothing to tick: keep ``name`` as a new team."""
        name = " ".join(name.split())
        if not name or proxy.first_unticked() is not None or _known(self._teams, name):
            return False
        if name.casefold() not in (t.casefold() for t in self.teams):
            self.teams.append(name)
        self._ui.teamFilter.clear()
        return True

    def enter_person(self, proxy: ChoiceFilterModel, typed: str) -> bool:
        """Enter in the People box with nothing to tick: keep a new person (name, role)."""
        name, _comma, role = (" ".join(part.split()) for part in typed.partition(","))
        if not name or proxy.first_unticked() is not None or _known(self._people, name):
            return False
        if name.casefold() not in (p.casefold() for p, _r in self.people):
            self.people.append((name, role))
        self._ui.peopleFilter.clear()
        return True

    def show(self, *_args: object) -> None:
        """Say what will be added on saving, and what Enter would add now."""
        ui, lines = self._ui, []
        lines += [f"New team: “{name}” will be added." for name in self.teams]
        for name, role in self.people:
            about = f" ({role})" if role else ""
            lines.append(f"New person: “{name}”{about} will be added to your contacts.")
        typed_team = " ".join(ui.teamFilter.text().split())
        if typed_team and not _known(self._teams, typed_team) and self._no_match(ui.teamList):
            lines.append(f"No team called “{typed_team}”: press Enter to add it as a new team.")
        typed_person = " ".join(ui.peopleFilter.text().partition(",")[0].split())
        if typed_person and self._no_match(ui.peopleList):
            lines.append(
                f"Nobody called “{typed_person}”: press Enter to add them "
                "(type a comma and their role first, if you like)."
            )
        place = ui.placeCombo.currentText().strip()
        if place and ui.placeCombo.findText(place) < 0:
            lines.append(f"New place: “{place}” will be offered next time.")
        self.note.setText(" ".join(lines))
        self.note.setVisible(bool(lines))

    @staticmethod
    def _no_match(view: Any) -> bool:
        return bool(view.model().rowCount() == 0)


def save_capture(
    ops: OperationRunner | None,
    store: Store,
    new: NewRecords,
    draft: EngagementDraft,
    actions: Sequence[ActionDraft],
    today: dt.date,
    start: dt.date | None,
    parent: QWidget | None = None,
) -> tuple[int, Changes]:
    """Add the new teams and people, then the visit with them: one undoable step.

    Raises:
        InvalidInput: something was refused; nothing is left added.
    """
    made: dict[str, list[int]] = {"teams": [], "people": [], "visit": [], "items": []}
    result: list[Changes] = []

    def take_back(now: dt.datetime) -> Changes:
        changes = Changes.of(Area.TEAMS, Area.CONTACTS)
        if made["visit"]:
            changes |= engagement_store.delete_engagements(store, made["visit"], now)
        if made["items"]:
            changes |= plan_store.delete_items(store, made["items"], now)
        stakeholder_store.delete_stakeholders(store, made["people"], now)
        for team_id in made["teams"]:
            team_store.delete_team(store, team_id, now)
        return changes

    def do() -> Changes:
        try:
            for name in new.teams:
                team_id, _ = team_store.add_team(store, TeamDraft(name, ServiceArea.OTHER))
                made["teams"].append(team_id)
            for name, role in new.people:
                person = StakeholderDraft(name, Category.STAFF, role=role)
                made["people"].append(stakeholder_store.add_stakeholder(store, person, today)[0])
            full = dataclasses.replace(
                draft,
                team_ids=(*draft.team_ids, *made["teams"]),
                stakeholder_ids=(*draft.stakeholder_ids, *made["people"]),
            )
            visit_id, changes = engagement_store.add_engagement(
                store, full, today, actions=actions, start=start
            )
        except InvalidInput:
            take_back(dt.datetime.now())
            raise
        made["visit"].append(visit_id)
        source = f"engagement:{visit_id}"
        made["items"] += [r.id for r in plan_store.list_items(store, start) if r.source == source]
        if made["teams"] or made["people"]:
            changes |= Changes.of(Area.TEAMS, Area.CONTACTS)
        result.append(changes)
        return changes

    def again() -> Changes:
        stakeholder_store.restore_stakeholders(store, made["people"])
        for team_id in made["teams"]:
            team_store.restore_team(store, team_id)
        plan_store.restore_items(store, made["items"])
        return engagement_store.restore_engagements(store, made["visit"]) | Changes.of(
            Area.TEAMS, Area.CONTACTS, Area.PLAN
        )

    if ops is None:
        changes = do()
    else:
        added = [*new.teams, *(name for name, _r in new.people)]
        text = "Logged the visit" + (f" and added {', '.join(added)}." if added else ".")
        ops.run(
            text,
            do,
            lambda: take_back(dt.datetime.now()),
            again,
            parent=parent,
            raise_invalid=True,
        )
        changes = result[0] if result else Changes()
    return (made["visit"][0] if made["visit"] else 0), changes


def save_edit(
    ops: OperationRunner | None,
    store: Store,
    visit_id: int,
    draft: EngagementDraft,
    actions: Sequence[ActionDraft],
    today: dt.date,
    start: dt.date | None,
) -> Changes:
    """Save an edited visit and its new actions as one undoable step (when ``ops`` is given).

    Undo puts the visit back as it was and takes away the actions the edit added; redo makes
    the edit again. Raises :class:`InvalidInput` for the dialog to show; nothing is pushed then.
    """
    before = engagement_store.get_engagement(store, visit_id)
    earlier = before.draft() if before is not None else draft
    added: list[int] = []
    made: list[Changes] = [Changes()]

    def do() -> Changes:
        had = engagement_store.action_ids(store, visit_id)
        made[0] = engagement_store.update_engagement_and_add_actions(
            store, visit_id, draft, actions, today, start
        )
        added[:] = sorted(engagement_store.action_ids(store, visit_id) - had)
        return made[0]

    if ops is None:
        return do()
    ops.run(
        "Changed a visit.",
        do,
        lambda: engagement_store.take_back_edit(
            store, visit_id, earlier, added, today, dt.datetime.now()
        ),
        raise_invalid=True,
    )
    return made[0]
