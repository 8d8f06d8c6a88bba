"""One application's credit assessment: gauge, band, PD, reasons, rule hits, fraud flags.

Reasons are shown in the interface language (the assessment stores both). An officer
cannot approve here; a decline or referral can only be sent to a supervisor.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.services import credit
from workstation.services.credit import AssessmentResult, Review
from workstation.views.bureau_box import BureauBox
from workstation.views.credit_scale import ScoreScale
from workstation.views.empty_state import HintTableView
from workstation.views.errors import officer_message
from workstation.views.formatting import format_count, format_datetime, format_percent
from workstation.views.labels import label
from workstation.views.ops import Op
from workstation.views.service_messages import translate_service_message
from workstation.views.table_model import Column, RecordTableModel


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


class AssessmentView(QWidget):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.review: Review | None = None
        self.heading = QLabel(self.tr("Select an assessed application."))
        self.gauge = ScoreScale(self)
        self.facts = QFormLayout()
        self.band, self.pd, self.decision = QLabel(), QLabel(), QLabel()
        self.facts.addRow(self.tr("Band"), self.band)
        self.facts.addRow(self.tr("Probability of default"), self.pd)
        self.facts.addRow(self.tr("Decision"), self.decision)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.flags_model = RecordTableModel(self._flag_columns(), self)
        self.flags = self._table(
            self.flags_model,
            self.tr("Rule hits and fraud flags"),
            self.tr("No policy rule or fraud check fired."),
        )
        self.history_model = RecordTableModel(self._history_columns(), self)
        self.history = self._table(
            self.history_model,
            self.tr("Assessment history"),
            self.tr("This customer has no earlier assessments."),
        )
        self.override_button = QPushButton(self.tr("Request override…"))
        self.override_button.clicked.connect(self._on_override)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.bureau = BureauBox(session, self)
        self._lay_out()
        self._show(None)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addLayout(self.facts)
        top.addStretch(1)
        top.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.gauge)
        layout.addLayout(top)
        layout.addWidget(self.bureau)
        layout.addWidget(QLabel(self.tr("Reasons")))
        layout.addWidget(self.reasons)
        layout.addWidget(QLabel(self.tr("Rule hits and fraud flags")))
        layout.addWidget(self.flags, 1)
        layout.addWidget(QLabel(self.tr("Assessment history of this customer")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.message)

    def _table(self, model: RecordTableModel, name: str, hint: str) -> QTableView:
        table = HintTableView(hint)
        table.setModel(model)
        table.setAccessibleName(name)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def _flag_columns(self) -> list[Column]:
        return [
            Column(self.tr("Kind"), lambda f: f[0]),
            Column(self.tr("Severity"), lambda f: f[1]),
            Column(self.tr("Check"), lambda f: f[2]),
            Column(self.tr("Message"), lambda f: f[3]),
        ]

    def _history_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("When"), lambda r: format_datetime(r.assessed_at), lambda r: r.assessed_at
            ),
            Column(self.tr("Score"), lambda r: format_count(r.score), lambda r: r.score, True),
            Column(self.tr("Band"), lambda r: r.band),
            Column(self.tr("Decision"), lambda r: self.decision_text(r.decision)),
        ]

    # --- loading -----------------------------------------------------------------------

    def show_application(self, app_id: uuid.UUID) -> None:
        self.bureau.show_application(app_id)
        Op(self, lambda: credit.review(self.session, app_id)).on_success(self._on_loaded).run()

    def _on_loaded(self, review: Review) -> None:
        self.review = review
        self.heading.setText(self.tr("Application %1").replace("%1", review.number))
        self.gauge.set_score(review.scale, review.latest.score if review.latest else None)
        self._show(review.latest)
        self.history_model.set_rows(list(review.history))
        self.history.resizeColumnsToContents()
        self.flags.resizeColumnsToContents()

    def _show(self, result: AssessmentResult | None) -> None:
        self.override_button.setEnabled(result is not None and result.decision != "approve")
        if result is None:
            for label in (self.band, self.pd, self.decision, self.reasons):
                label.setText("—")
            self.flags_model.set_rows([])
            return
        self.band.setText(self._band_text(result.band))
        self.pd.setText(format_percent(result.probability_of_default))
        self.decision.setText(self.decision_text(result.decision))
        zh = chinese()
        self.reasons.setText(
            "\n".join(f"• {_either(zh, r.text_zh, r.text_en)}" for r in result.reasons)
        )
        self.flags_model.set_rows(self._flag_rows(result, zh))

    def _band_text(self, band: str) -> str:
        assert self.review is not None
        found = next((b for b in self.review.scale.bands if b.band == band), None)
        label = "" if found is None else (found.label_zh if chinese() else found.label_en)
        return f"{band} · {label}" if label else band

    def decision_text(self, decision: str) -> str:
        return label("CreditDecision", decision)

    def _flag_rows(self, result: AssessmentResult, zh: bool) -> list[tuple[str, str, str, str]]:
        rule, fraud = self.tr("Policy rule"), self.tr("Fraud check")
        rows = [
            (
                rule,
                label("Severity", h.severity),
                label("PolicyRule", h.rule_id),
                _either(zh, h.message_zh, h.message),
            )
            for h in result.rule_hits
        ]
        rows += [
            (
                fraud,
                label("Severity", f.severity),
                label("FraudCheck", f.check_id),
                _either(zh, f.message_zh, f.message),
            )
            for f in result.fraud_flags
        ]
        return rows

    # --- override ----------------------------------------------------------------------

    def _on_override(self) -> None:
        if self.review is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Request override"),
            self.tr("Why should a supervisor overturn this decision?"),
        )
        if not ok:
            return
        app_id = self.review.application_id
        (
            Op(self, lambda: credit.request_override(self.session, app_id, reason))
            .on_success(lambda _id: self.message.setText(self.tr("Sent to a supervisor.")))
            .on_failure(lambda exc: self.message.setText(officer_message(exc)))
            .run()
        )


def _either(zh: bool, chinese_text: str, english: str) -> str:
    """The engine's own Chinese; a reason stored before it had one goes through the templates."""
    if not zh:
        return english
    return chinese_text or translate_service_message(english)
