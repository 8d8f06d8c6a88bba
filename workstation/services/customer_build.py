"""Building customer rows (documents, contact points, cards, scans) from checked input.

Every PII value gets its keyed digest here, and phones their 4-digit search suffix,
so search, uniqueness and fraud signals all see the same normalised forms.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, datetime

from sqlalchemy.orm import Session

from workstation.models import Attachment, BankAccount, ContactPoint, Customer, IdentityDocument
from workstation.services import identity_checks as ic
from workstation.services.customer_forms import (
    ATTACHMENT_KINDS,
    MAX_ATTACHMENT_BYTES,
    CleanCustomer,
    NewAttachment,
)
from workstation.services.customer_names import name_keys
from workstation.services.customer_records import contact_digest, mask_phone_number, phone_suffix
from workstation.services.lookup import digest
from workstation.services.permissions import Actor

_CHECK_KINDS = {"mobile": "phone", "email": "email"}


def build_customer(checked: CleanCustomer, key: bytes, actor: Actor, now: datetime) -> Customer:
    new = checked.source
    keys = name_keys(checked.name)
    origin = {"origin_branch": actor.branch_code, "origin_device": actor.device_id}
    customer = Customer(
        kind=new.kind,
        branch_id=actor.branch_id,
        legal_name=checked.name,
        name_search=keys.search,
        name_pinyin=keys.pinyin,
        pinyin_initials=keys.initials,
        birth_date=checked.birth_date,
        sex=checked.sex,
        nationality=checked.nationality[:3],
        occupation=new.occupation.strip(),
        employer=new.employer.strip(),
        industry=new.industry.strip(),
        monthly_income=checked.monthly_income,
        monthly_debt_payments=checked.monthly_debt_payments,
        legal_representative_id=_rep(new.legal_representative_id),
        onboarding_state="screening",
        **origin,
    )
    customer.documents.append(_document(checked, key, origin))
    for kind, value in (
        ("mobile", checked.mobile),
        ("email", checked.email),
        ("address", checked.address),
    ):
        if value:
            customer.contacts.append(_contact(key, kind, value, origin))
    if checked.bank_card:
        customer.accounts.append(_account(key, checked.bank_card, new.bank_name, origin))
    return customer


def _rep(text: str) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


def document_type(checked: CleanCustomer) -> str:
    """MRZ documents are stored by kind (passport or ID card), numbers by scheme."""
    if checked.source.id_type != "mrz":
        return checked.source.id_type
    return (
        "passport"
        if checked.id_check.derived.get("document_type", "").startswith("P")
        else "mrz-id"
    )


def document_number(checked: CleanCustomer) -> str:
    if checked.source.id_type == "mrz":
        return checked.id_check.derived.get("document_number", "").replace("<", "")
    return checked.id_number


def _document(checked: CleanCustomer, key: bytes, origin: dict[str, str]) -> IdentityDocument:
    doc_type, number = document_type(checked), document_number(checked)
    derived = checked.id_check.derived
    expiry = checked.source.id_expiry or _iso(derived.get("expiry_date", ""))
    # The stored verdict leaves out `normalized`: the number is already in `number`.
    verdict = {k: v for k, v in checked.id_check.to_dict().items() if k != "normalized"}
    return IdentityDocument(
        doc_type=doc_type,
        number=number,
        number_digest=digest(key, doc_type, number),
        issuing_state=(derived.get("issuing_state") or "CHN")[:3],
        expiry_date=expiry,
        check_result=json.dumps(verdict, ensure_ascii=False),
        primary=True,
        **origin,
    )


def _iso(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _contact(key: bytes, kind: str, value: str, origin: dict[str, str]) -> ContactPoint:
    return ContactPoint(
        kind=kind,
        value=value,
        value_digest=contact_digest(key, kind, value),
        search_suffix=phone_suffix(value) if kind == "mobile" else "",
        **origin,
    )


def _account(key: bytes, card: str, bank: str, origin: dict[str, str]) -> BankAccount:
    return BankAccount(
        bank_name=bank.strip(),
        card_number=card,
        card_digest=digest(key, "bank-card", card),
        **origin,
    )


def set_contact(customer: Customer, key: bytes, kind: str, value: str, today: date) -> list[str]:
    """Replace the borrower's contact of this kind; returns [old, new] as shown on screen."""
    normalized = _normalize_contact(kind, value, today)
    current = next((c for c in customer.contacts if c.kind == kind and c.party == "borrower"), None)
    old = current.value if current else ""
    if current is not None and not normalized:
        customer.contacts.remove(current)
    elif current is not None:
        current.value = normalized
        current.value_digest = contact_digest(key, kind, normalized)
        current.search_suffix = phone_suffix(normalized) if kind == "mobile" else ""
    elif normalized:
        origin = {"origin_branch": customer.origin_branch, "origin_device": customer.origin_device}
        customer.contacts.append(_contact(key, kind, normalized, origin))
    shown = mask_phone_number if kind == "mobile" else str
    return [shown(old), shown(normalized)]


def _normalize_contact(kind: str, value: str, today: date) -> str:
    if kind in _CHECK_KINDS and value.strip():
        return ic.check(_CHECK_KINDS[kind], value, today).normalized or ""
    return " ".join(value.split())


def add_attachment_row(
    session: Session, customer: Customer, attachment: NewAttachment, origin: tuple[str, str]
) -> Attachment:
    if attachment.kind not in ATTACHMENT_KINDS:
        raise ValueError(f"An attachment is one of: {', '.join(ATTACHMENT_KINDS)}.")
    if not 0 < len(attachment.content) <= MAX_ATTACHMENT_BYTES:
        raise ValueError("An attachment must be between 1 byte and 10 MB.")
    row = Attachment(
        customer_id=customer.id,
        kind=attachment.kind,
        media_type=attachment.media_type,
        sha256=hashlib.sha256(attachment.content).hexdigest(),
        content=attachment.content,
        origin_branch=origin[0],
        origin_device=origin[1],
    )
    session.add(row)
    return row
