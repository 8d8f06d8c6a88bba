"""The supervisors' early-warning screen: loans to act on, why, and what was done.

Thin: the list, the detail and recording an action are service calls through Op
(services/early_warning_list.py); this module only turns signal codes and their facts
into the officer's words.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.services import early_warning_list as ew
from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import format_count, format_date, format_datetime, format_money
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.table_model import Column, RecordTableModel

CONTEXT = "EarlyWarningView"
SEVERITY_COLOURS = {"critical": "#b3261e", "high": "#c25e00", "watch": "#8a6d00"}
# Source texts (QT_TRANSLATE_NOOP, typed object by PySide) for the codes the service keeps.
NAMES: dict[str, object] = {
    "none": QT_TRANSLATE_NOOP("EarlyWarningView", "None"),
    "watch": QT_TRANSLATE_NOOP("EarlyWarningView", "Watch"),
    "high": QT_TRANSLATE_NOOP("EarlyWarningView", "High"),
    "critical": QT_TRANSLATE_NOOP("EarlyWarningView", "Critical"),
    "open": QT_TRANSLATE_NOOP("EarlyWarningView", "Open"),
    "actioned": QT_TRANSLATE_NOOP("EarlyWarningView", "Actioned"),
    "closed": QT_TRANSLATE_NOOP("EarlyWarningView", "Closed"),
    "call_borrower": QT_TRANSLATE_NOOP("EarlyWarningView", "Call the borrower"),
    "visit": QT_TRANSLATE_NOOP("EarlyWarningView", "Visit the borrower"),
    "reduce_limit": QT_TRANSLATE_NOOP("EarlyWarningView", "Reduce the limit"),
    "restructure_offer": QT_TRANSLATE_NOOP("EarlyWarningView", "Offer a restructuring"),
    "escalate": QT_TRANSLATE_NOOP("EarlyWarningView", "Escalate to head office"),
    "no_action": QT_TRANSLATE_NOOP("EarlyWarningView", "No action needed"),
    "missed_payment": QT_TRANSLATE_NOOP("EarlyWarningView", "Missed payment"),
    "partial_payment": QT_TRANSLATE_NOOP("EarlyWarningView", "Partial payment"),
    "dpd_rising": QT_TRANSLATE_NOOP("EarlyWarningView", "Arrears rising"),
    "broken_promise": QT_TRANSLATE_NOOP("EarlyWarningView", "Broken promise"),
    "contact_changed": QT_TRANSLATE_NOOP("EarlyWarningView", "Contact details changed"),
    "watchlist_hit": QT_TRANSLATE_NOOP("EarlyWarningView", "Watch-list hit"),
    "bureau_inquiries": QT_TRANSLATE_NOOP("EarlyWarningView", "New bureau inquiries"),
    "bureau_debt": QT_TRANSLATE_NOOP("EarlyWarningView", "Bureau debt up"),
}
REASONS: dict[str, object] = {
    "missed_payment": QT_TRANSLATE_NOOP(
        "EarlyWarningView", "%1 installment(s) with nothing paid, the first due on %2."
    ),
    "partial_payment": QT_TRANSLATE_NOOP(
        "EarlyWarningView", "%1 installment(s) that fell due are only partly paid."
    ),
    "dpd_rising": QT_TRANSLATE_NOOP(
        "EarlyWarningView", "Arrears moved from “%1” at the last month end to “%2”."
    ),
    "broken_promise": QT_TRANSLATE_NOOP(
        "EarlyWarningView", "%1 promise(s) to pay broken in the last 90 days, the last due on %2."
    ),
    "contact_changed": QT_TRANSLATE_NOOP(
        "EarlyWarningView",
        "Contact details changed on %1, shortly before the first due date missed (%2).",
    ),
    "watchlist_hit": QT_TRANSLATE_NOOP(
        "EarlyWarningView",
        "%1 watch-list match(es) since the loan was paid out, the last on %2; not cleared.",
    ),
    "watchlist_confirmed": QT_TRANSLATE_NOOP(
        "EarlyWarningView", "A confirmed watch-list match since the loan was paid out."
    ),
    "bureau_inquiries": QT_TRANSLATE_NOOP(
        "EarlyWarningView", "Bureau inquiries in six months rose from %1 to %2 (report of %3)."
    ),
    "bureau_debt": QT_TRANSLATE_NOOP(
        "EarlyWarningView", "Debt reported to the bureau rose from %1 to %2 (report of %3)."
    ),
}


def name(code: str) -> str:
    """The officer's word for a severity, status, action or signal code."""
    source = NAMES.get(code)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else code.replace("_", " ")


def _day(value: Any) -> str:
    try:
        return format_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _arguments(signal: ew.Signal) -> tuple[str, list[str]]:
    """The reason's source key and its %1, %2 … values (only the signal's own facts)."""
    f, code = signal.facts, signal.code
    if code == "watchlist_hit" and f.get("confirmed"):
        return "watchlist_confirmed", []

    def money(key: str) -> str:
        return format_money(Decimal(str(f.get(key))))

    values: dict[str, Callable[[], list[Any]]] = {
        "missed_payment": lambda: [f.get("installments"), _day(f.get("first_due"))],
        "partial_payment": lambda: [f.get("installments")],
        "dpd_rising": lambda: [
            label("Bucket", str(f.get("before"))),
            label("Bucket", str(f.get("now"))),
        ],
        "broken_promise": lambda: [f.get("count"), _day(f.get("last_due"))],
        "contact_changed": lambda: [_day(f.get("last_change")), _day(f.get("first_due"))],
        "watchlist_hit": lambda: [f.get("hits"), _day(f.get("last_hit"))],
        "bureau_inquiries": lambda: [f.get("before"), f.get("after"), _day(f.get("after_date"))],
        "bureau_debt": lambda: [money("before"), money("after"), _day(f.get("after_date"))],
    }
    found = values.get(code)
    return code, [str(v) for v in found()] if found else []


def signal_reason(signal: ew.Signal) -> str:
    """One sentence saying what happened, with the facts the pass recorded."""
    key, values = _arguments(signal)
    source = REASONS.get(key)
    if source is None:
        return ""
    text = QCoreApplication.translate(CONTEXT, str(source))
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


class ActionDialog(QDialog):
    """Choose what was done and say why; the service insists on a note where one is needed."""

    def __init__(self, loan_number: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record action on %1").replace("%1", loan_number))
        self.action = QComboBox()
        for code in ew.ACTIONS:
            self.action.addItem(name(code), code)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was agreed or found, and why"))
        self.note.setFixedHeight(90)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        return str(self.action.currentData()), self.note.toPlainText()


class EarlyWarningView(QWidget):
    FILTERS = ("current", "open", "actioned", "closed")

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: ew.WarningDetail | None = None
        self.list_model = RecordTableModel(self._list_columns(), self)
        self.action_model = RecordTableModel(self._action_columns(), self)
        self.table = HintTableView(
            self.tr("No loans to act on: the last daily pass found no signals.")
        )
        self.table.setModel(self.list_model)
        self.table.setAccessibleName(self.tr("Early warnings"))
        self.table.setSelectionBehavior(HintTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_selected)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane())
        splitter.setSizes([640, 420])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.refresh()

    # -- layout -------------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        names = (
            self.tr("Open and actioned"),
            self.tr("Open"),
            self.tr("Actioned"),
            self.tr("Closed"),
        )
        for code, name in zip(self.FILTERS, names, strict=True):
            self.filter.addItem(name, code)
        self.filter.currentIndexChanged.connect(self.refresh)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.filter)
        bar.addWidget(refresh)
        bar.addStretch(1)
        return bar

    def _detail_pane(self) -> QWidget:
        self.title = QLabel(self.tr("Select a loan"))
        self.title.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.act_button = QPushButton(self.tr("Record action…"))
        self.act_button.setEnabled(False)
        self.act_button.clicked.connect(self._on_act_clicked)
        history = HintTableView(self.tr("No action recorded yet."))
        history.setModel(self.action_model)
        history.setAccessibleName(self.tr("Actions taken"))
        history.verticalHeader().setVisible(False)
        history.horizontalHeader().setStretchLastSection(True)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Why this loan is on the list")))
        layout.addWidget(self.reasons)
        layout.addWidget(self.act_button)
        layout.addWidget(QLabel(self.tr("Actions taken")))
        layout.addWidget(history, 1)
        return pane

    def _list_columns(self) -> list[Column]:
        def score(r: ew.WarningRow) -> int:
            return r.behaviour_score

        return [
            Column(self.tr("Loan"), lambda r: r.loan_number),
            Column(self.tr("Customer"), lambda r: r.customer_name),
            Column(self.tr("Severity"), lambda r: name(r.severity), score),
            Column(self.tr("Score"), lambda r: str(r.behaviour_score), score, True),
            Column(self.tr("Signals"), lambda r: "; ".join(name(s.code) for s in r.signals)),
            Column(self.tr("Status"), lambda r: name(r.status)),
            Column(
                self.tr("Days past due"),
                lambda r: str(r.days_past_due),
                lambda r: r.days_past_due,
                True,
            ),
            Column(
                self.tr("Overdue"),
                lambda r: format_money(r.amount_overdue),
                lambda r: r.amount_overdue,
                True,
            ),
        ]

    def _action_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda a: format_datetime(a.at), lambda a: a.at),
            Column(self.tr("Action"), lambda a: name(a.action)),
            Column(self.tr("By"), lambda a: a.actor),
            Column(self.tr("Note"), lambda a: a.note),
        ]

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        code = str(self.filter.currentData())
        status = None if code == "current" else code
        Op(self, lambda: ew.warning_list(self.session, status)).on_success(self._on_loaded).run()

    def _on_loaded(self, page: ew.WarningPage) -> None:
        self.list_model.set_rows(page.rows)
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("%1 of %2 warnings shown, riskiest first.")
            .replace("%1", format_count(len(page.rows)))
            .replace("%2", format_count(page.total))
        )
        self._show(None)

    def _on_selected(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        warning_id = self.list_model.row_object(current.row()).warning_id
        Op(self, lambda: ew.warning_detail(self.session, warning_id)).on_success(self._show).run()

    def _show(self, detail: ew.WarningDetail | None) -> None:
        self.detail = detail
        self.act_button.setEnabled(detail is not None and detail.row.status != "closed")
        if detail is None:
            self.title.setText(self.tr("Select a loan"))
            self.reasons.setText("")
            self.action_model.set_rows([])
            return
        row = detail.row
        self.title.setText(
            f"<b>{row.loan_number}</b> · {row.customer_name} · "
            f"<span style='color:{SEVERITY_COLOURS.get(row.severity, '#444')}'>"
            f"{name(row.severity)} ({row.behaviour_score})</span> · "
            f"{label('Bucket', detail.bucket)} · {name(row.status)}"
        )
        lines = [f"<li><b>{name(s.code)}</b>: {signal_reason(s)}</li>" for s in row.signals]
        self.reasons.setText(f"<ul>{''.join(lines)}</ul>" if lines else self.tr("No signal now."))
        self.action_model.set_rows(detail.actions)

    # -- actions ------------------------------------------------------------------------
    def _on_act_clicked(self) -> None:
        if self.detail is None:
            return
        dialog = ActionDialog(self.detail.row.loan_number, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.submit_action(self.detail.row.warning_id, *dialog.values())

    def submit_action(self, warning_id: uuid.UUID, action: str, note: str) -> None:
        Op(self, lambda: ew.record_action(self.session, warning_id, action, note)).on_success(
            self._after_action
        ).run()

    def _after_action(self, detail: ew.WarningDetail) -> None:
        self._show(detail)
        self.status.setText(
            self.tr("Action recorded: %1.").replace("%1", name(detail.actions[0].action))
        )
        code = str(self.filter.currentData())
        status = None if code == "current" else code
        Op(self, lambda: ew.warning_list(self.session, status)).on_success(
            lambda page: self.list_model.set_rows(page.rows)
        ).run()
