"""The desktop app's composition root: builds paths, settings, keyring, workstation and
windows, and drives sign-in -> main window -> sign-out. No global singletons.
`--demo` starts (and on first start creates) a demo workstation with known users and
fake customers.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from workstation.services import logs
from workstation.services.auth import Workstation
from workstation.services.clock import SystemClock
from workstation.services.paths import Paths
from workstation.services.secrets import (
    INSECURE_ENV,
    KeyringUnavailable,
    SecretStore,
    use_file_keyring,
)
from workstation.services.session import UserSession
from workstation.services.settings import Settings
from workstation.views import errors, i18n
from workstation.views.login import LoginDialog
from workstation.views.main_window import MainWindow
from workstation.views.ops import Op
from workstation.views.password_dialog import ChangePasswordDialog
from workstation.views.setup import SetupDialog
from workstation.views.sync_worker import hand_password

log = logging.getLogger("workstation")


def demo_paths(args: argparse.Namespace) -> Paths:
    """A demo gets its own folder and, where no OS vault exists, a file keyring in it."""
    paths = Paths(Path(args.home)) if args.home else Paths(Paths.default().home / "demo")
    paths.ensure()
    if not SecretStore(allow_insecure=False).is_secure:
        use_file_keyring(paths.home / "demo-keyring.cfg")
        os.environ[INSECURE_ENV] = "1"
    return paths


class App:
    """Holds the workstation and drives sign-in -> main window -> sign-out."""

    def __init__(self, qt: QApplication, ws: Workstation, banner: str) -> None:
        self.qt = qt
        self.ws = ws
        self.banner = banner
        self.window: MainWindow | None = None
        self.login_dialog: LoginDialog | None = None

    def sign_in(self) -> bool:
        dialog = LoginDialog(self.ws.sign_in, banner=self.banner)
        self.login_dialog = dialog  # destroyed at the next sign-in, once its events are done
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        session: UserSession = dialog.result_value
        if self.ws.must_change_password(session):
            forced = ChangePasswordDialog(session, forced=True)
            if forced.exec() != QDialog.DialogCode.Accepted:
                dialog.password.clear()
                session.sign_out()
                return False
        self.window = MainWindow(session, banner=self.banner)
        hand_password(self.window, dialog.password)  # sync signs in with it: no second prompt
        self.window.signed_out.connect(self._on_signed_out)
        self.window.show()
        return True

    def _on_signed_out(self) -> None:
        if not self.sign_in():
            self.qt.quit()


def run(args: argparse.Namespace) -> int:
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    QCoreApplication.setApplicationName("Loan Officer Workstation")
    paths = (
        demo_paths(args)
        if args.demo
        else (Paths(Path(args.home)) if args.home else Paths.default())
    )
    paths.ensure()
    logs.configure(paths.logs)
    errors.install()
    settings = Settings(paths.settings)
    qt.setStyle("Fusion")  # one look on every OS; Qt 6 follows the system light/dark scheme
    i18n.install_fonts(qt)
    i18n.install_translator(qt, args.lang or i18n.resolve_language(settings.get("language")))
    secrets = SecretStore()
    try:
        secrets.check_usable()
    except KeyringUnavailable as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot start"), str(exc))
        return 2
    ws = Workstation(paths, secrets, settings, SystemClock())
    if not prepare(ws, args.demo):
        return 1
    banner = (
        ""
        if secrets.is_secure
        else QCoreApplication.translate(
            "App", "DEMO workstation: the key is not protected by an OS keychain."
        )
    )
    app = App(qt, ws, banner)
    if not app.sign_in():
        return 0
    return qt.exec()


def prepare(ws: Workstation, demo: bool) -> bool:
    """Make sure a database exists: demo data, or the first-run set-up by IT."""
    if ws.is_provisioned():
        return True
    if demo:
        return _build_demo(ws)
    return SetupDialog(ws).exec() == QDialog.DialogCode.Accepted


def _build_demo(ws: Workstation) -> bool:
    """Create the demo off the GUI thread behind a progress dialog (it takes a while)."""
    from workstation.services.demo import create_demo_workstation, load_demo_data

    def build() -> None:
        create_demo_workstation(ws)
        load_demo_data(ws, customers=300)

    host = QWidget()
    loop = QEventLoop()
    outcome: list[bool] = []

    def finished(ok: bool) -> None:
        outcome.append(ok)
        loop.quit()

    def failed(exc: Exception) -> None:
        errors.show_error(None, exc, wait=True)
        finished(False)

    Op(host, build).with_progress(
        QCoreApplication.translate("App", "Preparing the demo workstation…")
    ).on_success(lambda _r: finished(True)).on_failure(lambda exc: failed(exc)).run()
    loop.exec()
    host.deleteLater()  # after the relay's own deferred deletion, never under it
    return outcome == [True]
