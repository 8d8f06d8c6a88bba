"""The sync panel and status bar: connect, sync on demand, back off when offline."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from tests.support import USER_PASSWORD
from tests.sync.workload import add_customer
from workstation.services import sync_ops
from workstation.views import ops
from workstation.views.main_window import MainWindow
from workstation.views.sync_worker import BASE_INTERVAL_S


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
    assert "cannot be reached" in window.sync_label.text()
    window.show_screen("sync")  # still usable offline
    ops.drain()
    window.sign_out()
