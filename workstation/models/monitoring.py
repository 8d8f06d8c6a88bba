"""Post-loan monitoring: early warnings on active loans and the actions taken on them.

A warning exists only for a loan that showed at least one signal (a clean loan writes
nothing), one row per loan, updated in place by the daily pass so the supervisors'
list reads one small indexed table. Actions are facts: append-only.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.models.base import Base, SyncedRow, UTCDateTime


class EarlyWarning(SyncedRow, Base):
    """A loan's current early-warning state (services/early_warning.py explains the signals)."""

    __tablename__ = "early_warning"
    # The list: a branch's warnings of one status, riskiest first.
    __table_args__ = (Index("ix_early_warning_list", "branch_id", "status", "behaviour_score"),)

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loan.id"), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"))
    behaviour_score: Mapped[int] = mapped_column(Integer, default=0)  # 0..1000, higher = riskier
    severity: Mapped[str] = mapped_column(String(8), default="none")  # none|watch|high|critical
    signals: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{code, points, facts}]
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|actioned|closed
    opened_on: Mapped[date] = mapped_column(Date)
    changed_on: Mapped[date] = mapped_column(Date)  # business date the signals last changed
    closed_on: Mapped[date | None] = mapped_column(Date)
    actioned_severity: Mapped[str] = mapped_column(String(8), default="")  # at the last action


class EarlyWarningAction(SyncedRow, Base):
    """What a supervisor did about a warning (append-only)."""

    __tablename__ = "early_warning_action"

    warning_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("early_warning.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))  # call_borrower|visit|reduce_limit|...
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(64))
    acted_at: Mapped[datetime] = mapped_column(UTCDateTime)
