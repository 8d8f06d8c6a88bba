"""Background sync for the main window: on a timer, on demand, backing off when offline.

The network job runs through `Op` off the GUI thread; the window stays fully usable
with or without head office. Only the status text and the panel reflect the outcome.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from workstation.services import sync_ops
from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.services.sync_client import SyncClient, SyncRefused, SyncStatus
from workstation.views.ops import Op

BASE_INTERVAL_S = 60
MAX_INTERVAL_S = 15 * 60


class SyncWorker(QObject):
    """One per signed-in window; holds the head-office token for this session only."""

    changed = Signal()

    def __init__(self, session: UserSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.client: SyncClient | None = None
        self.status: SyncStatus | None = None
        self.message = ""
        self.busy = False
        self.interval = BASE_INTERVAL_S
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.refresh_status()

    def _client(self) -> SyncClient:
        if self.client is None:
            self.client = sync_ops.client_for(self.session)
        return self.client

    @property
    def connected(self) -> bool:
        return self.client is not None and self.client.token is not None

    def refresh_status(self) -> None:
        Op(self.widget, lambda: sync_ops.status(self.session)).on_success(self._on_status).run()

    def _on_status(self, status: SyncStatus) -> None:
        self.status = status
        self.changed.emit()

    def connect_with(self, password: str) -> None:
        client = self._client()
        job = Op(
            self.widget, lambda: sync_ops.connect(self.session, client, password), network=True
        )
        job.on_success(lambda _r: self.sync_now()).on_failure(self._on_failure).run()

    def sync_now(self) -> None:
        if self.busy or not self.connected:
            self.refresh_status()
            return
        self.busy = True
        client = self._client()
        job = Op(self.widget, lambda: sync_ops.sync_now(self.session, client), network=True)
        job.on_success(self._on_synced).on_failure(self._on_failure).run()
        self.changed.emit()

    def _on_synced(self, _report: object) -> None:
        self.busy, self.message, self.interval = False, "", BASE_INTERVAL_S
        self._schedule()

    def _on_failure(self, exc: Exception) -> None:
        self.busy, self.message = False, str(exc)
        if isinstance(exc, SyncRefused) and self.client is not None:
            self.client.token = None  # the officer must sign in to head office again
        self.interval = min(self.interval * 2, MAX_INTERVAL_S)
        self._schedule()

    def _schedule(self) -> None:
        if self.connected:
            self.timer.start(self.interval * 1000)
        self.refresh_status()

    def summary(self) -> str:
        """One line for the status bar."""
        status = self.status
        if status is None or not status.enrolled:
            return self.tr("Sync: not configured")
        pending = self.tr("%1 pending").replace("%1", str(status.pending))
        if self.busy:
            return self.tr("Sync: synchronising… (%1)").replace("%1", pending)
        if self.message:
            retry = self.tr("retry in %1 s").replace("%1", str(self.interval))
            return (
                self.tr("Sync: %1 — %2, %3")
                .replace("%1", self.message[:60])
                .replace("%2", pending)
                .replace("%3", retry)
            )
        if not self.connected:
            return self.tr("Sync: offline (%1) — open Sync to connect").replace("%1", pending)
        return (
            self.tr("Sync: %1, last %2")
            .replace("%1", pending)
            .replace("%2", _when(status.last_success_at))
        )

    def stop(self) -> None:
        self.timer.stop()
        if self.client is not None:
            self.client.close()


def _when(moment: datetime | None) -> str:
    return f"{moment:%H:%M}" if moment else "—"


def attach_sync_worker(window: QWidget) -> None:
    """Called by MainWindow: starts background sync when the user may run it."""
    session: UserSession = window.session  # type: ignore[attr-defined]
    if not session.actor.can(Permission.SYNC_RUN):
        return
    worker = SyncWorker(session, window)
    window.sync_worker = worker  # type: ignore[attr-defined]
    label = window.sync_label  # type: ignore[attr-defined]
    worker.changed.connect(lambda: label.setText(worker.summary()))
