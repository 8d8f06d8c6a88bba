"""Builders for credit tests: customers, applications and loans made directly with the ORM.

The customer and origination services have their own tests; here rows are made as
those services leave them, so each rule and check can be driven by one crafted fact.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_2

from workstation.models import (
    Application,
    BankAccount,
    ContactPoint,
    Customer,
    IdentityDocument,
    Loan,
    Product,
)
from workstation.services.lookup import digest, lookup_key
from workstation.services.session import UserSession

D = Decimal
RIC_1985_MALE = "110105198505201238"  # born 1985-05-20, sequence odd: male
LOW_RISK: dict[str, Any] = {
    "status_of_existing_checking_account": "no checking account",
    "duration_in_month": 6,
    "credit_history": "critical account/ other credits existing (not at this bank)",
    "purpose": "car (used)",
    "credit_amount": 1500,
    "savings_account_and_bonds": "... >= 1000 DM",
    "present_employment_since": "4 <= ... < 7 years",
    "installment_rate_in_percentage_of_disposable_income": 1,
    "other_debtors_or_guarantors": "guarantor",
    "property": "real estate",
    "age_in_years": 40,
    "other_installment_plans": "none",
    "housing": "own",
}
HIGH_RISK: dict[str, Any] = {
    **LOW_RISK,
    "status_of_existing_checking_account": "... < 0 DM",
    "duration_in_month": 48,
    "credit_history": "all credits at this bank paid back duly",
    "purpose": "education",
    "credit_amount": 9000,
    "savings_account_and_bonds": "... < 100 DM",
    "present_employment_since": "unemployed",
    "installment_rate_in_percentage_of_disposable_income": 4,
    "other_debtors_or_guarantors": "none",
    "property": "unknown / no property",
    "age_in_years": 22,
    "other_installment_plans": "bank",
    "housing": "rent",
}


def ric(birth: date, sequence: int) -> str:
    """A valid resident ID for Dongcheng, Beijing; an odd sequence is a man."""
    body = f"110105{birth:%Y%m%d}{sequence:03d}"
    return body + mod_11_2.calc_check_digit(body)


@dataclass
class Person:
    """A customer as onboarding leaves one; defaults pass every rule and check."""

    name: str = "王五"
    birth: date | None = date(1985, 5, 20)
    sex: str = "M"
    ric: str = RIC_1985_MALE
    doc_expiry: date | None = date(2035, 1, 1)
    income: Decimal = Decimal("20000.00")
    debt: Decimal = Decimal("0.00")
    phone: str = ""
    card: str = ""
    kind: str = "person"
    extra: dict[str, Any] = field(default_factory=dict)


def product_row_id(session: Session, code: str = "PL01") -> uuid.UUID:
    """The latest version of a seeded product (read in the caller's transaction)."""
    query = select(Product.id).where(Product.code == code).order_by(Product.product_version.desc())
    return session.scalars(query).one()


def add_person(session: Session, ctx: UserSession, person: Person) -> Customer:
    key = lookup_key(session)
    customer = Customer(
        kind=person.kind,
        branch_id=ctx.actor.branch_id,
        legal_name=person.name,
        name_search=person.name.casefold(),
        birth_date=person.birth,
        sex=person.sex,
        monthly_income=person.income,
        monthly_debt_payments=person.debt,
    )
    customer.documents.append(
        IdentityDocument(
            doc_type="cn-ric",
            number=person.ric,
            number_digest=digest(key, "cn-ric", person.ric),
            expiry_date=person.doc_expiry,
        )
    )
    if person.phone:
        customer.contacts.append(
            ContactPoint(
                kind="mobile", value=person.phone, value_digest=digest(key, "mobile", person.phone)
            )
        )
    if person.card:
        customer.accounts.append(
            BankAccount(card_number=person.card, card_digest=digest(key, "bank-card", person.card))
        )
    session.add(customer)
    session.flush()
    return customer


def add_application(
    session: Session,
    ctx: UserSession,
    customer_id: uuid.UUID,
    product_id: uuid.UUID,
    *,
    amount: str = "50000.00",
    months: int = 36,
    apr: str | None = "0.1150",
    device: str = "",
    characteristics: dict[str, Any] | None = None,
    created_at: datetime | None = None,
) -> Application:
    app = Application(
        number=f"T-{uuid.uuid4().hex[:8]}",
        customer_id=customer_id,
        branch_id=ctx.actor.branch_id,
        product_id=product_id,
        amount=D(amount),
        months=months,
        annual_rate=D("0.108"),
        method="annuity",
        apr=None if apr is None else D(apr),
        status="submitted",
        created_by=ctx.actor.user_id,
        created_at=created_at or ctx.now(),
        device_fingerprint=device,
        characteristics=json.dumps(LOW_RISK if characteristics is None else characteristics),
    )
    session.add(app)
    session.flush()
    return app


def add_loan(
    session: Session,
    ctx: UserSession,
    customer_id: uuid.UUID,
    product_id: uuid.UUID,
    *,
    outstanding: str = "10000.00",
    days_past_due: int = 0,
    status: str = "active",
) -> Loan:
    app = add_application(
        session, ctx, customer_id, product_id, created_at=ctx.now() - timedelta(days=400)
    )
    loan = Loan(
        number=f"L-{uuid.uuid4().hex[:8]}",
        application_id=app.id,
        customer_id=customer_id,
        branch_id=ctx.actor.branch_id,
        product_id=product_id,
        principal=D("20000.00"),
        annual_rate=D("0.10"),
        penalty_rate=D("0.15"),
        apr=D("0.10"),
        method="annuity",
        months=24,
        start_date=date(2025, 1, 1),
        status=status,
        outstanding_principal=D(outstanding),
        days_past_due=days_past_due,
    )
    session.add(loan)
    session.flush()
    return loan
