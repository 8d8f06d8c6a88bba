"""Approvals: four eyes from the service layer, mandatory comments, supersession, SLA."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.services.test_applications import draft
from tests.support import Bench
from workstation.models import Application, ApprovalDecision
from workstation.services import applications, approvals
from workstation.services.approvals import ApprovalError, FourEyesViolation
from workstation.services.permissions import PermissionDenied
from workstation.services.session import UserSession

D = Decimal
SEEN: list[approvals.DecisionSummary] = []
approvals.register_decision_handler("test_note", lambda _c, _s, _r, made: SEEN.append(made))


def ask(ctx: UserSession, kind: str = "test_note", payload: dict | None = None) -> uuid.UUID:
    return approvals.request(ctx, kind, "note", uuid.uuid4(), "please look", payload)


def test_officer_cannot_decide_and_supervisor_decides_with_a_comment(bench: Bench) -> None:
    officer, supervisor = bench.sign_in("officer1"), bench.sign_in("supervisor1")
    request_id = ask(officer)
    with pytest.raises(PermissionDenied):
        approvals.decide(officer, request_id, "approved", "fine by me")
    with pytest.raises(ApprovalError, match="write a comment"):
        approvals.decide(supervisor, request_id, "approved", "   ")
    made = approvals.decide(supervisor, request_id, "approved", "documents complete")
    assert (made.decision, made.decided_by, made.comment) == (
        "approved",
        "supervisor1",
        "documents complete",
    )
    assert SEEN[-1] == made
    assert approvals.inbox(supervisor) == []


def test_whoever_requested_or_took_part_can_never_decide(bench: Bench) -> None:
    supervisor = bench.sign_in("supervisor1")
    with pytest.raises(FourEyesViolation):
        approvals.decide(supervisor, ask(supervisor), "approved", "my own case")
    party = ask(bench.sign_in("officer1"), payload={"parties": [str(supervisor.actor.user_id)]})
    with pytest.raises(FourEyesViolation):
        approvals.decide(supervisor, party, "declined", "I submitted it")
    assert {item.id for item in approvals.inbox(supervisor)} >= {party}


def test_decisions_are_append_only_and_supersede_explicitly(bench: Bench) -> None:
    supervisor = bench.sign_in("supervisor1")
    request_id = ask(bench.sign_in("officer1"))
    first = approvals.decide(supervisor, request_id, "declined", "income not shown")
    with pytest.raises(ApprovalError, match="must supersede the latest"):
        approvals.decide(supervisor, request_id, "approved", "payslips arrived")
    second = approvals.decide(
        supervisor, request_id, "approved", "payslips arrived", supersedes=first.id
    )
    with pytest.raises(ApprovalError, match="must supersede the latest"):
        approvals.decide(supervisor, request_id, "returned", "again", supersedes=first.id)
    history = approvals.decisions_for(supervisor, request_id)
    assert [(d.decision, d.supersedes_id) for d in history] == [
        ("declined", None),
        ("approved", first.id),
    ]
    assert second.id == history[-1].id


def test_a_decision_nobody_handles_is_refused(bench: Bench) -> None:
    request_id = ask(bench.sign_in("officer1"), kind="unheard_of")
    with pytest.raises(ApprovalError, match="handles unheard_of decisions"):
        approvals.decide(bench.sign_in("supervisor1"), request_id, "approved", "ok")
    with bench.sign_in("officer1").read() as session:
        assert session.scalar(select(func.count()).select_from(ApprovalDecision)) == 0


def test_inbox_age_and_sla_count_working_hours_in_branch_time(bench: Bench) -> None:
    ask(bench.sign_in("officer1"))  # Monday 17:00 Shanghai: the working day has just ended
    supervisor = bench.sign_in("supervisor1")
    bench.clock.advance(hours=18)  # Tuesday 11:00
    (item,) = approvals.inbox(supervisor)
    assert (item.age_working_hours, item.sla, item.overdue) == (
        2.0,
        "due in 6 working hours",
        False,
    )
    assert item.requested_by == "officer1"
    bench.clock.advance(hours=24)  # Wednesday 11:00
    (item,) = approvals.inbox(supervisor)
    assert (item.age_working_hours, item.sla, item.overdue) == (10.0, "overdue", True)


def _referred(bench: Bench) -> tuple[applications.ApplicationSummary, uuid.UUID]:
    """An application above the officer's authority, as assessment leaves it."""
    officer = bench.sign_in("officer1")
    made = draft(officer, amount="150000.00")
    applications.submit(officer, made.id)
    with officer.transaction() as session:
        row = session.get(Application, made.id)
        assert row is not None
        applications.move(session, officer, row, "assessed", "approve, band B")
        applications.move(session, officer, row, "referred", "above officer authority")
    payload = {"band": "B", "parties": [str(officer.actor.user_id)]}
    request_id = approvals.request(
        officer, "application_limit", "application", made.id, "150,000 band B", payload
    )
    return made, request_id


def test_supervisor_approval_with_changed_terms_reprices_the_application(bench: Bench) -> None:
    made, request_id = _referred(bench)
    supervisor = bench.sign_in("supervisor1")
    approvals.decide(
        supervisor, request_id, "approved", "approve at a lower amount", {"amount": "90000.00"}
    )
    after = applications.get(supervisor, made.id)
    assert (after.summary.status, after.summary.amount, after.summary.fee) == (
        "approved",
        D("90000.00"),
        D("900.00"),
    )
    assert after.summary.apr == made.apr  # same rate, fee and term: the same all-in APR
    assert after.timeline[-1].reason == "approved by supervisor: approve at a lower amount"


def test_returned_referral_goes_back_to_draft_and_bad_changes_roll_back(bench: Bench) -> None:
    made, request_id = _referred(bench)
    supervisor = bench.sign_in("supervisor1")
    with pytest.raises(ValueError, match=r"between 5,000\.00 and 200,000\.00"):
        approvals.decide(supervisor, request_id, "approved", "more", {"amount": "900000.00"})
    assert applications.get(supervisor, made.id).summary.status == "referred"
    approvals.decide(supervisor, request_id, "returned", "add the payslips")
    assert applications.get(supervisor, made.id).summary.status == "draft"
    officer = bench.sign_in("officer1")
    revised = applications.revise_draft(officer, made.id, D("95000.00"), 36, D("0.108"), "annuity")
    assert (revised.amount, revised.fee, revised.status) == (D("95000.00"), D("950.00"), "draft")
    assert applications.submit(officer, made.id) == "submitted"
    with pytest.raises(applications.ApplicationError, match="Only a draft"):
        applications.revise_draft(officer, made.id, D("9000.00"), 12, D("0.1"), "annuity")
