"""The Customers screen: search as you type, open a customer, onboard a new one.

Typing restarts a short timer; when it fires, one search runs through Op, so a fast
typist causes one query, not one per key. A result that arrives for older text than
what is now in the box is dropped.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import customers
from workstation.services.customer_records import CustomerSummary
from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.views.customer_view import CustomerView
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import format_count, format_money
from workstation.views.labels import label
from workstation.views.onboarding import OnboardingForm
from workstation.views.ops import Op
from workstation.views.table_model import Column, RecordTableModel

DEBOUNCE_MS = 250


class CustomerSearchView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Name, pinyin, initials, ID number or last 4+ phone digits")
        )
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Find a customer"))
        self.new_button = QPushButton(self.tr("New customer…"))
        self.new_button.setVisible(session.actor.can(Permission.CUSTOMER_WRITE))
        self.status = QLabel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.model = RecordTableModel(self._columns(), self)
        self.table = HintTableView(
            self.tr(
                "No customers match. Try part of the name, pinyin initials, or the last 4 "
                "digits of the phone."
            )
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Customers"))
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda c: c.name),
            Column(
                self.tr("Type"),
                lambda c: label("CustomerKind", c.kind),
            ),
            Column(self.tr("ID number"), lambda c: c.id_masked),
            Column(self.tr("Mobile"), lambda c: c.mobile_masked),
            Column(
                self.tr("Age"),
                lambda c: "" if c.age is None else format_count(c.age),
                lambda c: c.age or 0,
                align_right=True,
            ),
            Column(
                self.tr("Monthly income"),
                lambda c: format_money(c.monthly_income),
                lambda c: c.monthly_income,
                align_right=True,
            ),
            Column(self.tr("Onboarding"), lambda c: label("OnboardingState", c.onboarding_state)),
        ]

    def run_search(self) -> None:
        text = self.query.text()
        Op(self, lambda: customers.search(self.session, text)).on_success(
            lambda rows: self._on_results(text, rows)
        ).run()

    def _on_results(self, text: str, rows: list[CustomerSummary]) -> None:
        if text != self.query.text():
            return  # the officer kept typing; a newer search is on its way
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("%1 customers shown (at most 50)").replace("%1", format_count(len(rows)))
        )

    def selected(self) -> CustomerSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None


class CustomersScreen(QStackedWidget):
    """Search, customer view and onboarding form, one visible at a time."""

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = CustomerSearchView(session, self)
        self.view = CustomerView(session, self)
        self.onboarding = OnboardingForm(session, self)
        for page in (self.search, self.view, self.onboarding):
            self.addWidget(page)
        self.search.table.doubleClicked.connect(self._on_row_opened)
        self.search.new_button.clicked.connect(lambda: self.setCurrentWidget(self.onboarding))
        self.view.back_requested.connect(self.show_search)
        self.onboarding.cancelled.connect(self.show_search)
        self.onboarding.customer_saved.connect(self.open_customer)
        self.onboarding.existing_found.connect(self.open_customer)
        self.search.run_search()

    def _on_row_opened(self) -> None:
        chosen = self.search.selected()
        if chosen is not None:
            self.open_customer(chosen.id)

    def open_customer(self, customer_id: uuid.UUID) -> None:
        self.view.load(customer_id)
        self.setCurrentWidget(self.view)

    def show_search(self) -> None:
        self.setCurrentWidget(self.search)
        self.search.run_search()

    def show_onboarding(self) -> OnboardingForm:
        self.setCurrentWidget(self.onboarding)
        return self.onboarding
