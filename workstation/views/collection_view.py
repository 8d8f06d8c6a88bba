"""The collector's screen: the work queue, the case view, contacts, promises, payments.

Thin: every action is a service call through Op; conduct refusals come back as errors
with the rule's explanation and are shown as they are.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, cast

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.services import collections, escalations, reminders, servicing
from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.views.collection_dialogs import ContactDialog, EscalationDialog, PromiseDialog
from workstation.views.collection_queue import QueueModel
from workstation.views.empty_state import HintTableView
from workstation.views.eod_dialog import EodDialog
from workstation.views.formatting import format_count, format_datetime, format_money
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.repayment_dialog import RepaymentDialog, show_allocation
from workstation.views.service_messages import translate_service_message
from workstation.views.table_model import Column, RecordTableModel


class CollectionView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: collections.CaseView | None = None
        self.queue_model = QueueModel(self._queue_columns(), self._load_page, self)
        self.timeline_model = RecordTableModel(self._timeline_columns(), self)
        self.reminder_model = RecordTableModel(self._reminder_columns(), self)
        self.queue_table = self._table(
            self.queue_model,
            self.tr("Work queue"),
            self.tr("Your queue is empty: no open cases are assigned to you."),
        )
        self.queue_table.selectionModel().currentRowChanged.connect(self._on_case_selected)
        self.everyone = QCheckBox(self.tr("All branch cases"))
        self.everyone.setVisible(session.actor.can(Permission.COLLECTION_ASSIGN))
        self.everyone.toggled.connect(self.refresh)
        self.status = QLabel()
        self.posting = QLabel()  # the last payment's allocation
        self.case_title = QLabel(self.tr("Select a case"))
        self.case_title.setWordWrap(True)
        tabs = QTabWidget()
        tabs.addTab(self._queue_page(), self.tr("Cases"))
        reminders_table = self._table(
            self.reminder_model,
            self.tr("Reminders"),
            self.tr("No reminders yet. The end of day queues them before and after due dates."),
        )
        tabs.addTab(reminders_table, self.tr("Reminders"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        self.refresh()

    # -- layout -------------------------------------------------------------------------
    def _queue_columns(self) -> list[Column]:
        return [
            Column(self.tr("Loan"), lambda r: r.loan_number),
            Column(self.tr("Borrower"), lambda r: r.customer_name),
            Column(
                self.tr("Bucket"),
                lambda r: label("Bucket", r.bucket),
                lambda r: collections.BUCKET_RANK.get(r.bucket, 0),
            ),
            Column(
                self.tr("Days past due"),
                lambda r: format_count(r.days_past_due),
                lambda r: r.days_past_due,
                True,
            ),
            Column(
                self.tr("Overdue"),
                lambda r: format_money(r.amount_overdue),
                lambda r: r.amount_overdue,
                True,
            ),
            Column(
                self.tr("Broken promises"),
                lambda r: format_count(r.broken_promises),
                lambda r: r.broken_promises,
                True,
            ),
            Column(
                self.tr("Last contact"),
                self._last_contact,
                lambda r: r.last_contact_at.timestamp() if r.last_contact_at else 0.0,
            ),
            Column(self.tr("Collector"), lambda r: r.assigned_to),
        ]

    def _last_contact(self, row: collections.QueueRow) -> str:
        return format_datetime(row.last_contact_at) if row.last_contact_at else "-"

    def _timeline_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda t: format_datetime(t.at), lambda t: t.at),
            Column(self.tr("What"), lambda t: label("TimelineKind", t.kind)),
            Column(self.tr("Channel"), lambda t: label("Channel", t.channel) if t.channel else ""),
            Column(self.tr("Party"), lambda t: label("Party", t.party) if t.party else ""),
            Column(self.tr("Outcome"), _timeline_outcome),
            Column(
                self.tr("Amount"),
                lambda t: format_money(t.amount),
                lambda t: t.amount or 0,
                align_right=True,
            ),
            Column(self.tr("Note"), lambda t: translate_service_message(t.note)),
        ]

    def _reminder_columns(self) -> list[Column]:
        return [
            Column(self.tr("Channel"), lambda r: label("Channel", r.channel)),
            Column(self.tr("Template"), lambda r: label("ReminderTemplate", r.template)),
            Column(self.tr("Recipient"), lambda r: r.recipient),
            Column(self.tr("Status"), lambda r: label("ReminderStatus", r.status)),
            Column(
                self.tr("Attempts"),
                lambda r: format_count(r.attempts),
                lambda r: r.attempts,
                align_right=True,
            ),
            Column(self.tr("Last error"), lambda r: translate_service_message(r.last_error)),
        ]

    def _table(self, model: RecordTableModel, name: str, hint: str) -> QTableView:
        table = HintTableView(hint)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        return table

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.everyone)
        for text, handler, permission in (
            (self.tr("Refresh"), self.refresh, Permission.COLLECTION_WORK),
            (self.tr("Send reminders"), self._on_send_reminders, Permission.COLLECTION_WORK),
            (self.tr("Run end of day…"), self._on_run_eod, Permission.EOD_RUN),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            button.setVisible(self.session.actor.can(permission))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _queue_page(self) -> QWidget:
        case_panel = QWidget()
        box = QVBoxLayout(case_panel)
        box.addWidget(self.case_title)
        box.addWidget(self.posting)
        actions = QHBoxLayout()
        for text, handler in (
            (self.tr("Log contact…"), self._on_log_contact),
            (self.tr("Record promise…"), self._on_record_promise),
            (self.tr("Post payment…"), self._on_post_payment),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            actions.addWidget(button)
        actions.addStretch(1)
        box.addLayout(actions)
        box.addLayout(self._escalation_buttons())
        timeline = self._table(
            self.timeline_model,
            self.tr("Case timeline"),
            self.tr("Nothing recorded on this case yet."),
        )
        box.addWidget(timeline, 1)
        splitter = QSplitter()
        splitter.addWidget(self.queue_table)
        splitter.addWidget(case_panel)
        splitter.setSizes([720, 480])
        return splitter

    def _escalation_buttons(self) -> QGridLayout:
        """Two by two, so the case pane stays narrow enough for the queue beside it."""
        grid = QGridLayout()
        for n, (kind, text) in enumerate(
            (
                ("settlement", self.tr("Request settlement…")),
                ("restructure", self.tr("Request restructure…")),
                ("write_off", self.tr("Request write-off…")),
                ("hardship_hold", self.tr("Request hardship hold…")),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self._on_escalate(k))
            grid.addWidget(button, n // 2, n % 2)
        grid.setColumnStretch(2, 1)
        return grid

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        everyone = self.everyone.isChecked()
        Op(self, lambda: collections.queue_page(self.session, everyone)).on_success(
            self._on_queue_loaded
        ).run()
        Op(self, lambda: reminders.list_reminders(self.session)).on_success(
            self.reminder_model.set_rows
        ).run()

    def _load_page(self, offset: int) -> None:
        everyone = self.everyone.isChecked()
        Op(self, lambda: collections.queue_page(self.session, everyone, offset)).on_success(
            self.queue_model.add_page
        ).run()

    def _on_queue_loaded(self, page: collections.QueuePage) -> None:
        self.queue_model.set_page(page)
        self.queue_table.resizeColumnsToContents()
        self.status.setText(self.tr("%n open case(s)", "", page.total))
        if self.case is not None and not any(r.case_id == self.case.case_id for r in page.rows):
            self._show_case(None)

    def _on_case_selected(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.open_case(self.queue_model.row_object(current.row()).case_id)

    def open_case(self, case_id: uuid.UUID) -> None:
        Op(self, lambda: collections.case_view(self.session, case_id)).on_success(
            self._show_case
        ).run()

    def _show_case(self, case: collections.CaseView | None) -> None:
        self.case = case
        self.timeline_model.set_rows(case.timeline if case else [])
        if case is None:
            self.case_title.setText(self.tr("Select a case"))
            return
        loan = case.loan
        self.case_title.setText(
            self.tr("%1 · loan %2 · %3 days past due · overdue %4 · outstanding principal %5%6")
            .replace("%1", case.customer_name)
            .replace("%2", loan.number)
            .replace("%3", format_count(loan.days_past_due))
            .replace("%4", format_money(loan.amount_overdue))
            .replace("%5", format_money(loan.outstanding_principal))
            .replace("%6", self._hold_text(case.hold))
        )

    def _hold_text(self, hold: str) -> str:
        return self.tr(" · contact on hold (%1)").replace("%1", label("Hold", hold)) if hold else ""

    # -- actions -----------------------------------------------------------------------
    def submit_contact(
        self, channel: str, party: str, point: uuid.UUID | None, outcome: str, note: str
    ) -> None:
        case_id = self._case_id()
        Op(
            self,
            lambda: collections.log_contact(
                self.session, case_id, channel, party, point, outcome, note
            ),
        ).on_success(lambda _id: self._after_change()).run()

    def submit_promise(self, amount: str, due: date) -> None:
        case_id = self._case_id()
        Op(self, lambda: collections.record_promise(self.session, case_id, amount, due)).on_success(
            lambda _id: self._after_change()
        ).run()

    def submit_payment(self, amount: str, channel: str, value_date: date, key: str) -> None:
        assert self.case is not None
        loan_id = self.case.loan.id
        Op(
            self,
            lambda: servicing.post_repayment(
                self.session, loan_id, amount, channel, value_date, key
            ),
        ).on_success(self._on_payment_posted).run()

    def _on_payment_posted(self, result: servicing.PostingResult) -> None:
        show_allocation(self.posting, result)
        self._after_change()
        self.refresh()

    def _after_change(self) -> None:
        if self.case is not None:
            self.open_case(self.case.case_id)

    def _case_id(self) -> uuid.UUID:
        assert self.case is not None
        return self.case.case_id

    def _on_log_contact(self) -> None:
        if self.case is None:
            return
        dialog = ContactDialog(self.case.contacts, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.submit_contact(*dialog.values())

    def _on_record_promise(self) -> None:
        if self.case is None:
            return
        dialog = PromiseDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.submit_promise(dialog.amount.text(), cast(date, dialog.due.date().toPython()))

    def _on_post_payment(self) -> None:
        if self.case is None:
            return
        dialog = RepaymentDialog(self.case.loan.number, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.submit_payment(
                dialog.amount.text(),
                dialog.channel.currentData(),
                cast(date, dialog.value_date.date().toPython()),
                dialog.key,
            )

    def _on_escalate(self, kind: str) -> None:
        if self.case is None:
            return
        dialog = EscalationDialog(kind, self.case.loan.number, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.submit_escalation(dialog)

    def submit_escalation(self, dialog: EscalationDialog) -> None:
        case_id, reason, kind = self._case_id(), dialog.reason.text(), dialog.kind
        asks = {
            "settlement": lambda: escalations.request_settlement(
                self.session, case_id, dialog.amount.text(), reason
            ),
            "restructure": lambda: escalations.request_restructure(
                self.session, case_id, dialog.months.value(), dialog.rate.text(), reason
            ),
            "write_off": lambda: escalations.request_write_off(self.session, case_id, reason),
            "hardship_hold": lambda: escalations.request_hardship_hold(
                self.session, case_id, dialog.days.value(), reason
            ),
        }
        Op(self, asks[kind]).on_success(
            lambda _id: self.posting.setText(self.tr("Sent to a supervisor for approval."))
        ).run()

    def _on_send_reminders(self) -> None:
        Op(self, lambda: reminders.send_due(self.session), network=True).with_progress(
            self.tr("Sending reminders…")
        ).on_success(lambda _r: self.refresh()).run()

    def _on_run_eod(self) -> None:
        dialog = EodDialog(self.session, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()


def _timeline_outcome(item: collections.TimelineItem) -> str:
    """A contact's outcome, a promise's state or a ledger entry's kind, by the item's kind."""
    family = {"promise": "PromiseStatus", "payment": "LedgerKind"}.get(item.kind, "ContactOutcome")
    return label(family, item.outcome) if item.outcome else ""
