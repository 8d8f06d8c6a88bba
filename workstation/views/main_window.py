"""The main window: navigation pane, screen stack, status bar, lock and sign-out.

It also enforces the session rules on screen: user activity keeps the session alive,
a timer applies the idle lock and the maximum session length, and a locked session
shows the unlock dialog over the open work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from workstation.services.session import SessionState, UserSession
from workstation.views.formatting import use_currency
from workstation.views.labels import label
from workstation.views.login import LoginDialog
from workstation.views.navigation import Screen, visible_screens
from workstation.views.shortcuts_dialog import KeyboardMenus

ACTIVITY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, session: UserSession, *, banner: str = "") -> None:
        super().__init__()
        self.session = session
        use_currency(str(session.settings.get("currency")))
        self.setWindowTitle(self.tr("Loan Officer Workstation"))
        self.screens = visible_screens(session)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMaximumWidth(200)
        self.stack = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        for screen in self.screens:
            self.nav.addItem(QListWidgetItem(screen.translated_title()))
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar(banner)
        self._build_actions()
        from workstation.views.sync_worker import attach_sync_worker  # Qt-side sync hook

        attach_sync_worker(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start(15_000)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        if self.screens:
            self.nav.setCurrentRow(0)
        self.resize(1200, 760)

    # -- layout -------------------------------------------------------------------
    def _build_status_bar(self, banner: str) -> None:
        actor = self.session.actor
        bar = self.statusBar()
        self.user_label = QLabel(self.tr("User: %1").replace("%1", actor.display_name))
        self.role_label = QLabel(self.tr("Role: %1").replace("%1", label("Role", actor.role)))
        self.branch_label = QLabel(self.tr("Branch: %1").replace("%1", actor.branch_code))
        self.sync_label = QLabel(self.tr("Sync: not configured"))
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the workstation"))
        self.lock_button.clicked.connect(self.lock)
        for widget in (self.user_label, self.role_label, self.branch_label, self.sync_label):
            bar.addWidget(widget)
        if banner:
            demo = QLabel(banner)
            demo.setStyleSheet("color: #8a6d00; font-weight: 600;")
            bar.addWidget(demo)
        bar.addPermanentWidget(self.lock_button)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Workstation"))
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.triggered.connect(self.sign_out)
        settings = QAction(self.tr("&Settings…"), self)
        settings.triggered.connect(self._on_settings)
        password = QAction(self.tr("Change &password…"), self)
        password.triggered.connect(self._on_change_password)
        menu.addActions([lock, password, settings, sign_out])
        self.keyboard = KeyboardMenus(self)

    # -- navigation ---------------------------------------------------------------
    def screen_keys(self) -> list[str]:
        return [s.key for s in self.screens]

    def show_screen(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.screen_keys().index(key))
        return self._built[key]

    def _on_nav_changed(self, row: int) -> None:
        if row < 0:
            return
        screen: Screen = self.screens[row]
        if screen.key not in self._built:
            widget = screen.factory(self.session, self)
            self._built[screen.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(self._built[screen.key])

    # -- session rules ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.session.touch()
        return False

    def _on_timer(self) -> None:
        state = self.session.state
        if state is SessionState.ACTIVE:
            state = self.session.check()
        if state is SessionState.LOCKED:
            self._show_unlock()
        elif state is SessionState.EXPIRED:
            self.sign_out()

    def lock(self) -> None:
        self.session.lock()
        self._show_unlock()

    def _show_unlock(self) -> None:
        if getattr(self, "_unlocking", False):
            return
        self._unlocking = True
        from workstation.views.sync_worker import hand_password, pause

        pause(self)  # a locked workstation keeps no password or token in memory
        dialog = LoginDialog(
            lambda _user, password: self.session.unlock(password),
            self,
            username=self.session.actor.username,
            unlocking=True,
        )
        dialog.accepted.connect(lambda: hand_password(self, dialog.password))
        self.unlock_dialog = dialog
        dialog.finished.connect(self._on_unlock_finished)
        dialog.open()

    def _on_unlock_finished(self, _result: int) -> None:
        self._unlocking = False

    def sign_out(self) -> None:
        self._timer.stop()
        if self.session.state is not SessionState.EXPIRED:
            self.session.sign_out()
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.signed_out.emit()
        self.close()

    def closeEvent(self, event: Any) -> None:
        if self.session.state is SessionState.ACTIVE:
            self.session.sign_out()
        self._timer.stop()
        super().closeEvent(event)

    # -- dialogs ------------------------------------------------------------------
    def _on_settings(self) -> None:
        from workstation.views.settings_dialog import SettingsDialog

        SettingsDialog(self.session.settings, self).exec()

    def _on_change_password(self) -> None:
        from workstation.views.password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.session, self).exec()
