"""Demo risk history: a year of loans started month by month, some floating-rate, with
the month-end bucket snapshots the end of day would have recorded, so the portfolio
risk screen (vintage curves, LPR sensitivity, concentration) has something to show.

Deterministic: loan n of the year follows a fixed pattern (product, amount, basis, and
whether and when it stops paying). Each month end's bucket is derived from the same
installments the loan carries, exactly as `portfolio.snapshot_if_month_end` would have
seen it on that day.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, insert, select, update
from sqlalchemy.orm import Session

from workstation.models import Application, Branch, Customer, Installment, Loan, LoanBucketHistory
from workstation.models import Product as ProductRow
from workstation.services import applications
from workstation.services.permissions import Permission
from workstation.services.schedules import add_months, build_schedule
from workstation.services.servicing import bucket_for, business_date
from workstation.services.session import UserSession

DEMO_REGION = "华北"
MONTHS = 12
PER_MONTH = 6
# (product, amount, months, fixed rate) for people and for businesses, cycled.
_PERSON = (
    ("PL01", Decimal("60000.00"), 36, Decimal("0.0850")),
    ("CI01", Decimal("15000.00"), 12, Decimal("0.1200")),
    ("PL01", Decimal("120000.00"), 60, Decimal("0.0780")),
)
_BUSINESS = ("BW01", Decimal("120000.00"), 24, Decimal("0.0650"))


def demo_step(ctx: UserSession, customers: int) -> None:
    """DEMO_DATA_STEPS entry: the branch's region and a year of loan history."""
    ctx.require(Permission.EOD_RUN, "demo_risk_history")
    today = business_date(ctx)
    lpr = Decimal(ctx.settings.get("lpr_1y")), Decimal(ctx.settings.get("lpr_5y"))
    with ctx.transaction() as s:
        s.execute(update(Branch).where(Branch.id == ctx.actor.branch_id).values(region=DEMO_REGION))
        codes = {p.code: p.id for p in s.scalars(select(ProductRow).where(ProductRow.active))}
        people = s.scalars(_customers(ctx, "person").limit(MONTHS * PER_MONTH)).all()
        firms = s.scalars(_customers(ctx, "business").limit(MONTHS)).all()
        history: list[dict[str, object]] = []
        for n in range(MONTHS * PER_MONTH):
            firm = firms[n % len(firms)] if firms and n % PER_MONTH == 5 else None
            borrower = firm or people[n % len(people)]
            code, amount, months, rate = _BUSINESS if firm else _PERSON[n % len(_PERSON)]
            start = add_months(today, n // PER_MONTH - MONTHS).replace(day=1 + n % PER_MONTH * 4)
            loan = _book(s, ctx, borrower, codes[code], (amount, months, rate), start, lpr, n)
            history += _snapshots(loan, today)
        if history:
            s.execute(insert(LoanBucketHistory), history)


def _customers(ctx: UserSession, kind: str) -> Select[Customer]:
    return (
        select(Customer)
        .where(Customer.branch_id == ctx.actor.branch_id, Customer.kind == kind)
        .order_by(Customer.legal_name)
    )


def _book(
    s: Session,
    ctx: UserSession,
    borrower: Customer,
    product_id: uuid.UUID,
    terms: tuple[Decimal, int, Decimal],
    start: date,
    lpr: tuple[Decimal, Decimal],
    n: int,
) -> Loan:
    """One paid-out loan: every third floats over an LPR; every sixth stops paying."""
    amount, months, rate = terms
    app = Application(
        number=f"AR{n:08d}",
        customer_id=borrower.id,
        branch_id=ctx.actor.branch_id,
        product_id=product_id,
        amount=amount,
        months=months,
        annual_rate=rate,
        method="annuity",
        purpose="consumption" if borrower.kind == "person" else "business_working_capital",
        status="signed",
        created_by=ctx.actor.user_id,
    )
    s.add(app)
    s.flush()
    applications.move(s, ctx, app, "disbursed", "demo history loan")
    basis = ("lpr1y", "lpr5y")[n % 2] if n % 3 == 0 else "fixed"
    base = lpr[0] if basis == "lpr1y" else lpr[1]
    schedule = build_schedule("annuity", amount, rate, months, start)
    loan = Loan(
        number=f"LR{n:08d}",
        application_id=app.id,
        customer_id=borrower.id,
        branch_id=ctx.actor.branch_id,
        product_id=product_id,
        principal=amount,
        annual_rate=rate,
        rate_basis=basis,
        rate_spread=rate - base if basis != "fixed" else None,
        penalty_rate=rate * Decimal("1.5"),
        apr=schedule.apr,
        method="annuity",
        months=months,
        start_date=start,
        status="active",
        disbursed_at=datetime.combine(start, datetime.min.time(), UTC),
    )
    # the first installment left unpaid: one in six loans, and a second in the newer
    # half of the year (so the later vintages deteriorate, as a tighter market would)
    late_vintage = n % 6 == 1 and n >= MONTHS * PER_MONTH // 2
    stops = 2 + n % 4 if n % 6 == 4 or late_vintage else None
    today = business_date(ctx)
    for row in schedule.installments:
        paid = row.due_date < today and (stops is None or row.number < stops)
        loan.installments.append(
            Installment(
                number=row.number,
                due_date=row.due_date,
                principal=row.principal,
                interest=row.interest,
                principal_paid=row.principal if paid else Decimal(0),
                interest_paid=row.interest if paid else Decimal(0),
            )
        )
    _set_state(loan, today, today)
    s.add(loan)
    s.flush()
    return loan


def _unpaid_due(loan: Loan, day: date) -> list[Installment]:
    return [i for i in loan.installments if i.due_date <= day and i.principal_paid < i.principal]


def _set_state(loan: Loan, day: date, today: date) -> None:
    late = _unpaid_due(loan, day)
    loan.days_past_due = (day - late[0].due_date).days if late else 0
    loan.bucket = bucket_for(loan.days_past_due)
    loan.amount_overdue = sum((i.principal + i.interest for i in late), Decimal(0))
    loan.outstanding_principal = loan.principal - _paid_by(loan, day)
    loan.last_eod_date = today


def _paid_by(loan: Loan, day: date) -> Decimal:
    return sum((i.principal_paid for i in loan.installments if i.due_date <= day), Decimal(0))


def _snapshots(loan: Loan, today: date) -> list[dict[str, object]]:
    """The bucket and balance at every month end from the start month to last month."""
    rows: list[dict[str, object]] = []
    month_end = _month_end(loan.start_date)
    while month_end < today:
        late = _unpaid_due(loan, month_end)
        dpd = (month_end - late[0].due_date).days if late else 0
        rows.append(
            {
                "month": month_end.strftime("%Y-%m"),
                "loan_id": loan.id,
                "branch_id": loan.branch_id,
                "bucket": bucket_for(dpd),
                "balance": loan.principal - _paid_by(loan, month_end),
            }
        )
        month_end = _month_end(month_end + timedelta(days=1))
    return rows


def _month_end(day: date) -> date:
    return add_months(day.replace(day=1), 1) - timedelta(days=1)
