"""Escalations: a collector asks, another person approves, and the books follow."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.support import Bench
from workstation.models import CollectionCase, Installment, LedgerEntry, Loan
from workstation.services import approvals, collections, demo_loans, eod, escalations, servicing
from workstation.services.schedules import add_months

DAY = date(2026, 11, 2)


@pytest.fixture
def case(bench: Bench) -> tuple[uuid.UUID, uuid.UUID]:
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, add_months(DAY, -2))
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "d")
    eod.run_eod(ctx, DAY)
    case_id = collections.work_queue(ctx, everyone=True)[0].case_id
    collections.assign(ctx, [case_id], "collector1")
    return case_id, loan.id


def approve(bench: Bench, request_id: uuid.UUID) -> None:
    approvals.decide(bench.sign_in("supervisor1"), request_id, "approved", "agreed")


def loan_and_entries(bench: Bench, loan_id: uuid.UUID) -> tuple[Loan, dict[str, Decimal]]:
    with bench.sign_in("supervisor1").read() as s:
        loan = s.get(Loan, loan_id)
        assert loan is not None
        entries = {
            e.kind: e.amount for e in s.scalars(select(LedgerEntry).filter_by(loan_id=loan_id))
        }
        return loan, entries


def owed(bench: Bench, loan_id: uuid.UUID) -> Decimal:
    with bench.sign_in("supervisor1").read() as s:
        return servicing.total_unpaid(servicing.load_loan(s, loan_id))


def test_settlement_forgives_the_discount_and_settles_on_payment(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, loan_id = case
    total = owed(bench, loan_id)
    collector = bench.sign_in("collector1")
    request_id = escalations.request_settlement(collector, case_id, "9000", "lost job, lump sum")
    assert owed(bench, loan_id) == total  # nothing moves before the supervisor agrees
    approve(bench, request_id)
    loan, entries = loan_and_entries(bench, loan_id)
    assert loan.status == "settling"
    assert entries["settlement_discount"] == total - Decimal("9000")
    assert owed(bench, loan_id) == Decimal("9000.00")
    servicing.post_repayment(collector, loan_id, "9000", "transfer", DAY, "settle-1")
    loan, _ = loan_and_entries(bench, loan_id)
    assert loan.status == "settled"
    assert loan.outstanding_principal == 0


def test_write_off_clears_the_balance_and_closes_the_case(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, loan_id = case
    total = owed(bench, loan_id)
    request_id = escalations.request_write_off(bench.sign_in("collector1"), case_id, "deceased")
    approve(bench, request_id)
    loan, entries = loan_and_entries(bench, loan_id)
    assert (loan.status, loan.outstanding_principal, loan.amount_overdue) == ("written_off", 0, 0)
    assert entries["write_off"] == total
    with bench.sign_in("supervisor1").read() as s:
        assert s.get(CollectionCase, case_id).status == "closed"  # type: ignore[union-attr]


def test_restructure_supersedes_the_schedule(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, loan_id = case
    total = owed(bench, loan_id)
    collector = bench.sign_in("collector1")
    request_id = escalations.request_restructure(collector, case_id, 24, "12%", "lower income")
    approve(bench, request_id)
    loan, entries = loan_and_entries(bench, loan_id)
    assert (loan.status, loan.outstanding_principal) == ("restructured", total)
    assert entries["restructure"] == total
    with bench.sign_in("supervisor1").read() as s:
        rows = s.scalars(select(Installment).filter_by(loan_id=loan_id)).all()
        new = [r for r in rows if not r.superseded]
        assert {r.schedule_version for r in new} == {2}
        assert len(new) == 24
        assert all(r.superseded for r in rows if r.schedule_version == 1)
        assert sum(r.principal for r in new) == total
    assert owed(bench, loan_id) > total  # the new schedule carries interest on it


def test_hardship_hold_stops_contact_until_it_expires(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, _loan_id = case
    request_id = escalations.request_hardship_hold(
        bench.sign_in("collector1"), case_id, 14, "hospital"
    )
    approve(bench, request_id)
    with bench.sign_in("supervisor1").read() as s:
        held = s.get(CollectionCase, case_id)
        assert held is not None
        assert held.hold == "hardship"
        until = held.hold_until
    assert until is not None
    eod.run_eod(bench.sign_in("supervisor1"), until + timedelta(days=1))
    with bench.sign_in("supervisor1").read() as s:
        assert s.get(CollectionCase, case_id).hold == ""  # type: ignore[union-attr]


def test_a_declined_request_changes_nothing(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, loan_id = case
    total = owed(bench, loan_id)
    request_id = escalations.request_write_off(bench.sign_in("collector1"), case_id, "try")
    approvals.decide(bench.sign_in("supervisor1"), request_id, "declined", "keep collecting")
    loan, entries = loan_and_entries(bench, loan_id)
    assert loan.status == "active"
    assert "write_off" not in entries
    assert owed(bench, loan_id) == total


def test_the_requester_cannot_approve_their_own_request(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, _loan_id = case
    supervisor = bench.sign_in("supervisor1")
    request_id = escalations.request_write_off(supervisor, case_id, "my own idea")
    with pytest.raises(approvals.FourEyesViolation):
        approvals.decide(supervisor, request_id, "approved", "fine by me")


@pytest.mark.parametrize(
    ("ask", "message"),
    [
        (lambda c, i: escalations.request_settlement(c, i, "99999", "x"), "must be for less"),
        (lambda c, i: escalations.request_restructure(c, i, 0, "0.1", "x"), "1 and 120"),
        (lambda c, i: escalations.request_restructure(c, i, 12, "0.5", "x"), "between 0 and 24%"),
        (lambda c, i: escalations.request_hardship_hold(c, i, 365, "x"), "between 1 and 90"),
        (lambda c, i: escalations.request_write_off(c, i, " "), "Say why"),
    ],
)
def test_bad_requests_are_refused_with_a_reason(bench: Bench, case, ask, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        ask(bench.sign_in("collector1"), case[0])
