"""Repayment-reminder and overdue letters for one loan, from the booked instalments.

A reminder lists the next unpaid instalment; an overdue letter lists every unpaid
instalment already due, with the penalty interest accrued on them. Letters go to the
borrower alone, so only the borrower's own name and address appear.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from workstation.models import Branch, ContractDocument, Customer, Installment, Loan
from workstation.services.contract_pdf import Lender
from workstation.services.pdf_letter import DueInstallment, LetterDocument, render_letter
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

PAY_WITHIN_DAYS = 7


class LetterError(ValueError):
    """No letter of this kind can be written for the loan; the message says why."""


def render_for_loan(
    ctx: UserSession,
    loan_id: uuid.UUID,
    kind: Literal["reminder", "overdue"],
    language: Literal["zh", "en"],
) -> bytes:
    """The letter PDF; writing one is audited because it holds the borrower's address."""
    ctx.require(Permission.COLLECTION_WORK, "letter_rendered", str(loan_id))
    with ctx.transaction() as s:
        loan = s.get(Loan, loan_id)
        branch = s.get(Branch, loan.branch_id) if loan else None
        customer = s.get(Customer, loan.customer_id) if loan else None
        if loan is None or branch is None or customer is None:
            raise LetterError("No such loan.")
        today = ctx.now().astimezone(ZoneInfo(branch.timezone)).date()
        rows = _due_rows(loan, kind, today)
        contract = s.scalars(
            select(ContractDocument.number).where(
                ContractDocument.application_id == loan.application_id,
                ContractDocument.status == "signed",
            )
        ).first()
        letter = LetterDocument(
            kind=kind,
            language=language,
            letter_date=today,
            contract_number=contract or loan.number,
            lender=Lender(
                str(ctx.settings.get("lender_name")),
                branch.name,
                branch.address,
                str(ctx.settings.get("lender_licence")),
            ),
            borrower_name=customer.legal_name,
            borrower_address=_address(customer),
            installments=tuple(_due(i) for i in rows),
            penalty_interest=sum((i.penalty_accrued - i.penalty_paid for i in rows), Decimal(0)),
            days_past_due=loan.days_past_due,
            pay_by=rows[0].due_date if kind == "reminder" else today + timedelta(PAY_WITHIN_DAYS),
            officer_name=ctx.actor.display_name,
            officer_phone=str(ctx.settings.get("branch_phone")),
        )
        ctx.audit(
            s,
            "letter_rendered",
            subject_type="loan",
            subject_id=str(loan.id),
            details={"kind": kind, "language": language},
        )
        return render_letter(letter)


def _due_rows(loan: Loan, kind: str, today: date) -> list[Installment]:
    unpaid = [i for i in loan.installments if not i.superseded and _outstanding(i) > 0]
    if kind == "reminder":
        rows = unpaid[:1]
    elif kind == "overdue":
        rows = [i for i in unpaid if i.due_date < today]
    else:
        raise LetterError(f"Unknown letter kind {kind!r}: choose reminder or overdue.")
    if not rows:
        raise LetterError(
            f"Loan {loan.number} has nothing {'due' if kind == 'reminder' else 'overdue'}."
        )
    return rows


def _outstanding(i: Installment) -> Decimal:
    return i.principal + i.interest + i.fee - i.principal_paid - i.interest_paid - i.fee_paid


def _due(i: Installment) -> DueInstallment:
    return DueInstallment(
        i.number,
        i.due_date,
        i.principal + i.interest + i.fee,
        i.principal_paid + i.interest_paid + i.fee_paid,
    )


def _address(customer: Customer) -> str:
    addresses = [
        c.value for c in customer.contacts if c.kind == "address" and c.party == "borrower"
    ]
    return addresses[0] if addresses else ""
