"""Audit trail browser for auditors and supervisors: filter, read, verify. No editing."""

from __future__ import annotations

import json
from datetime import UTC

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.services import audit, maintenance
from workstation.services.session import UserSession
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import format_count, format_date
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.service_messages import translate_service_message
from workstation.views.table_model import Column, RecordTableModel


def _escaped(record: audit.AuditRecord) -> str:
    """Details as escaped JSON so control characters cannot forge extra lines (C31)."""
    return json.dumps(record.details, ensure_ascii=False)


def _utc_time(record: audit.AuditRecord) -> str:
    """Auditors compare events across branches, so the trail stays in UTC, to the second."""
    moment = record.occurred_at.astimezone(UTC)
    return f"{format_date(moment.date())} {moment:%H:%M:%S}"


class AuditView(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RecordTableModel(
            [
                Column("#", lambda r: format_count(r.seq), lambda r: r.seq, align_right=True),
                Column(self.tr("Time (UTC)"), _utc_time, lambda r: r.occurred_at),
                Column(self.tr("User"), lambda r: r.actor_name),
                Column(self.tr("Role"), lambda r: label("Role", r.actor_role)),
                Column(self.tr("Action"), lambda r: r.action),
                Column(self.tr("Subject"), lambda r: r.subject_id),
                Column(self.tr("Outcome"), lambda r: label("AuditOutcome", r.outcome)),
                Column(self.tr("Details"), _escaped),
            ],
            self,
        )
        self.action_filter = QLineEdit()
        self.action_filter.setPlaceholderText(self.tr("Action contains…"))
        self.action_filter.setAccessibleName(self.tr("Filter by action"))
        self.user_filter = QLineEdit()
        self.user_filter.setPlaceholderText(self.tr("User name"))
        self.user_filter.setAccessibleName(self.tr("Filter by user"))
        self.action_filter.returnPressed.connect(self.refresh)
        self.user_filter.returnPressed.connect(self.refresh)
        search = QPushButton(self.tr("Filter"))
        search.clicked.connect(self.refresh)
        verify = QPushButton(self.tr("Verify chain"))
        verify.clicked.connect(self._on_verify)
        self.verify_result = QLabel()
        self.table = HintTableView(
            self.tr("No audit events match. Clear the filters or try part of an action name.")
        )
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        for widget in (self.action_filter, self.user_filter, search, verify, self.verify_result):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        flt = audit.AuditFilter(
            action=self.action_filter.text().strip(), actor=self.user_filter.text().strip()
        )
        Op(self, lambda: maintenance.audit_events(self.session, flt)).on_success(
            self._on_loaded
        ).run()

    def _on_loaded(self, rows: list[audit.AuditRecord]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _on_verify(self) -> None:
        Op(self, lambda: maintenance.verify_audit(self.session)).with_progress(
            self.tr("Verifying the audit trail…")
        ).on_success(self._on_verified).run()

    def _on_verified(self, report: audit.ChainReport) -> None:
        if report.ok:
            text = self.tr("Chain intact: %1 events verified.").replace(
                "%1", format_count(report.count)
            )
        else:
            text = (
                self.tr("Chain broken at event %1: %2")
                .replace("%1", format_count(report.first_broken_seq or 0))
                .replace("%2", translate_service_message(report.problem))
            )
        self.verify_result.setText(text)
        self.refresh()
