"""One helper for background work, shaped like Anki's ops.

    Op(parent, fn).on_success(cb).on_failure(cb).with_progress(label).run()

Database jobs run one at a time on a dedicated single-thread pool; network jobs may
run in parallel on the global pool. Jobs get plain data and never touch widgets;
results come back on the GUI thread through a signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_DB_POOL: QThreadPool | None = None


def database_pool() -> QThreadPool:
    global _DB_POOL
    if _DB_POOL is None:
        _DB_POOL = QThreadPool()
        _DB_POOL.setMaxThreadCount(1)
    return _DB_POOL


def drain(timeout_ms: int = 30000) -> None:
    """Wait for queued jobs; tests call this in teardown."""
    database_pool().waitForDone(timeout_ms)
    QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Relay(QObject):
    """Lives on the GUI thread; its slots run there because the receiver lives there.

    (A lambda connected directly would run on the worker thread.) It has no Qt parent:
    a window closed while its job runs would otherwise delete the relay under the
    worker's feet, and emitting on a half-destroyed object crashes the process. The
    relay stays alive (held in `_PENDING`) until its slot has run on the GUI thread,
    where it checks that the widget that asked still exists.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, done: Callable[[bool, Any], None]) -> None:
        super().__init__()
        self._owner = owner
        self._done = done
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)
        _PENDING.add(self)

    @Slot(object)
    def _on_succeeded(self, value: Any) -> None:
        self._deliver(True, value)

    @Slot(object)
    def _on_failed(self, exc: Any) -> None:
        self._deliver(False, exc)

    def _deliver(self, ok: bool, value: Any) -> None:
        _PENDING.discard(self)
        self.deleteLater()
        if not shiboken6.isValid(self._owner):
            log.info("background job finished after its window closed")
            return
        self._done(ok, value)


_PENDING: set[_Relay] = set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, never swallowed
            log.info("background job failed: %s", type(exc).__name__)
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)  # the relay outlives the job (see _Relay)


class Op:
    def __init__(self, parent: QWidget, fn: Callable[[], Any], *, network: bool = False):
        self._parent = parent
        self._fn = fn
        self._network = network
        self._success: Callable[[Any], object] = lambda _result: None
        self._failure: Callable[[Exception], None] | None = None
        self._label: str | None = None
        self._progress: QProgressDialog | None = None

    def on_success(self, callback: Callable[[Any], object]) -> Op:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[Exception], None]) -> Op:
        self._failure = callback
        return self

    def with_progress(self, label: str) -> Op:
        self._label = label
        return self

    def run(self) -> None:
        self._progress = self._progress_dialog()
        relay = _Relay(self._parent, self._finish)
        pool = QThreadPool.globalInstance() if self._network else database_pool()
        pool.start(_Job(self._fn, relay))

    def _progress_dialog(self) -> QProgressDialog | None:
        if self._label is None:
            return None
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(400)
        dialog.setWindowTitle(self._label)
        return dialog

    def _finish(self, ok: bool, value: Any) -> None:
        if self._progress is not None:
            self._progress.close()
        if ok:
            self._success(value)
        else:
            self._fail(value)

    def _fail(self, exc: Exception) -> None:
        if self._failure is not None:
            self._failure(exc)
            return
        if not self._parent.window().isVisible():  # its window closed (or signed out) meanwhile
            log.info("background job for a closed window failed: %s", type(exc).__name__)
            return
        from workstation.views.errors import show_error

        show_error(self._parent, exc)
