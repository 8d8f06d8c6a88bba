"""Change password (required after a one-time password), and the step-up prompt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.services.session import UserSession
from workstation.views.errors import officer_message
from workstation.views.ops import Op


class ChangePasswordDialog(QDialog):
    def __init__(
        self, session: UserSession, parent: QWidget | None = None, *, forced: bool = False
    ):
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Change password"))
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        form = QFormLayout()
        for label, field in (
            (self.tr("Current password"), self.current),
            (self.tr("New password"), self.new),
            (self.tr("Repeat new password"), self.repeat),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(label)
            form.addRow(label, field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Use at least 8 characters; 15 or more is safer. A phrase of several words "
                "is easy to remember. Common passwords are refused."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        if not forced:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(QLabel(self.tr("Choose your own password before you continue.")))
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _on_submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passwords are not the same."))
            return
        current, new = self.current.text(), self.new.text()
        self.buttons.setEnabled(False)
        Op(
            self, lambda: self._session.workstation.change_password(self._session, current, new)
        ).on_success(lambda _w: self.accept()).on_failure(self._on_failed).run()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(officer_message(exc))


def confirm_then(
    parent: QWidget,
    session: UserSession,
    title: str,
    label: str,
    retry: Callable[[], None],
    on_failed: Callable[[Exception], None],
) -> QInputDialog:
    """A service refused with StepUpRequired: ask for the password, check it, retry.

    Window-modal but not blocking; checking the password runs Argon2, so it runs off the
    GUI thread like any service call.
    """
    prompt = QInputDialog(parent)
    prompt.setWindowTitle(title)
    prompt.setLabelText(label)
    prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
    prompt.textValueSelected.connect(
        lambda password: (
            Op(parent, lambda: session.confirm_password(password))
            .on_success(lambda _done: retry())
            .on_failure(on_failed)
            .run()
        )
    )
    prompt.open()
    return prompt
