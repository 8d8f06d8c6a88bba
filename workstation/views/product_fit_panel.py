"""The wizard's product step: what the borrower needs, and the products ranked for it.

The ranking, the suggested terms and every reason come from `services.product_fit`;
this panel only collects the purpose, amount and term, asks for a ranking off the GUI
thread and words the reason codes in the interface language.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.services import product_fit
from workstation.services.product_fit import ProductFit, Ranking, Reason
from workstation.services.products import PURPOSES, ProductInfo
from workstation.services.session import UserSession
from workstation.views.errors import officer_message
from workstation.views.formatting import format_amount, format_percent
from workstation.views.labels import label
from workstation.views.ops import Op

ROLE_FIT = Qt.ItemDataRole.UserRole


def purpose_label(code: str) -> str:
    labels = {
        "consumption": QCoreApplication.translate(
            "ProductFit", "Consumer goods and daily spending"
        ),
        "education": QCoreApplication.translate("ProductFit", "Education"),
        "medical": QCoreApplication.translate("ProductFit", "Medical treatment"),
        "home_renovation": QCoreApplication.translate("ProductFit", "Home renovation"),
        "vehicle": QCoreApplication.translate("ProductFit", "Vehicle purchase"),
        "travel": QCoreApplication.translate("ProductFit", "Travel"),
        "wedding": QCoreApplication.translate("ProductFit", "Wedding"),
        "business_working_capital": QCoreApplication.translate(
            "ProductFit", "Business working capital"
        ),
        "business_equipment": QCoreApplication.translate("ProductFit", "Business equipment"),
    }
    return labels.get(code, code)


def reason_text(reason: Reason) -> str:
    """One reason code in words; parameters are already formatted figures."""
    templates = {
        "inactive": QCoreApplication.translate("ProductFit", "The product is no longer offered."),
        "customer_kind": QCoreApplication.translate(
            "ProductFit", "Not offered to %kind customers."
        ),
        "term_fixed": QCoreApplication.translate("ProductFit", "The term must be %min months."),
        "amount_range": QCoreApplication.translate(
            "ProductFit", "The amount must be between %min and %max."
        ),
        "term_range": QCoreApplication.translate(
            "ProductFit", "The term must be between %min and %max months."
        ),
        "purpose": QCoreApplication.translate("ProductFit", "Does not fund %purpose."),
        "rate_cap": QCoreApplication.translate(
            "ProductFit", "APR %apr at the list rate is above the cap of %cap."
        ),
        "income_minimum": QCoreApplication.translate(
            "ProductFit", "Monthly income is below the product's minimum of %minimum."
        ),
        "unaffordable": QCoreApplication.translate(
            "ProductFit",
            "The instalment plus existing debts would take %ratio of income; the limit is %limit.",
        ),
        "pricing": QCoreApplication.translate("ProductFit", "Cannot be priced: %detail"),
        "purpose_named": QCoreApplication.translate("ProductFit", "Made for %purpose."),
        "purpose_any": QCoreApplication.translate(
            "ProductFit", "Funds any purpose, including %purpose."
        ),
        "price": QCoreApplication.translate("ProductFit", "APR %apr at the list rate."),
        "affordable": QCoreApplication.translate(
            "ProductFit", "The instalment plus existing debts take %ratio of income (limit %limit)."
        ),
        "within_range": QCoreApplication.translate(
            "ProductFit", "Amount %min – %max and term %min_months – %max_months months fit."
        ),
    }
    params = dict(reason.params)
    code = reason.code
    if code == "term_range" and params.get("min") == params.get("max"):
        code = "term_fixed"
    text = templates.get(code, code)
    if "purpose" in params:
        params["purpose"] = purpose_label(params["purpose"])
    if "kind" in params:
        params["kind"] = (
            QCoreApplication.translate("ProductFit", "business")
            if params["kind"] == "business"
            else QCoreApplication.translate("ProductFit", "individual")
        )
    for key in sorted(params, key=len, reverse=True):  # %min_months before %min
        text = text.replace(f"%{key}", params[key])
    return text


class ProductFitPanel(QWidget):
    """Purpose, amount and term in; ranked and left-out products out."""

    ranked = Signal(object)  # Ranking
    chosen = Signal(object)  # ProductFit the officer clicked

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.customer_id: uuid.UUID | None = None
        self.ranking: Ranking | None = None
        self._seq = 0
        self.purpose = QComboBox()
        for code in PURPOSES:
            self.purpose.addItem(purpose_label(code), code)
        self.amount = QLineEdit("50000.00")
        self.months = QSpinBox()
        self.months.setRange(1, 480)
        self.months.setValue(24)
        self.fit_list = QListWidget()
        self.fit_list.setWordWrap(True)
        self.fit_list.setAccessibleName(self.tr("Products that fit, best first"))
        self.fit_list.itemClicked.connect(self._on_clicked)
        self.excluded_list = QListWidget()
        self.excluded_list.setWordWrap(True)
        self.excluded_list.setAccessibleName(self.tr("Products left out"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._lay_out()
        self._debounce = QTimer(self)  # one ranking per pause in typing, not per key
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refit)
        self.purpose.currentIndexChanged.connect(self.refit)
        self.amount.textChanged.connect(self._debounce.start)
        self.months.valueChanged.connect(self._debounce.start)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Amount wanted (CNY)"), self.amount)
        form.addRow(self.tr("Term wanted (months)"), self.months)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Products that fit, best first")))
        layout.addWidget(self.fit_list, 3)
        layout.addWidget(QLabel(self.tr("Left out")))
        layout.addWidget(self.excluded_list, 2)
        layout.addWidget(self.note)

    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        self.customer_id = customer_id
        self.refit()

    def purpose_code(self) -> str:
        return str(self.purpose.currentData() or "")

    def wanted_amount(self) -> Decimal | None:
        try:
            return Decimal(self.amount.text().replace(",", "").strip())
        except InvalidOperation:
            return None

    def refit(self) -> None:
        """Ask for a ranking; an answer to an older question is ignored."""
        self._debounce.stop()
        self._seq += 1
        seq, customer, amount = self._seq, self.customer_id, self.wanted_amount()
        if customer is None:
            return
        if amount is None:
            self._show_error(self.tr("Enter the amount as a number."))
            return
        purpose, months, session = self.purpose_code(), self.months.value(), self.session

        def job() -> Ranking:
            return product_fit.rank_products(session, customer, purpose, amount, months)

        Op(self, job).on_success(lambda r: self._on_ranked(seq, r)).on_failure(
            lambda exc: self._on_refused(seq, exc)
        ).run()

    def _on_refused(self, seq: int, exc: Exception) -> None:
        if seq == self._seq:
            self._show_error(officer_message(exc))

    def _show_error(self, text: str) -> None:
        self.ranking = None
        self.fit_list.clear()
        self.excluded_list.clear()
        self.note.setText(text)

    def _on_ranked(self, seq: int, ranking: Ranking) -> None:
        if seq != self._seq:
            return
        self.ranking = ranking
        self.note.setText("" if ranking.ranked else self.tr("No product fits this request."))
        self.fit_list.clear()
        for place, fit in enumerate(ranking.ranked, 1):
            item = QListWidgetItem(self._fit_text(place, fit))
            item.setData(ROLE_FIT, place - 1)  # an index: no Python object inside Qt
            self.fit_list.addItem(item)
        self.excluded_list.clear()
        for left in ranking.excluded:
            lines = [f"{left.product.code} {_name(left.product)}"]
            lines += [f"   • {reason_text(r)}" for r in left.reasons]
            self.excluded_list.addItem("\n".join(lines))
        if ranking.ranked:
            self.fit_list.setCurrentRow(0)
        self.ranked.emit(ranking)

    def _fit_text(self, place: int, fit: ProductFit) -> str:
        head = (
            self.tr("%1. %2 %3 — score %4; %5 at %6, instalment %7")
            .replace("%1", str(place))
            .replace("%2", fit.product.code)
            .replace("%3", _name(fit.product))
            .replace("%4", str(fit.score))
            .replace("%5", label("RepaymentMethod", fit.method))
            .replace("%6", format_percent(fit.rate))
            .replace("%7", format_amount(fit.instalment))
        )
        return "\n".join([head, *(f"   • {reason_text(r)}" for r in fit.reasons)])

    def _on_clicked(self, item: QListWidgetItem) -> None:
        index = item.data(ROLE_FIT)
        if self.ranking is not None and isinstance(index, int):
            self.chosen.emit(self.ranking.ranked[index])


def _name(product: ProductInfo) -> str:
    chinese = QLocale().language() == QLocale.Language.Chinese
    return product.terms.name_zh if chinese else product.terms.name_en
