"""The Stakeholders page's influence and interest map: numbered markers and their key.

Each person on the map is a number, as in the printed plan (the same numbering, from
:func:`dass_desktop.charts.contacts.map_numbers`), and the key beside the map lists every
number with the person's name. The chart is laid out to the inch so that no two markers
meet; it is never drawn smaller than it was laid out (it scrolls instead) and is laid out
again for the room there is each time it is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.charts.contacts import in_key_order, influence_interest_map, map_numbers
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.ui.chart_canvas import ChartCanvas
from dass_desktop.ui.dashboard_models import LineListModel
from dass_desktop.ui.row_models import ItemIdRole

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: The map's least and greatest width in inches (100 pixels each on screen).
NARROWEST, WIDEST = 5.0, 9.0
#: The width of the key beside the map, in pixels.
KEY_WIDTH = 250


class StakeholderMap(QWidget):
    """The map of the people given, numbered, with a key listing every number.

    Signals:
        chosen(int): the director pressed Enter on (or double-clicked) a person in the key.
    """

    chosen = Signal(int)

    def __init__(
        self,
        people: Callable[[], Sequence[StakeholderRow]],
        describe: Callable[[Any], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.room_area = QScrollArea(self)
        self.room_area.setObjectName("mapScroll")
        self.room_area.setFrameShape(QFrame.Shape.NoFrame)
        self.room_area.setWidgetResizable(True)
        self.chart = ChartCanvas(
            self._figure,
            title="Influence and interest",
            empty_text="Add contacts, with their influence and interest, to see them mapped.",
            describe=describe,
            keep_size=True,
        )
        self.room_area.setWidget(self.chart)
        layout.addWidget(self.room_area, 1)
        side = QVBoxLayout()
        self.key_title = QLabel("Key to the map", self)
        self.key_title.setProperty("role", "subheading")
        side.addWidget(self.key_title)
        self.key = LineListModel("Nobody to map: clear the search or filters.", self)
        self.key_view = QListView(self)
        self.key_view.setObjectName("mapKey")
        self.key_view.setAccessibleName("Key to the map")
        self.key_view.setModel(self.key)
        self.key_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.key_view.setFixedWidth(KEY_WIDTH)
        self.key_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.key_view.setToolTip("Press Enter on a person to open them on the Contacts tab.")
        self.key_view.activated.connect(self._chosen)
        self.key_view.doubleClicked.connect(self._chosen)
        side.addWidget(self.key_view, 1)
        layout.addLayout(side)

    def refresh(self) -> None:
        """Draw the map again (now if shown, else when next shown)."""
        self.chart.refresh()

    def _chosen(self, index: QModelIndex) -> None:
        person_id = index.data(ItemIdRole)
        if person_id is not None:
            self.chosen.emit(person_id)

    def _width(self) -> float:
        """The widest map, in inches, that fits the room there is without scrolling."""
        room = self.room_area.viewport()
        across = (room.width() - 8) / 100
        down = (room.height() - 48) / 100 / 0.66  # the map is about two thirds as tall
        return max(NARROWEST, min(WIDEST, across, down))

    def _figure(self) -> Figure | None:
        shown = in_key_order(self._people())
        numbers = map_numbers(shown)
        self.key.set_rows(
            [
                (
                    f"{numbers[p.id]}.  {p.name}",
                    f"{p.name}\n{p.role_line}\n{p.quadrant.label}".strip(),
                    p.id,
                )
                for p in shown
            ]
        )
        return influence_interest_map(shown, labels=numbers, width=self._width())

    def numbers_in_key(self) -> list[str]:
        """The numbers the key lists, in order (for checks and tests)."""
        if not self.key.ids():
            return []
        return [
            str(self.key.index(row).data()).split(".", 1)[0] for row in range(self.key.rowCount())
        ]
