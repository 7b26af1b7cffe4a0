"""Tables share the width they have: long texts wrap instead of being cut or pushed out of sight."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QToolTip

from crmdesk.ui.fitted_table import WRAP_ROWS, share_width
from crmdesk.ui.widgets import make_table

# A retention table as Polish writes it: every column wider on one line than the table is.
HEADERS = ("Reguła", "Po upływie", "Działanie", "Tryb", "Aktywna")
ROWS = (("Nieaktywne kontakty bez podstawy prawnej", "24 miesiące", "anonimizowane", "proponowana do przeglądu",
         "włączona"),
        ("Własne okresy przechowywania celów", "0 dni", "usuwane", "stosowana przy każdym przeglądzie",
         "wyłączona"))


def _model(rows=ROWS) -> QStandardItemModel:
    model = QStandardItemModel(0, len(HEADERS))
    model.setHorizontalHeaderLabels(list(HEADERS))
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    return model


def _settled(qtbot, table, width: int) -> None:
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: not table.fitting())


def _fits(table, row: int, column: int) -> bool:
    """The cell's words each fit its width, and its lines its height."""
    text = table.model().index(row, column).data()
    metrics = QFontMetricsF(table.font())
    words = max(math.ceil(metrics.horizontalAdvance(word)) for word in text.split())
    lines = table.fontMetrics().boundingRect(0, 0, table.columnWidth(column) - table._padding(), 10_000,
                                             int(Qt.TextFlag.TextWordWrap), text).height()
    return words + table._padding() <= table.columnWidth(column) and lines <= table.rowHeight(row)


def test_the_widths_are_shared_by_what_each_column_can_spare():
    assert share_width([100, 50], [40, 50], 200, 0) == [150, 50]  # room to spare: to the stretching column
    assert share_width([100, 50], [40, 50], 120, 0) == [70, 50]  # the column that can give, gives
    assert share_width([100, 100], [40, 70], 140, 1) == [60, 80]  # in proportion: 60 and 30 spare, 60 over
    assert share_width([100, 50], [40, 50], 60, 0) == [40, 50]  # not even the longest words fit: they scroll
    assert sum(share_width([101, 77, 53], [13, 17, 19], 100, 2)) == 100  # rounding loses no pixel
    assert share_width([11, 11, 11], [10, 10, 10], 31, 0) == [11, 10, 10]  # nor takes one below a minimum


def test_a_narrow_table_wraps_its_long_texts_and_never_scrolls_sideways(qtbot):
    table = make_table(_model(), name="Retention policies", stretch_column=0)
    qtbot.addWidget(table)
    _settled(qtbot, table, 520)
    assert table.horizontalScrollBar().maximum() == 0
    assert sum(table.columnWidth(c) for c in range(len(HEADERS))) <= table.viewport().width()
    for row in range(len(ROWS)):
        for column in range(len(HEADERS)):
            assert _fits(table, row, column), (row, column)
    assert table.rowHeight(0) > table.fontMetrics().height() * 2  # the policy's name is on more lines
    assert table.horizontalHeader().height() > table.fontMetrics().height() * 2  # "Po upływie" over two

    _settled(qtbot, table, 1400)  # wide: each text on one line, the spare width to the policy's name
    assert table.rowHeight(0) < table.fontMetrics().height() * 2
    assert table.columnWidth(0) == max(table.columnWidth(c) for c in range(len(HEADERS)))


def test_a_table_of_many_rows_stays_one_line_a_row_and_shows_a_cut_text_whole(qtbot):
    many = [ROWS[0]] * (WRAP_ROWS + 1)
    table = make_table(_model(many), name="Retention policies", stretch_column=0)
    qtbot.addWidget(table)
    _settled(qtbot, table, 640)
    assert not table.wordWrap() and table.rowHeight(0) == table.verticalHeader().defaultSectionSize()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(1) >= QFontMetricsF(table.font()).horizontalAdvance("24 miesiące")  # short: whole

    cell = table.visualRect(table.model().index(0, 0)).center()
    QApplication.sendEvent(table.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, cell,
                                                        table.viewport().mapToGlobal(cell)))
    assert QToolTip.isVisible() and QToolTip.text() == ROWS[0][0]
    QToolTip.hideText()
    short = table.visualRect(table.model().index(0, 1)).center()
    QApplication.sendEvent(table.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, short,
                                                        table.viewport().mapToGlobal(short)))
    assert not QToolTip.isVisible() or QToolTip.text() != ROWS[0][1]  # nothing cut: no tooltip


def test_rows_are_one_line_again_when_a_table_grows_past_the_rows_it_measures(qtbot):
    model = _model()
    table = make_table(model, name="Retention policies", stretch_column=0)
    qtbot.addWidget(table)
    _settled(qtbot, table, 520)
    assert table.rowHeight(0) > table.fontMetrics().height() * 2  # wrapped onto two lines or more
    for _ in range(WRAP_ROWS):
        model.appendRow([QStandardItem(text) for text in ROWS[1]])
    qtbot.waitUntil(lambda: not table.fitting() and not table.wordWrap())
    assert table.rowHeight(0) == table.verticalHeader().defaultSectionSize()
    table.setModel(None)  # a table may let go of its model
    qtbot.wait(50)
