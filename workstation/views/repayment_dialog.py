"""Repayment posting: amount, channel and value date in; the allocation shown back."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from workstation.services import servicing
from workstation.views.formatting import currency_symbol, format_money
from workstation.views.labels import label


class RepaymentDialog(QDialog):
    """Collects the posting; the caller posts it through an Op and shows `allocation_text`."""

    def __init__(self, loan_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post repayment: %1").replace("%1", loan_number))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.channel = QComboBox()
        for code in servicing.CHANNELS:
            self.channel.addItem(label("Channel", code), code)
        self.value_date = QDateEdit(QDate.currentDate())
        self.value_date.setCalendarPopup(True)
        self.key = str(uuid.uuid4())  # one key per dialog: a double click posts once
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Amount (%1)").replace("%1", currency_symbol()), self.amount)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Value date"), self.value_date)
        form.addRow(buttons)


def allocation_text(result: servicing.PostingResult) -> str:
    """'Fees 5.00, penalty 7.00, …' in the officer's language."""
    names = {
        "fee": QCoreApplication.translate("RepaymentDialog", "fees"),
        "penalty": QCoreApplication.translate("RepaymentDialog", "penalty interest"),
        "interest": QCoreApplication.translate("RepaymentDialog", "interest"),
        "principal": QCoreApplication.translate("RepaymentDialog", "principal"),
    }
    parts = [f"{names[k]} {format_money(v)}" for k, v in result.allocated.items() if v]
    if result.credit > Decimal(0):
        parts.append(
            QCoreApplication.translate("RepaymentDialog", "held as credit")
            + f" {format_money(result.credit)}"
        )
    return QCoreApplication.translate("RepaymentDialog", "Posted %1: ").replace(
        "%1", format_money(result.amount)
    ) + ", ".join(parts)


def show_allocation(target: QLabel, result: servicing.PostingResult) -> None:
    target.setText(allocation_text(result))
