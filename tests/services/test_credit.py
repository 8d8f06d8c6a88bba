"""Credit assessment end to end: decision policy, append-only rows, audit, overrides."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.services.test_credit_fixtures import (
    HIGH_RISK,
    LOW_RISK,
    Person,
    add_application,
    add_loan,
    add_person,
    product_row_id,
    ric,
)
from tests.support import Bench
from workstation.models import ApprovalRequest, AuditEvent, CreditAssessment, Customer
from workstation.services import applications, approvals, credit
from workstation.services.credit import CreditError, ReasonItem
from workstation.services.permissions import PermissionDenied
from workstation.services.session import UserSession

_sequence = iter(range(301, 999, 2))


def _application(
    ctx: UserSession,
    person: Person | None = None,
    *,
    loan: str = "",
    **terms: Any,
) -> tuple[uuid.UUID, uuid.UUID]:
    """A submitted application for a fresh customer; returns (application id, customer id)."""
    with ctx.transaction() as session:
        customer = add_person(
            session, ctx, person or Person(ric=ric(date(1985, 5, 20), next(_sequence)))
        )
        if loan:
            add_loan(session, ctx, customer.id, product_row_id(session), outstanding=loan)
        app = add_application(session, ctx, customer.id, product_row_id(session), **terms)
        return app.id, customer.id


def test_a_clean_low_risk_application_is_approved_and_stored_with_an_audit_event(
    bench: Bench,
) -> None:
    officer = bench.sign_in("officer1")
    app_id, customer_id = _application(officer)
    result = credit.assess_application(officer, app_id)
    assert (result.decision, result.band) == ("approve", "A")
    assert result.rule_hits == ()
    assert result.fraud_flags == ()
    assert result.reasons[0] == ReasonItem(
        "BAND.A",
        f"Score {result.score} is in band A (Low risk).",
        f"评分{result.score}，属于A档（低风险）。",
        0,
    )
    assert credit.latest_assessment(officer, app_id) == result
    with officer.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "application_assessed")
        ).one()
        assert event.subject_id == str(app_id)
        assert session.get(Customer, customer_id) is not None


def test_every_run_appends_and_the_same_input_gives_the_same_decision(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, customer_id = _application(officer, characteristics=HIGH_RISK, loan="190000.00")
    runs = [credit.assess_application(officer, app_id) for _ in range(3)]
    assert len({r.assessment_id for r in runs}) == 3
    assert {(r.score, r.band, r.decision, r.reasons, r.rule_hits, r.fraud_flags) for r in runs} == {
        (
            runs[0].score,
            runs[0].band,
            runs[0].decision,
            runs[0].reasons,
            runs[0].rule_hits,
            runs[0].fraud_flags,
        )
    }
    assert len(credit.customer_history(officer, customer_id)) == 3
    with officer.read() as session:
        assert session.scalar(select(func.count()).select_from(CreditAssessment)) == 3


def test_a_hard_rule_declines_and_leads_the_reasons(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, _ = _application(officer, loan="160000.00")  # PL01 allows 200,000 in total
    result = credit.assess_application(officer, app_id)
    assert result.decision == "decline"
    assert result.band == "A"  # a good score does not save a hard rule
    assert result.reasons[0].code == "RULE.exposure_max"
    assert str(result.reasons[0]).startswith("Total exposure 210,000.00")


def test_a_poor_score_declines_with_the_characteristics_that_cost_most(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, _ = _application(officer, characteristics=HIGH_RISK)
    result = credit.assess_application(officer, app_id)
    assert (result.decision, result.band) == ("decline", "E")
    score_reasons = [r for r in result.reasons if r.points_lost > 0]
    assert [r.code.split(".")[0] for r in score_reasons] == ["DUR", "CHK", "HIST", "PURP"]
    assert all(r.text_zh for r in result.reasons)


def test_medium_fraud_and_soft_rules_refer_identity_fraud_declines(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    shared = "+8613800000042"
    _application(officer, Person(ric=ric(date(1985, 5, 20), 501), phone=shared))
    sharer, _ = _application(officer, Person(ric=ric(date(1985, 5, 20), 503), phone=shared))
    assert credit.assess_application(officer, sharer).decision == "refer"
    wrong_sex, _ = _application(officer, Person(ric=ric(date(1985, 5, 20), 505), sex="F"))
    assert credit.assess_application(officer, wrong_sex).decision == "decline"


def test_missing_inputs_score_the_worst_bin_and_refer(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    partial = {k: v for k, v in LOW_RISK.items() if k != "status_of_existing_checking_account"}
    app_id, _ = _application(officer, characteristics=partial)
    result = credit.assess_application(officer, app_id)
    full_id, _ = _application(officer)
    full = credit.assess_application(officer, full_id)
    assert full.score - result.score == 49  # "no checking account" is worth 49, worst is 0
    assert result.decision == "refer"
    assert [h.rule_id for h in result.rule_hits] == ["inputs_incomplete"]


def test_a_bad_input_is_an_officer_error_and_nothing_is_stored(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, _ = _application(officer, characteristics={**LOW_RISK, "housing": "castle"})
    with pytest.raises(CreditError, match="housing: 'castle' is not one of"):
        credit.assess_application(officer, app_id)
    assert credit.latest_assessment(officer, app_id) is None


def test_an_officer_can_only_ask_a_supervisor_to_override(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, _ = _application(officer, characteristics=HIGH_RISK)
    with pytest.raises(CreditError, match="Assess the application"):
        credit.request_override(officer, app_id, "long-standing customer")
    declined = credit.assess_application(officer, app_id)
    request_id = credit.request_override(officer, app_id, "long-standing customer")
    with officer.read() as session:
        row = session.get(ApprovalRequest, request_id)
        assert row is not None
        assert (row.kind, row.status, row.subject_id) == ("score_override", "open", app_id)
        payload = json.loads(row.payload)
    assert payload["assessment_id"] == str(declined.assessment_id)
    assert (payload["decision"], payload["band"]) == ("decline", "E")
    with pytest.raises(PermissionDenied):
        approvals.decide(officer, request_id, "approved", "I know them")
    with pytest.raises(PermissionDenied):
        approvals.inbox(officer)


def test_an_approval_needs_no_override_and_readers_cannot_assess(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    app_id, _ = _application(officer)
    credit.assess_application(officer, app_id)
    with pytest.raises(CreditError, match="already approves"):
        credit.request_override(officer, app_id, "just because")
    auditor = bench.sign_in("auditor1")
    with pytest.raises(PermissionDenied):
        credit.assess_application(auditor, app_id)
    assert credit.latest_assessment(auditor, app_id) is not None


def test_the_origination_state_machine_runs_on_this_engine(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    with officer.transaction() as session:
        customer = add_person(session, officer, Person(ric=ric(date(1985, 5, 20), 701)))
        product_id = product_row_id(session)
    new = applications.NewApplication(
        customer.id,
        product_id,
        Decimal("30000.00"),
        24,
        Decimal("0.108"),
        "annuity",
        "car",
        characteristics=LOW_RISK,
    )
    made = applications.create_draft(officer, new)
    applications.submit(officer, made.id)
    outcome = applications.assess(officer, made.id)
    assert outcome.decision == "approve"
    assert outcome.reasons[0].text_en.startswith("Score ")  # both languages, for either screen
    assert outcome.reasons[0].text_zh
