"""Customers: onboarding, reading, editing with history, search, PII reveal and export.

Every call is scoped to the actor's branch. One identity document belongs to one
customer: onboarding a known document raises `DuplicateCustomer` carrying the
existing customer's id, so the screen opens that customer instead. A phone, address
or card shared with another customer becomes a `FraudSignal` on both. Screens and
exports only ever receive masked ID numbers, phones and cards; `reveal` shows one
value to a user holding `pii:reveal` and writes an audit event naming the field only.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Attachment, Customer, CustomerRevision, Product
from workstation.services import customer_forms as forms
from workstation.services import customer_records as records
from workstation.services import watchlist
from workstation.services.customer_build import (
    add_attachment_row,
    build_customer,
    document_number,
    document_type,
    set_contact,
)
from workstation.services.customer_detail import (
    AttachmentInfo,
    CustomerDetail,
    attachment_infos,
    detail,
)
from workstation.services.customer_names import name_keys
from workstation.services.customer_records import CustomerSummary
from workstation.services.fileio import write_atomic
from workstation.services.lookup import digest, lookup_key
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

__all__ = [
    "AttachmentInfo",
    "AttachmentNotFound",
    "CustomerDetail",
    "CustomerInvalid",
    "CustomerNotFound",
    "CustomerSummary",
    "DuplicateCustomer",
    "NewAttachment",
    "NewCustomer",
    "ScanRefused",
]

NewCustomer = forms.NewCustomer
NewAttachment = forms.NewAttachment
CustomerInvalid = forms.CustomerInvalid
BULK_EXPORT = 50
REVEALABLE = ("id_number", "mobile", "bank_card")
EDITABLE = (
    "name",
    "mobile",
    "email",
    "address",
    "occupation",
    "employer",
    "industry",
    "monthly_income",
    "monthly_debt_payments",
)


class DuplicateCustomer(ValueError):
    def __init__(self, existing_id: uuid.UUID) -> None:
        super().__init__("A customer with this identity document already exists.")
        self.existing_id = existing_id


class CustomerNotFound(ValueError):
    def __init__(self) -> None:
        super().__init__("There is no such customer in this branch.")


class AttachmentNotFound(ValueError):
    def __init__(self) -> None:
        super().__init__("There is no such scan in this branch.")


class ScanRefused(ValueError):
    """A file that is not a PNG, JPEG or PDF scan of at most 10 MB."""


@dataclass(frozen=True)
class InPersonCheck:
    original_document_seen: bool
    photo_compared: bool
    note: str = ""


# --- onboarding -------------------------------------------------------------------------


def onboard(ctx: UserSession, new: NewCustomer) -> CustomerSummary:
    """Check, store, signal and screen a new customer in one transaction."""
    ctx.require(Permission.CUSTOMER_WRITE, "customer_onboard")
    today = ctx.now().date()
    with ctx.transaction() as session:
        checked = forms.clean(new, today, _age_range(session, new.product_code))
        key = lookup_key(session)
        _refuse_duplicate(session, key, checked)
        if new.kind == "business":
            _load(session, ctx, _uuid(new.legal_representative_id))
        customer = build_customer(checked, key, ctx.actor, ctx.now())
        session.add(customer)
        session.flush()
        for attachment in new.attachments:
            add_attachment_row(session, customer, attachment, _origin(ctx))
        signals = records.record_signals(session, customer, _origin(ctx))
        hits = watchlist.screen(session, key, customer)
        customer.onboarding_state = "blocked_watchlist" if hits else "complete"
        ctx.audit(
            session,
            "customer_onboarded",
            subject_type="customer",
            subject_id=str(customer.id),
            details={"kind": customer.kind, "signals": signals, "watchlist_hits": len(hits)},
        )
        return records.summary(customer, today, ctx.actor.branch_code)


def _age_range(session: Session, product_code: str) -> tuple[int, int]:
    if not product_code:
        return forms.DEFAULT_AGE_RANGE
    product = session.execute(
        select(Product)
        .where(Product.code == product_code, Product.active.is_(True))
        .order_by(Product.product_version.desc())
        .limit(1)
    ).scalar_one_or_none()
    if product is None:
        raise CustomerInvalid({"product_code": f"there is no active product {product_code}"})
    return forms.age_range(json.loads(product.policy or "{}"))


def _refuse_duplicate(session: Session, key: bytes, checked: forms.CleanCustomer) -> None:
    number = digest(key, document_type(checked), document_number(checked))
    existing = records.find_by_document_digests(session, [number])
    if existing is not None:
        raise DuplicateCustomer(existing.id)


# --- reading ----------------------------------------------------------------------------


def get(ctx: UserSession, customer_id: uuid.UUID) -> CustomerDetail:
    ctx.require(Permission.CUSTOMER_READ, "customer_read", str(customer_id))
    with ctx.read() as session:
        customer = _load(session, ctx, customer_id)
        return detail(session, customer, ctx.now().date(), ctx.actor.branch_code)


def search(ctx: UserSession, text: str, limit: int = 50) -> list[CustomerSummary]:
    """By name (characters, pinyin, initials), full ID number or phone digits (>= 4)."""
    ctx.require(Permission.CUSTOMER_READ, "customer_search")
    limit = max(1, min(limit, 50))
    today = ctx.now().date()
    with ctx.read() as session:
        rows = records.search_rows(session, lookup_key(session), ctx.actor.branch_id, text, limit)
        return [records.summary(c, today, ctx.actor.branch_code) for c in rows]


def _load(session: Session, ctx: UserSession, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.branch_id != ctx.actor.branch_id or customer.deleted_at:
        raise CustomerNotFound
    return customer


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(text))
    except ValueError:
        raise CustomerNotFound from None


def _origin(ctx: UserSession) -> tuple[str, str]:
    return ctx.actor.branch_code, ctx.actor.device_id


# --- PII --------------------------------------------------------------------------------


def reveal(ctx: UserSession, customer_id: uuid.UUID, field: str) -> str:
    """The clear value of one masked field; the audit event names the field, not the value."""
    ctx.require(Permission.PII_REVEAL, "pii_reveal", str(customer_id))
    if field not in REVEALABLE:
        raise ValueError(f"Only {', '.join(REVEALABLE)} can be revealed.")
    with ctx.transaction() as session:
        customer = _load(session, ctx, customer_id)
        value = _clear_value(customer, field)
        ctx.audit(
            session,
            "pii_revealed",
            subject_type="customer",
            subject_id=str(customer.id),
            details={"field": field},
        )
    return value


def _clear_value(customer: Customer, field: str) -> str:
    if field == "id_number":
        document = records.primary_document(customer)
        return document.number if document else ""
    if field == "mobile":
        return next((c.value for c in customer.contacts if c.kind == "mobile"), "")
    return customer.accounts[0].card_number if customer.accounts else ""


def export_csv(ctx: UserSession, customer_ids: Sequence[uuid.UUID], dest: Path) -> int:
    """Write a customer list to CSV, masked always; more than 50 needs a fresh password."""
    ctx.require(Permission.CUSTOMER_READ, "customer_export")
    if len(customer_ids) > BULK_EXPORT:
        ctx.require_recent_auth()
    today = ctx.now().date()
    with ctx.transaction() as session:
        rows = [records.summary(_load(session, ctx, i), today, "") for i in customer_ids]
        write_atomic(dest, _csv(rows).encode("utf-8-sig"))
        ctx.audit(session, "customers_exported", details={"count": len(rows)})
    return len(rows)


def _csv(rows: Sequence[CustomerSummary]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "kind", "id_number", "mobile", "birth_date", "status"])
    for r in rows:
        writer.writerow([r.name, r.kind, r.id_masked, r.mobile_masked, r.birth_date, r.status])
    return out.getvalue()


# --- edits and verification -------------------------------------------------------------


def edit(ctx: UserSession, customer_id: uuid.UUID, changes: Mapping[str, str]) -> CustomerDetail:
    """Change fields; the revision keeps each old and new value (PII masked)."""
    ctx.require(Permission.CUSTOMER_WRITE, "customer_edit", str(customer_id))
    today = ctx.now().date()
    _check_edit(changes, today)
    with ctx.transaction() as session:
        customer = _load(session, ctx, customer_id)
        key = lookup_key(session)
        diff = {f: _apply(customer, key, f, v, today) for f, v in changes.items()}
        diff = {f: pair for f, pair in diff.items() if pair[0] != pair[1]}
        if diff:
            session.add(_revision(ctx, customer, diff))
            session.flush()
            records.record_signals(session, customer, _origin(ctx))
            ctx.audit(
                session,
                "customer_edited",
                subject_type="customer",
                subject_id=str(customer.id),
                details={"fields": sorted(diff)},
            )
        return detail(session, customer, today, ctx.actor.branch_code)


def _check_edit(changes: Mapping[str, str], today: date) -> None:
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ValueError(f"These fields cannot be edited here: {', '.join(unknown)}.")
    problems = {f: forms.field_error(f, v, today) for f, v in changes.items()}
    problems = {f: m for f, m in problems.items() if m}
    if problems:
        raise CustomerInvalid(problems)


def _apply(customer: Customer, key: bytes, field: str, value: str, today: date) -> list[str]:
    if field in ("mobile", "email", "address"):
        return set_contact(customer, key, field, value, today)
    if field in ("monthly_income", "monthly_debt_payments"):
        old = getattr(customer, field)
        amount = forms.parse_money(value) or Decimal(0)
        setattr(customer, field, amount)
        return [str(old), str(amount)]
    old_text = customer.legal_name if field == "name" else getattr(customer, field)
    new_text = " ".join(value.split())
    if field == "name":
        _rename(customer, new_text)
    else:
        setattr(customer, field, new_text)
    return [old_text, new_text]


def _rename(customer: Customer, name: str) -> None:
    keys = name_keys(name)
    customer.legal_name = name
    customer.name_search, customer.name_pinyin = keys.search, keys.pinyin
    customer.pinyin_initials = keys.initials


def _revision(
    ctx: UserSession, customer: Customer, diff: Mapping[str, list[str]]
) -> CustomerRevision:
    return CustomerRevision(
        customer_id=customer.id,
        changed_by=ctx.actor.username,
        changes=json.dumps(diff, ensure_ascii=False),
        created_at=ctx.now(),
        origin_branch=ctx.actor.branch_code,
        origin_device=ctx.actor.device_id,
    )


def verify_in_person(
    ctx: UserSession, customer_id: uuid.UUID, check: InPersonCheck
) -> CustomerDetail:
    """Record that an officer saw the original document (and compared the photo)."""
    ctx.require(Permission.CUSTOMER_WRITE, "customer_verify_in_person", str(customer_id))
    if not check.original_document_seen:
        raise ValueError("In-person verification needs the original document to be seen.")
    method = "original document seen" + ("; photo compared" if check.photo_compared else "")
    if check.note.strip():
        method += f"; {check.note.strip()}"
    with ctx.transaction() as session:
        customer = _load(session, ctx, customer_id)
        customer.verified_in_person_at = ctx.now()
        customer.verified_by = ctx.actor.username
        customer.verification_method = method[:200]
        ctx.audit(
            session,
            "identity_verified_in_person",
            subject_type="customer",
            subject_id=str(customer.id),
            details={"photo_compared": check.photo_compared},
        )
        return detail(session, customer, ctx.now().date(), ctx.actor.branch_code)


def add_attachment(ctx: UserSession, customer_id: uuid.UUID, attachment: NewAttachment) -> None:
    """Keep a scan (ID both sides, business licence) inside the encrypted database."""
    ctx.require(Permission.CUSTOMER_WRITE, "customer_attachment_add", str(customer_id))
    with ctx.transaction() as session:
        customer = _load(session, ctx, customer_id)
        row = add_attachment_row(session, customer, attachment, _origin(ctx))
        session.flush()
        ctx.audit(
            session,
            "customer_attachment_added",
            subject_type="customer",
            subject_id=str(customer.id),
            details={"kind": row.kind, "bytes": len(row.content)},
        )


# --- scans ------------------------------------------------------------------------------

SCAN_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
)


def read_scan(path: Path, kind: str) -> NewAttachment:
    """Read a scan file, judging its type by content (a renamed file is not trusted)."""
    try:
        size = path.stat().st_size
        if size > forms.MAX_ATTACHMENT_BYTES:
            raise ScanRefused(f"The file is {size / 1048576:.1f} MB; a scan may be at most 10 MB.")
        content = path.read_bytes()
    except OSError:
        raise ScanRefused("The file could not be read.") from None
    media_type = next((t for magic, t in SCAN_TYPES if content.startswith(magic)), None)
    if media_type is None:
        raise ScanRefused("Only PNG, JPEG or PDF files can be added as scans.")
    return NewAttachment(kind, media_type, content)


def attachments(ctx: UserSession, customer_id: uuid.UUID) -> list[AttachmentInfo]:
    """What scans a customer has: metadata only, so reading needs no PII permission."""
    ctx.require(Permission.CUSTOMER_READ, "customer_attachments", str(customer_id))
    with ctx.read() as session:
        customer = _load(session, ctx, customer_id)
        return list(attachment_infos(session, customer.id))


def attachment_content(ctx: UserSession, attachment_id: uuid.UUID) -> bytes:
    """A scan's bytes: sensitive PI under PIPL, so it needs pii:reveal and is audited."""
    ctx.require(Permission.PII_REVEAL, "attachment_view", str(attachment_id))
    with ctx.transaction() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise AttachmentNotFound
        try:
            _load(session, ctx, row.customer_id)
        except CustomerNotFound:
            raise AttachmentNotFound from None
        ctx.audit(session, "attachment_viewed", subject_type="attachment", subject_id=str(row.id))
        return row.content
