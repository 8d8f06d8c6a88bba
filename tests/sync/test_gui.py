"""The sync panel and status bar: connect, sync on demand, back off when offline."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from sqlalchemy import text

from tests.support import USER_PASSWORD
from tests.sync.workload import add_customer
from workstation.services import sync_ops
from workstation.views import ops
from workstation.views.desktop import App
from workstation.views.login import LoginDialog
from workstation.views.main_window import MainWindow
from workstation.views.sync_worker import BASE_INTERVAL_S, hand_password


def _window(qtbot, station) -> MainWindow:
    window = MainWindow(station.session)
    qtbot.addWidget(window)
    window.show()
    return window


def test_connect_and_sync_from_the_panel(qtbot, stations):
    station = stations("GU001")
    add_customer(station.session, random.Random(9))
    window = _window(qtbot, station)
    qtbot.waitUntil(lambda: "open Sync to connect" in window.sync_label.text(), timeout=10000)
    screen = window.show_screen("sync")
    qtbot.keyClicks(screen.password, USER_PASSWORD)
    qtbot.mouseClick(screen.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.sync_label.text().startswith("Sync: 0 pending, last"), timeout=20000
    )
    assert screen.password.text() == ""
    assert sync_ops.status(station.session).pending == 0
    ops.drain()
    window.sign_out()


def test_unreachable_server_backs_off_and_app_stays_usable(qtbot, stations):
    station = stations("GU002")
    window = _window(qtbot, station)
    worker = window.sync_worker
    worker.client = station.client
    station.client._save_state(server_url="http://127.0.0.1:9")  # nothing listens there
    worker.sync_now()
    qtbot.waitUntil(lambda: "retry in" in window.sync_label.text(), timeout=20000)
    assert worker.interval == 2 * BASE_INTERVAL_S
    worker.sync_now()
    qtbot.waitUntil(lambda: worker.interval == 4 * BASE_INTERVAL_S, timeout=20000)
    qtbot.waitUntil(lambda: "cannot be reached" in window.sync_label.text(), timeout=20000)
    window.show_screen("sync")  # still usable offline
    ops.drain()
    window.sign_out()


def _answer_sign_in(username: str, password: str) -> None:
    """Type into the sign-in dialog once `App.sign_in` has opened it (it runs modally)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)


def test_the_sign_in_password_serves_sync_without_a_second_prompt(qtbot, stations, server):
    station = stations("GU003")
    add_customer(station.session, random.Random(31))
    app = App(QApplication.instance(), station.bench.workstation, "")
    _answer_sign_in("officer1", USER_PASSWORD)
    assert app.sign_in()
    window = app.window
    qtbot.addWidget(window)
    window.signed_out.disconnect(app._on_signed_out)  # the test signs in no one else
    worker = window.sync_worker
    qtbot.waitUntil(
        lambda: window.sync_label.text().startswith("Sync: 0 pending, last"), timeout=20000
    )
    screen = window.show_screen("sync")
    assert screen.password.text() == ""
    assert screen.sync_button.isEnabled()

    window.lock()  # locked: the database closes; password and token are forgotten
    assert not worker.has_password
    assert not worker.connected
    assert not screen.sync_button.isEnabled()
    window.unlock_dialog.password.setText(USER_PASSWORD)
    window.unlock_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: worker.has_password, timeout=10000)
    assert window.unlock_dialog.password.text() == ""

    qtbot.waitUntil(screen.sync_button.isEnabled, timeout=20000)  # unlocking synced
    worker.client.token = None  # the token lapsed (say, an hour offline)
    add_customer(station.session, random.Random(32))
    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    assert worker.busy
    qtbot.waitUntil(lambda: worker.connected and not worker.busy, timeout=20000)
    assert worker.message == ""
    assert sync_ops.status(station.session).pending <= 1  # the unlock's own audit event
    client, revoked = worker.client, _revoked(server)

    window.sign_out()  # the password is forgotten and the token revoked at head office
    assert not worker.has_password
    assert worker.client is None
    ops.drain()
    assert client.token is None
    assert _revoked(server) == revoked + 1


def _revoked(server) -> int:
    with server.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM revoked_token")).scalar_one())


def test_a_workstation_not_enrolled_keeps_no_password(qtbot, bench):
    window = MainWindow(bench.sign_in("officer1"))
    qtbot.addWidget(window)
    window.show()
    field = QLineEdit(USER_PASSWORD)
    hand_password(window, field)
    assert field.text() == ""
    worker = window.sync_worker
    qtbot.waitUntil(lambda: not (worker.busy or worker.has_password), timeout=10000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Sync: not configured", timeout=10000)
    assert worker.message == ""
    ops.drain()
    window.sign_out()
