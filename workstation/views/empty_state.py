"""A table that says what to do when it has nothing to show.

An empty grid looks broken; officers need to know whether the list is empty, still
loading, or filtered away. The hint is painted in the empty viewport once the first
answer has arrived (the model's `loaded`, see RecordTableModel.set_rows), and is also
the table's accessible description so a screen reader announces it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget


class HintTableView(QTableView):
    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint

    def set_hint(self, hint: str) -> None:
        self._hint = hint
        self._update_description()

    def hint(self) -> str:
        return self._hint

    def showing_hint(self) -> bool:
        model = self.model()
        if model is None or not self._hint or model.rowCount(QModelIndex()) > 0:
            return False
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
        return bool(getattr(source, "loaded", True))

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_description)
        if hasattr(model, "layoutChanged"):
            model.layoutChanged.connect(self._update_description)

    def _update_description(self, *_args: object) -> None:
        self.setAccessibleDescription(self._hint if self.showing_hint() else "")
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.showing_hint():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self._hint)
        painter.end()
