"""A day, and if wanted a time of day, typed the way the window's language writes it.

``QDateEdit`` checks each part of a date against its limits while it is
typed: with the day before the month (28.11.2026, as every language crmdesk
speaks writes it) and today as the latest day allowed, "28" typed on 1
December became "2" and the "8" went on to the month, so a request was
stored as received on another day without a word. ``DateField`` reads the
whole text once it is typed, with the same reader as the contact's dates
(``parse_date``: 28.11.2026, 28/11/2026 and 2026-11-28 alike), says what is
wrong while it cannot, and has a calendar to pick from.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from crmdesk.io.csv_import import parse_date
from crmdesk.ui import translation

_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")


class DateField(QWidget):
    """A field for a day (``with_time``: a day and a time, "28.11.2026 14:30"). ``date()`` and
    ``dateTime()`` are invalid while the text is not a day within the limits; ``problem()`` then says
    why in a sentence. ``dateChanged`` tells each change of what the text reads as."""

    dateChanged = Signal(QDate)

    def __init__(self, value: QDate | QDateTime, *, with_time: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.with_time = with_time
        self._earliest: datetime | None = None
        self._latest: datetime | None = None
        self._read: datetime | None = None
        self._problem = ""
        self.line = QLineEdit()
        lang = translation.lang()
        example = lang.typed_date(date(2026, 11, 28)) + (" 14:30" if with_time else "")
        self.line.setPlaceholderText(self.tr("e.g. {example}").format(example=example))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose the day on a calendar"))
        self.button.setAccessibleName(self.tr("Choose the day on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        shown = QWidgetAction(menu)
        shown.setDefaultWidget(self.calendar)
        menu.addAction(shown)
        menu.aboutToShow.connect(self._calendar_opens)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Return on a day
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one line high, as a field is
        self.line.textChanged.connect(self._text_changed)
        if isinstance(value, QDateTime):
            self.setDateTime(value)
        else:
            self.setDate(value)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        """What a screen reader calls the field (the text box inside it, which takes the keys)."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    # -- limits ----------------------------------------------------------------------------------
    def setMinimumDate(self, day: QDate) -> None:  # noqa: N802 - Qt naming, as QDateEdit's
        self._earliest = datetime.combine(day.toPython(), time(0, 0))
        self.calendar.setMinimumDate(day)
        self._text_changed()

    def setMaximumDate(self, day: QDate) -> None:  # noqa: N802
        self._latest = datetime.combine(day.toPython(), time(23, 59))
        self.calendar.setMaximumDate(day)
        self._text_changed()

    def setMinimumDateTime(self, moment: QDateTime) -> None:  # noqa: N802
        self._earliest = moment.toPython().replace(second=0, microsecond=0)
        self.calendar.setMinimumDate(moment.date())
        self._text_changed()

    def setMaximumDateTime(self, moment: QDateTime) -> None:  # noqa: N802
        self._latest = moment.toPython().replace(second=59, microsecond=0)
        self.calendar.setMaximumDate(moment.date())
        self._text_changed()

    # -- the value ---------------------------------------------------------------------------------
    def setDate(self, day: QDate) -> None:  # noqa: N802
        self.line.setText(translation.lang().typed_date(day.toPython()))

    def setDateTime(self, moment: QDateTime) -> None:  # noqa: N802
        value = moment.toPython()
        text = translation.lang().typed_date(value.date())
        self.line.setText(f"{text} {value:%H:%M}" if self.with_time else text)

    def date(self) -> QDate:
        return QDate(self._read.date()) if self._read is not None else QDate()

    def dateTime(self) -> QDateTime:  # noqa: N802
        return QDateTime(self._read) if self._read is not None else QDateTime()

    def text(self) -> str:
        return self.line.text()

    def problem(self) -> str:
        """'' when the text is a day within the limits; else what is wrong and what to type."""
        return self._problem

    # -- reading ----------------------------------------------------------------------------------
    def _text_changed(self, _text: str = "") -> None:
        before = self._read
        self._read, self._problem = self._reading(self.line.text())
        self.line.setToolTip(self._problem)
        self.line.setProperty("state", "bad" if self._problem else "")
        self.line.style().polish(self.line)
        if self._read != before:
            self.dateChanged.emit(self.date())

    def _reading(self, text: str) -> tuple[datetime | None, str]:
        lang = translation.lang()
        example = lang.typed_date(date(2026, 11, 28))
        parts = text.split()
        if not parts:
            return None, self.tr("Type the day, e.g. {example}.").format(example=example)
        try:
            day = parse_date(parts[0])
        except ValueError:
            day = None
        if day is None or len(parts) > (2 if self.with_time else 1):
            return None, (self.tr("'{text}' is not a day and a time; type them as {example} 14:30.")
                          if self.with_time else self.tr("'{text}' is not a day; type it as {example}.")
                          ).format(text=text.strip(), example=example)
        at = time(0, 0)
        if self.with_time:
            found = _TIME.fullmatch(parts[1]) if len(parts) == 2 else None
            if found is None or int(found.group(1)) > 23 or int(found.group(2)) > 59:
                return None, self.tr("Add the time of day after the day, as in {example} 14:30.").format(
                    example=example)
            at = time(int(found.group(1)), int(found.group(2)))
        moment = datetime.combine(day, at)
        if self._latest is not None and moment > self._latest:
            return None, self.tr("{day} is still to come; type a day that has passed.").format(
                day=lang.typed_date(day))
        if self._earliest is not None and moment < self._earliest:
            return None, self.tr("{day} is too early; the earliest day is {earliest}.").format(
                day=lang.typed_date(day), earliest=lang.typed_date(self._earliest.date()))
        return moment, ""

    # -- the calendar -----------------------------------------------------------------------------
    def _calendar_opens(self) -> None:
        if self._read is not None:
            self.calendar.setSelectedDate(QDate(self._read.date()))

    def _picked(self, day: QDate) -> None:
        if self.with_time:
            self.setDateTime(QDateTime(day, QTime(self._read.time()) if self._read else QTime(0, 0)))
        else:
            self.setDate(day)
        self.button.menu().hide()
        self.line.setFocus()

