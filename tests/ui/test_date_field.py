"""The date fields: typed the way the window's language writes a day, read once typed, with a calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from crmdesk.ui import translation
from crmdesk.ui.date_field import DateField


def test_a_polish_day_and_time_are_typed_read_and_picked(qtbot):
    translation.install("pl")
    try:
        field = DateField(QDateTime(QDate(2026, 12, 1), QTime(10, 30)), with_time=True)
        qtbot.addWidget(field)
        field.setMaximumDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 35)))
        field.show()
        assert field.text() == "1.12.2026 10:30"
        field.line.selectAll()
        qtbot.keyClicks(field.line, "28.11.2026")
        assert not field.dateTime().isValid() and "14:30" in field.problem()
        qtbot.keyClicks(field.line, " 9:05")
        assert field.dateTime() == QDateTime(QDate(2026, 11, 28), QTime(9, 5)) and field.problem() == ""
        field.line.selectAll()
        qtbot.keyClicks(field.line, "1.12.2026 10:40")  # five minutes past the latest moment
        assert not field.dateTime().isValid() and field.problem()
        field.line.selectAll()
        qtbot.keyClicks(field.line, "31.02.2026 10:00")
        assert not field.dateTime().isValid() and "31.02.2026" in field.problem()
        field.calendar.clicked.emit(QDate(2026, 11, 3))  # a day picked replaces what could not be read
        assert field.text() == "3.11.2026 00:00" and field.problem() == ""
        field.line.selectAll()
        qtbot.keyClicks(field.line, "2026-11-03 18:15")  # ISO is read too
        field.calendar.clicked.emit(QDate(2026, 11, 4))  # and keeps the time of a day that could
        assert field.text() == "4.11.2026 18:15"
    finally:
        translation.install("en")


def test_the_calendar_opens_on_the_typed_day_and_return_picks(qtbot):
    field = DateField(QDate(2026, 5, 20))
    qtbot.addWidget(field)
    field.show()
    assert field.text() == "20/05/2026"  # British English
    field.line.selectAll()
    qtbot.keyClicks(field.line, "14/03/2025")
    field.button.menu().aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate(2025, 3, 14)
    qtbot.keyClick(field.calendar.focusProxy() or field.calendar, Qt.Key.Key_Right)
    field.calendar.activated.emit(field.calendar.selectedDate())
    assert field.date() == QDate(2025, 3, 15)

