"""Demo and benchmark loans: signed applications to book, and loans inserted in bulk.

Bulk loans go in with core `INSERT`s (no ORM unit of work), so a demo or benchmark of
hundreds of thousands of loans loads in seconds; every tenth loan is left overdue so
collection queues are not empty.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from workstation.models import (
    Application,
    BankAccount,
    ContactPoint,
    Customer,
    Installment,
    Loan,
    Product,
    Role,
    User,
)
from workstation.services import applications
from workstation.services.lookup import digest, lookup_key
from workstation.services.permissions import Permission
from workstation.services.schedules import add_months
from workstation.services.session import UserSession

_NAMES = ("王芳", "李强", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷")


@dataclass(frozen=True)
class SignedApplication:
    application_id: uuid.UUID
    customer_id: uuid.UUID
    bank_account_id: uuid.UUID
    borrower_contact_id: uuid.UUID
    reference_contact_id: uuid.UUID


def signed_application(
    ctx: UserSession,
    amount: Decimal = Decimal("12000.00"),
    months: int = 12,
    annual_rate: Decimal = Decimal("0.180000"),
    method: str = "annuity",
) -> SignedApplication:
    """A borrower (phone, e-mail, one consenting reference, a card) and a signed application."""
    ctx.require(Permission.APPLICATION_WRITE, "demo_application")
    with ctx.transaction() as s:
        customer = _customer(s, ctx.actor.branch_id, _NAMES[0])
        key = lookup_key(s)
        phone = _contact(key, "mobile", "+8613800138000", "borrower", "")
        email = _contact(key, "email", "borrower@example.cn", "borrower", "")
        ref = _contact(key, "mobile", "+8613900139000", "reference", "李强")
        card = BankAccount(
            bank_name="中国工商银行",
            card_number="6222020200112233445",
            card_digest=digest(key, "card", "6222020200112233445"),
        )
        customer.contacts, customer.accounts = [phone, email, ref], [card]
        app = _application(s, ctx, customer, amount, months, annual_rate, method)
        s.flush()
        return SignedApplication(app.id, customer.id, card.id, phone.id, ref.id)


def _customer(s: Session, branch_id: uuid.UUID, name: str) -> Customer:
    customer = Customer(branch_id=branch_id, legal_name=name, name_search=name.casefold())
    s.add(customer)
    return customer


def _contact(key: bytes, kind: str, value: str, party: str, name: str) -> ContactPoint:
    return ContactPoint(
        kind=kind,
        value=value,
        value_digest=digest(key, kind, value),
        party=party,
        party_name=name,
        consent_to_contact=True,
    )


def _application(
    s: Session,
    ctx: UserSession,
    customer: Customer,
    amount: Decimal,
    months: int,
    rate: Decimal,
    method: str,
) -> Application:
    product = demo_product(s)
    s.flush()
    app = Application(
        number=f"A{uuid.uuid4().hex[:10].upper()}",
        customer_id=customer.id,
        branch_id=ctx.actor.branch_id,
        product_id=product.id,
        amount=amount,
        months=months,
        annual_rate=rate,
        method=method,
        status="signed",
        created_by=ctx.actor.user_id,
    )
    s.add(app)
    return app


def demo_product(s: Session) -> Product:
    product = s.scalar(select(Product).where(Product.code == "DEMO-PL"))
    if product is None:
        product = Product(
            code="DEMO-PL",
            name_en="Personal loan",
            name_zh="个人消费贷款",
            kind="personal",
            min_amount=Decimal(1000),
            max_amount=Decimal(500000),
            min_months=1,
            max_months=60,
            min_rate=Decimal("0.04"),
            max_rate=Decimal("0.24"),
            methods="annuity,equal-principal",
        )
        s.add(product)
    return product


# --- bulk --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Batch:
    branch_id: uuid.UUID
    product_id: uuid.UUID
    owners: list[tuple[uuid.UUID, uuid.UUID]]  # (customer, application)
    as_of: date
    overdue_every: int


def insert_loans(
    ctx: UserSession, count: int, as_of: date, overdue_every: int = 10, chunk: int = 20000
) -> int:
    """Insert `count` active three-installment loans; every `overdue_every`-th is unpaid."""
    ctx.require(Permission.EOD_RUN, "demo_loans")
    with ctx.transaction() as s:
        owners = _owners(s, ctx, min(count, 1000))
        batch = _Batch(ctx.actor.branch_id, demo_product(s).id, owners, as_of, overdue_every)
    for first in range(0, count, chunk):
        with ctx.transaction() as s:
            loans, rows = _loan_rows(batch, first, min(chunk, count - first))
            s.execute(insert(Loan), loans)
            s.execute(insert(Installment), rows)
    return count


def _owners(s: Session, ctx: UserSession, wanted: int) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """Existing customers of the branch first, made-up ones after; one application each."""
    customers = list(
        s.scalars(select(Customer).where(Customer.branch_id == ctx.actor.branch_id).limit(wanted))
    )
    customers += [
        _customer(s, ctx.actor.branch_id, _NAMES[i % len(_NAMES)])
        for i in range(max(1, wanted - len(customers)))
    ]
    s.flush()
    apps = [
        _application(s, ctx, c, Decimal(9000), 3, Decimal("0.18"), "equal-principal")
        for c in customers
    ]
    s.flush()
    for app in apps:
        applications.move(s, ctx, app, "disbursed", "demo loan booked in bulk")
    return [(a.customer_id, a.id) for a in apps]


def _loan_rows(
    batch: _Batch, first: int, size: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    loans: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for n in range(first, first + size):
        loan = _loan_row(batch, n)
        loans.append(loan)
        rows.extend(_installment_rows(loan, batch.as_of, paid=n % batch.overdue_every != 0))
    return loans, rows


def _loan_row(batch: _Batch, n: int) -> dict[str, Any]:
    customer_id, app_id = batch.owners[n % len(batch.owners)]
    start = batch.as_of - timedelta(days=40 + n % 60)
    return {
        "id": uuid.uuid4(),
        "number": f"BL{n:08d}",
        "application_id": app_id,
        "customer_id": customer_id,
        "branch_id": batch.branch_id,
        "product_id": batch.product_id,
        "principal": Decimal(9000),
        "annual_rate": Decimal("0.18"),
        "penalty_rate": Decimal("0.27"),
        "apr": Decimal("0.18"),
        "method": "equal-principal",
        "months": 3,
        "start_date": start,
        "status": "active",
        "disbursed_at": datetime.combine(start, datetime.min.time(), UTC),
        "outstanding_principal": Decimal(9000),
    }


def _installment_rows(loan: dict[str, Any], as_of: date, paid: bool) -> Iterator[dict[str, Any]]:
    for k in range(1, 4):
        due = add_months(loan["start_date"], k)
        settled = paid and due < as_of
        if settled:
            loan["outstanding_principal"] -= Decimal(3000)
        yield {
            "id": uuid.uuid4(),
            "loan_id": loan["id"],
            "number": k,
            "due_date": due,
            "principal": Decimal(3000),
            "interest": Decimal("135.00"),
            "principal_paid": Decimal(3000) if settled else Decimal(0),
            "interest_paid": Decimal("135.00") if settled else Decimal(0),
        }


def demo_step(ctx: UserSession, customers: int) -> None:
    """DEMO_DATA_STEPS entry: loans for some demo customers, then today's EOD run."""
    from workstation.services import eod
    from workstation.services.servicing import business_date

    today = business_date(ctx)
    insert_loans(ctx, max(20, customers // 2), today)
    eod.run_eod(ctx, today)
    _assign_to_collector(ctx)


def _assign_to_collector(ctx: UserSession) -> None:
    """Give every open case to the first collector, so the demo queue is not empty."""
    from workstation.services import collections

    with ctx.read() as s:
        name = s.scalar(select(User.username).join(Role).where(Role.name == "collector"))
    cases = [row.case_id for row in collections.work_queue(ctx, everyone=True)]
    if name and cases:
        collections.assign(ctx, cases, name)
