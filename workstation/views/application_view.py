"""One application: its terms, status and timeline (every transition with actor and reason)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.services import applications, products
from workstation.services.session import UserSession
from workstation.views.application_lifecycle import LifecycleActions
from workstation.views.empty_state import HintTableView
from workstation.views.errors import officer_message
from workstation.views.formatting import format_count, format_datetime, format_money, format_percent
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.product_fit_panel import purpose_label
from workstation.views.service_messages import translate_service_message
from workstation.views.table_model import Column, RecordTableModel


class ApplicationDetailPane(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: applications.ApplicationDetail | None = None
        self.heading = QLabel(self.tr("Select an application."))
        self.heading.setWordWrap(True)
        self.terms = QFormLayout()
        self.timeline_model = RecordTableModel(
            [
                Column(
                    self.tr("When"),
                    lambda e: format_datetime(e.occurred_at),
                    lambda e: e.occurred_at,
                ),
                Column(self.tr("From"), lambda e: _status(e.from_status)),
                Column(self.tr("To"), lambda e: _status(e.to_status)),
                Column(self.tr("By"), lambda e: e.actor),
                Column(self.tr("Reason"), lambda e: translate_service_message(e.reason)),
            ],
            self,
        )
        self.timeline = HintTableView(self.tr("No steps recorded yet."))
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.clicked.connect(self._on_withdraw)
        self.override_button = QPushButton(self.tr("Request override…"))
        self.override_button.clicked.connect(self._on_override)
        self.assess_button = QPushButton(self.tr("Submit and assess"))
        self.assess_button.clicked.connect(self._on_assess)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.lifecycle = LifecycleActions(session, self)
        self.lifecycle.changed.connect(self._reload)
        self.lifecycle.notice.connect(self.message.setText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assess_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.override_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.terms)
        layout.addLayout(buttons)
        layout.addWidget(self.lifecycle)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Timeline")))
        layout.addWidget(self.timeline, 1)
        self._enable_buttons()

    def show_application(self, app_id: uuid.UUID) -> None:
        Op(self, lambda: applications.get(self.session, app_id)).on_success(self._on_loaded).run()

    def _on_loaded(self, detail: applications.ApplicationDetail) -> None:
        self.detail = detail
        s = detail.summary
        self.heading.setText(f"{s.number} · {s.customer_name} · {_status(s.status)}")
        while self.terms.rowCount():
            self.terms.removeRow(0)
        for caption, value in (
            (self.tr("Product"), f"{s.product_code} v{s.product_version}"),
            (self.tr("Amount"), format_money(s.amount)),
            (self.tr("Term"), self.tr("%1 months").replace("%1", format_count(s.months))),
            (
                self.tr("Rate / APR"),
                f"{format_percent(s.annual_rate)} / {format_percent(s.apr)}",
            ),
            (self.tr("Method"), label("RepaymentMethod", s.method)),
            (self.tr("Purpose"), self._purpose(detail.purpose)),
        ):
            self.terms.addRow(caption, QLabel(value))
        self.timeline_model.set_rows(detail.timeline)
        self.timeline.resizeColumnsToContents()
        self.timeline.resizeRowsToContents()
        self._enable_buttons()

    def _purpose(self, stored: str) -> str:
        """The stored "category: note" with the category in words; free text as it is."""
        code, colon, note = stored.partition(": ")
        if code not in products.PURPOSES:
            return stored
        if not colon:
            return purpose_label(code)
        return self.tr("%1: %2").replace("%1", purpose_label(code)).replace("%2", note)

    def _enable_buttons(self) -> None:
        status = self.detail.summary.status if self.detail else ""
        self.withdraw_button.setEnabled("withdrawn" in applications.TRANSITIONS.get(status, ()))
        self.override_button.setEnabled(status == "declined")
        self.assess_button.setEnabled(status in ("draft", "submitted"))
        self.lifecycle.set_application(self.detail.summary.id if self.detail else None, status)

    def _ask(self, title: str) -> str:
        text, ok = QInputDialog.getText(self, title, self.tr("Reason:"))
        return text.strip() if ok else ""

    def _on_withdraw(self) -> None:
        reason = self._ask(self.tr("Withdraw application"))
        if self.detail and reason:
            app_id = self.detail.summary.id
            self._run(lambda: applications.withdraw(self.session, app_id, reason))

    def _on_override(self) -> None:
        reason = self._ask(self.tr("Request a score override"))
        if self.detail and reason:
            app_id = self.detail.summary.id
            self._run(lambda: applications.request_override(self.session, app_id, reason))

    def _on_assess(self) -> None:
        if self.detail is None:
            return
        app_id, status = self.detail.summary.id, self.detail.summary.status

        def job() -> applications.AssessmentOutcome:
            if status == "draft":
                applications.submit(self.session, app_id)
            return applications.assess(self.session, app_id)

        Op(self, job).on_success(self._on_assessed).on_failure(self._on_failed).run()

    def _on_assessed(self, outcome: applications.AssessmentOutcome) -> None:
        self.message.setText(
            self.tr("Credit decision %1, band %2: the application is now %3.")
            .replace("%1", label("CreditDecision", outcome.decision))
            .replace("%2", outcome.band or "–")
            .replace("%3", _status(outcome.status))
        )
        self._reload()

    def _on_failed(self, exc: Exception) -> None:
        self.message.setText(officer_message(exc))
        self._reload()

    def _reload(self) -> None:
        if self.detail is not None:
            self.show_application(self.detail.summary.id)

    def _run(self, fn: object) -> None:
        assert self.detail is not None
        app_id = self.detail.summary.id
        Op(self, fn).on_success(lambda _r: self.show_application(app_id)).run()  # type: ignore[arg-type]


def _status(code: str) -> str:
    return label("ApplicationStatus", code) if code else "–"
