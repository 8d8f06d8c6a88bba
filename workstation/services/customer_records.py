"""Customer rows: built from checked input, read back as masked plain data, searched.

Kept apart from `customers` (the permission-checked API) so the demo generator and
the watch-list screen can build and read the same rows without a second copy of the
rules. Nothing here checks permissions or writes audit events: callers do.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from workstation.models import ContactPoint, Customer, FraudSignal, IdentityDocument
from workstation.services import identity_checks as ic
from workstation.services.customer_names import search_key
from workstation.services.lookup import digest

_TOP = "\U0010ffff"  # above every character: "prefix <= x < prefix + _TOP" is a prefix range
SIGNAL_KINDS = {"mobile": "shared_phone", "address": "shared_address", "bank-card": "shared_card"}
SIGNAL_SEVERITY = {"shared_phone": "medium", "shared_address": "low", "shared_card": "high"}


@dataclass(frozen=True)
class CustomerSummary:
    """One line of a customer list: masked values only."""

    id: uuid.UUID
    name: str
    kind: str
    birth_date: date | None
    age: int | None
    sex: str
    monthly_income: Decimal
    status: str
    onboarding_state: str
    branch: str
    id_masked: str
    mobile_masked: str


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def summary(customer: Customer, today: date, branch: str) -> CustomerSummary:
    document = primary_document(customer)
    mobile = next((c.value for c in customer.contacts if c.kind == "mobile"), "")
    return CustomerSummary(
        id=customer.id,
        name=customer.legal_name,
        kind=customer.kind,
        birth_date=customer.birth_date,
        age=age_on(customer.birth_date, today),
        sex=customer.sex,
        monthly_income=customer.monthly_income,
        status=customer.status,
        onboarding_state=customer.onboarding_state,
        branch=branch,
        id_masked=ic.mask_id(document.number) if document else "",
        mobile_masked=mask_phone_number(mobile),
    )


def primary_document(customer: Customer) -> IdentityDocument | None:
    documents = sorted(customer.documents, key=lambda d: not d.primary)
    return documents[0] if documents else None


def mask_phone_number(e164: str) -> str:
    """+8613800138000 -> 138****8000: the national number, masked."""
    national = e164[3:] if e164.startswith("+86") else e164
    return ic.mask_phone(national) if national else ""


def address_key(address: str) -> str:
    """Addresses typed differently (spaces, punctuation, case) still share a digest."""
    return re.sub(r"[\W_]", "", search_key(address))


def contact_digest(key: bytes, kind: str, value: str) -> str:
    return digest(key, kind, address_key(value) if kind == "address" else value)


def phone_suffix(e164: str) -> str:
    return e164[-4:] if e164 else ""


# --- fraud signals ----------------------------------------------------------------------


def shared_with(session: Session, customer: Customer) -> list[tuple[str, uuid.UUID, str]]:
    """(signal kind, other customer id, masked detail) for each shared phone/address/card."""
    found: list[tuple[str, uuid.UUID, str]] = []
    for contact in customer.contacts:
        if contact.kind in SIGNAL_KINDS:
            rows = session.execute(
                select(ContactPoint.customer_id).where(
                    ContactPoint.value_digest == contact.value_digest,
                    ContactPoint.kind == contact.kind,
                    ContactPoint.customer_id != customer.id,
                )
            ).scalars()
            detail = _contact_detail(contact)
            found += [(SIGNAL_KINDS[contact.kind], other, detail) for other in rows]
    found += _shared_cards(session, customer)
    return list(dict.fromkeys(found))


def _shared_cards(session: Session, customer: Customer) -> list[tuple[str, uuid.UUID, str]]:
    from workstation.models import BankAccount

    found: list[tuple[str, uuid.UUID, str]] = []
    for account in customer.accounts:
        rows = session.execute(
            select(BankAccount.customer_id).where(
                BankAccount.card_digest == account.card_digest,
                BankAccount.customer_id != customer.id,
            )
        ).scalars()
        found += [("shared_card", o, f"card {ic.mask_card(account.card_number)}") for o in rows]
    return found


def _contact_detail(contact: ContactPoint) -> str:
    if contact.kind == "mobile":
        return f"mobile {mask_phone_number(contact.value)}"
    return "address"


def record_signals(session: Session, customer: Customer, origin: tuple[str, str]) -> int:
    """Add a FraudSignal both ways for each new sharing; returns how many pairs are new."""
    existing = {
        (s.kind, s.other_customer_id)
        for s in session.execute(
            select(FraudSignal).where(FraudSignal.customer_id == customer.id)
        ).scalars()
    }
    added = 0
    for kind, other, detail in shared_with(session, customer):
        if (kind, other) in existing:
            continue
        for mine, theirs in ((customer.id, other), (other, customer.id)):
            session.add(_signal(mine, theirs, kind, detail, origin))
        existing.add((kind, other))
        added += 1
    return added


def _signal(
    customer_id: uuid.UUID, other: uuid.UUID, kind: str, detail: str, origin: tuple[str, str]
) -> FraudSignal:
    return FraudSignal(
        customer_id=customer_id,
        other_customer_id=other,
        kind=kind,
        detail=detail,
        severity=SIGNAL_SEVERITY[kind],
        origin_branch=origin[0],
        origin_device=origin[1],
    )


# --- search -----------------------------------------------------------------------------


def search_rows(
    session: Session, key: bytes, branch_id: uuid.UUID, text: str, limit: int
) -> list[Customer]:
    """Customers of one branch matching what was typed; each branch is an index range."""
    compact = re.sub(r"[\s\-]", "", text).upper()
    if not compact:
        return _rows(session, _by_prefix(branch_id, "name_search", ""), limit)
    if len(compact) >= 15 and compact[:-1].isalnum() and any(c.isdigit() for c in compact):
        return _by_document(session, key, branch_id, compact, limit)
    if compact.isdigit():
        return _by_phone(session, branch_id, compact, limit)
    return _by_name(session, branch_id, text, limit)


def _scoped(branch_id: uuid.UUID) -> Select[Customer]:
    # coalesce() keeps SQLite off the branch index: on a branch's own workstation every
    # customer is in that branch, so walking it would read them all. The name, suffix and
    # digest indexes are the selective ones.
    branch = func.coalesce(Customer.branch_id, Customer.branch_id)
    return select(Customer).where(branch == branch_id, Customer.deleted_at.is_(None))


def _by_prefix(branch_id: uuid.UUID, column: str, prefix: str) -> Select[Customer]:
    col = getattr(Customer, column)
    return _scoped(branch_id).where(col >= prefix, col < prefix + _TOP).order_by(col)


def _rows(session: Session, query: Select[Customer], limit: int) -> list[Customer]:
    return list(session.execute(query.limit(limit)).scalars())


def _by_name(session: Session, branch_id: uuid.UUID, text: str, limit: int) -> list[Customer]:
    typed = search_key(text)
    ascii_letters = re.sub(r"[^a-z]", "", typed)
    queries = [_by_prefix(branch_id, "name_search", typed)]
    if ascii_letters == typed:
        queries.append(_by_prefix(branch_id, "name_pinyin", typed))
        if len(typed) <= 4:
            queries.append(_by_prefix(branch_id, "pinyin_initials", typed))
    found: dict[uuid.UUID, Customer] = {}
    for query in queries:
        for row in _rows(session, query, limit):
            found.setdefault(row.id, row)
    return list(found.values())[:limit]


def _by_phone(session: Session, branch_id: uuid.UUID, digits: str, limit: int) -> list[Customer]:
    """The last 4 digits hit an index; longer input then narrows the few matches."""
    if len(digits) < 4:
        return []
    query = (
        _scoped(branch_id)
        .join(ContactPoint, ContactPoint.customer_id == Customer.id)
        .where(ContactPoint.search_suffix == digits[-4:], ContactPoint.kind == "mobile")
    )
    rows = session.execute(query.add_columns(ContactPoint.value)).all()
    matches = [customer for customer, value in rows if value.endswith(digits)]
    return list(dict.fromkeys(matches))[:limit]


def _by_document(
    session: Session, key: bytes, branch_id: uuid.UUID, number: str, limit: int
) -> list[Customer]:
    digests = [digest(key, doc_type, normalized) for doc_type, normalized in document_forms(number)]
    query = (
        _scoped(branch_id)
        .join(IdentityDocument, IdentityDocument.customer_id == Customer.id)
        .where(IdentityDocument.number_digest.in_(digests))
    )
    return _rows(session, query, limit)


def document_forms(number: str) -> list[tuple[str, str]]:
    """(doc_type, normalised number) readings of a typed number that pass their check."""
    forms: list[tuple[str, str]] = []
    ric = ic.check_cn_ric(number, date.max)  # today only matters for age rules
    if ric.normalized:
        forms.append(("cn-ric", ric.normalized))
    uscc = ic.check_cn_uscc(number)
    if uscc.normalized:
        forms.append(("cn-uscc", uscc.normalized))
    return forms or [("other", number.upper())]


def find_by_document_digests(session: Session, digests: Sequence[str]) -> Customer | None:
    return session.execute(
        select(Customer)
        .join(IdentityDocument, IdentityDocument.customer_id == Customer.id)
        .where(IdentityDocument.number_digest.in_(digests))
        .limit(1)
    ).scalar_one_or_none()
