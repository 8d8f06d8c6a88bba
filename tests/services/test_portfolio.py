"""Portfolio: balances by bucket, and roll rates from month-end bucket snapshots."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from tests.support import Bench
from workstation.models import Loan, LoanBucketHistory
from workstation.services import demo_loans, eod, portfolio, servicing


def test_balances_by_bucket_add_up_to_the_book(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 30, date(2026, 11, 2), overdue_every=3)
    eod.run_eod(ctx, date(2026, 11, 2))
    board = portfolio.dashboard(ctx)
    assert [b.bucket for b in board.buckets] == list(portfolio.BUCKETS)
    assert sum(b.loans for b in board.buckets) == 30
    with ctx.read() as s:
        book = s.scalar(select(func.sum(Loan.outstanding_principal)))
        overdue_loans = s.scalar(select(func.count()).where(Loan.days_past_due > 0))
    assert sum(b.balance for b in board.buckets) == book
    assert sum(b.loans for b in board.buckets if b.bucket != "current") == overdue_loans == 10
    assert board.roll_rates == ()  # no month end yet


def test_roll_rates_follow_loans_from_one_month_end_to_the_next(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 40, date(2026, 10, 31), overdue_every=2)
    eod.run_eod(ctx, date(2026, 10, 30))  # not a month end: no snapshot
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(LoanBucketHistory)) == 0
    eod.run_eod(ctx, date(2026, 10, 31))
    with ctx.read() as s:
        good = s.scalar(select(Loan.id).where(Loan.days_past_due == 0).limit(1))
    servicing.post_repayment(ctx, good, "6270", "cash", date(2026, 11, 30), "keeps-current")
    eod.run_eod(ctx, date(2026, 11, 30))
    board = portfolio.dashboard(ctx)
    assert board.months == ("2026-11",)
    rates = {r.bucket: r.rate for r in board.roll_rates}
    assert rates["1-30"] == Decimal(1)  # nobody paid: 30 more days is the next bucket
    assert rates["current"] == Decimal(19) / 20  # all but the one that paid in November
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(LoanBucketHistory)) == 80
