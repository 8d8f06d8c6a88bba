"""First-run set-up: the branch, this device and the first IT administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.services.auth import ProvisionRequest, Workstation
from workstation.services.passwords import PasswordRejected, check_policy
from workstation.views.errors import officer_message
from workstation.views.ops import Op


class SetupDialog(QDialog):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.setWindowTitle(self.tr("Set up this workstation"))
        self.branch_code = QLineEdit()
        self.branch_name = QLineEdit()
        self.device_name = QLineEdit(self.tr("Counter 1"))
        self.admin_username = QLineEdit()
        self.admin_name = QLineEdit()
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        rows = (
            (self.tr("Branch code"), self.branch_code),
            (self.tr("Branch name"), self.branch_name),
            (self.tr("Device name"), self.device_name),
            (self.tr("IT administrator user name"), self.admin_username),
            (self.tr("IT administrator full name"), self.admin_name),
            (self.tr("Password"), self.password),
            (self.tr("Repeat password"), self.confirm),
        )
        for label, widget in rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "No workstation is set up on this computer yet. IT creates the first "
                "administrator account here; there is no default account."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _request(self) -> ProvisionRequest:
        texts = [
            w.text().strip()
            for w in (
                self.branch_code,
                self.branch_name,
                self.device_name,
                self.admin_username,
                self.admin_name,
            )
        ]
        if not all(texts):
            raise ValueError(self.tr("Fill in every field."))
        if self.password.text() != self.confirm.text():
            raise ValueError(self.tr("The two passwords are not the same."))
        check_policy(self.password.text(), (texts[3],))
        code, name, device, admin, admin_name = texts
        return ProvisionRequest(code, name, device, admin, admin_name, self.password.text())

    def _on_submit(self) -> None:
        try:
            request = self._request()
        except (ValueError, PasswordRejected) as exc:
            self.message.setText(str(exc))
            return
        self.buttons.setEnabled(False)
        Op(self, lambda: self._workstation.provision(request)).with_progress(
            self.tr("Creating the encrypted database…")
        ).on_success(lambda _r: self.accept()).on_failure(self._on_failed).run()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(officer_message(exc))
