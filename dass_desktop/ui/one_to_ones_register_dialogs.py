"""Editors of the register: an entry, a review of its score, and a link to something else.

The entry editor shows the score and its RAG as a word while likelihood and impact change,
so the 5×5 matrix is read in words as well as on the heat map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from dass_desktop.domain import plan_store, stakeholder_store, team_gap_store, team_store
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.register_terms import (
    AMBER_FROM,
    RED_FROM,
    Category,
    EntryDraft,
    EntryKind,
    EntryRow,
    LinkKind,
)
from dass_desktop.store import Store
from dass_desktop.ui.editor_dialog import fill_combo
from dass_desktop.ui.one_to_ones_dialogs import FormDialog, OptionalDate

LINK_LABELS = {
    LinkKind.PLAN_ITEM: "Plan item",
    LinkKind.GAP: "Team gap",
    LinkKind.TEAM: "Team",
    LinkKind.CONTACT: "Contact",
}


def score_words(likelihood: int, impact: int) -> str:
    """``Score 16: Red`` for a likelihood and an impact."""
    score = likelihood * impact
    rag = "Red" if score >= RED_FROM else ("Amber" if score >= AMBER_FROM else "Green")
    return f"Score {score} of 25: {rag}"


def _scale(parent: QWidget, value: int, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, 5)
    box.setValue(value)
    box.setAccessibleName(name)
    box.setToolTip("1 (rare or minor) to 5 (almost certain or severe)")
    return box


class EntryDialog(FormDialog):
    """A risk, issue, decision or ask: what it is, how bad, whose, and what is being done."""

    def __init__(
        self,
        entry: EntryRow | None,
        today: dt.date,
        save: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Edit the entry" if entry else "New entry in the register",
            "Likelihood and impact run from 1 to 5; their product is the score (15 and over is "
            "red, 8 to 14 amber). Say whether it needs a decision from the chief executive, or "
            "is an ask of them.",
            save,
            parent,
        )
        draft = entry.draft() if entry else EntryDraft("", Category.FINANCE)
        self.title = QLineEdit(draft.title, self)
        self.kind = QComboBox(self)
        fill_combo(self.kind, list(EntryKind), EntryKind(draft.kind))
        self.category = QComboBox(self)
        fill_combo(self.category, list(Category), Category(draft.category))
        self.likelihood = _scale(self, draft.likelihood, "Likelihood")
        self.impact = _scale(self, draft.impact, "Impact")
        self.score = QLabel(self)
        self.owner = QLineEdit(draft.owner, self)
        self.mitigation = QPlainTextEdit(draft.mitigation, self)
        self.mitigation.setMaximumHeight(90)
        self.review = OptionalDate(
            "Review on", draft.review_on, today + dt.timedelta(days=28), self
        )
        self.needs_decision = QCheckBox("Needs a decision from the chief executive", self)
        self.needs_decision.setChecked(draft.needs_decision)
        self.is_ask = QCheckBox("An ask of the chief executive", self)
        self.is_ask.setChecked(draft.is_ask)
        self.row("&Title", "title", self.title)
        self.row("&Kind", "kind", self.kind)
        self.row("&Category", "category", self.category)
        self.row("&Likelihood", "likelihood", self.likelihood)
        self.row("&Impact", "impact", self.impact)
        self.row("", "score", self.score)
        self.row("&Owner", "owner", self.owner)
        self.row("&Mitigation", "mitigation", self.mitigation)
        self.row("", "review_on", self.review)
        self.row("", "needs_decision", self.needs_decision)
        self.row("", "is_ask", self.is_ask)
        if entry is not None:
            trend = QLabel(f"Trend since the last review: {entry.trend.value}", self)
            self.form.addRow("", trend)
        for box in (self.likelihood, self.impact):
            box.valueChanged.connect(self._show_score)
        self._show_score()
        self.ready()

    def _show_score(self) -> None:
        self.score.setText(score_words(self.likelihood.value(), self.impact.value()))

    def draft(self) -> EntryDraft:
        """The entry as typed."""
        return EntryDraft(
            title=self.title.text(),
            category=self.category.currentData(),
            kind=self.kind.currentData(),
            likelihood=self.likelihood.value(),
            impact=self.impact.value(),
            owner=self.owner.text(),
            mitigation=self.mitigation.toPlainText(),
            review_on=self.review.value(),
            needs_decision=self.needs_decision.isChecked(),
            is_ask=self.is_ask.isChecked(),
        )


class ReviewDialog(FormDialog):
    """A review: the likelihood and impact now, and when to look again."""

    def __init__(
        self,
        entry: EntryRow,
        today: dt.date,
        save: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            f"Review: {entry.title}",
            f"Now {score_words(entry.likelihood, entry.impact).lower()}. The score before "
            "this review is kept, so the trend shows which way it moved.",
            save,
            parent,
        )
        self.likelihood = _scale(self, entry.likelihood, "Likelihood")
        self.impact = _scale(self, entry.impact, "Impact")
        self.score = QLabel(self)
        self.next_review = OptionalDate(
            "Next review on", today + dt.timedelta(days=28), today, self
        )
        self.row("&Likelihood", "likelihood", self.likelihood)
        self.row("&Impact", "impact", self.impact)
        self.row("", "score", self.score)
        self.row("", "review_on", self.next_review)
        for box in (self.likelihood, self.impact):
            box.valueChanged.connect(
                lambda _v: self.score.setText(
                    score_words(self.likelihood.value(), self.impact.value())
                )
            )
        self.score.setText(score_words(entry.likelihood, entry.impact))
        self.ready()


def link_choices(store: Store, kind: LinkKind, today: dt.date) -> list[tuple[str, int]]:
    """What an entry can be linked to of ``kind``, as (name, id), in the order shown."""
    if kind is LinkKind.PLAN_ITEM:
        profile = load_profile(store)
        items = plan_store.list_items(store, profile.start_date if profile else None)
        return [(f"{i.theme_title}: {i.title}", i.id) for i in items]
    if kind is LinkKind.GAP:
        return [
            (f"{g.team_name}: {g.role.label} ({g.size})", g.id)
            for g in team_gap_store.list_gaps(store)
        ]
    if kind is LinkKind.TEAM:
        return [(t.name, t.id) for t in team_store.list_teams(store)]
    return [
        (f"{s.name}, {s.role}" if s.role else s.name, s.id)
        for s in stakeholder_store.list_stakeholders(store, today)
    ]


class LinkDialog(FormDialog):
    """Choose a plan item, gap, team or contact to link an entry to."""

    def __init__(
        self,
        store: Store,
        entry: EntryRow,
        today: dt.date,
        save: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            f"Link: {entry.title}",
            "A link shows what the risk bears on; it stays when either end is deleted and "
            "brought back.",
            save,
            parent,
        )
        self._store, self._today = store, today
        self.kind = QComboBox(self)
        for kind, label in LINK_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.target = QComboBox(self)
        # Long lists (a plan has hundreds of items): type any words to narrow them.
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer, typed = self.target.completer(), self.target.lineEdit()
        assert completer is not None and typed is not None  # an editable box has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        typed.setPlaceholderText("Type words to find it, or open the list")
        self.target.setMinimumContentsLength(40)
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.row("&Kind", "kind", self.kind)
        self.row("&To", "link", self.target)
        self.kind.currentIndexChanged.connect(self._fill)
        self._fill()
        self.ready()

    def _fill(self) -> None:
        self.target.clear()
        for name, target_id in link_choices(self._store, self.chosen_kind(), self._today):
            self.target.addItem(name, target_id)

    def chosen_kind(self) -> LinkKind:
        """The kind of thing chosen."""
        return LinkKind(self.kind.currentData())

    def chosen_id(self) -> int | None:
        """The id of the thing chosen (None when nothing listed matches what is typed)."""
        index = self.target.findText(self.target.currentText())
        value = self.target.itemData(index) if index >= 0 else None
        return int(value) if value is not None else None
