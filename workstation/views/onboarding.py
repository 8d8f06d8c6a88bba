"""The onboarding form: each field is checked as it is typed, the fix shown beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.services import customer_forms, customers
from workstation.services.session import UserSession
from workstation.views.errors import officer_message
from workstation.views.formatting import currency_symbol
from workstation.views.ops import Op
from workstation.views.service_messages import translate_service_message

CHECKED = ("name", "id_number", "mobile", "email", "bank_card", "monthly_income")


class OnboardingForm(QWidget):
    customer_saved = Signal(object)  # uuid of the new customer
    existing_found = Signal(object)  # uuid of the customer who already has this document
    cancelled = Signal()

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person (resident ID)"), ("person", "cn-ric"))
        self.kind.addItem(self.tr("Person (passport MRZ)"), ("person", "mrz"))
        self.kind.addItem(self.tr("Small business (USCC)"), ("business", "cn-uscc"))
        self.kind.currentIndexChanged.connect(lambda _i: self._check("id_number"))
        self.message = QLabel()
        self.message.setObjectName("form_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>New customer</b>")))
        layout.addLayout(self._form())
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        layout.addStretch(1)

    def _labels(self) -> list[tuple[str, str]]:
        return [
            ("name", self.tr("Legal name")),
            ("id_number", self.tr("ID number")),
            ("id_expiry", self.tr("ID expiry (YYYY-MM-DD)")),
            ("mobile", self.tr("Mobile")),
            ("email", self.tr("E-mail")),
            ("address", self.tr("Address")),
            ("bank_card", self.tr("Bank card")),
            ("bank_name", self.tr("Bank")),
            ("employer", self.tr("Employer")),
            ("occupation", self.tr("Occupation")),
            (
                "monthly_income",
                self.tr("Monthly income (%1)").replace("%1", currency_symbol()),
            ),
            ("legal_representative_id", self.tr("Legal representative (customer id)")),
        ]

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Customer type"), self.kind)
        for key, text in self._labels():
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            edit.setAccessibleName(text)
            label = QLabel(text)
            label.setBuddy(edit)  # the row holds the field and its error, not the field alone
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            edit.textChanged.connect(lambda _t, k=key: self._check(k))
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.fields[key], self.errors[key] = edit, error
        return form

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save customer"))
        self.save_button.clicked.connect(self._on_save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.cancelled.emit)
        row.addWidget(self.save_button)
        row.addWidget(cancel)
        row.addStretch(1)
        return row

    def _kind(self) -> tuple[str, str]:
        data: tuple[str, str] = self.kind.currentData()
        return data

    def _check(self, key: str) -> None:
        """Check one field as typed; an empty optional field is fine until saving."""
        if key not in CHECKED:
            return
        value = self.fields[key].text()
        message = ""
        if value.strip():
            message = customer_forms.field_error(
                key, value, self.session.now().date(), id_type=self._kind()[1]
            )
        self._show_error(key, translate_service_message(message) if message else "")

    def new_customer(self) -> customers.NewCustomer:
        kind, id_type = self._kind()
        text = {k: e.text() for k, e in self.fields.items()}
        return customers.NewCustomer(
            name=text["name"],
            id_number=text["id_number"],
            mobile=text["mobile"],
            kind=kind,
            id_type=id_type,
            id_expiry=_date_or_none(text["id_expiry"].strip()),
            email=text["email"],
            address=text["address"],
            bank_card=text["bank_card"],
            bank_name=text["bank_name"],
            occupation=text["occupation"],
            employer=text["employer"],
            monthly_income=text["monthly_income"] or "0",
            legal_representative_id=text["legal_representative_id"].strip(),
        )

    def _on_save(self) -> None:
        try:
            new = self.new_customer()
        except ValueError:
            self._show_error("id_expiry", self.tr("use the form YYYY-MM-DD"))
            return
        self.save_button.setEnabled(False)
        Op(self, lambda: customers.onboard(self.session, new)).on_success(
            self._on_saved
        ).on_failure(self._on_failed).run()

    def _on_saved(self, summary: customers.CustomerSummary) -> None:
        self.save_button.setEnabled(True)
        self.clear()
        self.customer_saved.emit(summary.id)

    def _on_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, customers.DuplicateCustomer):
            self.message.setText(self.tr("This customer already exists; opening the record."))
            self.existing_found.emit(exc.existing_id)
        elif isinstance(exc, customers.CustomerInvalid):
            self._show_problems(exc.problems)
        else:
            self.message.setText(officer_message(exc))

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key in self.errors:
            problem = problems.get(key, "")
            self._show_error(key, translate_service_message(problem) if problem else "")
        self.message.setText(self.tr("Please correct the fields marked in red."))

    def _show_error(self, key: str, text: str) -> None:
        """Beside the field, and as its description so a screen reader says what is wrong."""
        self.errors[key].setText(text)
        self.fields[key].setAccessibleDescription(text)

    def clear(self) -> None:
        for key, edit in self.fields.items():
            edit.clear()
            self._show_error(key, "")
        self.message.clear()


def _date_or_none(text: str) -> date | None:
    return date.fromisoformat(text) if text else None
