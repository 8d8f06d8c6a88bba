"""A minimal loan book for crash and disk tests: one customer, product and application,
then loans written the way servicing writes them (loan + schedule + audit event in one
transaction)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from workstation.models import Application, Customer, Installment, Loan, Product
from workstation.services.session import UserSession

INSTALLMENTS = 12


def prepare(session: UserSession) -> dict[str, uuid.UUID]:
    with session.transaction() as db:
        customer = Customer(
            legal_name="测试", name_search="测试", branch_id=session.actor.branch_id
        )
        product = Product(
            code="TEST",
            name_en="Test",
            name_zh="测试",
            kind="personal",
            min_amount=Decimal(1000),
            max_amount=Decimal(100000),
            min_months=1,
            max_months=36,
            min_rate=Decimal("0.05"),
            max_rate=Decimal("0.2"),
            methods="annuity",
        )
        db.add_all([customer, product])
        db.flush()
        application = Application(
            number="A-1",
            customer_id=customer.id,
            branch_id=session.actor.branch_id,
            product_id=product.id,
            amount=Decimal(12000),
            months=INSTALLMENTS,
            annual_rate=Decimal("0.12"),
            method="annuity",
            created_by=session.actor.user_id,
        )
        db.add(application)
        db.flush()
        return {"customer": customer.id, "product": product.id, "application": application.id}


def write_loan(session: UserSession, ids: dict[str, uuid.UUID], number: int) -> None:
    with session.transaction() as db:
        loan = Loan(
            number=f"L-{number}",
            application_id=ids["application"],
            customer_id=ids["customer"],
            branch_id=session.actor.branch_id,
            product_id=ids["product"],
            principal=Decimal(12000),
            annual_rate=Decimal("0.12"),
            penalty_rate=Decimal("0.18"),
            apr=Decimal("0.12"),
            method="annuity",
            months=INSTALLMENTS,
            start_date=date(2026, 1, 1),
        )
        for n in range(1, INSTALLMENTS + 1):
            loan.installments.append(
                Installment(
                    number=n,
                    due_date=date(2026, 1 + (n - 1) % 12, 1),
                    principal=Decimal(1000),
                    interest=Decimal("66.18"),
                )
            )
        db.add(loan)
        session.audit(db, "loan_created", subject_type="loan", subject_id=f"L-{number}")


def loans_without_full_schedule(session: UserSession) -> int:
    with session.read() as db:
        counts = db.execute(
            select(Loan.number, func.count(Installment.id))
            .join(Installment, Installment.loan_id == Loan.id, isouter=True)
            .group_by(Loan.id)
        ).all()
    return sum(1 for _number, n in counts if n != INSTALLMENTS)


def loan_numbers(session: UserSession) -> set[str]:
    with session.read() as db:
        return set(db.execute(select(Loan.number)).scalars())
