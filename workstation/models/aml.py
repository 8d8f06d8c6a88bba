"""Anti-money-laundering alerts, their review history and the reports filed from them.

An alert is raised by the daily monitoring pass (services/aml.py) and carries a
`dedupe_key` that is unique, so running the same day twice never raises it twice.
Its review (status, disposition, reviewer, reason) is the only mutable part; every
step is also an append-only `AmlAlertEvent`. A report keeps which alerts it covered
and the digest of the file written, so what was filed can be proven later.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.models.base import Base, Money, SyncedRow, UTCDateTime


class AmlAlert(SyncedRow, Base):
    """One rule hit for one customer, waiting for (or closed with) a disposition."""

    __tablename__ = "aml_alert"

    rule: Mapped[str] = mapped_column(String(32), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    loan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan.id"))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    business_date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    transaction_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON ledger entry ids
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: why it fired
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open|closed
    disposition: Mapped[str] = mapped_column(
        String(16), default=""
    )  # false_positive|monitor|report
    reviewer: Mapped[str] = mapped_column(String(64), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")


class AmlAlertEvent(SyncedRow, Base):
    """One step in an alert's life (opened, closed, reported), append-only."""

    __tablename__ = "aml_alert_event"

    alert_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("aml_alert.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # opened | closed | reported
    actor: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class AmlReport(SyncedRow, Base):
    """A large-value or suspicious transaction report file written from reportable alerts."""

    __tablename__ = "aml_report"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # large_value | suspicious
    file_format: Mapped[str] = mapped_column(String(8))  # csv | xml
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    generated_by: Mapped[str] = mapped_column(String(64))
    alert_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    records: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
