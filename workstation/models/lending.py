"""Products, applications, credit assessments, approvals, loans and their ledgers.

Facts are append-only rows (assessments, decisions, payments, allocations, status
events); corrections are new rows that reverse or supersede. A loan keeps the
product version it was priced with.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.models.base import Base, Money, SyncedRow, UTCDateTime

RATE = Numeric(9, 6, asdecimal=True)


class Product(SyncedRow, Base):
    """One version of a product; a new version is a new row with the same code."""

    __tablename__ = "product"

    code: Mapped[str] = mapped_column(String(32), index=True)
    product_version: Mapped[int] = mapped_column(Integer, default=1)
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))  # personal|consumer|revolving|business|supply
    min_amount: Mapped[Decimal] = mapped_column(Money)
    max_amount: Mapped[Decimal] = mapped_column(Money)
    min_months: Mapped[int] = mapped_column(Integer)
    max_months: Mapped[int] = mapped_column(Integer)
    min_rate: Mapped[Decimal] = mapped_column(RATE)
    max_rate: Mapped[Decimal] = mapped_column(RATE)
    fee_rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal(0))
    penalty_rate_markup: Mapped[Decimal] = mapped_column(RATE, default=Decimal("0.5"))
    methods: Mapped[str] = mapped_column(String(200))  # comma-separated RepaymentMethod
    customer_kinds: Mapped[str] = mapped_column(String(64), default="person")
    policy: Mapped[str] = mapped_column(Text, default="{}")  # JSON policy-rule parameters
    purposes: Mapped[str] = mapped_column(String(400), default="")  # comma-separated; "" = any
    active: Mapped[bool] = mapped_column(default=True)


class AuthorityLimit(SyncedRow, Base):
    """How much a role may approve on its own for one risk band; above it, a supervisor."""

    __tablename__ = "authority_limit"

    role: Mapped[str] = mapped_column(String(32), index=True)
    band: Mapped[str] = mapped_column(String(8))
    max_amount: Mapped[Decimal] = mapped_column(Money)
    max_months: Mapped[int] = mapped_column(Integer)


class Application(SyncedRow, Base):
    __tablename__ = "loan_application"

    number: Mapped[str] = mapped_column(String(32), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    months: Mapped[int] = mapped_column(Integer)
    annual_rate: Mapped[Decimal] = mapped_column(RATE)
    method: Mapped[str] = mapped_column(String(32))
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    apr: Mapped[Decimal | None] = mapped_column(RATE)
    status: Mapped[str] = mapped_column(String(24), default="draft", index=True)
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"))
    submitted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"))
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    device_fingerprint: Mapped[str] = mapped_column(String(64), default="", index=True)
    characteristics: Mapped[str] = mapped_column(Text, default="{}")  # scorecard inputs


class ApplicationEvent(SyncedRow, Base):
    """One status transition, with actor and reason (append-only timeline)."""

    __tablename__ = "application_event"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan_application.id"), index=True)
    from_status: Mapped[str] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    actor: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CreditAssessment(SyncedRow, Base):
    __tablename__ = "credit_assessment"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan_application.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    scorecard_version: Mapped[str] = mapped_column(String(64))
    score: Mapped[int] = mapped_column(Integer)
    band: Mapped[str] = mapped_column(String(8))
    probability_of_default: Mapped[Decimal] = mapped_column(RATE)
    decision: Mapped[str] = mapped_column(String(16))  # approve | refer | decline
    reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON reason codes
    rule_hits: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    fraud_flags: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    assessed_by: Mapped[str] = mapped_column(String(64))


class ApprovalRequest(SyncedRow, Base):
    """Anything that needs a supervisor: referral, override, limits, collections escalations."""

    __tablename__ = "approval_request"

    kind: Mapped[str] = mapped_column(String(32), index=True)
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[uuid.UUID] = mapped_column(index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    requested_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)


class ApprovalDecision(SyncedRow, Base):
    __tablename__ = "approval_decision"

    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("approval_request.id"), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # approved | declined | returned
    decided_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # changed amount/term/rate
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("approval_decision.id"))


class Loan(SyncedRow, Base):
    __tablename__ = "loan"

    number: Mapped[str] = mapped_column(String(32), index=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan_application.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    principal: Mapped[Decimal] = mapped_column(Money)
    annual_rate: Mapped[Decimal] = mapped_column(RATE)
    # fixed, or floating over a loan prime rate (lpr1y|lpr5y) plus rate_spread
    rate_basis: Mapped[str] = mapped_column(String(8), default="fixed")
    rate_spread: Mapped[Decimal | None] = mapped_column(RATE)
    penalty_rate: Mapped[Decimal] = mapped_column(RATE)
    apr: Mapped[Decimal] = mapped_column(RATE)
    method: Mapped[str] = mapped_column(String(32))
    months: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)  # revolving lines only
    status: Mapped[str] = mapped_column(String(24), default="pending", index=True)
    disbursed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disbursement_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bank_account.id"))
    days_past_due: Mapped[int] = mapped_column(Integer, default=0, index=True)
    bucket: Mapped[str] = mapped_column(String(8), default="current", index=True)
    outstanding_principal: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_overdue: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    credit_balance: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), index=True)  # held
    last_eod_date: Mapped[date | None] = mapped_column(Date)

    installments: Mapped[list[Installment]] = relationship(
        cascade="all, delete-orphan", order_by="Installment.number", lazy="selectin"
    )


class Installment(SyncedRow, Base):
    __tablename__ = "installment"

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), index=True)
    schedule_version: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    principal: Mapped[Decimal] = mapped_column(Money)
    interest: Mapped[Decimal] = mapped_column(Money)
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    principal_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    interest_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    fee_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    penalty_accrued: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    penalty_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    superseded: Mapped[bool] = mapped_column(default=False)


class LedgerEntry(SyncedRow, Base):
    """Append-only money movement: disbursement, repayment, reversal, penalty, write-off."""

    __tablename__ = "ledger_entry"

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    channel: Mapped[str] = mapped_column(String(16), default="")  # cash | transfer | card
    value_date: Mapped[date] = mapped_column(Date, index=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_entry.id"))
    source_account: Mapped[str] = mapped_column(String(64), default="")
    posted_by: Mapped[str] = mapped_column(String(64))
    allocation: Mapped[str] = mapped_column(Text, default="{}")  # JSON part -> amount
    note: Mapped[str] = mapped_column(Text, default="")


class ContractDocument(SyncedRow, Base):
    __tablename__ = "contract_document"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan_application.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft|signed|void
    issue: Mapped[int] = mapped_column(Integer, default=1)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signer: Mapped[str] = mapped_column(String(200), default="")


class SigningCredential(Base):
    """A branch's contract-signing certificate; the key PEM is encrypted.

    Not a synced row: the key's passphrase lives in this machine's keyring only, so the
    row is useless elsewhere. Old rows stay (inactive) so their CA keeps verifying old
    contracts.
    """

    __tablename__ = "signing_credential"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))  # local-ca | pkcs12
    cert_pem: Mapped[str] = mapped_column(Text)
    chain_pem: Mapped[str] = mapped_column(Text)  # issuing CA certificates, concatenated
    encrypted_key_pem: Mapped[str] = mapped_column(Text)
    keyring_name: Mapped[str] = mapped_column(String(120))
    not_after: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(default=True)
