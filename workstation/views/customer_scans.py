"""The "Scans" tab: a customer's ID and licence scans, added from a file and opened on
request. The list is metadata only; opening a scan asks the service, which needs
pii:reveal and writes an audit event."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.services import customers
from workstation.services.customer_detail import AttachmentInfo
from workstation.services.fileio import write_atomic
from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.errors import officer_message
from workstation.views.formatting import format_datetime, format_number
from workstation.views.ops import Op
from workstation.views.table_model import Column, RecordTableModel


class ScansTab(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.customer_id: uuid.UUID | None = None
        self.model = RecordTableModel(self._columns(), self)
        self.table = HintTableView(self.tr("No scans yet. Choose the kind and press “Add scan…”."))
        self.table.setAccessibleName(self.tr("Scans"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.view_scan(index.row()))
        self.message = QLabel()
        self.message.setObjectName("scans_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def _kinds(self) -> list[tuple[str, str]]:
        return [
            ("id-front", self.tr("ID front")),
            ("id-back", self.tr("ID back")),
            ("business-licence", self.tr("Business licence")),
        ]

    def _columns(self) -> list[Column]:
        names = dict(self._kinds())
        return [
            Column(self.tr("Kind"), lambda a: names.get(a.kind, a.kind)),
            Column(self.tr("Type"), lambda a: a.media_type),
            Column(self.tr("Size"), lambda a: _size(a.size), lambda a: a.size, True),
            Column(self.tr("Added"), lambda a: format_datetime(a.added_at), lambda a: a.added_at),
        ]

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of scan"))
        for key, label in self._kinds():
            self.kind.addItem(label, key)
        self.add_button = QPushButton(self.tr("Add scan…"))
        self.add_button.clicked.connect(self._on_add)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.clicked.connect(self._on_view)
        can_write = self.session.actor.can(Permission.CUSTOMER_WRITE)
        for widget in (self.kind, self.add_button):
            widget.setVisible(can_write)
            row.addWidget(widget)
        row.addWidget(self.view_button)
        row.addStretch(1)
        return row

    def show_scans(self, customer_id: uuid.UUID, rows: tuple[AttachmentInfo, ...]) -> None:
        self.customer_id = customer_id
        self.model.set_rows(list(rows))
        self.table.resizeColumnsToContents()

    def refresh(self) -> None:
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        Op(self, lambda: customers.attachments(self.session, customer_id)).on_success(
            lambda rows: self.show_scans(customer_id, tuple(rows))
        ).run()

    # -- adding ---------------------------------------------------------------------------
    def _on_add(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add scan"),
            "",
            self.tr("Scans (*.png *.jpg *.jpeg *.pdf)"),
        )
        if path:
            self.add_scan(Path(path), str(self.kind.currentData()))

    def add_scan(self, path: Path, kind: str) -> None:
        """Check, read and store one scan file; refusals are shown above the list."""
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        self.message.setText("")

        def job() -> None:
            scan = customers.read_scan(path, kind)
            customers.add_attachment(self.session, customer_id, scan)

        Op(self, job).on_success(lambda _r: self._added()).on_failure(self._failed).run()

    def _added(self) -> None:
        self.message.setText(self.tr("Scan added."))
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(officer_message(exc))

    # -- viewing --------------------------------------------------------------------------
    def _on_view(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.view_scan(rows[0].row())
        else:
            self.message.setText(self.tr("Select a scan to view."))

    def view_scan(self, row: int) -> None:
        info = self.model.row_object(row)
        self.message.setText("")
        Op(self, lambda: customers.attachment_content(self.session, info.id)).on_success(
            lambda content: self._show(info, content)
        ).on_failure(self._failed).run()

    def _show(self, info: AttachmentInfo, content: bytes) -> None:
        if info.media_type.startswith("image/"):
            ScanDialog(content, self).open()
        else:
            self._save_pdf(content)

    def _save_pdf(self, content: bytes) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save scan"), "scan.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            Op(self, lambda: write_atomic(Path(path), content)).on_failure(self._failed).run()


class ScanDialog(QDialog):
    """One image scan, scaled to fit the dialog while keeping its proportions."""

    def __init__(self, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.original = QPixmap()
        self.original.loadFromData(content)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 150)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(800, 600)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if not self.original.isNull():
            self.image.setPixmap(
                self.original.scaled(
                    self.image.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )


def _size(size: int) -> str:
    if size < 1048576:
        return f"{format_number(size / 1024, 0)} KB"
    return f"{format_number(size / 1048576, 1)} MB"
