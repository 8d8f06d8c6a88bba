"""End of day: arrears, cases, promises, the penalty cap, idempotency, resuming after a kill."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from tests.support import Bench
from workstation.models import CollectionCase, EodRun, Installment, LedgerEntry, Loan, PromiseToPay
from workstation.services import collections, demo_loans, eod, servicing
from workstation.services.schedules import add_months

DAY = date(2026, 11, 2)


def state(ctx):  # type: ignore[no-untyped-def]
    """Everything an EOD run derives, keyed by loan number (ids differ between copies)."""
    with ctx.read() as s:
        loans = s.execute(
            select(
                Loan.number,
                Loan.days_past_due,
                Loan.bucket,
                Loan.amount_overdue,
                Loan.last_eod_date,
            ).order_by(Loan.number)
        )
        penalties = s.execute(
            select(Loan.number, func.sum(Installment.penalty_accrued))
            .join(Installment)
            .group_by(Loan.number)
            .order_by(Loan.number)
        )
        cases = s.scalar(select(func.count()).select_from(CollectionCase))
        entries = s.scalar(select(func.count()).select_from(LedgerEntry))
        return [tuple(r) for r in loans], [tuple(r) for r in penalties], cases, entries


def test_arrears_buckets_and_cases(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 50, DAY, overdue_every=5)
    result = eod.run_eod(ctx, DAY)
    assert result.loans_processed == 10  # the 40 current loans need no work
    assert result.cases_opened == 10
    with ctx.read() as s:
        overdue = s.scalars(select(Loan).where(Loan.days_past_due > 0)).all()
        assert len(overdue) == 10
        assert all(loan.bucket == servicing.bucket_for(loan.days_past_due) for loan in overdue)
        assert all(loan.amount_overdue > 0 for loan in overdue)
        assert s.scalar(select(func.count()).where(Loan.days_past_due == 0)) == 40


def test_a_second_run_for_the_same_date_changes_nothing(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 30, DAY, overdue_every=3)
    eod.run_eod(ctx, DAY)
    before = state(ctx)
    assert eod.run_eod(ctx, DAY).status == "already_done"
    with ctx.transaction() as s:  # even with the run record gone, the watermarks hold
        s.execute(EodRun.__table__.delete())
    eod.run_eod(ctx, DAY)
    assert state(ctx) == before


def test_penalty_cap_holds_on_long_overdue_loans(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx, Decimal("10000"), 6, Decimal("0.23"))
    start = DAY - timedelta(days=900)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, start)
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "d")
    for day in (DAY - timedelta(days=400), DAY - timedelta(days=200), DAY):
        eod.run_eod(ctx, day)
    with ctx.read() as s:
        rows = s.scalars(select(Installment).where(Installment.loan_id == loan.id)).all()
        cost = sum(r.interest + r.fee + r.penalty_accrued for r in rows)
        penalty = sum(r.penalty_accrued for r in rows)
    allowed = Decimal("10000") * Decimal("0.24") * (DAY - start).days / 365
    uncapped = Decimal("10000") * Decimal("0.23") * Decimal("1.5") * 700 / 360
    assert penalty > 0
    assert Decimal(0) <= allowed - cost < Decimal("0.02")  # the cap, not the rate, binds
    assert penalty < uncapped


def test_promises_are_kept_or_broken_by_actual_payments(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    start = add_months(DAY, -3)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, start)
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "d")
    eod.run_eod(ctx, DAY)
    case_id = collections.work_queue(ctx, everyone=True)[0].case_id
    kept = collections.record_promise(ctx, case_id, "500", DAY + timedelta(days=2))
    broken = collections.record_promise(ctx, case_id, "5000", DAY + timedelta(days=2))
    servicing.post_repayment(ctx, loan.id, "600", "cash", DAY + timedelta(days=1), "pay")
    for offset in (1, 2, 3):
        eod.run_eod(ctx, DAY + timedelta(days=offset))
    with ctx.read() as s:
        assert s.get(PromiseToPay, kept).status == "kept"
        assert s.get(PromiseToPay, broken).status == "broken"
        assert s.get(CollectionCase, case_id).broken_promises == 1


def test_a_killed_run_resumes_without_double_charges(bench: Bench, tmp_path: Path) -> None:
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 1200, DAY, overdue_every=2)  # 600 loans to work
    ctx.sign_out()
    twin = tmp_path / "twin"
    shutil.copytree(bench.paths.home, twin / "home")
    shutil.copyfile(tmp_path / "keyring.cfg", twin / "keyring.cfg")
    killed = _kill_after_chunks(tmp_path, chunks=3)
    assert killed == -signal.SIGKILL
    ctx = bench.sign_in("supervisor1")
    with ctx.read() as s:
        done = s.scalar(select(func.count()).where(Loan.last_eod_date == DAY))
        assert done == 300  # the kill landed mid-run, after three committed chunks
    assert eod.run_eod(ctx, DAY, chunk=100).loans_processed == 600 - done
    resumed = state(ctx)
    from tests.support import use_file_keyring

    use_file_keyring(twin)
    other = Bench.open(twin / "home", bench.clock).sign_in("supervisor1")
    eod.run_eod(other, DAY, chunk=100)
    assert state(other) == resumed


def _kill_after_chunks(folder: Path, chunks: int) -> int:
    script = textwrap.dedent(f"""
        import sys
        from datetime import date
        from pathlib import Path
        from tests.support import Bench, FakeClock, use_file_keyring
        from workstation.services import eod
        use_file_keyring(Path({str(folder)!r}))
        ctx = Bench.open(Path({str(folder / "home")!r}), FakeClock()).sign_in("supervisor1")
        def progress(done, total):
            print(done, flush=True)
            if done == {chunks}:
                sys.stdin.readline()  # wait here, three chunks committed, to be killed
        eod.run_eod(ctx, date.fromisoformat({DAY.isoformat()!r}), chunk=100, progress=progress)
        print("finished", flush=True)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
    )
    assert proc.stdout is not None
    for _ in range(chunks):
        assert proc.stdout.readline().strip() != "finished"
    proc.send_signal(signal.SIGKILL)
    return proc.wait()
