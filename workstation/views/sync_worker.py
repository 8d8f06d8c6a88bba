"""Background sync for the main window: on a timer, on demand, backing off when offline.

The network job runs through `Op` off the GUI thread; the window stays fully usable
with or without head office. Only the status text and the panel reflect the outcome.

The password the officer typed to sign in (or to unlock) is handed to the worker,
which signs in to head office with it and keeps it in memory to sign in again when
the token has lapsed (e.g. after an hour offline), so "Sync now" never asks twice.
It is never written anywhere. Locking the workstation closes the database, so sync
stops: the worker forgets the password and revokes the token, and unlocking hands the
password back; signing out does the same for good (docs/security.md).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workstation.services import sync_ops
from workstation.services.permissions import Permission
from workstation.services.session import SessionState, UserSession
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
        self._password = bytearray()  # zeroed when forgotten; Python copies are dropped
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
        if self.session.state is not SessionState.ACTIVE:
            return  # locked or signed out: the database is closed
        job = Op(self.widget, lambda: sync_ops.status(self.session))
        job.on_success(self._on_status).on_failure(lambda _exc: None).run()

    def _on_status(self, status: SyncStatus) -> None:
        self.status = status
        self.changed.emit()

    @property
    def has_password(self) -> bool:
        return bool(self._password)

    def use_password(self, password: str) -> None:
        """Keep the officer's password for this session and sync with it now."""
        self.forget_password()
        self._password.extend(password.encode())
        self.sync_now()

    def forget_password(self) -> None:
        for i in range(len(self._password)):
            self._password[i] = 0
        self._password.clear()

    def connect_with(self, password: str) -> None:
        """The Sync screen's password field: sign in to head office, keep it, sync."""
        self.use_password(password)

    def sync_now(self) -> None:
        if self.session.state is not SessionState.ACTIVE:
            return  # locked or signed out: the unlock hands the password back and syncs
        if self.busy or not (self.connected or self.has_password):
            self.refresh_status()
            return
        self.busy = True
        client = self._client()
        password = self._password.decode() if not self.connected else ""
        job = Op(self.widget, lambda: self._cycle(client, password), network=True)
        job.on_success(self._on_synced).on_failure(self._on_failure).run()
        self.changed.emit()

    def _cycle(self, client: SyncClient, password: str) -> object:
        """Off the GUI thread: sign in first when there is no token, then one sync.
        None when the workstation is not enrolled: nothing to do, nothing to report."""
        if not client.state().client_id:
            return None
        if password:
            try:
                sync_ops.connect(self.session, client, password)
            except SyncRefused as exc:
                raise _LoginRefused(str(exc)) from exc
        return sync_ops.sync_now(self.session, client)

    def _on_synced(self, report: object) -> None:
        self.busy, self.message, self.interval = False, "", BASE_INTERVAL_S
        if report is None:  # not enrolled: keep no password for a server there is not
            self.forget_password()
        self._schedule()

    def _on_failure(self, exc: Exception) -> None:
        self.busy, self.message = False, str(exc)
        if isinstance(exc, _LoginRefused):
            self.forget_password()  # not head office's password: ask on the Sync screen
        if isinstance(exc, SyncRefused) and self.client is not None:
            self.client.token = None  # sign in again (with the kept password, if any)
        self.interval = min(self.interval * 2, MAX_INTERVAL_S)
        self._schedule()

    def _schedule(self) -> None:
        if self.connected or self.has_password:
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
        if not (self.connected or self.has_password):
            return self.tr("Sync: offline (%1) — open Sync to connect").replace("%1", pending)
        return (
            self.tr("Sync: %1, last %2")
            .replace("%1", pending)
            .replace("%2", _when(status.last_success_at))
        )

    def stop(self) -> None:
        """Lock or sign-out: forget the password, revoke the token and close the client
        (its store is closed too), off the GUI thread; unlocking starts afresh."""
        self.timer.stop()
        self.forget_password()
        client, self.client = self.client, None
        if client is not None:
            Op(self.widget, lambda: _close(client), network=True).on_failure(lambda _e: None).run()
        self.changed.emit()


class _LoginRefused(SyncRefused):
    """Head office refused the kept password itself (not an expired token)."""


def _close(client: SyncClient) -> None:
    try:
        client.logout()
    finally:
        client.close()


def _when(moment: datetime | None) -> str:
    return f"{moment:%H:%M}" if moment else "—"


def attach_sync_worker(window: QWidget) -> None:
    """Called by MainWindow: starts background sync when the user may run it."""
    session: UserSession = window.session  # type: ignore[attr-defined]
    if not session.actor.can(Permission.SYNC_RUN):
        return
    worker = SyncWorker(session, window)
    window.sync_worker = worker  # type: ignore[attr-defined]
    window.signed_out.connect(worker.stop)  # type: ignore[attr-defined]
    label = window.sync_label  # type: ignore[attr-defined]
    worker.changed.connect(lambda: label.setText(worker.summary()))


def hand_password(window: QWidget, field: QLineEdit) -> None:
    """Give the password just typed to sign in or unlock to the window's sync worker.

    Reads and clears the dialog's field, so the only copy left is the worker's.
    """
    password = field.text()
    field.clear()
    worker: SyncWorker | None = getattr(window, "sync_worker", None)
    if worker is not None and password:
        worker.use_password(password)


def pause(window: QWidget) -> None:
    """The workstation locks: sync stops until the unlock hands the password back."""
    worker: SyncWorker | None = getattr(window, "sync_worker", None)
    if worker is not None:
        worker.stop()
