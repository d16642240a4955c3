"""Small dialogs of the Workforce page: a figure, a comparator figure, a diversity share.

Each saves through a domain function; when the input cannot be saved the
dialog stays open, keeps what was typed and says which field is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from dass_desktop.domain import (
    benchmark_store,
    benchmark_terms,
    diversity,
    workforce_rules,
    workforce_store,
    workforce_terms,
)
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.councils import all_councils
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.workforce_terms import HEADLINE_METRICS, METRICS
from dass_desktop.interchange.tabular import parse_number
from dass_desktop.store import Store
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.date_field import from_qdate, to_qdate
from dass_desktop.ui.forms.ui_comparator_figure_dialog import Ui_ComparatorFigureDialog
from dass_desktop.ui.forms.ui_diversity_share_dialog import Ui_DiversityShareDialog
from dass_desktop.ui.forms.ui_workforce_figure_dialog import Ui_WorkforceFigureDialog
from dass_desktop.ui.operations import OperationRunner


def read_value(edit: QLineEdit, field: str) -> float:
    """The number typed in ``edit`` (``12.5`` or ``12.5%``); :class:`InvalidInput` if none."""
    try:
        found = parse_number(edit.text())
    except ValueError as exc:
        raise InvalidInput(field, f"{str(exc).capitalize()}.") from None
    if found is None:
        raise InvalidInput(field, "Type the figure.")
    return found[0]


class _SavingDialog(QDialog):
    """Shared behaviour: save on accept, show the problem beside the form otherwise."""

    def __init__(self, store: Store, bus: DataBus, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._store = store
        self._bus = bus

    def _fields(self) -> dict[str, QWidget]:
        return {}

    def _save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        """Save, then close; on bad input keep the dialog open and say why."""
        try:
            self._save()
        except InvalidInput as problem:
            error = self.findChild(QWidget, "errorText")
            if error is not None:
                error.setText(problem.message)  # type: ignore[attr-defined]
            widget = self._fields().get(problem.field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


class WorkforceFigureDialog(_SavingDialog):
    """Type in one month's figure for the department or a team, or delete the one held.

    Saving, replacing and deleting are each one undoable step on the window's stack.
    """

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        bus: DataBus,
        today: dt.date,
        scopes: Sequence[str],
        *,
        scope: str | None = None,
        metric: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, bus, parent)
        self._ops = ops
        self.ui = Ui_WorkforceFigureDialog()
        self.ui.setupUi(self)
        self.delete_button = self.ui.buttons.addButton(
            "&Delete this figure", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setToolTip(
            "Remove the figure held for this month (Ctrl+Z brings it back)"
        )
        self.delete_button.clicked.connect(self.delete_figure)
        for item in METRICS:
            self.ui.metricCombo.addItem(f"{item.label} ({item.unit})", item.key)
        if metric is not None:
            self.ui.metricCombo.setCurrentIndex(max(0, self.ui.metricCombo.findData(metric)))
        self.ui.scopeCombo.addItems(list(scopes))
        if scope is not None:
            self.ui.scopeCombo.setCurrentText(scope)
        last_month = workforce_rules.add_months(workforce_rules.month_of(today), -1)
        self.ui.monthEdit.setDate(to_qdate(last_month))
        self.ui.monthEdit.setMaximumDate(to_qdate(workforce_rules.add_months(last_month, 13)))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        for signal in (
            self.ui.metricCombo.currentIndexChanged,
            self.ui.scopeCombo.currentTextChanged,
            self.ui.monthEdit.dateChanged,
        ):
            signal.connect(self._show_held)
        self._show_held()
        self.ui.valueEdit.setFocus()

    def _fields(self) -> dict[str, QWidget]:
        return {"value": self.ui.valueEdit, "scope": self.ui.scopeCombo}

    def _chosen(self) -> tuple[str | None, str, dt.date]:
        scope = self.ui.scopeCombo.currentText()
        return (
            None if scope == workforce_terms.DEPARTMENT else scope,
            self.ui.metricCombo.currentData(),
            workforce_rules.month_of(from_qdate(self.ui.monthEdit.date())),
        )

    def held(self) -> workforce_terms.FigureRow | None:
        """The figure already held for the measure, scope and month chosen, if any."""
        scope, key, month = self._chosen()
        return workforce_store.find_value(self._store, scope=scope, key=key, period=month)

    def _show_held(self) -> None:
        self.delete_button.setEnabled(self.held() is not None)

    def _describe(self, verb: str) -> str:
        scope, key, month = self._chosen()
        label = workforce_terms.metric(key).label
        return f"{verb} {label.lower()} for {scope or 'the department'}, {month:%b %Y}."

    def _save(self) -> None:
        value = read_value(self.ui.valueEdit, "value")
        scope, key, month = self._chosen()
        before = self.held()
        now: list[int] = []

        def save() -> Changes:
            value_id, changes = workforce_store.set_value(
                self._store, scope=scope, key=key, period=month, value=value
            )
            now[:] = [value_id]
            return changes

        def take_back() -> Changes:
            if before is not None:
                return workforce_store.put_back_value(self._store, before)[1]
            return workforce_store.delete_value(self._store, now[0])

        verb = "Replaced" if before is not None else "Saved"
        self._ops.run(self._describe(verb), save, take_back, raise_invalid=True)

    def delete_figure(self) -> None:
        """Delete the figure held for the chosen month; Ctrl+Z brings it back."""
        figure = self.held()
        if figure is None:
            return
        current = [figure.id]

        def delete() -> Changes:
            return workforce_store.delete_value(self._store, current[0])

        def put_back() -> Changes:
            current[0], changes = workforce_store.put_back_value(self._store, figure)
            return changes

        if self._ops.run(self._describe("Deleted"), delete, put_back, parent=self):
            self.done(QDialog.DialogCode.Accepted)


class ComparatorFigureDialog(_SavingDialog):
    """Type in a published figure for England, a region or another council.

    Saving is one undoable step: undo puts back the figure it replaced, or removes it.
    """

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        bus: DataBus,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, bus, parent)
        self._ops = ops
        self.ui = Ui_ComparatorFigureDialog()
        self.ui.setupUi(self)
        for label, kind in (
            ("England", "england"),
            ("A region", "region"),
            ("A council", "council"),
        ):
            self.ui.kindCombo.addItem(label, kind)
        for item in HEADLINE_METRICS:
            if item.direction is not workforce_terms.Direction.NEUTRAL:
                self.ui.metricCombo.addItem(item.label, item.key)
        self.ui.kindCombo.currentIndexChanged.connect(self._fill_areas)
        self._fill_areas()
        self.ui.periodEndEdit.setDate(to_qdate(dt.date(today.year, 3, 1)))
        self.ui.yearSpin.setValue(self.ui.yearSpin.minimum())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _fill_areas(self) -> None:
        kind = self.ui.kindCombo.currentData()
        self.ui.areaCombo.clear()
        if kind == "region":
            for name, code in benchmark_terms.REGION_CODES.items():
                self.ui.areaCombo.addItem(name, code)
        elif kind == "council":
            for council in all_councils():
                self.ui.areaCombo.addItem(council.name, council.code)
        self.ui.areaCombo.setEnabled(kind != "england")

    def _fields(self) -> dict[str, QWidget]:
        return {
            "value": self.ui.valueEdit,
            "period": self.ui.periodEdit,
            "source": self.ui.sourceEdit,
            "area": self.ui.areaCombo,
        }

    def _save(self) -> None:
        value = read_value(self.ui.valueEdit, "value")
        year = self.ui.yearSpin.value()
        ui, store = self.ui, self._store
        kind, metric_key = ui.kindCombo.currentData(), ui.metricCombo.currentData()
        area_name, area_code = ui.areaCombo.currentText(), ui.areaCombo.currentData() or ""
        period_end, covers = from_qdate(ui.periodEndEdit.date()), ui.coversEdit.text()
        before = benchmark_store.find_comparator_value(
            store,
            kind=kind,
            area_name=area_name,
            area_code=area_code,
            metric_key=metric_key,
            period_end=period_end,
            covers=covers,
        )
        now: list[int] = []

        def save() -> Changes:
            value_id, changes = benchmark_store.add_comparator_value(
                store,
                kind=kind,
                area_name=area_name,
                area_code=area_code,
                metric_key=metric_key,
                period_label=ui.periodEdit.text(),
                period_end=period_end,
                value=value,
                covers=covers,
                source=ui.sourceEdit.text(),
                year=None if year == ui.yearSpin.minimum() else year,
            )
            now[:] = [value_id]
            return changes

        def take_back() -> Changes:
            if before is not None:
                return benchmark_store.put_back_comparator_value(store, dict(before))
            return benchmark_store.delete_comparator_value(store, now[0])

        verb = "Replaced" if before is not None else "Added"
        label = workforce_terms.metric(metric_key).label.lower()
        area = "England" if kind == "england" else area_name
        self._ops.run(
            f"{verb} a comparator figure: {label} for {area}.",
            save,
            take_back,
            raise_invalid=True,
        )


class DiversityShareDialog(_SavingDialog):
    """Type in the share of the workforce, or the local population, in one group.

    Saving, replacing and deleting the share held for the group and date are each one
    undoable step on the window's stack.
    """

    def __init__(
        self,
        store: Store,
        bus: DataBus,
        today: dt.date,
        dimension: str,
        parent: QWidget | None = None,
        *,
        ops: OperationRunner,
    ) -> None:
        super().__init__(store, bus, parent)
        self._ops = ops
        self.ui = Ui_DiversityShareDialog()
        self.ui.setupUi(self)
        for key, label in diversity.SUBJECTS.items():
            self.ui.subjectCombo.addItem(label, key)
        for key, label in diversity.DIMENSIONS.items():
            self.ui.dimensionCombo.addItem(label, key)
        self.ui.dimensionCombo.currentIndexChanged.connect(self._fill_groups)
        self.ui.subjectCombo.currentIndexChanged.connect(self._fill_groups)
        self.ui.dimensionCombo.setCurrentIndex(max(0, self.ui.dimensionCombo.findData(dimension)))
        self._fill_groups()
        self.ui.asOfEdit.setDate(to_qdate(today.replace(day=1)))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.delete_button = self.ui.buttons.addButton(
            "&Delete this share", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setToolTip(
            "Remove the share held for this group and date (Ctrl+Z brings it back)"
        )
        self.delete_button.clicked.connect(self.delete_share)
        self.ui.groupCombo.currentIndexChanged.connect(self._show_held)
        self.ui.asOfEdit.dateChanged.connect(self._show_held)
        self._show_held()

    def held(self) -> diversity.DiversityEntry | None:
        """The share already held for the group and date chosen, if any."""
        ui = self.ui
        wanted = (
            ui.subjectCombo.currentData(),
            ui.dimensionCombo.currentData(),
            ui.groupCombo.currentData(),
            from_qdate(ui.asOfEdit.date()).replace(day=1),
        )
        return next(
            (
                e
                for e in diversity.list_entries(self._store)
                if (e.subject, e.dimension, e.group_key, e.as_of) == wanted
            ),
            None,
        )

    def _show_held(self) -> None:
        self.delete_button.setEnabled(self.held() is not None)

    def delete_share(self) -> None:
        """Delete the share held for the chosen group and date; Ctrl+Z brings it back."""
        entry = self.held()
        if entry is None:
            return
        store = self._store
        whose = diversity.SUBJECTS[entry.subject].lower()
        label = diversity.group_label(entry.dimension, entry.group_key)
        if self._ops.run(
            f"Deleted the {whose} share for {label}, {entry.as_of:%b %Y}.",
            lambda: diversity.delete_share(store, entry.id),
            lambda: diversity.put_back_share(store, entry),
            parent=self,
            title="Not deleted",
        ):
            self.done(QDialog.DialogCode.Accepted)

    def _fill_groups(self) -> None:
        dimension = self.ui.dimensionCombo.currentData()
        population = self.ui.subjectCombo.currentData() == "population"
        self.ui.groupCombo.clear()
        for key, label in diversity.GROUPS.get(dimension, ()):
            if population and key == diversity.NOT_STATED:
                continue
            self.ui.groupCombo.addItem(label, key)

    def _fields(self) -> dict[str, QWidget]:
        return {"percent": self.ui.percentSpin, "group": self.ui.groupCombo}

    def _save(self) -> None:
        ui, store = self.ui, self._store
        subject, dimension = ui.subjectCombo.currentData(), ui.dimensionCombo.currentData()
        group_key = ui.groupCombo.currentData()
        as_of = from_qdate(ui.asOfEdit.date()).replace(day=1)
        percent, source = ui.percentSpin.value(), ui.sourceEdit.text()
        before = self.held()
        now: list[int] = []

        def save() -> Changes:
            entry_id, changes = diversity.set_share(
                store,
                subject=subject,
                dimension=dimension,
                group_key=group_key,
                as_of=as_of,
                percent=percent,
                source=source,
            )
            now[:] = [entry_id]
            return changes

        def take_back() -> Changes:
            if before is not None:
                return diversity.put_back_share(store, before)
            return diversity.delete_share(store, now[0])

        verb = "Replaced" if before is not None else "Added"
        whose = ui.subjectCombo.currentText().lower()
        self._ops.run(
            f"{verb} the {whose} share for {ui.groupCombo.currentText()}.",
            save,
            take_back,
            raise_invalid=True,
        )
