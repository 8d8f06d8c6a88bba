"""The contract register: search, preview and print, export, re-issue, sign, verify a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDate, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import contracts
from workstation.services.contracts import ContractSummary, ContractVerification
from workstation.services.session import UserSession
from workstation.views.contract_preview import ContractPreview
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import currency_symbol, format_datetime, format_money
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.signature_pad import SignatureDialog
from workstation.views.table_model import SORT_ROLE, Column, RecordTableModel

_ANY_DATE = QDate(2000, 1, 1)


class ContractsView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RecordTableModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = HintTableView(
            self.tr("No contracts match. Clear the search or choose “Any status”."), self
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Contracts"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_preview)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Contract number or customer name"))
        self.search.returnPressed.connect(self.refresh)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Any status"), "")
        for value in ("draft", "signed", "void"):
            self.status.addItem(label("ContractStatus", value), value)
        self.status.setAccessibleName(self.tr("Contract status"))
        self.status.currentIndexChanged.connect(self.refresh)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setMinimumDate(_ANY_DATE)
        self.since.setSpecialValueText(self.tr("Any date"))
        self.since.setDate(_ANY_DATE)
        self.since.dateChanged.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addLayout(self._buttons())
        layout.addWidget(self.table, 1)
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Contract number"), lambda c: c.number),
            Column(self.tr("Issue"), lambda c: str(c.issue), lambda c: c.issue),
            Column(self.tr("Customer"), lambda c: c.customer_name),
            Column(
                self.tr("Amount (%1)").replace("%1", currency_symbol()),
                lambda c: format_money(c.amount),
                lambda c: c.amount,
                align_right=True,
            ),
            Column(self.tr("Status"), self._status_text, lambda c: c.status),
            Column(
                self.tr("Issued"), lambda c: format_datetime(c.issued_at), lambda c: c.issued_at
            ),
            Column(
                self.tr("Signed"),
                lambda c: format_datetime(c.signed_at),
                lambda c: c.signed_at.timestamp() if c.signed_at else 0.0,
            ),
        ]

    def _status_text(self, contract: ContractSummary) -> str:
        return label("ContractStatus", contract.status)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        since_label = QLabel(self.tr("Issued &from:"))
        since_label.setBuddy(self.since)
        row.addWidget(search_label)
        row.addWidget(self.search, 2)
        row.addWidget(self.status)
        row.addWidget(since_label)
        row.addWidget(self.since)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, handler in (
            ("preview", self.tr("Preview and print…"), self._on_preview),
            ("export", self.tr("Export…"), self._on_export),
            ("sign", self.tr("Sign…"), self._on_sign),
            ("reissue", self.tr("Re-issue draft…"), self._on_reissue),
            ("verify", self.tr("Verify a file…"), self._on_verify),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(handler)
            row.addWidget(button)
            self.action_buttons[key] = button
        row.addStretch(1)
        return row

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        text, status = self.search.text(), self.status.currentData() or ""
        since = None if self.since.date() == _ANY_DATE else cast(date, self.since.date().toPython())
        Op(self, lambda: contracts.list_contracts(self.session, text, status, since)).on_success(
            self._on_loaded
        ).run()

    def _on_loaded(self, rows: list[ContractSummary]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def selected(self) -> ContractSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_object(self.proxy.mapToSource(rows[0]).row())  # type: ignore[no-any-return]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # -- actions ------------------------------------------------------------------------
    def _on_preview(self, *_args: Any) -> None:
        contract = self.selected()
        if contract is not None:
            Op(self, lambda: contracts.contract_pdf(self.session, contract.id)).on_success(
                lambda pdf: self._show_preview(contract, pdf)
            ).run()

    def _show_preview(self, contract: ContractSummary, pdf: bytes) -> ContractPreview:
        self.preview = ContractPreview(
            pdf, self.tr("Contract %1").replace("%1", contract.number), self
        )
        self.preview.show()
        return self.preview

    def _on_export(self) -> None:
        contract = self.selected()
        if contract is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export contract to folder"))
        if folder:
            self.export_to(contract, Path(folder))

    def export_to(self, contract: ContractSummary, folder: Path) -> None:
        """The export holds the borrower's full ID; it leaves only by the officer's choice."""
        Op(self, lambda: contracts.export_contract(self.session, contract.id, folder)).on_success(
            lambda path: self._notify(
                QMessageBox.Icon.Information,
                self.tr("Exported"),
                self.tr(
                    "Saved %1. It contains the borrower's personal data: keep it safe."
                ).replace("%1", str(path)),
            )
        ).run()

    def _on_sign(self) -> None:
        contract = self.selected()
        if contract is None or contract.status != "draft":
            return
        method = str(self.session.settings.get("signature_capture"))
        dialog = SignatureDialog(method, contract.customer_name, self)
        if dialog.exec():
            self.sign_with(contract, *dialog.mark(), dialog.consent.isChecked())

    def sign_with(
        self, contract: ContractSummary, png: bytes | None, typed: str | None, consent: bool
    ) -> None:
        Op(
            self, lambda: contracts.sign_contract(self.session, contract.id, png, typed, consent)
        ).with_progress(self.tr("Signing the contract…")).on_success(
            lambda _done: self.refresh()
        ).run()

    def _on_reissue(self) -> None:
        contract = self.selected()
        if contract is None or contract.status != "draft":
            return
        languages = {
            self.tr("Chinese and English"): "bilingual",
            self.tr("Chinese"): "zh",
            self.tr("English"): "en",
        }
        choice, ok = QInputDialog.getItem(
            self, self.tr("Re-issue draft"), self.tr("Language:"), list(languages), 0, False
        )
        if ok:
            Op(
                self,
                lambda: contracts.issue_contract(
                    self.session, contract.application_id, languages[choice]
                ),
            ).on_success(lambda _done: self.refresh()).run()

    def _on_verify(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify a contract file"), "", self.tr("PDF files (*.pdf)")
        )
        if name:
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> None:
        Op(self, lambda: contracts.verify_contract(self.session, path.read_bytes())).on_success(
            self._show_verification
        ).run()

    def _show_verification(self, result: ContractVerification) -> None:
        self.last_verification = result
        if result.ok and result.contract is not None:
            self._notify(
                QMessageBox.Icon.Information,
                self.tr("Contract intact"),
                self.tr("This is contract %1, signed and unchanged since signing.").replace(
                    "%1", result.contract.number
                ),
            )
            return
        self._notify(
            QMessageBox.Icon.Warning,
            self.tr("Contract NOT intact"),
            self.tr("This file is not an intact contract of this lender:")
            + "\n\n• "
            + "\n• ".join(result.problems),
        )

    def _notify(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """Window-modal but not blocking, so a background result never stalls the GUI."""
        self.message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.message.open()
