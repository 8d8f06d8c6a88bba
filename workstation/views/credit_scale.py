"""A painted score gauge: the bands A-E as coloured segments and a marker at the score."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from workstation.services.credit import Scale

# Best band first, green to red.
BAND_COLOURS = ("#2e7d32", "#7cb342", "#fbc02d", "#f57c00", "#c62828")
MARGIN_POINTS = 40  # shown beyond the outermost band floors, so the middle bands are readable


class ScoreScale(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale: Scale | None = None
        self.score: int | None = None
        self.setMinimumSize(320, 64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Score scale"))

    def sizeHint(self) -> QSize:
        return QSize(480, 72)

    def set_score(self, scale: Scale, score: int | None) -> None:
        self.scale, self.score = scale, score
        self.setAccessibleDescription("" if score is None else str(score))
        self.update()

    def shown_range(self) -> tuple[int, int]:
        """The floors of the bands, widened by a margin and kept inside the possible scores."""
        assert self.scale is not None
        floors = [b.min_score for b in self.scale.bands if b.min_score is not None]
        low = max(self.scale.low, min(floors) - MARGIN_POINTS)
        high = min(self.scale.high, max(floors) + MARGIN_POINTS)
        return low, high

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.scale is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(8, 22, self.width() - 16, 22)
        self._paint_bands(painter, bar)
        if self.score is not None:
            self._paint_marker(painter, bar, self.score)
        painter.end()

    def _x(self, bar: QRectF, score: float) -> float:
        low, high = self.shown_range()
        share = (min(max(score, low), high) - low) / max(high - low, 1)
        return bar.left() + share * bar.width()

    def _paint_bands(self, painter: QPainter, bar: QRectF) -> None:
        assert self.scale is not None
        low, high = self.shown_range()
        upper = float(high)
        for index, band in enumerate(self.scale.bands):
            lower = float(low if band.min_score is None else band.min_score)
            segment = QRectF(
                QPointF(self._x(bar, lower), bar.top()), QPointF(self._x(bar, upper), bar.bottom())
            )
            painter.fillRect(segment, QColor(BAND_COLOURS[index % len(BAND_COLOURS)]))
            painter.setPen(QColor("white"))
            painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, band.band)
            painter.setPen(QColor("#555555"))
            if band.min_score is not None:
                painter.drawText(
                    QRectF(segment.left() - 20, bar.bottom() + 2, 40, 16),
                    Qt.AlignmentFlag.AlignCenter,
                    str(band.min_score),
                )
            upper = lower

    def _paint_marker(self, painter: QPainter, bar: QRectF, score: int) -> None:
        x = self._x(bar, score)
        painter.setPen(QPen(QColor("#111111"), 2))
        painter.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2))
        painter.setBrush(QColor("#111111"))
        painter.drawPolygon(QPolygonF([QPointF(x - 6, 4), QPointF(x + 6, 4), QPointF(x, 16)]))
        painter.drawText(QRectF(x + 8, 0, 60, 18), Qt.AlignmentFlag.AlignLeft, str(score))
