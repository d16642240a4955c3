"""A date box that takes a whole typed date, with the calendar still a click away.

Qt's own date box edits section by section: typing "01/10/2026" after tabbing in can
land in the wrong section and give 01/11/2026. This one takes the text as a whole.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QLabel, QWidget

FORMATS = ("%d/%m/%Y", "%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
TIP = "Type a date such as 01/10/2026, 1 Oct 2026 or 2026-10-01"
_TYPABLE = re.compile(r"[0-9A-Za-z /.\-]{0,20}")
# No accepted form has more than four digits in a row (the year): text that does is none.
_TOO_MANY_DIGITS = re.compile(r"\d{5}")
# The first form as strptime reads it (its pattern for "%d/%m/%Y"), read here without it:
# strptime's first use in a run costs milliseconds, and each date box reads its date as it
# is made.
_DAY_MONTH_YEAR = re.compile(r"(3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])/(1[0-2]|0[1-9]|[1-9])/(\d{4})")


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` spells in any accepted way (01/10/2026, 1 Oct 2026, 2026-10-01)."""
    cleaned = " ".join(text.split())
    # Checked first: every shown date is also tried with each digit added (see _complete),
    # and strptime takes far longer to refuse a text than this takes.
    if _TOO_MANY_DIGITS.search(cleaned):
        return None
    numbers = _DAY_MONTH_YEAR.fullmatch(cleaned)
    if numbers is not None:
        day, month, year = (int(n) for n in numbers.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None  # such as 31/02/2026: no other form has slashes
    for form in FORMATS:
        try:
            return dt.datetime.strptime(cleaned, form).date()
        except ValueError:
            continue
    return None


def to_qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


class TypedDateEdit(QDateEdit):
    """A QDateEdit whose text is read whole when it spells a date in range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._any = ""  # with allow_any: the words shown for "no date" (an empty box)
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        # A date typed in part is tidied by fixup() on leaving, not put back as it was.
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._fresh = False
        self.setToolTip(TIP)

    def allow_any(self, floor: QDate, words: str = "any date") -> None:
        """Let the box stand for no date at all: emptied, it shows ``words``.

        The earliest date, ``floor``, stands for "no date" inside Qt; :meth:`chosen` reads
        it as ``None``. Clearing the box (Delete or Backspace) goes back to it.
        """
        self._any = words
        self.setMinimumDate(floor)
        self.setSpecialValueText(words)
        self.setDate(floor)
        self.setToolTip(f"{TIP}; empty the box for {words}")

    def chosen(self) -> dt.date | None:
        """The date shown, or ``None`` for "any date" (see :meth:`allow_any`)."""
        date = self.date()
        if self._any and date == self.minimumDate():
            return None
        return dt.date(date.year(), date.month(), date.day())

    def choose(self, day: dt.date | None) -> None:
        """Show ``day``, or "any date" for ``None``."""
        self.setDate(self.minimumDate() if day is None else QDate(day.year, day.month, day.day))

    def _means_any(self, text: str) -> bool:
        return bool(self._any) and text.strip().casefold() in ("", self._any.casefold())

    def _in_range(self, text: str) -> QDate | None:
        day = parse_date(text)
        if day is None:
            return None
        date = QDate(day.year, day.month, day.day)
        return date if self.minimumDate() <= date <= self.maximumDate() else None

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        """Acceptable when ``text`` is a whole date in range; typing on otherwise."""
        if self._means_any(text) or self._complete(text):
            return QValidator.State.Acceptable, text, pos
        if _TYPABLE.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def _complete(self, text: str) -> bool:
        """A date in range that typing on cannot turn into another ("2026-10-3" can)."""
        if self._in_range(text) is None:
            return False
        return all(self._in_range(text + digit) is None for digit in "0123456789")

    def dateTimeFromText(self, text: str) -> QDateTime:
        """The date typed, or the one shown when the text is not a date."""
        if self._means_any(text):
            return QDateTime(self.minimumDate(), self.time())
        date = self._in_range(text)
        return QDateTime(date, self.time()) if date is not None else self.dateTime()

    def fixup(self, text: str) -> str:
        """Tidy a date left half-typed ("2026-10-3"); put back the one shown for nonsense."""
        if self._means_any(text):
            return self._any
        date = self._in_range(text)
        return self.textFromDateTime(QDateTime(date, self.time()) if date else self.dateTime())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typed characters go into the text as a whole, not section by section."""
        if event.text() and event.text().isprintable() and event.key() != Qt.Key.Key_Space:
            if self._fresh:  # the first key after arriving replaces the whole date
                self.lineEdit().selectAll()
                self._fresh = False
            QAbstractSpinBox.keyPressEvent(self, event)
            return
        if event.key() == Qt.Key.Key_Space:
            self.lineEdit().insert(" ")
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select the whole date so typing replaces it."""
        super().focusInEvent(event)
        self._fresh = True
        QTimer.singleShot(0, self.selectAll)  # after Qt has chosen its section

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the box rather than walking its sections."""
        return QWidget.focusNextPrevChild(self, next)


def typed_date_edit(old: QDateEdit) -> TypedDateEdit:
    """Put a :class:`TypedDateEdit` where ``old`` was (same range, date and name)."""
    new = TypedDateEdit(old.parentWidget())
    new.setObjectName(old.objectName())
    new.setMinimumDate(old.minimumDate())
    new.setMaximumDate(old.maximumDate())
    new.setDate(old.date())
    new.setAccessibleName(old.accessibleName())
    holder = old.parentWidget()
    layout = holder.layout() if holder is not None else None
    if layout is not None:
        layout.replaceWidget(old, new)
    QWidget.setTabOrder(old, new)  # new takes old's place in the Tab order
    for label in holder.findChildren(QLabel) if holder is not None else []:
        if label.buddy() is old:
            label.setBuddy(new)
    old.hide()
    old.deleteLater()
    return new
