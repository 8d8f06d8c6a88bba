"""Officer-like local actions written through the ORM, as the services write them."""

from __future__ import annotations

import itertools
import random
import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from workstation.models import (
    Application,
    ContactPoint,
    Customer,
    IdentityDocument,
    LedgerEntry,
    Loan,
    Product,
)
from workstation.services.lookup import digest, lookup_key
from workstation.services.session import UserSession

# Identity numbers are unique per test run whatever the seeds: the sync server is shared
# by every test of the session and refuses a second customer with the same number.
_SERIAL = itertools.count(1)


def add_customer(ctx: UserSession, rng: random.Random, id_number: str | None = None) -> uuid.UUID:
    with ctx.transaction() as s:
        key = lookup_key(s)
        customer = Customer(
            branch_id=ctx.actor.branch_id,
            legal_name=f"客户{rng.randrange(10**6)}",
            name_search="x",
            occupation="clerk",
        )
        number = id_number or f"{next(_SERIAL):05d}{rng.randrange(10**12):012d}X"
        customer.documents.append(
            IdentityDocument(
                doc_type="cn-ric", number=number, number_digest=digest(key, "cn-ric", number)
            )
        )
        phone = f"138{rng.randrange(10**8):08d}"
        customer.contacts.append(
            ContactPoint(kind="mobile", value=phone, value_digest=digest(key, "mobile", phone))
        )
        s.add(customer)
        s.flush()
        ctx.audit(s, "customer_created", subject_type="customer", subject_id=str(customer.id))
        return customer.id


def edit_customer(ctx: UserSession, rng: random.Random) -> bool:
    """Change a contact-level field of any local customer (possibly another station's)."""
    with ctx.transaction() as s:
        ids = s.execute(select(Customer.id)).scalars().all()
        if not ids:
            return False
        customer = s.get(Customer, rng.choice(ids))
        assert customer is not None
        customer.occupation = f"job-{rng.randrange(1000)}"
        customer.employer = f"employer-{rng.randrange(1000)}"
        ctx.audit(s, "customer_updated", subject_type="customer", subject_id=str(customer.id))
        return True


def open_loan(ctx: UserSession) -> uuid.UUID:
    with ctx.transaction() as s:
        product = Product(
            code="P1",
            name_en="p",
            name_zh="p",
            kind="personal",
            min_amount=Decimal(1000),
            max_amount=Decimal(50000),
            min_months=3,
            max_months=36,
            min_rate=Decimal("0.05"),
            max_rate=Decimal("0.2"),
            methods="annuity",
        )
        customer = Customer(branch_id=ctx.actor.branch_id, legal_name="借款人", name_search="x")
        s.add_all([product, customer])
        s.flush()
        app = Application(
            number=f"A-{uuid.uuid4().hex[:8]}",
            customer_id=customer.id,
            branch_id=ctx.actor.branch_id,
            product_id=product.id,
            amount=Decimal(10000),
            months=12,
            annual_rate=Decimal("0.1"),
            method="annuity",
            created_by=ctx.actor.user_id,
        )
        s.add(app)
        s.flush()
        loan = Loan(
            number=f"L-{uuid.uuid4().hex[:8]}",
            application_id=app.id,
            customer_id=customer.id,
            branch_id=ctx.actor.branch_id,
            product_id=product.id,
            principal=Decimal(10000),
            annual_rate=Decimal("0.1"),
            penalty_rate=Decimal("0.15"),
            apr=Decimal("0.1"),
            method="annuity",
            months=12,
            start_date=date(2026, 11, 2),
        )
        s.add(loan)
        s.flush()
        return loan.id


def pay(ctx: UserSession, loan_id: uuid.UUID, rng: random.Random) -> None:
    with ctx.transaction() as s:
        entry = LedgerEntry(
            loan_id=loan_id,
            kind="repayment",
            amount=Decimal(rng.randrange(100, 5000)),
            channel="cash",
            value_date=date(2026, 11, 3),
            idempotency_key=str(uuid.uuid4()),
            posted_by=ctx.actor.username,
        )
        s.add(entry)
        s.flush()
        ctx.audit(s, "payment_posted", subject_type="loan", subject_id=str(loan_id))
