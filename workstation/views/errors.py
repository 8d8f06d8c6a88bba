"""The global exception hook and the officer-readable error dialog.

Expected failures (wrong input, refused permission, a locked session) show their own
message. Anything else is logged without PII and shown as a plain apology with what
to do next; the window stays open.
"""

from __future__ import annotations

import errno
import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workstation.services.permissions import PermissionDenied
from workstation.services.session import SessionLocked, StepUpRequired
from workstation.views.service_messages import translate_service_message

log = logging.getLogger("workstation.errors")

EXPECTED = (ValueError, PermissionDenied, SessionLocked, StepUpRequired, LookupError)


def officer_message(exc: BaseException) -> str:
    if "disk is full" in str(exc) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return QCoreApplication.translate(
            "Errors",
            "The disk is full, so nothing was saved. Free some space or call IT, then "
            "try again; the data saved before is safe.",
        )
    if isinstance(exc, EXPECTED) or type(exc).__module__.startswith("workstation."):
        return translate_service_message(str(exc))
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong and the last action was not completed. Nothing was saved "
        "half-way. Try again; if it happens again, call IT support and give them the time.",
    )


def show_error(parent: QWidget | None, exc: BaseException, *, wait: bool = False) -> QMessageBox:
    """Window-modal and non-blocking (no nested event loop inside a slot or the hook),
    unless `wait`: then it returns once the officer has read it (before the app exits)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Could not complete the action"),
        officer_message(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if wait:
        box.exec()
    else:
        box.open()
    return box


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.error("unhandled %s", kind.__name__, exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(), exc)


def install() -> None:
    sys.excepthook = _hook
