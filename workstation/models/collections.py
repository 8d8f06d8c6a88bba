"""Collection cases, contact attempts, promises to pay, holds and reminders."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.models.base import Base, Money, SyncedRow, UTCDateTime


class CollectionCase(SyncedRow, Base):
    __tablename__ = "collection_case"
    # The work queues: a branch's open cases, and a collector's, most urgent first.
    __table_args__ = (
        Index(
            "ix_collection_case_branch_queue", "status", "branch_id", "priority", "amount_overdue"
        ),
        Index(
            "ix_collection_case_collector_queue",
            "status",
            "assigned_to",
            "priority",
            "amount_overdue",
        ),
    )

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # queue indexes lead
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[int] = mapped_column(Integer, default=0, index=True)
    hold: Mapped[str] = mapped_column(String(16), default="")  # "" | dispute | hardship
    hold_until: Mapped[date | None] = mapped_column(Date)  # a hardship hold ends by itself
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    broken_promises: Mapped[int] = mapped_column(Integer, default=0)
    # The loan's, copied by the end of day and by payments: the queue sorts on the case alone.
    amount_overdue: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class ContactAttempt(SyncedRow, Base):
    """Append-only: every attempt, including ones the conduct rules refused."""

    __tablename__ = "contact_attempt"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("collection_case.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # phone | sms | email | visit | letter
    party: Mapped[str] = mapped_column(String(32))  # borrower | registered_contact
    contact_point_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_point.id"))
    outcome: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    officer: Mapped[str] = mapped_column(String(64))
    refused_reason: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")  # supervisor override


class PromiseToPay(SyncedRow, Base):
    __tablename__ = "promise_to_pay"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("collection_case.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|kept|broken
    recorded_by: Mapped[str] = mapped_column(String(64))


class Reminder(SyncedRow, Base):
    """Outbox of reminder messages; sending is retried and visible."""

    __tablename__ = "reminder"

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # email | sms
    template: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    recipient: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    dedupe_key: Mapped[str] = mapped_column(String(128), unique=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class EodRun(SyncedRow, Base):
    """One end-of-day run per business date; loans carry their own watermark."""

    __tablename__ = "eod_run"

    business_date: Mapped[date] = mapped_column(Date, unique=True)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | done
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    loans_processed: Mapped[int] = mapped_column(Integer, default=0)
    run_by: Mapped[str] = mapped_column(String(64), default="")


class LoanBucketHistory(Base):
    """Each active loan's bucket and balance at a month end: the roll-rate source.

    Derived locally by the end of day (not synced); one row per loan and month.
    """

    __tablename__ = "loan_bucket_history"
    __table_args__ = (
        Index("ix_loan_bucket_history_month_loan", "month", "loan_id", unique=True),
        Index("ix_loan_bucket_history_bucket", "bucket"),  # vintage curves read the late ones
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"))
    bucket: Mapped[str] = mapped_column(String(8))
    balance: Mapped[Decimal] = mapped_column(Money)
