"""On-screen borrower signature: a drawing pad, or a typed name, always with consent.

The branch chooses the method (setting `signature_capture`); the service still checks
the mark, so the dialog only collects it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_INK = QPen(
    QColor("#10213A"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
)


class SignaturePad(QWidget):
    """Captures mouse, pen and touch strokes into one QPainterPath."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = QPainterPath()
        self._drawing = False
        self.setMinimumSize(480, 160)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setCursor(Qt.CursorShape.CrossCursor)

    def is_empty(self) -> bool:
        return self._path.isEmpty()

    def clear(self) -> None:
        self._path = QPainterPath()
        self.update()
        self.changed.emit()

    def png_bytes(self) -> bytes:
        """The strokes on a transparent background, so the PDF shows ink only."""
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_INK)
        painter.drawPath(self._path)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
        return bytes(data.data())

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self._path.moveTo(point)

    def _extend(self, point: QPointF) -> None:
        if self._drawing:
            self._path.lineTo(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        else:
            self._extend(event.position())
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#B0B8C4"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 30
        painter.drawLine(20, baseline, self.width() - 20, baseline)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_INK)
        painter.drawPath(self._path)


class SignatureDialog(QDialog):
    """Collects the borrower's mark; OK is enabled only with consent and a mark."""

    def __init__(self, method: str, borrower_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Borrower signature"))
        self.method = method
        self.pad = SignaturePad(self)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(self.tr("Borrower's full name"))
        self.typed.setAccessibleName(self.tr("Borrower's full name"))
        self.consent = QCheckBox(
            self.tr("I, %1, have read this contract and agree to sign it electronically.").replace(
                "%1", borrower_name
            ),
            self,
        )
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._layout(borrower_name)
        for signal in (self.pad.changed, self.typed.textChanged, self.consent.toggled):
            signal.connect(self._on_changed)
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_changed()

    def _layout(self, borrower_name: str) -> None:
        layout = QVBoxLayout(self)
        drawn = self.method == "drawn"
        prompt = (
            self.tr("%1, please sign in the box below.")
            if drawn
            else self.tr("%1, please type your full name.")
        )
        layout.addWidget(QLabel(prompt.replace("%1", borrower_name)))
        layout.addWidget(self.pad if drawn else self.typed)
        self.pad.setVisible(drawn)
        self.clear_button.setVisible(drawn)
        self.typed.setVisible(not drawn)
        if drawn:
            layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.consent)
        layout.addWidget(self.buttons)

    def _on_changed(self, *_args: object) -> None:
        has_mark = not self.pad.is_empty() if self.method == "drawn" else bool(self.typed.text())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(has_mark and self.consent.isChecked())

    def mark(self) -> tuple[bytes | None, str | None]:
        if self.method == "drawn":
            return self.pad.png_bytes(), None
        return None, self.typed.text()
