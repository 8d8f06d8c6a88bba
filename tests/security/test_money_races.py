"""C27 money races: 50 tellers press "disburse" (or post one receipt) at the same moment.

Each thread opens its own store (engine and connections) as separate teller processes
would, so the race is decided by SQLite's write lock and the ledger's unique
idempotency key, not by a shared Python object.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select

from tests.support import Bench
from workstation.models import LedgerEntry, Loan
from workstation.services import demo_loans, servicing
from workstation.services.servicing import AlreadyDisbursed
from workstation.services.session import UserSession

TELLERS = 50


def _tellers(ctx: UserSession) -> list[UserSession]:
    return [
        dataclasses.replace(ctx, _store=ctx.workstation.open_with_master(ctx.master_key)[0])
        for _ in range(TELLERS)
    ]


def _race(attempt: Callable[[int], str]) -> list[str]:
    """Start every thread, then release them together at one barrier."""
    barrier, outcomes = threading.Barrier(TELLERS), []

    def run(n: int) -> None:
        barrier.wait()
        outcomes.append(attempt(n))

    threads = [threading.Thread(target=run, args=(n,)) for n in range(TELLERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def _booked(bench: Bench):  # type: ignore[no-untyped-def]
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, ctx.now().date())
    return ctx, signed, loan


def _ledger(ctx: UserSession, loan_id) -> list[tuple[str, Decimal]]:  # type: ignore[no-untyped-def]
    with ctx.read() as db:
        rows = db.execute(
            select(LedgerEntry.kind, LedgerEntry.amount).where(LedgerEntry.loan_id == loan_id)
        )
        return [(kind, amount) for kind, amount in rows]


def test_c27_fifty_concurrent_disbursements_pay_out_exactly_once(bench: Bench) -> None:
    ctx, signed, loan = _booked(bench)
    tellers = _tellers(ctx)

    def attempt(n: int) -> str:
        try:
            result = servicing.disburse(tellers[n], loan.id, signed.bank_account_id, f"d-{n}")
        except AlreadyDisbursed:
            return "refused"
        return "duplicate" if result.duplicate else "paid"

    outcomes = _race(attempt)
    assert outcomes.count("paid") == 1
    assert outcomes.count("refused") == TELLERS - 1
    assert _ledger(ctx, loan.id) == [("disbursement", loan.principal)]
    for teller in tellers:
        teller.store.dispose()


def test_c27_fifty_concurrent_posts_of_one_receipt_record_one_repayment(bench: Bench) -> None:
    ctx, signed, loan = _booked(bench)
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "disbursed-once")
    tellers = _tellers(ctx)
    amount, day = Decimal("1100.10"), ctx.now().date()

    results: list[servicing.PostingResult] = []

    def attempt(n: int) -> str:
        result = servicing.post_repayment(tellers[n], loan.id, amount, "cash", day, "receipt-0001")
        results.append(result)
        return "duplicate" if result.duplicate else "posted"

    outcomes = _race(attempt)
    assert outcomes.count("posted") == 1
    assert outcomes.count("duplicate") == TELLERS - 1
    ledger = _ledger(ctx, loan.id)
    assert sorted(ledger) == [("disbursement", loan.principal), ("repayment", amount)]
    with ctx.read() as db:
        row = db.get(Loan, loan.id)
        entries = db.scalar(
            select(func.count()).where(LedgerEntry.idempotency_key == "receipt-0001")
        )
        assert entries == 1
        posted = next(r for r in results if not r.duplicate)
        assert sum(posted.allocated.values(), posted.credit) == amount  # every yuan placed
        assert row.credit_balance == posted.credit
        assert loan.principal - row.outstanding_principal == posted.allocated.get(
            "principal", Decimal(0)
        )
        assert {r.entry_id for r in results} == {posted.entry_id}
    for teller in tellers:
        teller.store.dispose()
