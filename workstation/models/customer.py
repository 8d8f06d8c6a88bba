"""Customers (people and small businesses), their documents, contacts and accounts.

Identity numbers, phones and card numbers are stored inside the encrypted database
(the whole file is encrypted); a keyed hash (`*_digest`) of each normalised value is
indexed so a lookup by full number never needs a scan and the digest reveals nothing
without the workstation's key. Edits to mutable fields are recorded in
`customer_revision` (append-only), so previous values stay visible.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.models.base import Base, Money, SyncedRow, UTCDateTime


class Customer(SyncedRow, Base):
    __tablename__ = "customer"

    kind: Mapped[str] = mapped_column(String(16), default="person")  # person | business
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    legal_name: Mapped[str] = mapped_column(String(200))
    name_search: Mapped[str] = mapped_column(String(400), index=True)  # casefolded name
    name_pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)
    pinyin_initials: Mapped[str] = mapped_column(String(64), default="", index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1), default="")
    nationality: Mapped[str] = mapped_column(String(3), default="CHN")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    monthly_income: Mapped[Decimal] = mapped_column(Money, default=0)
    monthly_debt_payments: Mapped[Decimal] = mapped_column(Money, default=0)
    legal_representative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    status: Mapped[str] = mapped_column(String(24), default="active")  # active|blocked|merged
    onboarding_state: Mapped[str] = mapped_column(String(24), default="complete")
    verified_in_person_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_by: Mapped[str] = mapped_column(String(64), default="")
    verification_method: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    documents: Mapped[list[IdentityDocument]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", lazy="selectin"
    )
    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", lazy="selectin"
    )
    accounts: Mapped[list[BankAccount]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", lazy="selectin"
    )


class IdentityDocument(SyncedRow, Base):
    __tablename__ = "identity_document"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(16))  # cn-ric | cn-uscc | passport | mrz-id
    number: Mapped[str] = mapped_column(String(64))
    number_digest: Mapped[str] = mapped_column(String(64), index=True)
    issuing_state: Mapped[str] = mapped_column(String(3), default="CHN")
    expiry_date: Mapped[date | None] = mapped_column(Date)
    check_result: Mapped[str] = mapped_column(Text, default="{}")  # JSON CheckResult
    primary: Mapped[bool] = mapped_column(Boolean, default=True)

    customer: Mapped[Customer] = relationship(back_populates="documents")

    __table_args__ = (
        Index("uq_identity_document_type_digest", "doc_type", "number_digest", unique=True),
    )


class ContactPoint(SyncedRow, Base):
    __tablename__ = "contact_point"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # mobile | email | address | reference
    value: Mapped[str] = mapped_column(String(400))
    value_digest: Mapped[str] = mapped_column(String(64), index=True)
    search_suffix: Mapped[str] = mapped_column(String(8), default="", index=True)
    party: Mapped[str] = mapped_column(String(32), default="borrower")  # borrower | reference
    party_name: Mapped[str] = mapped_column(String(200), default="")
    consent_to_contact: Mapped[bool] = mapped_column(Boolean, default=True)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class BankAccount(SyncedRow, Base):
    __tablename__ = "bank_account"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    card_number: Mapped[str] = mapped_column(String(32))
    card_digest: Mapped[str] = mapped_column(String(64), index=True)
    purpose: Mapped[str] = mapped_column(String(32), default="both")  # disbursement|repayment

    customer: Mapped[Customer] = relationship(back_populates="accounts")


class Attachment(SyncedRow, Base):
    """A scan kept inside the encrypted database, addressed by its SHA-256."""

    __tablename__ = "attachment"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # id-front | id-back | business-licence
    media_type: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class CustomerRevision(SyncedRow, Base):
    """One edit: which fields changed, from what to what (masked where PII)."""

    __tablename__ = "customer_revision"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    changed_by: Mapped[str] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]}


class FraudSignal(SyncedRow, Base):
    """A shared phone/card/address/device between customers, for assessment and review."""

    __tablename__ = "fraud_signal"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    other_customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(32))  # shared_phone | shared_card | ...
    detail: Mapped[str] = mapped_column(String(400), default="")
    severity: Mapped[str] = mapped_column(String(16), default="medium")


class WatchlistEntry(SyncedRow, Base):
    __tablename__ = "watchlist_entry"

    list_name: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[str] = mapped_column(Text, default="")  # "|"-separated
    name_keys: Mapped[str] = mapped_column(Text, default="")  # normalised/pinyin forms
    id_digest: Mapped[str] = mapped_column(String(64), default="", index=True)
    reason: Mapped[str] = mapped_column(String(400), default="")


class WatchlistHit(SyncedRow, Base):
    __tablename__ = "watchlist_hit"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("watchlist_entry.id"))
    match_kind: Mapped[str] = mapped_column(String(16))  # id | name
    score: Mapped[int] = mapped_column(default=100)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|cleared|confirmed
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
