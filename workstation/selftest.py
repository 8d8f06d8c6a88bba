"""`workstation --self-test`: prove a build works end to end, offscreen, then exit 0.

Opens a temporary encrypted store (real SQLCipher, a file keyring in the temporary
folder), signs in, renders the main window, verifies the audit chain and cleans up.
Used by IT after installing and by CI on the frozen bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lows-selftest-") as folder:
        try:
            _exercise(Path(folder))
        except Exception as exc:  # reported, exit code says it failed
            print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print(f"self-test passed in {time.perf_counter() - started:.2f} s")
    return 0


def _exercise(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from workstation.services import maintenance
    from workstation.services.demo import DEMO_PASSWORD, throwaway_demo
    from workstation.services.store import is_plaintext_sqlite
    from workstation.views import i18n
    from workstation.views.main_window import MainWindow

    ws = throwaway_demo(folder)
    if is_plaintext_sqlite(ws.paths.database):
        raise RuntimeError("the database file is not encrypted")
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    i18n.install_fonts(qt)
    session = ws.sign_in("supervisor", DEMO_PASSWORD)
    window = MainWindow(session)
    window.show()
    qt.processEvents()
    if window.grab().isNull():
        raise RuntimeError("the main window did not render")
    report = maintenance.verify_audit(session)
    if not report.ok:
        raise RuntimeError(f"audit chain: {report.problem}")
    window.close()
    print(f"  store: encrypted, {report.count} audit events verified, window rendered")
