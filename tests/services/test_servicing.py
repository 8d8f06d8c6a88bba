"""Disbursement exactly once, repayment allocation, idempotency and exact reversal."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.support import Bench
from workstation.models import Application, ApplicationEvent, Installment, LedgerEntry, Loan
from workstation.services import demo_loans, servicing
from workstation.services.servicing import AlreadyDisbursed, ServicingError

START = date(2026, 1, 10)


def booked(bench: Bench, **terms: object):  # type: ignore[no-untyped-def]
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx, **terms)  # type: ignore[arg-type]
    loan = servicing.create_loan_from_application(ctx, signed.application_id, START)
    return ctx, signed, loan


def disbursed(bench: Bench, **terms: object):  # type: ignore[no-untyped-def]
    ctx, signed, loan = booked(bench, **terms)
    servicing.disburse(ctx, loan.id, signed.bank_account_id, f"disb-{loan.id}")
    return ctx, loan


def snapshot(ctx, loan_id):  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        loan = s.get(Loan, loan_id)
        rows = s.scalars(
            select(Installment).where(Installment.loan_id == loan_id).order_by(Installment.number)
        )
        paid = [(i.principal_paid, i.interest_paid, i.fee_paid, i.penalty_paid) for i in rows]
        return (
            loan.outstanding_principal,
            loan.credit_balance,
            loan.days_past_due,
            loan.amount_overdue,
            loan.status,
            paid,
        )


def test_booking_needs_a_signed_application_and_builds_the_schedule(bench: Bench) -> None:
    ctx, signed, loan = booked(bench)
    assert loan.status == "pending"
    assert len(loan.installments) == 12
    assert sum(i.principal for i in loan.installments) == Decimal("12000.00")
    with pytest.raises(ServicingError, match="already has a loan"):
        servicing.create_loan_from_application(ctx, signed.application_id, START)


def test_disbursement_marks_the_application_and_needs_step_up(bench: Bench) -> None:
    ctx, signed, loan = booked(bench)
    bench.clock.advance(minutes=30)
    with pytest.raises(PermissionError, match="password again"):
        servicing.disburse(ctx, loan.id, signed.bank_account_id, "k1")
    ctx.confirm_password("Harbor-Lantern-Quiet-42")
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "k1")
    with ctx.read() as s:
        assert s.get(Application, signed.application_id).status == "disbursed"
        event = s.scalar(select(ApplicationEvent))
        assert (event.from_status, event.to_status) == ("signed", "disbursed")
    with pytest.raises(AlreadyDisbursed):
        servicing.disburse(ctx, loan.id, signed.bank_account_id, "k2")
    assert servicing.disburse(ctx, loan.id, signed.bank_account_id, "k1").duplicate


def test_twenty_concurrent_disbursements_pay_out_once(bench: Bench) -> None:
    ctx, signed, loan = booked(bench)
    outcomes: list[str] = []
    # One store (engine, connection) per thread, as 20 tellers' processes would have:
    # the race is decided by the database, not by a shared Python object.
    tellers = [
        dataclasses.replace(ctx, _store=ctx.workstation.open_with_master(ctx.master_key)[0])
        for _ in range(20)
    ]

    def attempt(n: int) -> None:
        try:
            result = servicing.disburse(tellers[n], loan.id, signed.bank_account_id, f"t-{n}")
            outcomes.append("dup" if result.duplicate else "ok")
        except AlreadyDisbursed:
            outcomes.append("refused")

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes).count("ok") == 1
    assert outcomes.count("refused") == 19
    with ctx.read() as s:
        kinds = s.scalars(select(LedgerEntry.kind).where(LedgerEntry.loan_id == loan.id))
        assert list(kinds) == ["disbursement"]


def test_allocation_order_fees_penalty_interest_principal_oldest_first(bench: Bench) -> None:
    ctx, loan = disbursed(bench)
    with ctx.transaction() as s:
        rows = s.scalars(
            select(Installment).where(Installment.loan_id == loan.id).order_by(Installment.number)
        ).all()
        rows[0].fee, rows[0].penalty_accrued = Decimal("5.00"), Decimal("7.00")
        rows[1].fee = Decimal("5.00")
        first_interest, first_principal = rows[0].interest, rows[0].principal
    result = servicing.post_repayment(ctx, loan.id, "200.00", "cash", date(2026, 3, 15), "p1")
    # The oldest installment takes everything (fee, penalty, interest, then principal)
    # before the second one's fee gets a cent.
    assert result.allocated["fee"] == Decimal("5.00")
    assert result.allocated["penalty"] == Decimal("7.00")
    assert result.allocated["interest"] == first_interest
    assert result.allocated["principal"] == Decimal("188.00") - first_interest
    assert result.allocated["principal"] < first_principal
    assert result.credit == 0


def test_overpayment_is_held_as_credit(bench: Bench) -> None:
    ctx, loan = disbursed(bench)
    due = loan.installments[0].unpaid
    result = servicing.post_repayment(
        ctx, loan.id, due + Decimal("50"), "transfer", date(2026, 2, 10), "p-over"
    )
    assert result.credit == Decimal("50.00")
    assert servicing.get_loan(ctx, loan.id).credit_balance == Decimal("50.00")


def test_same_idempotency_key_twice_posts_one_entry(bench: Bench) -> None:
    ctx, loan = disbursed(bench)
    first = servicing.post_repayment(ctx, loan.id, "300", "cash", date(2026, 2, 10), "same")
    second = servicing.post_repayment(ctx, loan.id, "300", "cash", date(2026, 2, 10), "same")
    assert second.duplicate
    assert second.entry_id == first.entry_id
    with ctx.read() as s:
        count = s.scalar(
            select(func.count()).select_from(LedgerEntry).where(LedgerEntry.kind == "repayment")
        )
    assert count == 1


def test_reversal_restores_every_balance_exactly(bench: Bench) -> None:
    ctx, loan = disbursed(bench)
    servicing.post_repayment(ctx, loan.id, "1100.00", "cash", date(2026, 2, 10), "a")
    before = snapshot(ctx, loan.id)
    paid = servicing.post_repayment(ctx, loan.id, "1333.33", "card", date(2026, 3, 10), "b")
    assert snapshot(ctx, loan.id) != before
    servicing.reverse_payment(ctx, paid.entry_id, "card charge-back")
    assert snapshot(ctx, loan.id) == before
    with pytest.raises(ServicingError, match="already been reversed"):
        servicing.reverse_payment(ctx, paid.entry_id, "again")


@pytest.mark.parametrize("text", ["-5", "0", "12.345", "abc", "1e3", ""])
def test_amount_parsing_gives_a_clear_error(text: str) -> None:
    with pytest.raises(ServicingError, match="positive number with at most 2 decimals"):
        servicing.parse_amount(text)


def test_amount_parsing_accepts_commas_and_yuan_sign() -> None:
    assert servicing.parse_amount("¥1,234.5") == Decimal("1234.50")


# --- early settlement and revolving draws -------------------------------------------------


def test_early_settlement_takes_the_quote_and_waives_unearned_interest(bench: Bench) -> None:
    ctx, loan = disbursed(bench)  # 12,000 over 12 months at 18%
    on = date(2026, 4, 25)  # three installments due (Feb, Mar, Apr 10), all unpaid
    quote = servicing.settlement_quote(ctx, loan.id, on)
    owed_so_far = sum(i.principal + i.interest for i in loan.installments[:3])
    assert quote.overdue == owed_so_far
    assert quote.principal == loan.principal - sum(i.principal for i in loan.installments[:3])
    assert quote.accrued_interest == (quote.principal * Decimal("0.18") * 15 / 360).quantize(
        Decimal("0.01")
    )
    with pytest.raises(ServicingError, match=f"{quote.total:,.2f}"):
        servicing.settle_early(ctx, loan.id, quote.total - 1, "transfer", on, "early-short")
    servicing.settle_early(ctx, loan.id, quote.total, "transfer", on, "early-1")
    outstanding, credit, dpd, overdue, status, _paid = snapshot(ctx, loan.id)
    assert (outstanding, credit, dpd, overdue, status) == (0, 0, 0, 0, "settled")
    with ctx.read() as s:
        kinds = set(s.scalars(select(LedgerEntry.kind).where(LedgerEntry.loan_id == loan.id)))
    assert {"early_settlement", "settlement_discount"} <= kinds


def revolving(bench: Bench, limit: str):  # type: ignore[no-untyped-def]
    ctx, loan = disbursed(bench, amount=Decimal("2000.00"))
    with ctx.transaction() as s:  # a credit line: the booked amount is the first draw
        s.get(Loan, loan.id).credit_limit = Decimal(limit)  # type: ignore[union-attr]
    return ctx, loan


def test_a_draw_within_the_limit_falls_due_next_month(bench: Bench) -> None:
    ctx, loan = revolving(bench, "5000")
    servicing.draw(ctx, loan.id, "2500", date(2026, 3, 1), "draw-1")
    with ctx.read() as s:
        line = s.get(Loan, loan.id)
        assert line.outstanding_principal == Decimal("4500.00")
        last = max(line.installments, key=lambda i: i.number)
        assert (last.principal, last.due_date) == (Decimal("2500.00"), date(2026, 4, 1))
        assert last.interest == Decimal("38.75")  # 2500 x 18% x 31 / 360


def test_a_draw_above_the_available_limit_is_refused_clearly(bench: Bench) -> None:
    ctx, loan = revolving(bench, "5000")
    with pytest.raises(ServicingError, match=r"above the available limit of 3,000\.00"):
        servicing.draw(ctx, loan.id, "3000.01", date(2026, 3, 1), "draw-2")
    with pytest.raises(ServicingError, match="not an open credit line"):
        servicing.draw(ctx, disbursed(bench)[1].id, "10", date(2026, 3, 1), "draw-3")
