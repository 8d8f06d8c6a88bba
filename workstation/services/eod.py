"""End of day: arrears, penalty interest, collection cases, promises and reminders.

Only loans whose state can change are touched: those with an overdue unpaid
installment, those still marked overdue (to be cured) and those holding credit. They
are found with one set-based query and worked in committed chunks; each chunk sets
`Loan.last_eod_date` in the same transaction as its charges, so a run killed at any
point continues where it stopped without charging anyone twice, and a run for a date
already done changes nothing (`EodRun` per business date). Promises and reminders are
settled once per run, after the chunks; both are idempotent.

A loan being settled for an agreed amount accrues no penalty. Penalty interest accrues
per installment on its unpaid principal and interest at the
loan's penalty rate, actual/360, from the later of its due date and the last run. A
loan's total cost (scheduled interest, fees and penalties) stays within the APR cap:
principal x apr_cap x days from start to max(today, maturity) / 365.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.orm import Session

from workstation.models import EodRun, LedgerEntry
from workstation.models.sync import enqueue_rows
from workstation.services import (
    aml,
    bureau_reporting,
    collections,
    early_warning,
    escalations,
    portfolio,
    reminders,
    servicing,
)
from workstation.services.permissions import Permission
from workstation.services.schedules import add_months
from workstation.services.session import UserSession

CENT = Decimal("0.01")
Progress = Callable[[int, int], None]  # (chunks done, chunks in all)

_UNPAID = (
    "(i.principal - i.principal_paid + i.interest - i.interest_paid + i.fee - i.fee_paid"
    " + i.penalty_accrued - i.penalty_paid)"
)
# `+i.due_date` and `+status` keep the planner off indexes most rows match: the
# installments are scanned once and the loans looked up by the ids found.
_WORK = text(
    "SELECT id FROM loan WHERE +status IN ('active', 'restructured', 'settling') "
    "AND (last_eod_date IS NULL OR last_eod_date < :day) AND id IN ("
    "SELECT i.loan_id FROM installment i WHERE i.superseded = 0 AND +i.due_date < :day "
    f"AND {_UNPAID} > 0 UNION ALL SELECT id FROM loan WHERE days_past_due > 0 "
    "UNION ALL SELECT id FROM loan WHERE credit_balance > 0) ORDER BY id"
)
_OVERDUE = f"i.loan_id = loan.id AND i.superseded = 0 AND i.due_date < :day AND {_UNPAID} > 0"
_ARREARS = text(
    f"UPDATE loan SET days_past_due = COALESCE((SELECT CAST(julianday(:day) - "
    f"julianday(MIN(i.due_date)) AS INTEGER) FROM installment i WHERE {_OVERDUE}), 0), "
    f"amount_overdue = COALESCE((SELECT SUM({_UNPAID}) FROM installment i WHERE {_OVERDUE}), 0),"
    " last_eod_date = :day WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_BUCKETS = text(
    "UPDATE loan SET bucket = CASE WHEN days_past_due = 0 THEN 'current' "
    "WHEN days_past_due <= 30 THEN '1-30' WHEN days_past_due <= 60 THEN '31-60' "
    "WHEN days_past_due <= 90 THEN '61-90' ELSE '90+' END WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_PENALTY_BASE = text(
    "SELECT i.id, i.loan_id, i.number, i.due_date, i.schedule_version, "
    "i.principal - i.principal_paid + i.interest - i.interest_paid AS base, "
    "l.penalty_rate, l.last_eod_date FROM installment i JOIN loan l ON l.id = i.loan_id "
    "WHERE i.loan_id IN :ids AND l.status != 'settling' AND i.superseded = 0 "
    "AND i.due_date < :day "
    "AND i.principal - i.principal_paid + i.interest - i.interest_paid > 0 "
    "ORDER BY i.loan_id, i.number"
).bindparams(bindparam("ids", expanding=True))
_COST = text(
    "SELECT l.id, l.principal, l.start_date, l.months, "
    "SUM(i.interest + i.fee + i.penalty_accrued) FROM loan l JOIN installment i "
    "ON i.loan_id = l.id AND i.superseded = 0 WHERE l.id IN :ids GROUP BY l.id"
).bindparams(bindparam("ids", expanding=True))
_ARREARS_FIELDS = ["amount_overdue", "bucket", "days_past_due", "last_eod_date"]
_ADD_PENALTY = text(
    "UPDATE installment SET penalty_accrued = penalty_accrued + :add WHERE id = :id"
)


@dataclass(frozen=True)
class EodResult:
    business_date: date
    status: str  # done | already_done
    loans_processed: int  # loans whose state could change (the rest need nothing)
    penalty_cents: int
    cases_opened: int
    seconds: float


@dataclass
class _Tally:
    loans: int = 0
    penalty_cents: int = 0
    cases_opened: int = 0


def run_eod(
    ctx: UserSession, day: date, chunk: int = 1000, progress: Progress | None = None
) -> EodResult:
    """Run (or resume) the end of day for `day`; a finished date is left untouched."""
    ctx.require(Permission.EOD_RUN, "eod_run", day.isoformat())
    started = time.perf_counter()
    if not _begin(ctx, day):
        return EodResult(day, "already_done", 0, 0, 0, 0.0)
    tally, work = _Tally(), _work(ctx, day)
    chunks = [work[i : i + chunk] for i in range(0, len(work), chunk)]
    for done, ids in enumerate(chunks, start=1):
        with ctx.transaction() as s:
            _process(ctx, s, day, ids, tally)
        if progress is not None:
            progress(done, len(chunks) + 1)
    _finish(ctx, day, tally)
    if progress is not None:
        progress(len(chunks) + 1, len(chunks) + 1)
    elapsed = time.perf_counter() - started
    return EodResult(day, "done", tally.loans, tally.penalty_cents, tally.cases_opened, elapsed)


def _begin(ctx: UserSession, day: date) -> bool:
    with ctx.transaction() as s:
        run = s.scalar(select(EodRun).where(EodRun.business_date == day))
        if run is not None and run.status == "done":
            return False
        if run is None:
            s.add(EodRun(business_date=day, started_at=ctx.now(), run_by=ctx.actor.username))
        ctx.audit(
            s,
            "eod_started",
            subject_type="eod",
            subject_id=day.isoformat(),
            details={"resumed": run is not None},
        )
    return True


def _finish(ctx: UserSession, day: date, tally: _Tally) -> None:
    """Run-wide steps (promises, reminders, holds, month-end, AML, early warning), then done."""
    with ctx.transaction() as s:
        collections.settle_promises(s, day)
        reminders.queue_due(s, day, ctx.settings)
        escalations.lift_expired_holds(s, day)
        portfolio.snapshot_if_month_end(s, day)
        bureau_reporting.snapshot_if_month_end(s, day)
        aml_raised = aml.run_pass(s, day, ctx.settings, ctx.now()).total
        early_warning.run_pass(ctx, s, day)
        run = s.scalar(select(EodRun).where(EodRun.business_date == day))
        assert run is not None
        run.status, run.finished_at = "done", ctx.now()
        run.loans_processed += tally.loans
        ctx.audit(
            s,
            "eod_finished",
            subject_type="eod",
            subject_id=day.isoformat(),
            details={
                "loans": tally.loans,
                "penalty_cents": tally.penalty_cents,
                "aml_alerts": aml_raised,
            },
        )


def _work(ctx: UserSession, day: date) -> list[str]:
    """Ids of the active loans not yet done today whose state can change."""
    with ctx.read() as s:
        return list(s.scalars(_WORK, {"day": day.isoformat()}))


def _process(ctx: UserSession, s: Session, day: date, ids: list[str], tally: _Tally) -> None:
    """One committed chunk: credit, penalties, arrears and buckets, cases."""
    uuids = [uuid.UUID(i) for i in ids]
    servicing.apply_credits(s, uuids, day, ctx.actor.username)
    tally.penalty_cents += _accrue_penalties(s, day, ids, ctx.settings.get("apr_cap"))
    s.execute(_ARREARS, {"day": day.isoformat(), "ids": ids})
    s.execute(_BUCKETS, {"ids": ids})
    enqueue_rows(s, "loan", ids, changed=_ARREARS_FIELDS)
    tally.cases_opened += collections.open_and_close_cases(s, uuids, day)
    tally.loans += len(ids)


# --- penalty interest --------------------------------------------------------------------


def _accrue_penalties(s: Session, day: date, ids: list[str], apr_cap: Decimal) -> int:
    rows = s.execute(_PENALTY_BASE, {"ids": ids, "day": day.isoformat()}).all()
    if not rows:
        return 0
    headroom = _headroom(s, sorted({r.loan_id for r in rows}), day, Decimal(apr_cap))
    adds: dict[str, list[tuple[Any, int]]] = {}
    for row in rows:
        cents = min(_daily_cents(row, day), headroom[row.loan_id])
        if cents > 0:
            headroom[row.loan_id] -= cents
            adds.setdefault(row.loan_id, []).append((row, cents))
    _write_penalties(s, day, adds)
    return sum(c for items in adds.values() for _, c in items)


def _daily_cents(row: Any, day: date) -> int:
    due = _as_date(row.due_date)
    since = max(due, _as_date(row.last_eod_date)) if row.last_eod_date else due
    amount = Decimal(row.base) * Decimal(str(row.penalty_rate)) * (day - since).days / 360
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))  # base is in cents


def _headroom(s: Session, loan_ids: list[str], day: date, apr_cap: Decimal) -> dict[str, int]:
    """Cents of cost each loan may still take before its total cost reaches the cap."""
    room = {}
    for loan_id, principal, start, months, cost in s.execute(_COST, {"ids": loan_ids}):
        begin = _as_date(start)
        days = (max(day, add_months(begin, int(months))) - begin).days
        allowed = Decimal(principal) * apr_cap * days / 365
        room[loan_id] = max(0, int(allowed) - int(cost))
    return room


def _write_penalties(s: Session, day: date, adds: dict[str, list[tuple[Any, int]]]) -> None:
    """Add to each installment's penalty and post one entry per loan; both go to the outbox."""
    charged = [r.id for items in adds.values() for r, _ in items]
    s.execute(_ADD_PENALTY, [{"add": c, "id": r.id} for items in adds.values() for r, c in items])
    added = {
        r.id: {"penalty_accrued": Decimal(c) / 100} for items in adds.values() for r, c in items
    }
    enqueue_rows(s, "installment", charged, changed=["penalty_accrued"], deltas=added)
    entries = [_penalty_entry(loan_id, day, items) for loan_id, items in adds.items()]
    s.execute(insert(LedgerEntry), entries)
    enqueue_rows(s, "ledger_entry", [e["id"] for e in entries], op="insert")


def _penalty_entry(loan_id: str, day: date, items: list[tuple[Any, int]]) -> dict[str, Any]:
    total = sum(c for _, c in items)
    parts = {str(r.number): {"penalty_accrued": str(Decimal(c) / 100)} for r, c in items}
    return {
        "id": uuid.uuid4(),
        "loan_id": uuid.UUID(loan_id),
        "kind": "penalty",
        "amount": (Decimal(total) / 100).quantize(CENT),
        "value_date": day,
        "idempotency_key": f"penalty:{loan_id}:{day.isoformat()}",
        "posted_by": "eod",
        "allocation": json.dumps({"installments": parts}),
    }


def _as_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").date()
