"""A pad to sign on with a mouse, a pen or a finger; the strokes become a PNG.

Strokes are kept as lists of points (in the pad's own coordinates), so the
picture is drawn afresh at any size and saved at a fixed size: a signature
looks the same in the ledger whatever the window's size was.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PNG_SIZE = QSize(600, 200)  # the stored image
INK = QColor("#1f2937")


class SignaturePad(QWidget):
    """Emits ``changed`` when a stroke is added or the pad cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setMinimumSize(320, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(480, 160)

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    # -- input: mouse, tablet pen and touch all end up here -----------------------------
    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self.strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._extend(event.position())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._end()

    def tabletEvent(self, event) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # -- drawing ----------------------------------------------------------------
    def _paint_strokes(self, painter: QPainter, scale_x: float, scale_y: float, width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self.strokes:
            path = QPainterPath(QPointF(stroke[0].x() * scale_x, stroke[0].y() * scale_y))
            for point in stroke[1:]:
                path.lineTo(point.x() * scale_x, point.y() * scale_y)
            if len(stroke) == 1:
                path.lineTo(stroke[0].x() * scale_x + 0.1, stroke[0].y() * scale_y)
            painter.drawPath(path)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#cbd5e1"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        baseline = self.height() * 0.75
        painter.setPen(QPen(QColor("#94a3b8"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        if self.is_empty():
            painter.setPen(QColor("#94a3b8"))
            painter.drawText(self.rect().adjusted(0, 0, 0, -int(self.height() * 0.3)),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        self._paint_strokes(painter, 1.0, 1.0, 2.5)
        painter.end()

    def to_png(self) -> bytes:
        """The signature as a PNG of ``PNG_SIZE`` on white; empty bytes when unsigned."""
        if self.is_empty():
            return b""
        image = QImage(PNG_SIZE, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._paint_strokes(painter, PNG_SIZE.width() / max(1, self.width()),
                            PNG_SIZE.height() / max(1, self.height()), 3.0)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data)
