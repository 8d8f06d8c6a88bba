"""Sign-in dialog; the same dialog unlocks a locked session for the same user."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.views.ops import Op


class LoginDialog(QDialog):
    """Collects credentials and runs `attempt(username, password)` off the GUI thread.

    On success `result_value` holds what `attempt` returned and the dialog accepts;
    on failure the message is shown in the dialog and the password field is cleared.
    """

    def __init__(
        self,
        attempt: Callable[[str, str], Any],
        parent: QWidget | None = None,
        *,
        username: str = "",
        unlocking: bool = False,
        banner: str = "",
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.result_value: Any = None
        self.setWindowTitle(self.tr("Unlock the workstation") if unlocking else self.tr("Sign in"))
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setReadOnly(unlocking)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Unlock") if unlocking else self.tr("Sign in")
        )
        self.buttons.accepted.connect(self._on_submit)
        if not unlocking:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.rejected.connect(self.reject)
        self._layout(banner, unlocking)

    def _layout(self, banner: str, unlocking: bool) -> None:
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Loan Officer Workstation"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(title)
        if unlocking:
            layout.addWidget(QLabel(self.tr("The workstation was locked. Your work is kept.")))
        if banner:
            warning = QLabel(banner)
            warning.setWordWrap(True)
            warning.setStyleSheet("background: #fff3cd; padding: 6px;")
            layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if unlocking or self.username.text() else self.username).setFocus()
        self.setMinimumWidth(380)

    def _on_submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        Op(self, lambda: self._attempt(username, password)).on_success(
            self._on_signed_in
        ).on_failure(self._on_failed).run()

    def _on_signed_in(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        from workstation.views.errors import officer_message

        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(officer_message(exc))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.username.isReadOnly():
            return  # an unlock dialog cannot be dismissed
        super().keyPressEvent(event)
