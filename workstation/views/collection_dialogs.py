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

from workstation.services import collections, conduct
from workstation.views.formatting import currency_symbol
from workstation.views.labels import label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _combo(family: str, codes: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(family, code), code)
    return combo


class ContactDialog(QDialog):
    def __init__(self, contacts: tuple[collections.ContactOption, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log contact"))
        self.channel = _combo("Channel", conduct.CHANNELS)
        self.contact = QComboBox()
        for option in contacts:
            self.contact.addItem(_contact_text(option), option)
        self.outcome = _combo("ContactOutcome", collections.OUTCOMES)
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(_buttons(self))

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
        form.addRow(self.tr("Amount (%1)").replace("%1", currency_symbol()), self.amount)
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
            form.addRow(self.tr("Settle for (%1)").replace("%1", currency_symbol()), self.amount)
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


def _contact_text(option: collections.ContactOption) -> str:
    """The service labels a contact "<kind> <name>: <masked value>"; the kind is a code."""
    rest = option.label.removeprefix(option.kind)
    return f"{label('Party', option.party)} · {label('ContactKind', option.kind)}{rest}"
