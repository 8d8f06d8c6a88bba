"""The whole loan, as officers walk it on screen: wizard, supervisor approval, contract
issue and typed signature, then booking and payout behind a fresh password."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from sqlalchemy import select

from tests.gui.test_origination_gui import _answer_best, _fill_wizard, _set_terms
from tests.services.contract_fixtures import with_signing_certificate
from tests.services.kyc_support import card, person
from tests.support import USER_PASSWORD, Bench
from workstation.models import AuditEvent
from workstation.services import authority, customers, servicing
from workstation.services.session import UserSession
from workstation.views.application_list import ApplicationsView
from workstation.views.approvals_inbox import ApprovalsInbox

WAIT = 15000
BORROWER = "周晓梅"
STEPS = [
    "draft",
    "submitted",
    "assessed",
    "referred",
    "approved",
    "contract_issued",
    "signed",
    "disbursed",
]


def _referred_through_the_wizard(qtbot, bench: Bench, officer: UserSession) -> ApplicationsView:
    """Strong answers, but above the officer's authority: the supervisor must approve."""
    admin = bench.admin()
    for band in authority.BANDS:
        authority.set_limit(admin, "officer", band, Decimal("100000.00"), 60)
    admin.sign_out()
    borrower = person(BORROWER, bank_card=card(), bank_name="中国工商银行", monthly_income="18000")
    customers.onboard(officer, borrower)
    view = ApplicationsView(officer)
    qtbot.addWidget(view)
    wizard = view.open_wizard()
    _fill_wizard(qtbot, wizard, BORROWER)
    _set_terms(wizard, "150000", 36, "10.80")
    qtbot.waitUntil(lambda: wizard.preview_model.rowCount() == 36, timeout=WAIT)
    wizard.next()
    _answer_best(wizard)
    wizard.next()
    qtbot.mouseClick(wizard.assess_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=WAIT)
    assert wizard.outcome is not None
    assert wizard.outcome.status == "referred", wizard.outcome_label.text()
    wizard.close()
    return view


def _approve_in_inbox(qtbot, supervisor: UserSession) -> None:
    inbox = ApprovalsInbox(supervisor)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=WAIT)
    inbox.table.selectRow(0)
    qtbot.keyClicks(inbox.comment, "income confirmed with the employer")
    qtbot.mouseClick(inbox.decision_buttons["approved"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=WAIT)


def _open_first(qtbot, view: ApplicationsView, status: str) -> None:
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.table.selectRow(0)
    qtbot.waitUntil(
        lambda: view.detail.detail is not None and view.detail.detail.summary.status == status,
        timeout=WAIT,
    )


def _answer(
    qtbot, view: ApplicationsView, text: str | None, echo=QLineEdit.EchoMode.Normal
) -> None:
    """The open prompt (language, account or password) answered; None takes the first item."""
    actions = view.detail.lifecycle
    qtbot.waitUntil(
        lambda: (
            actions.prompt is not None
            and actions.prompt.isVisible()
            and actions.prompt.textEchoMode() == echo
        ),
        timeout=WAIT,
    )
    prompt = actions.prompt
    prompt.setTextValue(prompt.comboBoxItems()[0] if text is None else text)
    prompt.accept()


def _issue_and_sign(qtbot, view: ApplicationsView) -> None:
    actions = view.detail.lifecycle
    issue = actions.buttons["approved"]
    assert issue.isVisibleTo(view)
    assert issue.isEnabled()
    assert not actions.buttons["signed"].isVisibleTo(view)  # officers do not disburse
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    _answer(qtbot, view, "English")
    qtbot.waitUntil(lambda: actions.preview is not None, timeout=WAIT)
    assert actions.preview is not None
    qtbot.waitUntil(lambda: view.detail.detail.summary.status == "contract_issued", timeout=WAIT)
    qtbot.mouseClick(actions.preview.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.signature is not None, timeout=WAIT)
    signature = actions.signature
    assert signature is not None
    ok = signature.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _type_chinese(signature.typed, BORROWER)
    assert not ok.isEnabled()  # no consent yet
    signature.consent.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.detail.summary.status == "signed", timeout=WAIT)
    assert BORROWER not in view.detail.message.text()
    assert "is signed" in view.detail.message.text()


def _type_chinese(field: QLineEdit, text: str) -> None:
    """Chinese arrives through the input method as a commit, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def _disburse(qtbot, bench: Bench, view: ApplicationsView) -> servicing.LoanSummary:
    actions = view.detail.lifecycle
    payout = actions.buttons["signed"]
    assert payout.isVisibleTo(view)
    assert payout.isEnabled()
    bench.clock.advance(minutes=6)  # the sign-in no longer counts as a fresh password
    qtbot.mouseClick(payout, Qt.MouseButton.LeftButton)
    _answer(qtbot, view, None)  # the borrower's one account, masked
    assert actions.prompt.textValue().endswith(card()[-4:])
    assert card() not in actions.prompt.textValue()
    _answer(qtbot, view, USER_PASSWORD, QLineEdit.EchoMode.Password)
    qtbot.waitUntil(lambda: actions.schedule is not None, timeout=WAIT)
    assert actions.schedule is not None
    qtbot.waitUntil(lambda: view.detail.detail.summary.status == "disbursed", timeout=WAIT)
    return actions.schedule.loan


def test_officer_and_supervisor_take_a_loan_from_wizard_to_payout(qtbot, bench: Bench) -> None:
    with_signing_certificate(bench.admin())
    officer = bench.sign_in("officer1")
    officer.settings.set("signature_capture", "typed")
    officer_view = _referred_through_the_wizard(qtbot, bench, officer)
    supervisor = bench.sign_in("supervisor1")
    _approve_in_inbox(qtbot, supervisor)
    _open_first(qtbot, officer_view, "approved")
    _issue_and_sign(qtbot, officer_view)

    supervisor_view = ApplicationsView(supervisor)
    qtbot.addWidget(supervisor_view)
    _open_first(qtbot, supervisor_view, "signed")
    shown = _disburse(qtbot, bench, supervisor_view)

    app_id = supervisor_view.detail.detail.summary.id
    booked = servicing.loan_for_application(supervisor, app_id)
    assert booked is not None
    assert (booked.number, booked.status, booked.principal) == (
        shown.number,
        "active",
        Decimal("150000.00"),
    )
    assert booked.outstanding_principal == booked.principal
    assert len(booked.installments) == 36
    assert supervisor_view.detail.lifecycle.schedule.model.rowCount() == 36
    timeline = supervisor_view.detail.timeline_model
    assert [timeline.row_object(i).to_status for i in range(timeline.rowCount())] == STEPS
    assert _status_audits(supervisor, app_id) == STEPS[1:]


def _status_audits(ctx: UserSession, app_id: uuid.UUID) -> list[str]:
    """Each status change left an audit event too (created is application_created)."""
    with ctx.read() as s:
        query = (
            select(AuditEvent)
            .where(
                AuditEvent.action == "application_status",
                AuditEvent.subject_id == str(app_id),
            )
            .order_by(AuditEvent.seq)
        )
        return [json.loads(e.details)["to"] for e in s.scalars(query)]
