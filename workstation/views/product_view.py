"""The admin's product catalogue and approval-authority limits."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import authority, products
from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.errors import officer_message
from workstation.views.formatting import format_count, format_money, format_percent
from workstation.views.labels import label, label_list
from workstation.views.ops import Op
from workstation.views.product_dialog import ProductDialog
from workstation.views.table_model import Column, RecordTableModel

ROLES = ("officer", "supervisor")


class ProductsView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RecordTableModel(self._product_columns(), self)
        self.limits_model = RecordTableModel(
            [
                Column(self.tr("Role"), lambda lim: label("Role", lim.role), lambda lim: lim.role),
                Column(self.tr("Band"), lambda lim: lim.band),
                Column(
                    self.tr("Maximum amount"),
                    lambda lim: format_money(lim.max_amount),
                    lambda lim: lim.max_amount,
                    True,
                ),
                Column(
                    self.tr("Maximum term"),
                    lambda lim: format_count(lim.max_months),
                    lambda lim: lim.max_months,
                    True,
                ),
            ],
            self,
        )
        self.table = self._table(
            self.model, self.tr("Products"), self.tr("No products yet. The catalogue is empty.")
        )
        self.limits_table = self._table(
            self.limits_model,
            self.tr("Approval authority"),
            self.tr("No authority limits: every decision goes to head office."),
        )
        self.history = QCheckBox(self.tr("Show earlier versions"))
        self.history.toggled.connect(self.refresh)
        self.message = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.table, 2)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Approval authority per role and risk band")))
        layout.addWidget(self.limits_table, 1)
        self.refresh()

    def _product_columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda p: p.code),
            Column(
                self.tr("Version"), lambda p: format_count(p.version), lambda p: p.version, True
            ),
            Column(self.tr("Name"), _product_name),
            Column(self.tr("Kind"), lambda p: label("ProductKind", p.terms.kind)),
            Column(
                self.tr("Amount"),
                lambda p: (
                    f"{format_money(p.terms.min_amount)} – {format_money(p.terms.max_amount)}"
                ),
                lambda p: p.terms.max_amount,
            ),
            Column(
                self.tr("Months"),
                lambda p: f"{p.terms.min_months} – {p.terms.max_months}",
                lambda p: p.terms.max_months,
            ),
            Column(
                self.tr("Rate"),
                lambda p: (
                    f"{format_percent(p.terms.min_rate)} – {format_percent(p.terms.max_rate)}"
                ),
                lambda p: p.terms.max_rate,
            ),
            Column(
                self.tr("Fee"),
                lambda p: format_percent(p.terms.fee_rate),
                lambda p: p.terms.fee_rate,
            ),
            Column(
                self.tr("Methods"),
                lambda p: label_list("RepaymentMethod", p.terms.methods),
            ),
            Column(
                self.tr("Customers"),
                lambda p: label_list("CustomerKind", p.terms.customer_kinds),
            ),
            Column(self.tr("Active"), lambda p: self.tr("yes") if p.active else self.tr("no")),
        ]

    def _table(self, model: RecordTableModel, name: str, hint: str) -> QTableView:
        table = HintTableView(hint)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _toolbar(self) -> QHBoxLayout:
        revise = QPushButton(self.tr("Revise product…"))
        revise.clicked.connect(self._on_revise)
        limit = QPushButton(self.tr("Set authority limit…"))
        limit.clicked.connect(self._on_limit)
        row = QHBoxLayout()
        row.addWidget(self.history)
        row.addStretch(1)
        row.addWidget(revise)
        row.addWidget(limit)
        return row

    def refresh(self) -> None:
        history = self.history.isChecked()

        def load() -> tuple[list[products.ProductInfo], list[authority.Limit]]:
            limits = [lim for role in ROLES for lim in authority.list_limits(self.session, role)]
            return products.list_products(self.session, include_inactive=history), limits

        Op(self, load).on_success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[list[products.ProductInfo], list[authority.Limit]]) -> None:
        self.model.set_rows(result[0])
        self.limits_model.set_rows(result[1])
        self.table.resizeColumnsToContents()
        self.limits_table.resizeColumnsToContents()

    def _selected(self, table: QTableView, model: RecordTableModel) -> object | None:
        rows = table.selectionModel().selectedRows()
        return model.row_object(rows[0].row()) if rows else None

    def _on_revise(self) -> None:
        offer = self._selected(self.table, self.model)
        if not isinstance(offer, products.ProductInfo) or not offer.active:
            self.message.setText(self.tr("Select the current version of a product."))
            return
        dialog = ProductDialog(offer, self)
        if dialog.exec() and (changes := dialog.changes()):
            self._run(lambda: products.revise_product(self.session, offer.code, changes))

    def _on_limit(self) -> None:
        current = self._selected(self.limits_table, self.limits_model)
        if not isinstance(current, authority.Limit):
            self.message.setText(self.tr("Select a role and band in the authority table."))
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Authority limit"),
            self.tr("Maximum amount and months for %1, band %2 (e.g. 50000 36):")
            .replace("%1", label("Role", current.role))
            .replace("%2", current.band),
            text=f"{current.max_amount} {current.max_months}",
        )
        if not ok:
            return
        try:
            amount_text, months_text = text.split()
            amount, months = Decimal(amount_text), int(months_text)
        except (ValueError, InvalidOperation):
            self.message.setText(self.tr("Enter an amount and a number of months."))
            return
        self._run(
            lambda: authority.set_limit(self.session, current.role, current.band, amount, months)
        )

    def _run(self, fn: object) -> None:
        def done(_result: object) -> None:
            self.message.setText(self.tr("Saved."))
            self.refresh()

        Op(self, fn).on_success(done).on_failure(  # type: ignore[arg-type]
            lambda exc: self.message.setText(officer_message(exc))
        ).run()


def _span(low: str, high: str) -> str:
    return f"{low} – {high}"


def _product_name(offer: products.ProductInfo) -> str:
    """Products carry both names; each language shows its own."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return offer.terms.name_zh if chinese else offer.terms.name_en
