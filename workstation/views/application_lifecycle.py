"""From approval to payout on the application screen: issue, sign, book and disburse.

The buttons show only for users whose role has the permission (the services check it
again) and are enabled only in the status where the step applies. Prompts are opened
non-blocking and kept as attributes, so the officer's answers arrive through signals.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import contracts, servicing
from workstation.services.permissions import Permission
from workstation.services.session import StepUpRequired, UserSession
from workstation.views.contract_preview import ContractPreview
from workstation.views.errors import officer_message
from workstation.views.formatting import format_date, format_money
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.signature_pad import SignatureDialog
from workstation.views.table_model import Column, RecordTableModel

Contract = tuple[contracts.ContractSummary, bytes]


class LoanScheduleDialog(QDialog):
    """The booked loan: its number, balance and repayment schedule."""

    def __init__(self, loan: servicing.LoanSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loan = loan
        self.setWindowTitle(self.tr("Loan %1").replace("%1", loan.number))
        self.resize(640, 480)
        self.heading = QLabel(
            self.tr("Loan %1 (%2): principal %3, outstanding %4.")
            .replace("%1", loan.number)
            .replace("%2", label("LoanStatus", loan.status))
            .replace("%3", format_money(loan.principal))
            .replace("%4", format_money(loan.outstanding_principal))
        )
        self.heading.setWordWrap(True)
        self.model = RecordTableModel(self._columns(), self)
        self.model.set_rows(loan.installments)
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Repayment schedule"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)

    def _columns(self) -> list[Column]:
        def money(header: str, part: str) -> Column:
            return Column(
                header, lambda i: format_money(getattr(i, part)), lambda i: getattr(i, part), True
            )

        return [
            Column(self.tr("No."), lambda i: str(i.number), lambda i: i.number, True),
            Column(self.tr("Due"), lambda i: format_date(i.due_date), lambda i: i.due_date),
            money(self.tr("Principal"), "principal"),
            money(self.tr("Interest"), "interest"),
            money(self.tr("Fee"), "fee"),
            money(self.tr("Unpaid"), "unpaid"),
        ]


class LifecycleActions(QWidget):
    """Issue contract…, Sign contract…, Book and disburse…, Loan schedule…"""

    changed = Signal()  # the application moved on: reload it
    notice = Signal(str)  # a message for the officer

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.application_id: uuid.UUID | None = None
        self.prompt: QInputDialog | None = None
        self.preview: ContractPreview | None = None
        self.signature: SignatureDialog | None = None
        self.schedule: LoanScheduleDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for status, text, permission, handler in (
            ("approved", self.tr("Issue contract…"), Permission.CONTRACT_ISSUE, self._on_issue),
            (
                "contract_issued",
                self.tr("Sign contract…"),
                Permission.CONTRACT_ISSUE,
                self._on_sign,
            ),
            ("signed", self.tr("Book and disburse…"), Permission.DISBURSE, self._on_disburse),
            ("disbursed", self.tr("Loan schedule…"), Permission.PAYMENT_POST, self._on_schedule),
        ):
            button = QPushButton(text, self)
            button.setVisible(session.actor.can(permission))
            button.clicked.connect(handler)
            row.addWidget(button)
            self.buttons[status] = button
        row.addStretch(1)
        self.set_application(None, "")

    def set_application(self, application_id: uuid.UUID | None, status: str) -> None:
        self.application_id = application_id
        for step, button in self.buttons.items():
            button.setEnabled(application_id is not None and status == step)

    # -- contract ---------------------------------------------------------------------
    def _on_issue(self) -> None:
        languages = {
            self.tr("Chinese and English"): "bilingual",
            self.tr("Chinese"): "zh",
            self.tr("English"): "en",
        }
        prompt = self._prompt(self.tr("Issue contract"), self.tr("Contract language:"), languages)
        prompt.textValueSelected.connect(lambda text: self._issue(languages[text]))

    def _issue(self, language: str) -> None:
        app_id, ctx = self._current(), self.session

        def job() -> Contract:
            contract = contracts.issue_contract(ctx, app_id, language)
            return contract, contracts.contract_pdf(ctx, contract.id)

        self._op(job, self._show_contract).with_progress(self.tr("Issuing the contract…")).run()

    def _on_sign(self) -> None:
        app_id, ctx = self._current(), self.session

        def job() -> Contract | None:
            draft = contracts.current_draft(ctx, app_id)
            return (draft, contracts.contract_pdf(ctx, draft.id)) if draft else None

        self._op(job, self._show_contract).run()

    def _show_contract(self, found: Contract | None) -> None:
        if found is None:
            self.notice.emit(self.tr("This application has no contract waiting to be signed."))
            return
        contract, pdf = found
        title = self.tr("Contract %1").replace("%1", contract.number)
        self.preview = ContractPreview(pdf, title, self, signable=True)
        self.preview.sign_requested.connect(lambda: self._ask_signature(contract))
        self.preview.show()
        self.changed.emit()

    def _ask_signature(self, contract: contracts.ContractSummary) -> None:
        method = str(self.session.settings.get("signature_capture"))
        dialog = SignatureDialog(method, contract.customer_name, self.preview)
        dialog.accepted.connect(
            lambda: self.sign_with(contract, *dialog.mark(), dialog.consent.isChecked())
        )
        self.signature = dialog
        dialog.open()

    def sign_with(
        self,
        contract: contracts.ContractSummary,
        png: bytes | None,
        typed: str | None,
        consent: bool,
    ) -> None:
        ctx = self.session
        self._op(
            lambda: contracts.sign_contract(ctx, contract.id, png, typed, consent), self._on_signed
        ).with_progress(self.tr("Signing the contract…")).run()

    def _on_signed(self, contract: contracts.ContractSummary) -> None:
        if self.preview is not None:
            self.preview.close()
        self.notice.emit(self.tr("Contract %1 is signed.").replace("%1", contract.number))
        self.changed.emit()

    # -- booking and payout -------------------------------------------------------------
    def _on_disburse(self) -> None:
        app_id, ctx = self._current(), self.session
        self._op(lambda: servicing.payout_accounts(ctx, app_id), self._choose_account).run()

    def _choose_account(self, accounts: list[servicing.PayoutAccount]) -> None:
        if not accounts:
            self.notice.emit(
                self.tr("The borrower has no bank account for payouts; add one to the customer.")
            )
            return
        by_label = {a.label: a.id for a in accounts}
        prompt = self._prompt(self.tr("Book and disburse"), self.tr("Pay out to:"), by_label)
        key = str(uuid.uuid4())  # one payout per choice, however often it is retried
        prompt.textValueSelected.connect(lambda text: self._payout(by_label[text], key))

    def _payout(self, account_id: uuid.UUID, key: str) -> None:
        app_id, ctx = self._current(), self.session

        def job() -> servicing.LoanSummary:
            loan = servicing.loan_for_application(ctx, app_id)
            if loan is None:
                start = servicing.business_date(ctx)
                loan = servicing.create_loan_from_application(ctx, app_id, start)
            servicing.disburse(ctx, loan.id, account_id, key)
            return servicing.get_loan(ctx, loan.id)

        retry = partial(self._payout, account_id, key)
        Op(self, job).on_success(self._on_disbursed).on_failure(
            partial(self._on_payout_failed, retry=retry)
        ).with_progress(self.tr("Disbursing…")).run()

    def _on_payout_failed(self, exc: Exception, retry: Callable[[], None]) -> None:
        if not isinstance(exc, StepUpRequired):
            self.notice.emit(officer_message(exc))
            return
        prompt = self._prompt(
            self.tr("Confirm disbursement"),
            self.tr("Disbursing pays out money. Enter your password to confirm:"),
            password=True,
        )
        prompt.textValueSelected.connect(partial(self._confirm_then, retry))

    def _confirm_then(self, retry: Callable[[], None], password: str) -> None:
        """Checking the password runs Argon2: off the GUI thread, like any service call."""
        ctx = self.session
        self._op(lambda: ctx.confirm_password(password), lambda _done: retry()).run()

    def _on_disbursed(self, loan: servicing.LoanSummary) -> None:
        self.notice.emit(self.tr("Loan %1 is disbursed.").replace("%1", loan.number))
        self._show_schedule(loan)
        self.changed.emit()

    def _on_schedule(self) -> None:
        app_id, ctx = self._current(), self.session
        self._op(lambda: servicing.loan_for_application(ctx, app_id), self._show_schedule).run()

    def _show_schedule(self, loan: servicing.LoanSummary | None) -> None:
        if loan is None:
            self.notice.emit(self.tr("No loan is booked for this application."))
            return
        self.schedule = LoanScheduleDialog(loan, self)
        self.schedule.show()

    # -- helpers -------------------------------------------------------------------------
    def _current(self) -> uuid.UUID:
        assert self.application_id is not None  # buttons are disabled without one
        return self.application_id

    def _prompt(
        self, title: str, label: str, items: Iterable[str] = (), *, password: bool = False
    ) -> QInputDialog:
        """Window-modal but not blocking; the answer comes through textValueSelected."""
        prompt = QInputDialog(self)
        prompt.setWindowTitle(title)
        prompt.setLabelText(label)
        if items:
            prompt.setComboBoxItems(list(items))
        if password:
            prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
        self.prompt = prompt
        prompt.open()
        return prompt

    def _op(self, job: Callable[[], Any], done: Callable[[Any], None]) -> Op:
        return (
            Op(self, job)
            .on_success(done)
            .on_failure(lambda exc: self.notice.emit(officer_message(exc)))
        )
