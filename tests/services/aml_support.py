"""Crafted AML histories: a borrower with one loan, and ledger entries written as facts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tests.support import USER_PASSWORD, Bench
from workstation.models import Customer, IdentityDocument, LedgerEntry, Loan
from workstation.services import demo_loans
from workstation.services.lookup import digest, lookup_key
from workstation.services.session import UserSession
from workstation.services.users import add_user

DAY = date(2026, 11, 2)
REGISTERED_CARD = "6222020200112233445"  # the card demo_loans.signed_application registers


@dataclass(frozen=True)
class Borrower:
    customer_id: uuid.UUID
    loan_id: uuid.UUID


def compliance_session(bench: Bench) -> UserSession:
    """A compliance officer (not in the shared template, so made here)."""
    admin = bench.admin()
    issued = add_user(admin, "compliance1", "Test compliance", "compliance")
    admin.sign_out()
    first = bench.sign_in(issued.username, issued.one_time_password)
    bench.workstation.change_password(first, issued.one_time_password, USER_PASSWORD)
    first.sign_out()
    return bench.sign_in("compliance1")


def borrower(
    ctx: UserSession,
    income: str = "20000",
    principal: str = "12000",
    id_number: str = "110101199003071234",
) -> Borrower:
    """A customer with declared income, a primary ID and one active loan."""
    signed = demo_loans.signed_application(ctx, Decimal(principal))
    with ctx.transaction() as s:
        customer = s.get(Customer, signed.customer_id)
        assert customer is not None
        customer.monthly_income = Decimal(income)
        s.add(
            IdentityDocument(
                customer_id=customer.id,
                doc_type="cn-ric",
                number=id_number,
                number_digest=digest(lookup_key(s), "cn-ric", id_number + str(uuid.uuid4())),
            )
        )
        loan = Loan(
            number=f"L{uuid.uuid4().hex[:8].upper()}",
            application_id=signed.application_id,
            customer_id=customer.id,
            branch_id=ctx.actor.branch_id,
            product_id=demo_loans.demo_product(s).id,
            principal=Decimal(principal),
            annual_rate=Decimal("0.18"),
            penalty_rate=Decimal("0.27"),
            apr=Decimal("0.18"),
            method="annuity",
            months=12,
            start_date=date(2026, 1, 5),
            status="active",
        )
        s.add(loan)
        s.flush()
        return Borrower(customer.id, loan.id)


def entry(
    ctx: UserSession,
    who: Borrower,
    amount: str,
    day: date,
    channel: str = "cash",
    kind: str = "repayment",
    source: str = "",
) -> uuid.UUID:
    with ctx.transaction() as s:
        row = LedgerEntry(
            loan_id=who.loan_id,
            kind=kind,
            amount=Decimal(amount),
            channel=channel,
            value_date=day,
            idempotency_key=uuid.uuid4().hex,
            source_account=source,
            posted_by="test",
        )
        s.add(row)
        s.flush()
        return row.id
