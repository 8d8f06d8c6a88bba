"""The branch's applications: filter by status, open one to see its timeline, start a new one."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import applications
from workstation.services.session import UserSession
from workstation.views.application_view import ApplicationDetailPane
from workstation.views.application_wizard import ApplicationWizard
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import format_count, format_date, format_money, format_percent
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.table_model import SORT_ROLE, Column, RecordTableModel

STATUS_COLUMN = 2


class ApplicationsView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RecordTableModel(
            [
                Column(self.tr("Number"), lambda a: a.number),
                Column(self.tr("Customer"), lambda a: a.customer_name),
                Column(
                    self.tr("Status"),
                    lambda a: label("ApplicationStatus", a.status),
                    lambda a: a.status,  # the status filter matches the code
                ),
                Column(self.tr("Product"), lambda a: a.product_code),
                Column(
                    self.tr("Amount"), lambda a: format_money(a.amount), lambda a: a.amount, True
                ),
                Column(
                    self.tr("Months"), lambda a: format_count(a.months), lambda a: a.months, True
                ),
                Column(
                    self.tr("APR"),
                    lambda a: format_percent(a.apr),
                    lambda a: a.apr or 0,
                    True,
                ),
                Column(
                    self.tr("Created"),
                    lambda a: format_date(a.created_at.astimezone().date()),
                    lambda a: a.created_at,
                ),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(STATUS_COLUMN)
        self.proxy.setFilterRole(SORT_ROLE)
        self.table = HintTableView(
            self.tr("No applications here yet. Start one with “New application…”.")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Applications"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.detail = ApplicationDetailPane(session, self)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(splitter, 1)
        self.wizard: ApplicationWizard | None = None
        self.refresh()

    def _toolbar(self) -> QHBoxLayout:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in applications.STATUSES:
            self.status_filter.addItem(label("ApplicationStatus", status), status)
        self.status_filter.setAccessibleName(self.tr("Show applications with status"))
        self.status_filter.currentIndexChanged.connect(self._on_filter)
        new = QPushButton(self.tr("New application…"))
        new.clicked.connect(self.open_wizard)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.status_filter)
        row.addStretch(1)
        row.addWidget(refresh)
        row.addWidget(new)
        return row

    def refresh(self) -> None:
        Op(self, lambda: applications.list_applications(self.session)).on_success(
            self._on_loaded
        ).run()

    def _on_loaded(self, rows: list[applications.ApplicationSummary]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _on_filter(self) -> None:
        status = str(self.status_filter.currentData() or "")
        self.proxy.setFilterRegularExpression(f"^{status}$" if status else "")

    def _on_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            record = self.model.row_object(self.proxy.mapToSource(index).row())
            self.detail.show_application(record.id)

    def open_wizard(self) -> ApplicationWizard:
        self.wizard = ApplicationWizard(self.session, self)
        self.wizard.finished.connect(lambda _code: self.refresh())
        self.wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard.show()
        return self.wizard
