"""The "Credit bureau" box beside an assessment: consent, inquiry, the imported report.

An officer records the borrower's consent (the text they signed is shown), records the
inquiry, and imports the report file the branch received; the report's facts are shown
here and used by the next assessment run. Everything goes through services/bureau.py.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workstation.services import bureau
from workstation.services.bureau import BureauStatus
from workstation.services.permissions import Permission
from workstation.views.errors import officer_message
from workstation.views.formatting import format_date, format_datetime, format_money
from workstation.views.ops import Op


def consent_language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class ConsentDialog(QDialog):
    """Shows the consent text the borrower signs; the officer confirms it was signed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record bureau consent"))
        version = bureau.CONSENT_VERSIONS[-1]
        self.version = version
        text = QPlainTextEdit(bureau.consent_text(version, consent_language()))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Consent text"))
        self.method = QComboBox()
        self.method.addItem(self.tr("Signed paper form"), "signed-form")
        self.method.addItem(self.tr("Electronic signature"), "e-signature")
        self.signed = QCheckBox(self.tr("The borrower has signed this text (version %1)."))
        self.signed.setText(self.signed.text().replace("%1", version))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.signed.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addLayout(form)
        layout.addWidget(self.signed)
        layout.addWidget(buttons)
        self.resize(560, 420)


class BureauBox(QGroupBox):
    """Consent state, open inquiry and the latest report of one customer."""

    changed = Signal()

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Credit bureau"))
        self.session = session
        self.customer_id: uuid.UUID | None = None
        self.application_id: uuid.UUID | None = None
        self.consent, self.report, self.message = QLabel(), QLabel(), QLabel()
        self.obligations = QLabel()
        # One line each (a wrapped label gives up its height when the pane is short);
        # a narrow pane clips them, and the tooltip keeps the whole text.
        for label in (self.consent, self.report, self.obligations):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message.setWordWrap(True)
        self.message.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.consent_button = QPushButton(self.tr("Record consent…"))
        self.inquire_button = QPushButton(self.tr("Record inquiry"))
        self.import_button = QPushButton(self.tr("Import report…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"))
        self.withdraw_button.clicked.connect(self._on_withdraw)
        self.consent_button.clicked.connect(self._on_consent)
        self.inquire_button.clicked.connect(self._on_inquire)
        self.import_button.clicked.connect(self._on_import)
        buttons = QHBoxLayout()
        may_inquire = session.actor.can(Permission.BUREAU_INQUIRE)  # others only read
        actions = (self.consent_button, self.inquire_button, self.import_button)
        for button in (*actions, self.withdraw_button):
            button.setVisible(may_inquire)
            buttons.addWidget(button)
        buttons.addStretch(1)
        facts = QFormLayout()
        facts.addRow(self.tr("Consent"), self.consent)
        facts.addRow(self.tr("Report"), self.report)
        facts.addRow(self.tr("Obligations"), self.obligations)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._show(None)

    # --- loading -----------------------------------------------------------------------

    def show_application(self, app_id: uuid.UUID) -> None:
        self.application_id = app_id

        def load() -> BureauStatus:
            customer = bureau.customer_of_application(self.session, app_id)
            return bureau.status(self.session, customer)

        Op(self, load).on_success(self._on_loaded).on_failure(self._on_failed).run()

    def _reload(self) -> None:
        if self.customer_id is not None:
            customer = self.customer_id
            (
                Op(self, lambda: bureau.status(self.session, customer))
                .on_success(self._on_loaded)
                .on_failure(self._on_failed)
                .run()
            )

    def _on_loaded(self, status: BureauStatus) -> None:
        self.customer_id = status.customer_id
        self._show(status)

    def _on_failed(self, exc: BaseException) -> None:
        self._say(officer_message(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self, status: BureauStatus | None) -> None:
        labels = (self.consent, self.report, self.obligations)
        texts = (self._consent_text, self._report_text, self._obligations_text)
        for label, text in ((lb, make(status)) for lb, make in zip(labels, texts, strict=True)):
            label.setText(text)
            label.setToolTip(text)
        self.consent_button.setEnabled(status is not None)
        self.inquire_button.setEnabled(status is not None and status.consent_valid)
        self.import_button.setEnabled(status is not None and status.open_inquiry is not None)
        self.withdraw_button.setEnabled(status is not None and status.consent_valid)

    def _consent_text(self, status: BureauStatus | None) -> str:
        if status is None or status.consent is None:
            return self.tr("No consent recorded: an inquiry is not allowed.")
        c = status.consent
        if c.withdrawn_at is not None:
            return self.tr("Consent withdrawn on %1.").replace(
                "%1", format_datetime(c.withdrawn_at)
            )
        if not status.consent_valid:
            return self.tr("Consent expired on %1.").replace("%1", format_date(c.expires_on))
        text = self.tr("Text %1 signed %2, recorded by %3, valid until %4.")
        for n, value in enumerate(
            (c.text_version, format_datetime(c.consented_at), c.officer, format_date(c.expires_on)),
            start=1,
        ):
            text = text.replace(f"%{n}", value)
        return text

    def _report_text(self, status: BureauStatus | None) -> str:
        if status is None or status.report is None:
            if status is not None and status.open_inquiry is not None:
                return self.tr("Inquiry recorded; import the report the bureau sends.")
            return self.tr("No bureau report: the assessment proceeds without bureau facts.")
        r = status.report
        text = self.tr("Dated %1: debt %2 in %3 open accounts.")
        values = (format_date(r.report_date), format_money(r.total_debt), str(r.open_accounts))
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", value)
        return text

    def _obligations_text(self, status: BureauStatus | None) -> str:
        if status is None or status.report is None:
            return "—"
        r = status.report
        text = self.tr("%1 a month; %2 inquiries in 6 months; worst status %3 (24 months).")
        values = (format_money(r.monthly_obligations), str(r.inquiries_6m), r.worst_status)
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", value)
        return text

    # --- actions -----------------------------------------------------------------------

    def _on_consent(self) -> None:
        dialog = ConsentDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.customer_id is None:
            return
        customer, method = self.customer_id, str(dialog.method.currentData())
        self._run(lambda: bureau.record_consent(self.session, customer, dialog.version, method))

    def _on_withdraw(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Record that the borrower withdrew consent? No new inquiries can be made; "
                "the monthly reporting of granted loans continues."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self.customer_id is not None:
            customer = self.customer_id
            self._run(lambda: bureau.withdraw_consent(self.session, customer))

    def _on_inquire(self) -> None:
        if self.customer_id is None:
            return
        customer, app = self.customer_id, self.application_id
        self._run(lambda: bureau.inquire(self.session, customer, app, "loan-approval"))

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bureau report"), "", self.tr("Bureau report (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a report file (the file dialog's choice; tests call it directly)."""
        if self.customer_id is not None:
            customer = self.customer_id
            self._run(lambda: bureau.import_report(self.session, customer, path))

    def _run(self, work: Any) -> None:
        self._say("")
        (
            Op(self, work)
            .on_success(lambda _result: self._after_change())
            .on_failure(self._on_failed)
            .run()
        )

    def _after_change(self) -> None:
        self._say(self.tr("Saved. Run the assessment again to use the bureau facts."))
        self.changed.emit()
        self._reload()
