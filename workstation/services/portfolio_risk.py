"""Portfolio risk: concentration, vintage curves and loan-prime-rate sensitivity.

Read-only figures for supervisors (``risk:monitor``) over their branch's serviced
loans, as `portfolio.dashboard` scopes them. Each figure is a pure function of plain
rows so the tests can craft them; `risk_view` gathers the rows.

- Concentration, by product, branch, region (the branch's) and industry (the
  borrower's; people without one count as "unspecified"): outstanding principal,
  loan count, share of the total, and the Herfindahl-Hirschman index
  HHI = Σ (share × 100)², from 0 (spread thin) to 10,000 (one group). Shares are
  rounded to 0.01% by largest remainder, so the shown shares add up to exactly 100%.
- Vintage curves: loans grouped by the month they started; at each month end
  snapshot (`LoanBucketHistory`), months on book (MOB) = snapshot month − start
  month (the start month's own end is MOB 0), and the 30+ (buckets 31-60, 61-90,
  90+) and 90+ balances as a share of the vintage's original principal. Loans
  repaid or written off leave the snapshots, so a curve can fall.
- LPR sensitivity: for each floating loan (``rate_basis`` lpr1y/lpr5y), the change
  in interest income over the next twelve months if the LPR moves by a shift
  today. Method: the loan reprices **immediately** (not at the next anniversary),
  the outstanding principal is held constant (no amortisation), and income accrues
  only for the loan's remaining instalments within 12 months:
  Δ = balance × shift × min(remaining instalments, 12) / 12, rounded half-up to the
  cent per loan; a cut never takes a loan's rate below zero. Fixed loans give zero.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.models import Branch, Customer, Installment, Loan, LoanBucketHistory, Product
from workstation.services.permissions import Permission
from workstation.services.servicing import SERVICED, business_date
from workstation.services.session import UserSession

DIMENSIONS = ("product", "branch", "region", "industry")
UNSPECIFIED = "unspecified"
FLOATING = ("lpr1y", "lpr5y")
RATE_BASES = ("fixed", *FLOATING)
SHIFTS_BP = (-100, -50, -25, 25, 50, 100)
DPD30_BUCKETS = frozenset({"31-60", "61-90", "90+"})
DPD90_BUCKETS = frozenset({"90+"})
CENT = Decimal("0.01")
_SHARE = Decimal("0.0001")


@dataclass(frozen=True)
class Exposure:
    """Serviced loans sharing product, branch, region and industry (one loan, or a
    group the database has already summed)."""

    product: str
    branch: str
    region: str
    industry: str
    balance: Decimal
    loans: int = 1


@dataclass(frozen=True)
class ConcentrationLine:
    key: str
    loans: int
    balance: Decimal
    share: Decimal  # 0..1, four places


@dataclass(frozen=True)
class Concentration:
    dimension: str
    lines: tuple[ConcentrationLine, ...]  # largest balance first
    total: Decimal
    hhi: Decimal  # 0..10,000, two places


@dataclass(frozen=True)
class VintagePoint:
    mob: int
    dpd30: Decimal  # share of original principal, 0..1, four places
    dpd90: Decimal


@dataclass(frozen=True)
class VintageCurve:
    vintage: str  # YYYY-MM the loans started
    loans: int
    principal: Decimal
    points: tuple[VintagePoint, ...]


@dataclass(frozen=True)
class FloatingLoan:
    basis: str  # lpr1y | lpr5y
    balance: Decimal
    annual_rate: Decimal
    remaining_instalments: int


@dataclass(frozen=True)
class SensitivityLine:
    shift_bp: int
    change: Decimal  # next-12-month interest income change, CNY
    by_basis: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class Sensitivity:
    loans: int
    balance: Decimal  # floating outstanding principal
    share_of_portfolio: Decimal  # 0..1
    lpr_1y: Decimal
    lpr_5y: Decimal
    lines: tuple[SensitivityLine, ...]


@dataclass(frozen=True)
class RiskView:
    as_of: date
    concentrations: tuple[Concentration, ...]
    vintages: tuple[VintageCurve, ...]
    sensitivity: Sensitivity


# --- pure figures -------------------------------------------------------------------------


def concentration(exposures: Sequence[Exposure], dimension: str) -> Concentration:
    if dimension not in DIMENSIONS:
        raise ValueError(f"Concentration is by {', '.join(DIMENSIONS)}.")
    balances: dict[str, Decimal] = defaultdict(Decimal)
    counts: dict[str, int] = defaultdict(int)
    for e in exposures:
        key = getattr(e, dimension) or UNSPECIFIED
        balances[key] += e.balance
        counts[key] += e.loans
    total = sum(balances.values(), Decimal(0))
    shares = _largest_remainder(balances, total)
    lines = sorted(
        (ConcentrationLine(k, counts[k], balances[k], shares[k]) for k in balances),
        key=lambda line: (-line.balance, line.key),
    )
    hhi = sum(((b / total * 100) ** 2 for b in balances.values()), Decimal(0)) if total else 0
    return Concentration(dimension, tuple(lines), total, Decimal(hhi).quantize(CENT, ROUND_HALF_UP))


def _largest_remainder(balances: Mapping[str, Decimal], total: Decimal) -> dict[str, Decimal]:
    """Shares to 0.01% that add up to exactly 100% (the largest remainders round up)."""
    if not total:
        return dict.fromkeys(balances, Decimal(0))
    exact = {k: b / total / _SHARE for k, b in balances.items()}
    floors = {k: int(v) for k, v in exact.items()}
    spare = 10_000 - sum(floors.values())
    for k in sorted(exact, key=lambda k: (floors[k] - exact[k], k))[:spare]:
        floors[k] += 1
    return {k: Decimal(v) * _SHARE for k, v in floors.items()}


def months_between(earlier: str, later: str) -> int:
    """Whole months from one YYYY-MM to another."""
    (y1, m1), (y2, m2) = (map(int, earlier.split("-")), map(int, later.split("-")))
    return (y2 - y1) * 12 + (m2 - m1)


def vintage_curves(
    started: Mapping[str, tuple[int, Decimal]],
    snapshot_months: Iterable[str],
    delinquent: Iterable[tuple[str, str, str, Decimal]],
) -> tuple[VintageCurve, ...]:
    """`started`: vintage -> (loans, original principal); `delinquent`: (vintage,
    snapshot month, bucket, balance) for loans in a 30+ bucket at that month end."""
    late: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for vintage, month, bucket, balance in delinquent:
        if bucket in DPD30_BUCKETS:
            late[vintage, month][0] += balance
        if bucket in DPD90_BUCKETS:
            late[vintage, month][1] += balance
    months = sorted(set(snapshot_months))
    curves = []
    for vintage in sorted(started):
        loans, principal = started[vintage]
        points = tuple(
            VintagePoint(
                months_between(vintage, month),
                _ratio(late[vintage, month][0], principal),
                _ratio(late[vintage, month][1], principal),
            )
            for month in months
            if month >= vintage and principal
        )
        curves.append(VintageCurve(vintage, loans, principal, points))
    return tuple(curves)


def _ratio(part: Decimal, whole: Decimal) -> Decimal:
    return (part / whole).quantize(_SHARE, ROUND_HALF_UP) if whole else Decimal(0)


def income_change(loan: FloatingLoan, shift_bp: int) -> Decimal:
    """Next-12-month interest income change for one loan (method in the module docstring)."""
    if loan.basis not in FLOATING:
        return Decimal("0.00")
    shift = max(Decimal(shift_bp) / 10_000, -loan.annual_rate)
    months = min(max(loan.remaining_instalments, 0), 12)
    return (loan.balance * shift * months / 12).quantize(CENT, ROUND_HALF_UP)


def sensitivity(
    loans: Sequence[FloatingLoan],
    portfolio_balance: Decimal,
    lpr: tuple[Decimal, Decimal],
    shifts: Sequence[int] = SHIFTS_BP,
) -> Sensitivity:
    floating = [loan for loan in loans if loan.basis in FLOATING]
    balance = sum((loan.balance for loan in floating), Decimal(0))
    lines = []
    for shift in shifts:
        by_basis = {
            basis: sum(
                (income_change(loan, shift) for loan in floating if loan.basis == basis),
                Decimal("0.00"),
            )
            for basis in FLOATING
        }
        lines.append(
            SensitivityLine(shift, sum(by_basis.values(), Decimal("0.00")), tuple(by_basis.items()))
        )
    share = _ratio(balance, portfolio_balance)
    return Sensitivity(len(floating), balance, share, lpr[0], lpr[1], tuple(lines))


# --- gathering ----------------------------------------------------------------------------


def risk_view(ctx: UserSession) -> RiskView:
    """All three figures for the signed-in supervisor's branch."""
    ctx.require(Permission.RISK_MONITOR, "portfolio_risk_view")
    today = business_date(ctx)
    lpr = (Decimal(ctx.settings.get("lpr_1y")), Decimal(ctx.settings.get("lpr_5y")))
    branch = ctx.actor.branch_id
    with ctx.read() as s:
        exposures = _exposures(s, branch)
        started, months, delinquent = _vintage_rows(s, branch)
        floating = _floating(s, branch, today)
    total = sum((e.balance for e in exposures), Decimal(0))
    return RiskView(
        today,
        tuple(concentration(exposures, d) for d in DIMENSIONS),
        vintage_curves(started, months, delinquent),
        sensitivity(floating, total, lpr),
    )


def _exposures(s: Session, branch: uuid.UUID) -> list[Exposure]:
    """Summed in the database by every dimension at once: a few rows, not one per loan."""
    keys = (Product.code, Branch.code, Branch.region, Customer.industry)
    query = (
        select(*keys, func.sum(Loan.outstanding_principal), func.count())
        .join(Product, Product.id == Loan.product_id)
        .join(Branch, Branch.id == Loan.branch_id)
        .join(Customer, Customer.id == Loan.customer_id)
        .where(Loan.status.in_(SERVICED), Loan.branch_id == branch)
        .group_by(*keys)
    )
    return [Exposure(p, b, r, i, Decimal(bal), int(n)) for p, b, r, i, bal, n in s.execute(query)]


def _vintage_rows(
    s: Session, branch: uuid.UUID
) -> tuple[dict[str, tuple[int, Decimal]], list[str], list[tuple[str, str, str, Decimal]]]:
    vintage = func.substr(Loan.start_date, 1, 7)
    started_query = (
        select(vintage, func.count(), func.coalesce(func.sum(Loan.principal), 0))
        .where(Loan.disbursed_at.is_not(None), Loan.branch_id == branch)
        .group_by(vintage)
    )
    started = {v: (int(n), Decimal(p)) for v, n, p in s.execute(started_query)}
    # the end of day snapshots every loan of this workstation at once, so the months are
    # the same for every branch here; unfiltered, the month index answers alone
    months = s.scalars(select(LoanBucketHistory.month).distinct()).all()
    late_query = (
        select(
            vintage,
            LoanBucketHistory.month,
            LoanBucketHistory.bucket,
            func.sum(LoanBucketHistory.balance),
        )
        .join(Loan, Loan.id == LoanBucketHistory.loan_id)
        .where(
            LoanBucketHistory.branch_id == branch,
            LoanBucketHistory.bucket.in_(sorted(DPD30_BUCKETS)),
        )
        .group_by(vintage, LoanBucketHistory.month, LoanBucketHistory.bucket)
    )
    late = [(v, m, b, Decimal(bal)) for v, m, b, bal in s.execute(late_query)]
    return started, list(months), late


def _floating(s: Session, branch: uuid.UUID, today: date) -> list[FloatingLoan]:
    remaining = (  # per floating loan, through the installment.loan_id index
        select(func.count())
        .where(
            Installment.loan_id == Loan.id,
            Installment.superseded.is_(False),
            Installment.due_date > today,
        )
        .correlate(Loan)
        .scalar_subquery()
    )
    query = select(Loan.rate_basis, Loan.outstanding_principal, Loan.annual_rate, remaining).where(
        Loan.status.in_(SERVICED), Loan.branch_id == branch, Loan.rate_basis.in_(FLOATING)
    )
    return [FloatingLoan(b, bal, rate, int(n)) for b, bal, rate, n in s.execute(query)]
