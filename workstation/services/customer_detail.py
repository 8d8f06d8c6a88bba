"""Everything the customer screen shows about one customer, as masked plain data.

Profile, documents with their check verdicts, contact points, cards, scans (metadata
only), fraud signals, edit history, watch-list hits and linked applications and loans.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.models import (
    Application,
    Attachment,
    Customer,
    CustomerRevision,
    FraudSignal,
    IdentityDocument,
    Loan,
)
from workstation.services import identity_checks as ic
from workstation.services import watchlist
from workstation.services.customer_records import CustomerSummary, mask_phone_number, summary


@dataclass(frozen=True)
class DocumentInfo:
    doc_type: str
    number_masked: str
    issuing_state: str
    expiry_date: date | None
    valid: bool
    problems: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ContactInfo:
    kind: str
    shown: str  # masked for phones


@dataclass(frozen=True)
class AccountInfo:
    bank_name: str
    card_masked: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    kind: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class SignalInfo:
    kind: str
    other_customer_id: uuid.UUID | None
    other_name: str
    detail: str
    severity: str
    at: datetime


@dataclass(frozen=True)
class RevisionInfo:
    at: datetime
    changed_by: str
    changes: dict[str, list[str]]  # field -> [old, new], PII masked


@dataclass(frozen=True)
class LinkInfo:
    """An application or loan of this customer."""

    id: uuid.UUID
    number: str
    status: str
    amount: Decimal


@dataclass(frozen=True)
class CustomerDetail:
    summary: CustomerSummary
    nationality: str
    occupation: str
    employer: str
    industry: str
    monthly_debt_payments: Decimal
    legal_representative_id: uuid.UUID | None
    verified_in_person_at: datetime | None
    verified_by: str
    verification_method: str
    documents: tuple[DocumentInfo, ...]
    contacts: tuple[ContactInfo, ...]
    accounts: tuple[AccountInfo, ...]
    attachments: tuple[AttachmentInfo, ...]
    signals: tuple[SignalInfo, ...]
    revisions: tuple[RevisionInfo, ...]
    watchlist_hits: tuple[watchlist.HitInfo, ...]
    applications: tuple[LinkInfo, ...]
    loans: tuple[LinkInfo, ...]


def detail(session: Session, customer: Customer, today: date, branch: str) -> CustomerDetail:
    return CustomerDetail(
        summary=summary(customer, today, branch),
        nationality=customer.nationality,
        occupation=customer.occupation,
        employer=customer.employer,
        industry=customer.industry,
        monthly_debt_payments=customer.monthly_debt_payments,
        legal_representative_id=customer.legal_representative_id,
        verified_in_person_at=customer.verified_in_person_at,
        verified_by=customer.verified_by,
        verification_method=customer.verification_method,
        documents=tuple(_document(d) for d in customer.documents),
        contacts=tuple(
            ContactInfo(c.kind, mask_phone_number(c.value) if c.kind == "mobile" else c.value)
            for c in customer.contacts
        ),
        accounts=tuple(
            AccountInfo(a.bank_name, ic.mask_card(a.card_number)) for a in customer.accounts
        ),
        attachments=attachment_infos(session, customer.id),
        signals=_signals(session, customer.id),
        revisions=_revisions(session, customer.id),
        watchlist_hits=tuple(watchlist.hits_for(session, customer.id)),
        applications=_applications(session, customer.id),
        loans=_loans(session, customer.id),
    )


def _document(document: IdentityDocument) -> DocumentInfo:
    verdict = json.loads(document.check_result or "{}")
    return DocumentInfo(
        doc_type=document.doc_type,
        number_masked=ic.mask_id(document.number),
        issuing_state=document.issuing_state,
        expiry_date=document.expiry_date,
        valid=bool(verdict.get("valid", True)),
        problems=tuple(p["message"] for p in verdict.get("problems", [])),
        warnings=tuple(w["message"] for w in verdict.get("warnings", [])),
    )


def attachment_infos(session: Session, customer_id: uuid.UUID) -> tuple[AttachmentInfo, ...]:
    """Metadata only: the scan itself stays in the database until someone opens it."""
    rows = session.execute(
        select(
            Attachment.id,
            Attachment.kind,
            Attachment.media_type,
            func.length(Attachment.content),
            Attachment.sha256,
            Attachment.created_at,
        )
        .where(Attachment.customer_id == customer_id)
        .order_by(Attachment.created_at)
    ).all()
    return tuple(AttachmentInfo(r[0], r[1], r[2], int(r[3]), r[4], r[5]) for r in rows)


def _signals(session: Session, customer_id: uuid.UUID) -> tuple[SignalInfo, ...]:
    rows = session.execute(
        select(FraudSignal, Customer.legal_name)
        .outerjoin(Customer, Customer.id == FraudSignal.other_customer_id)
        .where(FraudSignal.customer_id == customer_id)
        .order_by(FraudSignal.created_at)
    ).all()
    return tuple(
        SignalInfo(s.kind, s.other_customer_id, name or "", s.detail, s.severity, s.created_at)
        for s, name in rows
    )


def _revisions(session: Session, customer_id: uuid.UUID) -> tuple[RevisionInfo, ...]:
    rows = session.execute(
        select(CustomerRevision)
        .where(CustomerRevision.customer_id == customer_id)
        .order_by(CustomerRevision.created_at)
    ).scalars()
    return tuple(RevisionInfo(r.created_at, r.changed_by, json.loads(r.changes)) for r in rows)


def _applications(session: Session, customer_id: uuid.UUID) -> tuple[LinkInfo, ...]:
    rows = session.execute(
        select(Application).where(Application.customer_id == customer_id)
    ).scalars()
    return tuple(LinkInfo(a.id, a.number, a.status, a.amount) for a in rows)


def _loans(session: Session, customer_id: uuid.UUID) -> tuple[LinkInfo, ...]:
    rows = session.execute(select(Loan).where(Loan.customer_id == customer_id)).scalars()
    return tuple(LinkInfo(loan.id, loan.number, loan.status, loan.principal) for loan in rows)
