"""Origination screens: the wizard with live pricing, the timeline, the approvals inbox."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_translations import interface_language
from tests.services.test_applications import add_customer
from tests.services.test_approvals import _referred
from tests.support import Bench
from workstation.services import applications, approvals, authority, products
from workstation.views.application_list import ApplicationsView
from workstation.views.application_wizard import ApplicationWizard
from workstation.views.approvals_inbox import ApprovalsInbox, _assessment

WAIT = 10000


def _fill_wizard(qtbot, wizard: ApplicationWizard, name: str) -> None:
    wizard.customer_search.setText(name)
    qtbot.keyClick(wizard.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.customer_list.count() == 1, timeout=WAIT)
    wizard.customer_list.setCurrentRow(0)
    assert wizard.customer is not None
    wizard.next()
    qtbot.waitUntil(lambda: wizard.product_combo.count() > 0, timeout=WAIT)
    codes = [wizard.product_combo.itemText(i)[:4] for i in range(wizard.product_combo.count())]
    assert codes == ["CI01", "PL01", "RC01"]  # person products only
    wizard.product_combo.setCurrentIndex(codes.index("PL01"))
    wizard.next()


def _set_terms(wizard: ApplicationWizard, amount: str, months: int, rate: str) -> None:
    wizard.amount.setText(amount)
    wizard.months.setValue(months)
    wizard.rate.setText(rate)


def test_wizard_prices_live_refuses_inline_and_submits(qtbot, bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    add_customer(officer, "周晓梅")
    view = ApplicationsView(officer)
    qtbot.addWidget(view)
    wizard = view.open_wizard()
    _fill_wizard(qtbot, wizard, "周晓梅")
    _set_terms(wizard, "250000", 36, "10.80")
    qtbot.waitUntil(lambda: "200,000.00" in wizard.refusal.text(), timeout=WAIT)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.product_combo.setCurrentIndex(0)  # CI01: 12 % plus a 2 % fee over 3 months
    _set_terms(wizard, "10000", 3, "12")
    qtbot.waitUntil(lambda: "APR 24.37% exceeds the cap" in wizard.refusal.text(), timeout=WAIT)
    assert wizard.preview_model.rowCount() == 0
    wizard.product_combo.setCurrentIndex(1)
    _set_terms(wizard, "150000", 36, "10.80")
    qtbot.waitUntil(lambda: wizard.preview_model.rowCount() == 36, timeout=WAIT)
    assert wizard.refusal.text() == ""
    assert wizard.totals.text().startswith("APR 11.")
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # the borrower profile: left unanswered
    wizard.next()
    qtbot.mouseClick(wizard.assess_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.application is not None, timeout=WAIT)
    assert wizard.application is not None
    status = applications.get(officer, wizard.application.id).summary.status
    assert status != "draft"  # submitted, and assessed once the credit engine is installed
    wizard.close()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.timeline_model.rowCount() >= 2, timeout=WAIT)
    assert view.detail.timeline_model.row_object(1).to_status == "submitted"


def test_inbox_needs_a_comment_and_approves_an_officers_referral(qtbot, bench: Bench) -> None:
    made, _request = _referred(bench)
    inbox = ApprovalsInbox(bench.sign_in("supervisor1"))
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=WAIT)
    item = inbox.model.row_object(0)
    assert (item.kind, item.requested_by, item.sla) == (
        "application_limit",
        "officer1",
        "due in 8 working hours",
    )
    inbox.table.selectRow(0)
    assert inbox.summary.text() == "150,000 band B"
    assert "band B" in inbox.terms.text()
    qtbot.mouseClick(inbox.decision_buttons["approved"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "comment" in inbox.message.text(), timeout=WAIT)
    qtbot.keyClicks(inbox.comment, "income verified with payslips")
    qtbot.mouseClick(inbox.decision_buttons["approved"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=WAIT)
    assert inbox.message.text() == "Recorded: Approved."
    assert applications.get(bench.sign_in("officer1"), made.id).summary.status == "approved"


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [("zh_CN", "期限较长", "Longer"), ("en", "Longer term", "期限")],
)
def test_inbox_assessment_speaks_the_interface_language(
    qapp, language: str, shown: str, hidden: str
) -> None:
    reason = approvals.ReasonText("SCORE.term", "Longer term", "期限较长")
    brief = approvals.AssessmentBrief(632, "A", "refer", (reason,))
    with interface_language(qapp, language):
        text = _assessment(brief)
    assert shown in text
    assert hidden not in text
    assert "632" in text
    assert "refer" not in text  # the decision in words


def test_inbox_shows_the_four_eyes_refusal(qtbot, bench: Bench) -> None:
    supervisor = bench.sign_in("supervisor1")
    made, _request = _referred(bench)
    applications.withdraw(bench.sign_in("officer1"), made.id, "test set-up")
    own = applications.create_draft(
        supervisor,
        applications.NewApplication(
            add_customer(supervisor),
            made.product_id,
            Decimal("9000.00"),
            12,
            Decimal("0.1"),
            "annuity",
        ),
    )
    applications.submit(supervisor, own.id)
    applications.withdraw(supervisor, own.id, "set-up")
    approvals.request(supervisor, "application_limit", "application", own.id, f"{own.number}: x")
    inbox = ApprovalsInbox(supervisor)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=WAIT)
    inbox.table.selectRow(0)
    qtbot.keyClicks(inbox.comment, "looks fine")
    qtbot.mouseClick(inbox.decision_buttons["approved"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "another supervisor" in inbox.message.text(), timeout=WAIT)
    assert inbox.model.rowCount() == 1


def _answer_best(wizard: ApplicationWizard) -> None:
    """A strong borrower: every scorecard answer in its best-scoring bin."""
    from workstation.services import credit

    for c in credit.load().characteristics:
        field = wizard.profile_fields.get(c.name)
        best = max(c.bins, key=lambda b: b.points)
        if field is None:
            continue
        if best.values:
            field.setCurrentIndex(field.findData(best.values[0]))
        else:
            field.setText(str(int(best.lower if best.lower is not None else best.upper - 1)))


def test_wizard_to_referral_to_supervisor_approval(qtbot, bench: Bench) -> None:
    pytest.importorskip("workstation.services.credit", reason="credit engine not installed yet")
    admin = bench.admin()
    for band in authority.BANDS:
        authority.set_limit(admin, "officer", band, Decimal("100000.00"), 60)
    officer = bench.sign_in("officer1")
    add_customer(officer, "周晓梅")
    wizard = ApplicationWizard(officer)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "周晓梅")
    _set_terms(wizard, "150000", 36, "10.80")
    qtbot.waitUntil(lambda: wizard.preview_model.rowCount() == 36, timeout=WAIT)
    wizard.next()
    _answer_best(wizard)
    wizard.next()
    qtbot.mouseClick(wizard.assess_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=WAIT)
    assert wizard.outcome is not None
    assert (wizard.outcome.status, wizard.outcome.decision) == ("referred", "approve"), (
        wizard.outcome_label.text()
    )
    inbox = ApprovalsInbox(bench.sign_in("supervisor1"))
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=WAIT)
    inbox.table.selectRow(0)
    qtbot.keyClicks(inbox.comment, "approved after a call with the employer")
    qtbot.mouseClick(inbox.decision_buttons["approved"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=WAIT)
    assert wizard.application is not None
    assert applications.get(officer, wizard.application.id).summary.status == "approved"


def test_admin_revises_a_product_through_the_dialog(qtbot, bench: Bench) -> None:
    from workstation.views.product_dialog import ProductDialog
    from workstation.views.product_view import ProductsView

    view = ProductsView(bench.admin())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=WAIT)
    offer = next(
        view.model.row_object(r) for r in range(5) if view.model.row_object(r).code == "PL01"
    )
    dialog = ProductDialog(offer, view)
    qtbot.addWidget(dialog)
    dialog.fields["max_rate"].setText("0.16")
    dialog.fields["policy.max_dti"].setText("0.45")
    assert dialog.changes() == {
        "max_rate": Decimal("0.16"),
        "policy": {**offer.terms.policy, "max_dti": "0.45"},
    }
    dialog.fields["min_months"].setText("six")
    dialog._on_save()
    assert dialog.message.text() == "min_months: 'six' is not a number"
    dialog.fields["min_months"].setText("6")
    view._run(lambda: products.revise_product(view.session, "PL01", dialog.changes()))
    qtbot.waitUntil(lambda: view.message.text() == "Saved.", timeout=WAIT)
    view.history.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 6, timeout=WAIT)
    versions = [
        view.model.row_object(r) for r in range(6) if view.model.row_object(r).code == "PL01"
    ]
    assert [(p.version, p.active, p.terms.policy["max_dti"]) for p in versions] == [
        (1, False, "0.50"),
        (2, True, "0.45"),
    ]


def test_detail_pane_submits_and_assesses_a_draft(qtbot, bench: Bench) -> None:
    from tests.services.test_applications import draft
    from workstation.views.application_view import ApplicationDetailPane

    officer = bench.sign_in("officer1")
    made = draft(officer)
    pane = ApplicationDetailPane(officer)
    qtbot.addWidget(pane)
    pane.show_application(made.id)
    qtbot.waitUntil(lambda: pane.assess_button.isEnabled(), timeout=WAIT)
    assert pane.withdraw_button.isEnabled()
    assert not pane.override_button.isEnabled()
    qtbot.mouseClick(pane.assess_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.message.text() != "", timeout=WAIT)
    qtbot.waitUntil(lambda: pane.timeline_model.rowCount() >= 2, timeout=WAIT)
    assert pane.timeline_model.row_object(1).to_status == "submitted"
    text = pane.message.text()
    assert text.startswith("Credit decision") or "engine is not installed" in text


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("education: tuition for 2027", "Education: tuition for 2027"),
        ("medical", "Medical treatment"),
        ("a new kitchen", "a new kitchen"),  # written before purposes had categories
    ],
)
def test_detail_pane_shows_the_purpose_category_in_words(
    qtbot, bench: Bench, stored: str, shown: str
) -> None:
    from workstation.views.application_view import ApplicationDetailPane

    pane = ApplicationDetailPane(bench.sign_in("officer1"))
    qtbot.addWidget(pane)
    assert pane._purpose(stored) == shown
