"""The compliance queue: AML alerts, why each fired, closing with a disposition, reports.

Only users with `aml:review` see the screen; the services check every call again.
Report files hold full identity numbers, so an export may first ask for the password
again (the service raises StepUpRequired; the password is checked off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import aml, aml_reports
from workstation.services.session import StepUpRequired, UserSession
from workstation.views import compliance_words as words
from workstation.views.empty_state import HintTableView
from workstation.views.errors import officer_message
from workstation.views.formatting import format_date, format_datetime, format_money
from workstation.views.ops import Op
from workstation.views.password_dialog import confirm_then
from workstation.views.table_model import Column, RecordTableModel


class CloseAlertDialog(QDialog):
    """Disposition and reason; OK stays disabled until a reason is written."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close alert"))
        self.disposition = QComboBox()
        for code in aml.DISPOSITIONS:
            self.disposition.addItem(words.disposition_name(code), code)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why (required)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_changed)
        self._on_reason_changed()
        form = QFormLayout(self)
        form.addRow(self.tr("Disposition"), self.disposition)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.buttons)

    def _on_reason_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def choice(self) -> tuple[str, str]:
        return str(self.disposition.currentData()), self.reason.toPlainText().strip()


class ComplianceScreen(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: aml.AlertDetail | None = None
        self.model = RecordTableModel(
            [
                Column(self.tr("Rule"), lambda r: words.rule_name(r.rule)),
                Column(self.tr("Customer"), lambda r: r.customer_name),
                Column(self.tr("ID number"), lambda r: r.customer_id_masked),
                Column(
                    self.tr("Amount"), lambda r: format_money(r.amount), lambda r: r.amount, True
                ),
                Column(
                    self.tr("Business date"),
                    lambda r: format_date(r.business_date),
                    lambda r: r.business_date,
                ),
                Column(self.tr("Status"), lambda r: words.status_name(r.status)),
                Column(self.tr("Disposition"), lambda r: words.disposition_name(r.disposition)),
            ],
            self,
        )
        self.table = HintTableView(self.tr("No alerts match: nothing is waiting for review."))
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("AML alerts"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane())
        splitter.setSizes([600, 560])
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(splitter, 1)
        layout.addLayout(self._report_bar())
        layout.addWidget(self.message)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _filters(self) -> QHBoxLayout:
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for code, text in (
            ("open", self.tr("Open")),
            ("closed", self.tr("Closed")),
            ("", self.tr("All")),
        ):
            self.status.addItem(text, code)
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Rule"))
        self.rule.addItem(self.tr("All rules"), "")
        for code in words.RULES:
            self.rule.addItem(words.rule_name(code), code)
        for combo in (self.status, self.rule):
            combo.currentIndexChanged.connect(self.refresh)
        self.run_date = QDateEdit(
            QDate.fromString(self.session.now().date().isoformat(), "yyyy-MM-dd")
        )
        self.run_date.setCalendarPopup(True)
        self.run_date.setAccessibleName(self.tr("Monitoring date"))
        self.run_date.setDisplayFormat("yyyy-MM-dd")
        run = QPushButton(self.tr("Run monitoring for"))
        run.clicked.connect(self.run_monitoring)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status")))
        row.addWidget(self.status)
        row.addWidget(QLabel(self.tr("Rule")))
        row.addWidget(self.rule)
        row.addStretch(1)
        row.addWidget(run)
        row.addWidget(self.run_date)
        return row

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        self.heading = QLabel(self.tr("Select an alert."))
        self.reason_fired = QLabel()
        self.review = QLabel()
        for shown in (self.heading, self.reason_fired, self.review):
            shown.setWordWrap(True)
        self.transactions = RecordTableModel(
            [
                Column(
                    self.tr("Date"), lambda t: format_date(t.value_date), lambda t: t.value_date
                ),
                Column(self.tr("Loan"), lambda t: t.loan_number),
                Column(self.tr("Kind"), lambda t: words.word(t.kind)),
                Column(self.tr("Channel"), lambda t: words.word(t.channel)),
                Column(
                    self.tr("Amount"), lambda t: format_money(t.amount), lambda t: t.amount, True
                ),
                Column(self.tr("From account"), lambda t: t.source_account_masked),
            ],
            self,
        )
        self.transaction_table = table = QTableView()
        table.setModel(self.transactions)
        table.setAccessibleName(self.tr("Transactions behind the alert"))
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close with disposition…"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self._on_close_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Alert"), self.heading)
        form.addRow(self.tr("Why it fired"), self.reason_fired)
        form.addRow(self.tr("Review"), self.review)
        layout = QVBoxLayout(pane)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Transactions")))
        layout.addWidget(table, 1)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)
        layout.addWidget(self.close_button)
        return pane

    def _report_bar(self) -> QHBoxLayout:
        self.file_format = QComboBox()
        self.file_format.setAccessibleName(self.tr("Report file format"))
        for code in aml_reports.FORMATS:
            self.file_format.addItem(code.upper(), code)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reports of alerts closed as “Report”:")))
        for kind, text in (
            ("large_value", self.tr("Large-value report…")),
            ("suspicious", self.tr("Suspicious transaction report…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(partial(self._on_export_clicked, kind))
            row.addWidget(button)
        row.addWidget(self.file_format)
        row.addStretch(1)
        return row

    # -- queue and detail -------------------------------------------------------------------
    def refresh(self) -> None:
        status, rule = self.status.currentData(), self.rule.currentData()
        Op(self, lambda: aml.queue(self.session, status, rule)).on_success(self._on_loaded).run()

    def _on_loaded(self, rows: list[aml.AlertRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _on_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self._show(None)
            return
        alert_id = self.model.row_object(index.row()).id
        Op(self, lambda: aml.alert_detail(self.session, alert_id)).on_success(self._show).run()

    def _show(self, detail: aml.AlertDetail | None) -> None:
        self.current = detail
        self.close_button.setEnabled(detail is not None and detail.row.status == "open")
        if detail is None:
            self.heading.setText(self.tr("Select an alert."))
            for label in (self.reason_fired, self.review, self.history):
                label.clear()
            self.transactions.set_rows([])
            return
        row = detail.row
        self.heading.setText(
            f"{words.rule_name(row.rule)} · {row.customer_name} {row.customer_id_masked}"
        )
        self.reason_fired.setText(words.why(row.rule, row.amount, detail.details))
        self.review.setText(self._review_text(detail))
        self.transactions.set_rows(list(detail.transactions))
        self.transaction_table.resizeColumnsToContents()
        self.history.setText(
            "\n".join(
                f"{format_datetime(e.occurred_at)}  {words.word(e.action)}  {e.actor}  {e.note}"
                for e in detail.history
            )
        )

    def _review_text(self, detail: aml.AlertDetail) -> str:
        if detail.row.status == "open":
            return self.tr("Open: waiting for a reviewer.")
        text = self.tr("%1 by %2 on %3: %4")
        for number, value in enumerate(
            (
                words.disposition_name(detail.row.disposition),
                detail.reviewer,
                format_datetime(detail.reviewed_at),
                detail.reason,
            ),
            start=1,
        ):
            text = text.replace(f"%{number}", value)
        return text

    # -- actions ----------------------------------------------------------------------------
    def run_monitoring(self) -> None:
        day = date.fromisoformat(self.run_date.date().toString("yyyy-MM-dd"))
        Op(self, lambda: aml.run(self.session, day)).on_success(self._on_ran).on_failure(
            self._on_failed
        ).run()

    def _on_ran(self, result: aml.PassResult) -> None:
        text = self.tr("Monitoring for %1: %2 new alerts (%3 raised before).")
        for number, value in enumerate(
            (format_date(result.business_date), result.total, result.already_raised), start=1
        ):
            text = text.replace(f"%{number}", str(value))
        self.message.setText(text)
        self.refresh()

    def _on_close_clicked(self) -> None:
        dialog = CloseAlertDialog(self)
        dialog.accepted.connect(lambda: self.close_current(*dialog.choice()))
        dialog.open()

    def close_current(self, disposition: str, reason: str) -> None:
        if self.current is None:
            return
        alert_id = self.current.row.id
        Op(self, lambda: aml.close_alert(self.session, alert_id, disposition, reason)).on_success(
            self._on_closed
        ).on_failure(self._on_failed).run()

    def _on_closed(self, detail: aml.AlertDetail) -> None:
        text = self.tr("Alert closed: %1.").replace(
            "%1", words.disposition_name(detail.row.disposition)
        )
        self.message.setText(text)
        self.refresh()

    def _on_failed(self, exc: Exception) -> None:
        self.message.setText(officer_message(exc))

    def _on_export_clicked(self, kind: str) -> None:
        fmt = str(self.file_format.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), f"{kind}.{fmt}", f"{fmt.upper()} (*.{fmt})"
        )
        if path:
            self.export_to(kind, fmt, Path(path))

    def export_to(self, kind: str, fmt: str, path: Path) -> None:
        retry = partial(self.export_to, kind, fmt, path)
        Op(self, lambda: aml_reports.export_reports(self.session, kind, fmt, path)).on_success(
            self._on_exported
        ).on_failure(partial(self._on_export_failed, retry)).run()

    def _on_exported(self, result: aml_reports.ReportResult) -> None:
        text = self.tr("Report %1 written: %2 records to %3.")
        for number, value in enumerate((result.number, result.records, result.path), start=1):
            text = text.replace(f"%{number}", str(value))
        self.message.setText(text)
        self.refresh()

    def _on_export_failed(self, retry: Callable[[], None], exc: Exception) -> None:
        if not isinstance(exc, StepUpRequired):
            self._on_failed(exc)
            return
        confirm_then(
            self,
            self.session,
            self.tr("Confirm report export"),
            self.tr("The report holds full identity numbers. Enter your password to confirm:"),
            retry,
            self._on_failed,
        )
