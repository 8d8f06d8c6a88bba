"""The Sync panel: state, connect to head office, sync now, and refused changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import format_count, format_datetime
from workstation.views.service_messages import translate_service_message
from workstation.views.sync_worker import SyncWorker
from workstation.views.table_model import Column, RecordTableModel


class SyncScreen(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        window = parent.window() if parent is not None else None
        self.worker: SyncWorker = getattr(window, "sync_worker", None) or SyncWorker(session, self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Your password for head office"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self._on_connect)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.worker.sync_now)
        self.model = RecordTableModel(
            [
                Column("#", lambda r: format_count(r.seq), lambda r: r.seq, align_right=True),
                Column(
                    self.tr("Recorded (UTC)"),
                    lambda r: format_datetime(r.at, utc=True),
                    lambda r: r.at,
                ),
                Column(self.tr("Record"), lambda r: r.entity),
                Column(self.tr("Reason"), lambda r: translate_service_message(r.reason)),
            ],
            self,
        )
        table = HintTableView(self.tr("Head office has accepted every change sent so far."))
        table.setAccessibleName(self.tr("Changes head office refused"))
        table.setModel(self.model)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(False)
        self.table = table
        self._layout(table)
        self.worker.changed.connect(self._render)
        self._render()

    def _layout(self, table: QTableView) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.state)
        buttons = QHBoxLayout()
        buttons.addWidget(self.password, 1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.sync_button)
        form.addRow(self.tr("Head-office password"), buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("Changes head office refused (nothing is lost: the reason says what to do)")
            )
        )
        layout.addWidget(table, 1)

    def _on_connect(self) -> None:
        password = self.password.text()
        self.password.clear()
        self.worker.connect_with(password)

    def _render(self) -> None:
        status = self.worker.status
        lines = [self.worker.summary()]
        if status is not None and status.enrolled:
            lines.append(
                self.tr("Server %1, branch %2")
                .replace("%1", status.server_url)
                .replace("%2", status.branch)
            )
            if status.last_error:
                problem = translate_service_message(status.last_error)
                lines.append(self.tr("Last problem: %1").replace("%1", problem))
        self.state.setText("\n".join(lines))
        ready = self.worker.connected or self.worker.has_password
        self.sync_button.setEnabled(ready and not self.worker.busy)
        self.model.set_rows(list(status.rejected) if status else [])
        for column in range(3):
            self.table.resizeColumnToContents(column)
