"""Month-end bureau reporting (supervisors): months, their files, generate, validate,
export and correct.

A month appears once its month-end states are recorded by the end of day. The file
holds full ID numbers, so this screen shows them masked and an export may first ask
for the password again (the service raises StepUpRequired; checked off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import bureau_reporting as reporting
from workstation.services.bureau_format import Problem
from workstation.services.bureau_reporting import MonthInfo, RecordView, SubmissionInfo
from workstation.services.session import StepUpRequired, UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.errors import officer_message
from workstation.views.formatting import format_count, format_datetime
from workstation.views.ops import Op
from workstation.views.password_dialog import confirm_then
from workstation.views.table_model import Column, RecordTableModel


class CorrectionDialog(QDialog):
    """New values for one account's record in a past month, and the reason."""

    FIELDS = ("balance", "overdue", "days_past_due", "status", "closed")

    def __init__(self, record: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Correct account %1").replace("%1", record.account))
        labels = {
            "balance": self.tr("Balance"),
            "overdue": self.tr("Amount overdue"),
            "days_past_due": self.tr("Days past due"),
            "status": self.tr("Status code (N, 1-7, C, W)"),
            "closed": self.tr("Closing date (YYYY-MM-DD)"),
        }
        self.edits = {name: QLineEdit(str(getattr(record, name))) for name in self.FIELDS}
        self.reason = QLineEdit()
        form = QFormLayout()
        for name in self.FIELDS:
            form.addRow(labels[name], self.edits[name])
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        return {
            name: edit.text().strip()
            for name, edit in self.edits.items()
            if edit.text().strip() != str(getattr(self.record, name))
        }


class BureauView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.months_model = RecordTableModel(self._month_columns(), self)
        self.files_model = RecordTableModel(self._file_columns(), self)
        self.records_model = RecordTableModel(self._record_columns(), self)
        self.months = self._table(
            self.months_model,
            self.tr("Months"),
            self.tr("No month end recorded yet: the end of day on a month's last day adds one."),
        )
        self.files = self._table(
            self.files_model, self.tr("Files"), self.tr("No file generated for this month yet.")
        )
        self.records = self._table(
            self.records_model, self.tr("Records"), self.tr("Select a file to see its records.")
        )
        self.months.clicked.connect(self._on_month_clicked)
        self.files.clicked.connect(self._on_file_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.months)
        split.addWidget(self.files)
        split.setSizes([300, 700])
        layout.addWidget(split, 1)
        layout.addWidget(QLabel(self.tr("Records of the selected file (ID numbers masked)")))
        layout.addWidget(self.records, 2)
        layout.addWidget(self.message)
        self.refresh()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        actions: list[tuple[str, str, Callable[[], None]]] = [
            ("generate", self.tr("Generate month file"), self._on_generate),
            ("validate", self.tr("Validate"), self._on_validate),
            ("export", self.tr("Export…"), self._on_export),
            ("correct", self.tr("Correct a record…"), self._on_correct),
        ]
        for key, text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def _table(self, model: RecordTableModel, name: str, hint: str) -> QTableView:
        table = HintTableView(hint)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _month_columns(self) -> list[Column]:
        return [
            Column(self.tr("Month"), lambda m: m.month, lambda m: m.month),
            Column(self.tr("Loans"), lambda m: format_count(m.loans), lambda m: m.loans, True),
            Column(self.tr("Files"), lambda m: format_count(len(m.submissions))),
        ]

    def _file_columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), lambda f: f"{f.sequence:03d}", lambda f: f.sequence),
            Column(self.tr("Kind"), self.kind_name),
            Column(self.tr("Records"), lambda f: format_count(f.records), None, True),
            Column(self.tr("Generated"), lambda f: format_datetime(f.generated_at)),
            Column(self.tr("By"), lambda f: f.generated_by),
            Column(self.tr("SHA-256"), lambda f: f.sha256[:16]),
            Column(self.tr("Reason"), lambda f: f.note),
        ]

    def _record_columns(self) -> list[Column]:
        return [
            Column(self.tr("Account"), lambda r: r.account),
            Column(self.tr("ID number"), lambda r: r.id_masked),
            Column(self.tr("Balance"), lambda r: r.balance, None, True),
            Column(self.tr("Overdue"), lambda r: r.overdue, None, True),
            Column(self.tr("Days past due"), lambda r: r.days_past_due, None, True),
            Column(self.tr("Status"), lambda r: r.status),
            Column(self.tr("Closed"), lambda r: r.closed),
        ]

    def kind_name(self, f: SubmissionInfo) -> str:
        return self.tr("Month end") if f.kind == "monthly" else self.tr("Correction")

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        Op(self, lambda: reporting.months(self.session)).on_success(self._on_months).on_failure(
            self._on_failed
        ).run()

    def _on_months(self, months: list[MonthInfo]) -> None:
        chosen = self.current_month()
        self.months_model.set_rows(months)
        self.months.resizeColumnsToContents()
        keys = [m.month for m in months]
        row = keys.index(chosen.month) if chosen and chosen.month in keys else 0
        if months:
            self.months.selectRow(row)
            self._show_month(months[row])
        self._enable()

    def current_month(self) -> MonthInfo | None:
        rows = self.months.selectionModel().selectedRows()
        return self.months_model.row_object(rows[0].row()) if rows else None

    def current_file(self) -> SubmissionInfo | None:
        rows = self.files.selectionModel().selectedRows()
        return self.files_model.row_object(rows[0].row()) if rows else None

    def _on_month_clicked(self, index: QModelIndex) -> None:
        self._show_month(self.months_model.row_object(index.row()))

    def _show_month(self, month: MonthInfo) -> None:
        self.files_model.set_rows(list(month.submissions))
        self.files.resizeColumnsToContents()
        self.records_model.set_rows([])
        if month.submissions:
            self.files.selectRow(len(month.submissions) - 1)
            self._show_file(month.submissions[-1])
        self._enable()

    def _on_file_clicked(self, index: QModelIndex) -> None:
        self._show_file(self.files_model.row_object(index.row()))

    def _show_file(self, f: SubmissionInfo) -> None:
        Op(self, lambda: reporting.records(self.session, f.submission_id)).on_success(
            self._on_records
        ).on_failure(self._on_failed).run()
        self._enable()

    def _on_records(self, rows: list[RecordView]) -> None:
        self.records_model.set_rows(rows)
        self.records.resizeColumnsToContents()

    def _enable(self) -> None:
        month, chosen = self.current_month(), self.current_file()
        self.buttons["generate"].setEnabled(month is not None and not month.submissions)
        for key in ("validate", "export"):
            self.buttons[key].setEnabled(chosen is not None)
        self.buttons["correct"].setEnabled(month is not None and bool(month.submissions))

    def _on_failed(self, exc: BaseException) -> None:
        self.message.setText(officer_message(exc))

    # --- actions -----------------------------------------------------------------------

    def _on_generate(self) -> None:
        month = self.current_month()
        if month is None:
            return
        Op(self, lambda: reporting.generate(self.session, month.month)).on_success(
            self._on_generated
        ).on_failure(self._on_failed).with_progress(self.tr("Generating…")).run()

    def _on_generated(self, made: reporting.Generated) -> None:
        f = made.submission
        text = self.tr("File for %1 generated and validated: %2 records.")
        self.message.setText(text.replace("%1", f.month).replace("%2", str(f.records)))
        self.refresh()

    def _on_validate(self) -> None:
        chosen = self.current_file()
        if chosen is not None:
            Op(self, lambda: reporting.check(self.session, chosen.submission_id)).on_success(
                self._on_checked
            ).on_failure(self._on_failed).run()

    def _on_checked(self, problems: list[Problem]) -> None:
        if not problems:
            self.message.setText(self.tr("The file is valid."))
            return
        shown = "\n".join(str(p) for p in problems[:10])
        self.message.setText(self.tr("The file has problems:") + "\n" + shown)

    def _on_export(self) -> None:
        chosen = self.current_file()
        if chosen is None:
            return
        name = f"crb-{chosen.month}-{chosen.sequence:03d}.txt"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export reporting file"), name, self.tr("Text (*.txt)")
        )
        if path:
            self.export_to(chosen, Path(path))

    def export_to(self, chosen: SubmissionInfo, path: Path) -> None:
        retry = partial(self.export_to, chosen, path)
        Op(self, lambda: reporting.export(self.session, chosen.submission_id, path)).on_success(
            lambda _f: self.message.setText(self.tr("Exported to %1.").replace("%1", str(path)))
        ).on_failure(partial(self._on_export_failed, retry)).run()

    def _on_export_failed(self, retry: Callable[[], None], exc: Exception) -> None:
        if not isinstance(exc, StepUpRequired):
            self._on_failed(exc)
            return
        confirm_then(
            self,
            self.session,
            self.tr("Confirm export"),
            self.tr("The file holds full identity numbers. Enter your password to confirm:"),
            retry,
            self._on_failed,
        )

    def _on_correct(self) -> None:
        rows = self.records.selectionModel().selectedRows()
        month = self.current_month()
        if month is None or not rows:
            self.message.setText(self.tr("Select the record to correct first."))
            return
        dialog = CorrectionDialog(self.records_model.row_object(rows[0].row()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.correct(month.month, dialog.record.account, dialog.changes(), dialog.reason.text())

    def correct(self, month: str, account: str, changes: dict[str, str], reason: str) -> None:
        Op(
            self, lambda: reporting.correct(self.session, month, account, changes, reason)
        ).on_success(self._on_corrected).on_failure(self._on_failed).run()

    def _on_corrected(self, fix: SubmissionInfo) -> None:
        text = self.tr("Correction %1 for %2 generated and validated.")
        self.message.setText(text.replace("%1", f"{fix.sequence:03d}").replace("%2", fix.month))
        self.refresh()
