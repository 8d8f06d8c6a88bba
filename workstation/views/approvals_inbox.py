"""The supervisors' approvals inbox: open cases with age and SLA, a detail pane, decisions.

Every decision needs a comment; the service refuses a supervisor who requested or took
part in the case (four eyes), and the refusal is shown here in its own words.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import approvals
from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.errors import officer_message
from workstation.views.formatting import format_count, format_money, format_number, format_percent
from workstation.views.labels import in_language, label
from workstation.views.ops import Op
from workstation.views.service_messages import translate_service_message
from workstation.views.table_model import Column, RecordTableModel


class ApprovalsInbox(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: approvals.InboxItem | None = None
        self.model = RecordTableModel(
            [
                Column(self.tr("Kind"), self._kind),
                Column(self.tr("Case"), lambda i: i.summary.split(":")[0]),
                Column(self.tr("Requested by"), lambda i: i.requested_by),
                Column(
                    self.tr("Age (working h)"),
                    lambda i: format_number(i.age_working_hours, 1),
                    lambda i: i.age_working_hours,
                    True,
                ),
                Column(self.tr("SLA"), self._sla, lambda i: i.hours_left),
            ],
            self,
        )
        self.table = HintTableView(
            self.tr("Your queue is empty: no requests are waiting for a decision.")
        )
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open approval requests"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane())
        splitter.setSizes([700, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.refresh()

    def _kind(self, item: approvals.InboxItem) -> str:
        return label("ApprovalKind", item.kind)

    def _sla(self, item: approvals.InboxItem) -> str:
        if item.overdue:
            return self.tr("overdue")
        return self.tr("due in %1 working hours").replace("%1", format_number(item.hours_left, 0))

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        self.summary = QLabel(self.tr("Select a request."))
        self.assessment = QLabel()
        self.terms = QLabel()
        for shown in (self.summary, self.assessment, self.terms):
            shown.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment (required)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setTabChangesFocus(True)
        self.new_amount = QLineEdit()
        self.new_amount.setPlaceholderText(self.tr("unchanged"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.summary)
        form.addRow(self.tr("Assessment"), self.assessment)
        form.addRow(self.tr("Terms"), self.terms)
        form.addRow(self.tr("Approve a different amount"), self.new_amount)
        layout = QVBoxLayout(pane)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Comment")))
        layout.addWidget(self.comment, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(self.message)
        return pane

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.decision_buttons: dict[str, QPushButton] = {}
        for decision, text in (
            ("approved", self.tr("Approve")),
            ("declined", self.tr("Decline")),
            ("returned", self.tr("Return to officer")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, d=decision: self.decide(d))
            button.setEnabled(False)
            row.addWidget(button)
            self.decision_buttons[decision] = button
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        Op(self, lambda: approvals.inbox(self.session)).on_success(self._on_loaded).run()

    def _on_loaded(self, items: list[approvals.InboxItem]) -> None:
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        if items:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _on_current(self) -> None:
        index = self.table.currentIndex()
        self._show(self.model.row_object(index.row()) if index.isValid() else None)

    def _show(self, item: approvals.InboxItem | None) -> None:
        self.current = item
        summary = translate_service_message(item.summary) if item else ""
        self.summary.setText(summary or self.tr("Select a request."))
        self.assessment.setText(_assessment(item.assessment) if item else "")
        self.terms.setText(_terms(item.payload) if item else "")
        for button in self.decision_buttons.values():
            button.setEnabled(item is not None)

    def decide(self, decision: str) -> None:
        item, comment = self.current, self.comment.toPlainText()
        if item is None:
            return
        changes = self._changes()
        if changes is None:
            self.message.setText(self.tr("The amount must be a number."))
            return
        Op(
            self, lambda: approvals.decide(self.session, item.id, decision, comment, changes)
        ).on_success(self._on_decided).on_failure(self._on_refused).run()

    def _changes(self) -> dict[str, str] | None:
        text = self.new_amount.text().replace(",", "").strip()
        if not text:
            return {}
        try:
            return {"amount": str(Decimal(text).quantize(Decimal("0.01")))}
        except InvalidOperation:
            return None

    def _on_decided(self, made: approvals.DecisionSummary) -> None:
        self.message.setText(
            self.tr("Recorded: %1.").replace("%1", label("ApprovalDecision", made.decision))
        )
        self.comment.clear()
        self.new_amount.clear()
        self.refresh()

    def _on_refused(self, exc: Exception) -> None:
        self.message.setText(officer_message(exc))


def _assessment(brief: approvals.AssessmentBrief | None) -> str:
    """Score, band, decision and the main reasons, each in the officer's language."""
    if brief is None:
        return ""
    head = (
        QCoreApplication.translate("ApprovalsInbox", "Score %1, band %2: %3")
        .replace("%1", format_count(brief.score))
        .replace("%2", brief.band)
        .replace("%3", label("CreditDecision", brief.decision))
    )
    return "\n".join([head, *(f"• {in_language(r.text_en, r.text_zh)}" for r in brief.reasons)])


def _terms(payload: Any) -> str:
    """The request's terms in the officer's words; keys this screen does not know stay raw."""
    words: dict[str, tuple[str, Callable[[Any], str]]] = {
        "amount": (QCoreApplication.translate("ApprovalsInbox", "amount %1"), _money),
        "owed": (QCoreApplication.translate("ApprovalsInbox", "owed %1"), _money),
        "months": (QCoreApplication.translate("ApprovalsInbox", "%1 months"), str),
        "days": (QCoreApplication.translate("ApprovalsInbox", "%1 days"), str),
        "annual_rate": (QCoreApplication.translate("ApprovalsInbox", "rate %1"), _percent),
        "rate": (QCoreApplication.translate("ApprovalsInbox", "rate %1"), _percent),
        "band": (QCoreApplication.translate("ApprovalsInbox", "band %1"), str),
    }
    shown = []
    for key, value in sorted(dict(payload).items()):
        if key in ("parties", "reason", "number"):
            continue
        text, shape = words.get(key, (f"{key}: %1", str))
        shown.append(text.replace("%1", shape(value)))
    return ", ".join(shown)


def _money(value: Any) -> str:
    try:
        return format_money(Decimal(str(value)))
    except InvalidOperation:
        return str(value)


def _percent(value: Any) -> str:
    try:
        return format_percent(Decimal(str(value)))
    except InvalidOperation:
        return str(value)
