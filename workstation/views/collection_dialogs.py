"""Dialogs of the collections screen: log a contact, record a promise, ask for an escalation.

Combo boxes show translated labels and carry the service's codes as item data, so the
services never see display text.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from workstation.services import collections


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for code, label in items:
        combo.addItem(label, code)
    return combo


class ContactDialog(QDialog):
    def __init__(self, contacts: tuple[collections.ContactOption, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log contact"))
        self.channel = _combo(self._channels())
        self.contact = QComboBox()
        for option in contacts:
            self.contact.addItem(option.label, option)
        outcomes = self._outcomes()
        self.outcome = _combo([(code, outcomes[code]) for code in collections.OUTCOMES])
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(_buttons(self))

    def _channels(self) -> list[tuple[str, str]]:
        return [
            ("phone", self.tr("Phone call")),
            ("sms", self.tr("Text message")),
            ("email", self.tr("E-mail")),
            ("visit", self.tr("Visit")),
            ("letter", self.tr("Letter")),
        ]

    def _outcomes(self) -> dict[str, str]:
        return {
            "no_answer": self.tr("No answer"),
            "left_message": self.tr("Left a message"),
            "spoke_promise": self.tr("Spoke: promised to pay"),
            "spoke_refused": self.tr("Spoke: refused to pay"),
            "wrong_number": self.tr("Wrong number"),
            "dispute_raised": self.tr("Borrower disputes the debt"),
            "hardship_claimed": self.tr("Borrower reports hardship"),
            "paid_already": self.tr("Says already paid"),
            "callback_requested": self.tr("Asked to be called back"),
        }

    def values(self) -> tuple[str, str, uuid.UUID | None, str, str]:
        option = self.contact.currentData()
        party = option.party if option else "borrower"
        return (
            self.channel.currentData(),
            party,
            option.id if option else None,
            self.outcome.currentData(),
            self.note.text(),
        )


class PromiseDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record promise to pay"))
        self.amount = QLineEdit()
        self.due = QDateEdit(QDate.currentDate().addDays(3))
        self.due.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Amount (CNY)"), self.amount)
        form.addRow(self.tr("Promised by"), self.due)
        form.addRow(_buttons(self))


class EscalationDialog(QDialog):
    """One form for the four escalations; only the fields the kind needs are shown."""

    def __init__(self, kind: str, loan_number: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self._titles()[kind].replace("%1", loan_number))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.rate = QLineEdit("12%")
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(30)
        self.reason = QLineEdit()
        self.reason.setMinimumWidth(320)
        form = QFormLayout(self)
        if kind == "settlement":
            form.addRow(self.tr("Settle for (CNY)"), self.amount)
        if kind == "restructure":
            form.addRow(self.tr("New term (months)"), self.months)
            form.addRow(self.tr("Annual rate"), self.rate)
        if kind == "hardship_hold":
            form.addRow(self.tr("Hold for (days)"), self.days)
        form.addRow(self.tr("Reason for the supervisor"), self.reason)
        form.addRow(_buttons(self))

    def _titles(self) -> dict[str, str]:
        return {
            "settlement": self.tr("Request settlement: %1"),
            "restructure": self.tr("Request restructure: %1"),
            "write_off": self.tr("Request write-off: %1"),
            "hardship_hold": self.tr("Request hardship hold: %1"),
        }
