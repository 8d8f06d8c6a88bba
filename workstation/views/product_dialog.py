"""Edit a product's terms; saving creates the product's next version (the service decides)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.services import products

_DECIMALS = ("min_amount", "max_amount", "min_rate", "max_rate", "fee_rate", "penalty_rate_markup")
_INTEGERS = ("min_months", "max_months")
_LISTS = ("methods", "customer_kinds")


class ProductDialog(QDialog):
    """Collects changed fields only; returns them from ``changes()``."""

    def __init__(self, offer: products.ProductInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.setWindowTitle(self.tr("Revise product %1").replace("%1", offer.code))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, value in self._rows(offer.terms):
            edit = QLineEdit(value)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Saving creates a new version; existing applications "
                    "and loans keep the version they were priced with."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _rows(self, t: products.ProductTerms) -> list[tuple[str, str, str]]:
        rows = [
            ("name_en", self.tr("Name (English)"), t.name_en),
            ("name_zh", self.tr("Name (Chinese)"), t.name_zh),
            ("min_amount", self.tr("Minimum amount"), str(t.min_amount)),
            ("max_amount", self.tr("Maximum amount"), str(t.max_amount)),
            ("min_months", self.tr("Minimum term (months)"), str(t.min_months)),
            ("max_months", self.tr("Maximum term (months)"), str(t.max_months)),
            ("min_rate", self.tr("Minimum annual rate (fraction)"), str(t.min_rate)),
            ("max_rate", self.tr("Maximum annual rate (fraction)"), str(t.max_rate)),
            ("fee_rate", self.tr("Upfront fee (fraction of amount)"), str(t.fee_rate)),
            ("penalty_rate_markup", self.tr("Penalty rate markup"), str(t.penalty_rate_markup)),
            ("methods", self.tr("Repayment methods"), ", ".join(t.methods)),
            ("customer_kinds", self.tr("Eligible customers"), ", ".join(t.customer_kinds)),
        ]
        rows += [
            (f"policy.{k}", self.tr("Policy: %1").replace("%1", k), str(t.policy.get(k, "")))
            for k in products.POLICY_KEYS
        ]
        return rows

    def changes(self) -> dict[str, Any]:
        """The edited fields as typed values; raises ValueError on a malformed number."""
        original = {key: value for key, _label, value in self._rows(self.offer.terms)}
        changed: dict[str, Any] = {}
        policy = dict(self.offer.terms.policy)
        for key, edit in self.fields.items():
            text = edit.text().strip()
            if text == original[key]:
                continue
            if key.startswith("policy."):
                policy[key.removeprefix("policy.")] = text
                changed["policy"] = {k: v for k, v in policy.items() if v != ""}
            else:
                changed[key] = _typed(key, text)
        return changed

    def _on_save(self) -> None:
        try:
            self.changes()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


def _typed(key: str, text: str) -> Any:
    try:
        if key in _DECIMALS:
            return Decimal(text)
        if key in _INTEGERS:
            return int(text)
    except (InvalidOperation, ValueError):
        raise ValueError(f"{key}: {text!r} is not a number") from None
    if key in _LISTS:
        return tuple(part.strip() for part in text.split(",") if part.strip())
    return text
