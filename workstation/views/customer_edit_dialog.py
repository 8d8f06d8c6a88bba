"""Edit a customer's contact and work details. Only changed fields are sent, so the
history records exactly what the officer changed; the service's per-field problems
appear next to their fields."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.services import customers
from workstation.services.customer_detail import CustomerDetail
from workstation.services.session import UserSession
from workstation.views.errors import officer_message
from workstation.views.ops import Op
from workstation.views.service_messages import translate_service_message


class ContactEditDialog(QDialog):
    saved = Signal(object)  # the new CustomerDetail

    def __init__(
        self, session: UserSession, detail: CustomerDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.customer_id: uuid.UUID = detail.summary.id
        self.setWindowTitle(self.tr("Edit contact details"))
        self.initial = _initial(detail)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(detail))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _labels(self) -> list[tuple[str, str]]:
        return [
            ("mobile", self.tr("Mobile")),
            ("email", self.tr("E-mail")),
            ("address", self.tr("Address")),
            ("employer", self.tr("Employer")),
            ("occupation", self.tr("Occupation")),
            ("monthly_income", self.tr("Monthly income")),
        ]

    def _form(self, detail: CustomerDetail) -> QFormLayout:
        form = QFormLayout()
        for key, label in self._labels():
            edit = QLineEdit(self.initial.get(key, ""))
            edit.setObjectName(f"edit_{key}")
            edit.setMinimumWidth(360)
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet("color: #b00020;")
            self.fields[key], self.errors[key] = edit, error
            form.addRow(label, edit)
            form.addRow("", error)
        self.fields["mobile"].setPlaceholderText(
            self.tr("%1 — leave empty to keep").replace("%1", detail.summary.mobile_masked)
        )
        return form

    def changes(self) -> dict[str, str]:
        """Fields whose text differs from what was shown; an empty mobile keeps the old one."""
        text = {k: e.text().strip() for k, e in self.fields.items()}
        return {
            k: v
            for k, v in text.items()
            if v != self.initial.get(k, "") and not (k == "mobile" and not v)
        }

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.reject()
            return
        for label in self.errors.values():
            label.setText("")
        self.buttons.setEnabled(False)
        customer_id = self.customer_id
        Op(self, lambda: customers.edit(self.session, customer_id, changes)).on_success(
            self._saved
        ).on_failure(self._failed).run()

    def _saved(self, detail: CustomerDetail) -> None:
        self.saved.emit(detail)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, customers.CustomerInvalid):
            for key, label in self.errors.items():
                problem = exc.problems.get(key, "")
                label.setText(translate_service_message(problem) if problem else "")
            self.message.setText(self.tr("Please correct the fields marked in red."))
        else:
            self.message.setText(officer_message(exc))


def _initial(detail: CustomerDetail) -> dict[str, str]:
    contacts = {c.kind: c.shown for c in detail.contacts}
    return {
        "email": contacts.get("email", ""),
        "address": contacts.get("address", ""),
        "employer": detail.employer,
        "occupation": detail.occupation,
        "monthly_income": f"{detail.summary.monthly_income:.2f}",
    }
