"""Demo AML activity: payments that trip each monitoring rule, then the pass over them.

Payments go through the servicing services (as a counter clerk would post them) on
demo loans of five different customers; one loan is booked and paid out today and
settled at once. The pass then runs for the last three days, so the compliance queue
opens with one alert per rule.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from workstation.models import Customer, Loan
from workstation.services import aml, demo_loans, servicing
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

UNREGISTERED_CARD = "6217000010001234567"


def demo_step(ctx: UserSession, customers: int) -> None:
    """DEMO_DATA_STEPS entry (after the loans step): one alert per rule in the queue."""
    ctx.require(Permission.EOD_RUN, "demo_aml")
    today = servicing.business_date(ctx)
    loans = _loans_of_distinct_customers(ctx, 4)
    if len(loans) < 4:
        return
    large, split, foreign, heavy = loans
    _pay(ctx, large, "30000", today, "cash")
    _pay(ctx, large, "25000", today, "cash")
    for back in (2, 1, 0):
        _pay(ctx, split, "45000", today - timedelta(days=back), "cash")
    _pay(ctx, foreign, "3000", today, "transfer", UNREGISTERED_CARD)
    _set_income(ctx, heavy, Decimal(3000))
    _pay(ctx, heavy, "12000", today, "transfer")
    _settle_at_once(ctx)
    for back in (2, 1, 0):
        with ctx.transaction() as s:
            aml.run_pass(s, today - timedelta(days=back), ctx.settings, ctx.now())


def _loans_of_distinct_customers(ctx: UserSession, wanted: int) -> list[uuid.UUID]:
    with ctx.read() as s:
        query = (
            select(func.min(Loan.number), Loan.customer_id)
            .where(Loan.status == "active", Loan.branch_id == ctx.actor.branch_id)
            .group_by(Loan.customer_id)
            .order_by(func.min(Loan.number))
            .limit(wanted)
        )
        numbers = [number for number, _ in s.execute(query)]
        return [s.scalars(select(Loan.id).where(Loan.number == n)).one() for n in numbers]


def _pay(
    ctx: UserSession, loan_id: uuid.UUID, amount: str, day: date, channel: str, source: str = ""
) -> None:
    key = f"demo-aml:{uuid.uuid4().hex}"
    servicing.post_repayment(ctx, loan_id, amount, channel, day, key, source)


def _set_income(ctx: UserSession, loan_id: uuid.UUID, income: Decimal) -> None:
    with ctx.transaction() as s:
        loan = s.get(Loan, loan_id)
        assert loan is not None
        customer = s.get(Customer, loan.customer_id)
        assert customer is not None
        customer.monthly_income = income


def _settle_at_once(ctx: UserSession) -> None:
    """A new loan paid out today and repaid in full the same day."""
    signed = demo_loans.signed_application(ctx, Decimal("20000"), 12)
    today = servicing.business_date(ctx)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, today)
    servicing.disburse(ctx, loan.id, signed.bank_account_id, f"demo-aml:{loan.id}")
    _pay(ctx, loan.id, "20500", today, "transfer", "6222020200112233445")
