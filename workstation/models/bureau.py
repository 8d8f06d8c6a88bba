"""Credit-bureau consent, inquiries, imported reports and month-end reporting.

Consent and inquiries are facts (append-only; a withdrawal is its own timestamp on the
consent). An imported report keeps the facts the assessment uses as columns and the
file's digest, so what a decision saw can be shown later. Month-end submissions keep
the file they produced; a correction for a past month is a new submission that names
the one it corrects.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.models.base import Base, Money, SyncedRow, UTCDateTime


class BureauConsent(SyncedRow, Base):
    """The borrower's authorisation to query (and report to) the credit bureau."""

    __tablename__ = "bureau_consent"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    text_version: Mapped[str] = mapped_column(String(32))
    consented_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(32), default="signed-form")
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class BureauInquiry(SyncedRow, Base):
    """One inquiry made under a consent (the bureau counts these against the borrower)."""

    __tablename__ = "bureau_inquiry"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    consent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bureau_consent.id"))
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan_application.id"))
    purpose: Mapped[str] = mapped_column(String(32))  # loan-approval | post-loan | ...
    provider: Mapped[str] = mapped_column(String(32))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer: Mapped[str] = mapped_column(String(64))


class BureauReport(SyncedRow, Base):
    """The facts of one bureau report as received (the file itself is not kept)."""

    __tablename__ = "bureau_report"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    inquiry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bureau_inquiry.id"))
    provider: Mapped[str] = mapped_column(String(32))
    report_date: Mapped[date] = mapped_column(Date, index=True)  # as of, per the bureau
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(64))
    total_debt: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    monthly_obligations: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    open_accounts: Mapped[int] = mapped_column(Integer, default=0)
    inquiries_6m: Mapped[int] = mapped_column(Integer, default=0)
    worst_status: Mapped[str] = mapped_column(String(8), default="N")  # N, 1..7 (24 months)
    facts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: accounts, inquiries
    sha256: Mapped[str] = mapped_column(String(64))


class BureauSubmission(SyncedRow, Base):
    """A month-end reporting file as produced; corrections name what they correct."""

    __tablename__ = "bureau_submission"

    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    kind: Mapped[str] = mapped_column(String(16))  # monthly | correction
    sequence: Mapped[int] = mapped_column(Integer, default=1)
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bureau_submission.id"))
    records: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    generated_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


class BureauLoanMonth(Base):
    """Each reported loan's state at a month end: the source of that month's file.

    Derived locally by the end of day on a month's last day (not synced), once per loan
    and month, so generating a month again reads the same rows and gives the same file.
    """

    __tablename__ = "bureau_loan_month"
    __table_args__ = (Index("ix_bureau_loan_month_month_loan", "month", "loan_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"))
    balance: Mapped[Decimal] = mapped_column(Money)
    amount_overdue: Mapped[Decimal] = mapped_column(Money)
    days_past_due: Mapped[int] = mapped_column(Integer)
    status_code: Mapped[str] = mapped_column(String(1))  # N, 1..7, C, W
    closed_on: Mapped[date | None] = mapped_column(Date)
