"""The branch portfolio: balances and counts by arrears bucket, and month-to-month roll rates.

Roll rates need each loan's bucket at each month end, which the loans themselves forget;
the end of day on a month's last day copies every serviced loan's bucket and balance
into `LoanBucketHistory` with one INSERT ... SELECT (idempotent per month). The roll
rate from bucket b in month m is the share of the loans in b at m that are one bucket
worse at m+1.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from workstation.models import Loan, LoanBucketHistory
from workstation.services.permissions import Permission
from workstation.services.servicing import SERVICED
from workstation.services.session import UserSession

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
_SNAPSHOT = text(
    "INSERT OR IGNORE INTO loan_bucket_history (month, loan_id, branch_id, bucket, balance) "
    "SELECT :month, id, branch_id, bucket, outstanding_principal FROM loan "
    "WHERE status IN ('active', 'restructured', 'settling')"
)


@dataclass(frozen=True)
class BucketLine:
    bucket: str
    loans: int
    balance: Decimal  # outstanding principal
    overdue: Decimal


@dataclass(frozen=True)
class RollRate:
    month: str  # the later month, YYYY-MM
    bucket: str  # rolling from this bucket to the next worse one
    rate: Decimal  # 0..1


@dataclass(frozen=True)
class Dashboard:
    buckets: tuple[BucketLine, ...]
    roll_rates: tuple[RollRate, ...]
    months: tuple[str, ...]


def is_month_end(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


def snapshot_if_month_end(s: Session, day: date) -> None:
    """Record every serviced loan's bucket for the month `day` ends (run by the EOD)."""
    if is_month_end(day):
        s.execute(_SNAPSHOT, {"month": day.strftime("%Y-%m")})


def dashboard(ctx: UserSession, months: int = 12) -> Dashboard:
    ctx.require(Permission.EOD_RUN, "portfolio_view")
    with ctx.read() as s:
        lines = _bucket_lines(s, ctx)
        rates = _roll_rates(s, ctx, months)
    shown = tuple(sorted({r.month for r in rates}))
    return Dashboard(lines, rates, shown)


def _bucket_lines(s: Session, ctx: UserSession) -> tuple[BucketLine, ...]:
    query = (
        select(
            Loan.bucket,
            func.count(),
            func.coalesce(func.sum(Loan.outstanding_principal), 0),
            func.coalesce(func.sum(Loan.amount_overdue), 0),
        )
        .where(Loan.status.in_(SERVICED), Loan.branch_id == ctx.actor.branch_id)
        .group_by(Loan.bucket)
    )
    found = {bucket: (n, bal, due) for bucket, n, bal, due in s.execute(query)}
    return tuple(
        BucketLine(b, int(n), Decimal(bal), Decimal(due))
        for b in BUCKETS
        for n, bal, due in [found.get(b, (0, Decimal("0.00"), Decimal("0.00")))]
    )


def _roll_rates(s: Session, ctx: UserSession, months: int) -> tuple[RollRate, ...]:
    """Pairs of consecutive snapshots: from (month m, bucket b) to the bucket at m+1;
    a loan gone by m+1 (repaid, written off) counts as not rolled."""
    recent = s.scalars(
        select(LoanBucketHistory.month)
        .where(LoanBucketHistory.branch_id == ctx.actor.branch_id)
        .distinct()
        .order_by(LoanBucketHistory.month.desc())
        .limit(months + 1)
    ).all()
    ordered = sorted(recent)
    rates: list[RollRate] = []
    for earlier, later in itertools.pairwise(ordered):
        rates.extend(_rates_between(s, ctx, earlier, later))
    return tuple(rates)


def _rates_between(s: Session, ctx: UserSession, earlier: str, later: str) -> list[RollRate]:
    before, after = aliased(LoanBucketHistory), aliased(LoanBucketHistory)
    query = (
        select(before.bucket, after.bucket, func.count())
        .outerjoin(after, (after.loan_id == before.loan_id) & (after.month == later))
        .where(before.month == earlier, before.branch_id == ctx.actor.branch_id)
        .group_by(before.bucket, after.bucket)
    )
    moved: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # bucket -> [rolled, all]
    for start, end, count in s.execute(query):
        moved[start][1] += count
        if start in BUCKETS[:-1] and end == BUCKETS[BUCKETS.index(start) + 1]:
            moved[start][0] += count
    return [
        RollRate(later, b, (Decimal(moved[b][0]) / moved[b][1]).quantize(Decimal("0.0001")))
        for b in BUCKETS[:-1]
        if moved[b][1]
    ]
