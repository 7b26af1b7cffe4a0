"""A table whose columns share the width it has, so no text is cut in any language.

Each column wants the width of its longest text on one line. When the table is
wider than that, the spare width goes to one column (the one that reads best
wide). When it is narrower, the columns give up width in proportion to how much
they can, down to their longest word, and their texts (and titles) wrap onto
more lines. Only when even the longest words do not fit does the table scroll
sideways. A text that still does not fit its cell shows whole in a tooltip.

Measuring every row's height costs time in proportion to the rows, so above
``WRAP_ROWS`` rows a table stays one line a row, as a log does always; there the
columns share the width down to their titles, and cut texts show in tooltips.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QToolTip, QWidget

WRAP_ROWS = 500
FIT_DELAY_MS = 30  # a fit waits for changes (or a dragged splitter) to pause this long
SHORT = "0000-00-00 00:00:00"  # a text no longer than this is never cut, even on one line
MOST_WANTED = 800  # pixels: a table never asks for more, so a 1024-pixel window holds every page
_DISPLAY = Qt.ItemDataRole.DisplayRole
_WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def share_width(natural: list[int], least: list[int], available: int, stretch: int) -> list[int]:
    """Column widths for ``available`` pixels: ``natural`` when they fit (the rest to ``stretch``), ``least``
    when not even those fit, else each column gives up width in proportion to what it can spare."""
    total, stretch = sum(natural), min(max(0, stretch), len(natural) - 1)
    if total <= available:
        widths = list(natural)
        widths[stretch] += available - total
        return widths
    spare = [n - max(0, min(m, n)) for n, m in zip(natural, least, strict=True)]
    if total - sum(spare) >= available:
        return [n - s for n, s in zip(natural, spare, strict=True)]
    over, room = total - available, sum(spare)
    widths = [n - -(-over * s // room) for n, s in zip(natural, spare, strict=True)]  # each gives up rounding up
    for column in sorted(range(len(widths)), key=lambda c: -spare[c]):  # the pixels given up too many go back
        if sum(widths) >= available:
            break
        widths[column] += min(available - sum(widths), natural[column] - widths[column])
    return widths


class WrappingHeader(QHeaderView):
    """Column titles that wrap onto more lines when their column is narrower than the title."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_WRAP)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSectionsClickable(False)

    def title(self, column: int) -> str:
        model = self.model()
        return str(model.headerData(column, Qt.Orientation.Horizontal, _DISPLAY) or "") if model else ""

    def least_width(self, column: int) -> int:
        """The width its longest word needs."""
        padding = self.sectionSizeFromContents(column).width() - self.fontMetrics().horizontalAdvance(self.title(column))
        return padding + max((self.fontMetrics().horizontalAdvance(w) for w in self.title(column).split()), default=0)

    def fit_height(self) -> None:
        """As tall as the tallest wrapped title (the view reads the minimum height when it lays out)."""
        metrics, tallest = self.fontMetrics(), 0
        for column in range(self.count()):
            one_line = self.sectionSizeFromContents(column)
            padding = one_line.width() - metrics.horizontalAdvance(self.title(column))
            room = max(1, self.sectionSize(column) - padding)
            lines = metrics.boundingRect(QRect(0, 0, room, 10_000), _WRAP, self.title(column)).height()
            tallest = max(tallest, one_line.height() - metrics.height() + lines)
        self.setMinimumHeight(tallest)


class FittedTable(QTableView):
    def __init__(self, stretch_column: int | None = None, *, wrap: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._stretch = stretch_column
        self._wrap = wrap  # False: one line a row, as a log reads best
        self._natural = 0  # the width its columns want: each text on one line
        self._measured: list[tuple[int, int]] | None = None  # each column's longest text and word, till it changes
        self._wrapped = False
        self._timer = QTimer(self, singleShot=True, interval=FIT_DELAY_MS)
        self._timer.timeout.connect(self.fit)
        header = WrappingHeader(self)
        self.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)  # where it must scroll, smoothly

    def setModel(self, model) -> None:  # noqa: N802 — Qt's name
        for signal in self._signals(self.model()):
            signal.disconnect(self._changed)
        super().setModel(model)
        for signal in self._signals(model):
            signal.connect(self._changed)
        self._changed()

    @staticmethod
    def _signals(model) -> tuple:
        if model is None:
            return ()
        return (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged,
                model.headerDataChanged)

    def _changed(self, *_args) -> None:
        self._measured = None  # the texts changed: measured again at the next fit
        self.fit_soon()

    def fitting(self) -> bool:
        """Whether a fit is waiting for changes to pause."""
        return self._timer.isActive()

    def fit_soon(self) -> None:
        """Fit once changes pause: many changes in a row, or a splitter dragged, are one fit."""
        self._timer.start()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit_soon()  # the texts are as measured: only the widths and the rows' heights change
        elif event.type() == QEvent.Type.ToolTip and self._whole_text(event):
            return True
        return super().viewportEvent(event)

    def fit(self) -> None:
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        header: WrappingHeader = self.horizontalHeader()
        rows = min(model.rowCount(), WRAP_ROWS)
        wrap = self._wrap and model.rowCount() <= WRAP_ROWS
        natural, least = [], []
        short = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(SHORT))
        if self._measured is None or len(self._measured) != model.columnCount():
            self._measured = [self._text_widths(column, rows) for column in range(model.columnCount())]
        for column, (longest, word) in enumerate(self._measured):
            natural.append(max(header.sectionSizeFromContents(column).width(), longest + self._padding(),
                               self.sizeHintForColumn(column)))
            # one line a row: a column of long texts may cut them (they show in tooltips), never its title
            # and never a short text such as a number or a time
            least.append(max(header.least_width(column), word + self._padding() if wrap else
                             min(longest, short) + self._padding()))
        if self._natural != sum(natural):
            self._natural = sum(natural)
            self.updateGeometry()  # a splitter shares its width by what each side would like
        stretch = model.columnCount() - 1 if self._stretch is None else self._stretch
        for column, width in enumerate(share_width(natural, least, self.viewport().width(), stretch)):
            header.resizeSection(column, width)
        header.fit_height()
        self.setWordWrap(wrap)
        if wrap:
            self.resizeRowsToContents()
        elif self._wrapped:  # past WRAP_ROWS: every row one line again
            rows_header = self.verticalHeader()
            for row in range(model.rowCount()):
                rows_header.resizeSection(row, rows_header.defaultSectionSize())
        self._wrapped = wrap
        self.updateGeometries()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(max(hint.width(), min(MOST_WANTED, self._natural + self._frame())), hint.height())

    def _frame(self) -> int:
        return 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def _margins(self) -> int:
        """What an item keeps free beside its text, left and right (as Qt's styles draw it)."""
        return 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)

    def _padding(self) -> int:
        return self._margins() + (1 if self.showGrid() else 0) + 2  # 2: the text's fractions of a pixel

    def _text_widths(self, column: int, rows: int) -> tuple[int, int]:
        """The widest text of a column on one line, and its widest word."""
        metrics, longest, word = QFontMetricsF(self.font()), 0.0, 0.0
        model = self.model()
        for row in range(rows):
            text = model.index(row, column).data(_DISPLAY)
            if text is None:
                continue
            text = str(text)
            longest = max(longest, *(metrics.horizontalAdvance(line) for line in text.splitlines() or [""]))
            word = max(word, *(metrics.horizontalAdvance(w) for w in text.split() or [""]))
        return math.ceil(longest), math.ceil(word)

    def _whole_text(self, event: QHelpEvent) -> bool:
        """Shows a cut cell's whole text; False where the model has a tooltip of its own or nothing is cut."""
        index: QModelIndex = self.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(_DISPLAY) or "")
        cell = self.visualRect(index)
        room = QRectF(0, 0, max(1, cell.width() - self._margins()), 10_000)
        flags = Qt.TextFlag.TextWordWrap if self.wordWrap() else Qt.TextFlag.TextSingleLine
        needed = QFontMetricsF(self.font()).boundingRect(room, int(flags), text)
        if not text or (needed.width() <= room.width() and needed.height() <= cell.height()):
            return False
        QToolTip.showText(event.globalPos(), text, self.viewport(), cell)
        return True
