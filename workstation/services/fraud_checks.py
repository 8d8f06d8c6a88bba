"""Anti-fraud checks run with every credit assessment.

Each check returns flags with a severity (low / medium / high); ``credit`` turns them
into a decision. Every look-up goes through an indexed column (customer id, keyed
digest, device fingerprint), so the checks stay fast on a branch's whole store.
Phones and cards are compared by their keyed digests only; messages never carry PII.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from workstation.models import (
    Application,
    BankAccount,
    ContactPoint,
    Customer,
    FraudSignal,
    IdentityDocument,
    WatchlistEntry,
    WatchlistHit,
)
from workstation.services.identity_checks import check_cn_ric

FraudSeverity = Literal["low", "medium", "high"]
BLACKLIST = "internal-blacklist"
DAY, MONTH = timedelta(hours=24), timedelta(days=30)
# Other applications on the same key that trip each window (practitioner heuristics).
DAY_LIMIT, MONTH_LIMIT = 2, 5
SHARED_KINDS: dict[str, tuple[str, FraudSeverity]] = {
    "mobile": ("shared_phone", "medium"),
    "email": ("shared_email", "low"),
    "address": ("shared_address", "low"),
}
WIDELY_SHARED = 3  # this many other customers on one contact point is a ring, not a family
_KEY_WORDS = {
    "id": ("customer ID", "证件"),
    "phone": ("mobile number", "手机号"),
    "card": ("bank card", "银行卡"),
    "device": ("device", "设备"),
}


@dataclass(frozen=True)
class FraudFlag:
    check_id: str
    severity: FraudSeverity
    message: str
    message_zh: str = ""


def run_checks(
    session: Session, app: Application, customer: Customer, now: datetime
) -> tuple[FraudFlag, ...]:
    """All checks, blacklist first (a local blacklist hit is the strongest signal)."""
    return (
        *blacklist(session, customer),
        *id_contradictions(session, customer, now.date()),
        *velocity(session, app, customer, now),
        *shared_contacts(session, customer),
    )


# --- velocity -----------------------------------------------------------------------------


def velocity(
    session: Session, app: Application, customer: Customer, now: datetime
) -> list[FraudFlag]:
    """Applications per ID, phone, card and device over 24 hours and 30 days."""
    flags: list[FraudFlag] = []
    for key, condition in _velocity_keys(app, customer):
        day, month = _counts(session, condition, app.id, now)
        flags.extend(_velocity_flags(key, day, month))
    return flags


def _velocity_keys(app: Application, customer: Customer) -> list[tuple[str, ColumnElement[bool]]]:
    keys: list[tuple[str, ColumnElement[bool]]] = [("id", Application.customer_id == customer.id)]
    phones = [c.value_digest for c in customer.contacts if c.kind == "mobile"]
    if phones:
        holders = select(ContactPoint.customer_id).where(ContactPoint.value_digest.in_(phones))
        keys.append(("phone", Application.customer_id.in_(holders)))
    cards = [a.card_digest for a in customer.accounts]
    if cards:
        holders = select(BankAccount.customer_id).where(BankAccount.card_digest.in_(cards))
        keys.append(("card", Application.customer_id.in_(holders)))
    if app.device_fingerprint:
        keys.append(("device", Application.device_fingerprint == app.device_fingerprint))
    return keys


def _counts(
    session: Session, condition: ColumnElement[bool], app_id: uuid.UUID, now: datetime
) -> tuple[int, int]:
    recent = case((Application.created_at >= now - DAY, 1), else_=0)
    query = select(func.coalesce(func.sum(recent), 0), func.count()).where(
        condition,
        Application.id != app_id,
        Application.created_at >= now - MONTH,
        Application.created_at <= now,
    )
    day, month = session.execute(query).one()
    return int(day), int(month)


def _velocity_flags(key: str, day: int, month: int) -> list[FraudFlag]:
    en, zh = _KEY_WORDS[key]
    if day >= DAY_LIMIT:
        return [
            FraudFlag(
                f"velocity_{key}_24h",
                "high",
                f"{day} other applications on this {en} in the last 24 hours.",
                f"该{zh}24小时内另有{day}笔申请。",
            )
        ]
    if month >= MONTH_LIMIT:
        return [
            FraudFlag(
                f"velocity_{key}_30d",
                "medium",
                f"{month} other applications on this {en} in the last 30 days.",
                f"该{zh}30天内另有{month}笔申请。",
            )
        ]
    return []


# --- contact points shared with other customers -------------------------------------------


def shared_contacts(session: Session, customer: Customer) -> list[FraudFlag]:
    """Phones, e-mails, addresses and cards that other customers also gave."""
    flags = [*_shared_contact_points(session, customer), *_shared_cards(session, customer)]
    seen = {f.check_id for f in flags}
    flags.extend(f for f in _signals(session, customer.id) if f.check_id not in seen)
    return flags


def _shared_contact_points(session: Session, customer: Customer) -> list[FraudFlag]:
    flags: list[FraudFlag] = []
    for kind, (check_id, severity) in SHARED_KINDS.items():
        digests = [
            c.value_digest for c in customer.contacts if c.kind == kind and c.party == "borrower"
        ]
        others = _other_holders(session, ContactPoint, ContactPoint.value_digest, digests, customer)
        if others:
            flags.append(_shared_flag(check_id, severity, kind, others))
    return flags


def _shared_cards(session: Session, customer: Customer) -> list[FraudFlag]:
    digests = [a.card_digest for a in customer.accounts]
    others = _other_holders(session, BankAccount, BankAccount.card_digest, digests, customer)
    return [_shared_flag("shared_card", "high", "card", others)] if others else []


def _other_holders(
    session: Session, table: Any, column: Any, digests: Sequence[str], customer: Customer
) -> int:
    if not digests:
        return 0
    query = select(func.count(func.distinct(table.customer_id))).where(
        column.in_(digests), table.customer_id != customer.id
    )
    return int(session.scalar(query) or 0)


def _shared_flag(check_id: str, severity: FraudSeverity, kind: str, others: int) -> FraudFlag:
    words = {"mobile": "mobile number", "card": "bank card"}.get(kind, kind)
    level: FraudSeverity = "high" if others >= WIDELY_SHARED else severity
    return FraudFlag(
        check_id,
        level,
        f"The {words} is also given by {others} other customer(s).",
        f"该{_ZH_KIND.get(kind, kind)}另有{others}位客户使用。",
    )


_ZH_KIND = {"mobile": "手机号", "email": "电子邮箱", "address": "地址", "card": "银行卡"}
_SIGNAL_ZH = {
    "shared_phone": "手机号与他人共用",
    "shared_email": "电子邮箱与他人共用",
    "shared_address": "地址与他人共用",
    "shared_card": "银行卡与他人共用",
}


def _signals(session: Session, customer_id: uuid.UUID) -> list[FraudFlag]:
    """Signals onboarding recorded (e.g. a shared card found when it was added)."""
    query = select(FraudSignal.kind, FraudSignal.severity).where(
        FraudSignal.customer_id == customer_id
    )
    kinds: dict[str, str] = {}
    for kind, severity in session.execute(query):
        kinds.setdefault(kind, severity)
    return [
        FraudFlag(
            kind,
            _severity(level),
            f"Onboarding recorded a {kind.replace('_', ' ')} signal.",
            f"开户时记录了风险信号：{_SIGNAL_ZH.get(kind, kind)}。",
        )
        for kind, level in sorted(kinds.items())
    ]


def _severity(value: str) -> FraudSeverity:
    if value in ("low", "medium", "high"):
        return value  # type: ignore[return-value]
    return "medium"


# --- identity ------------------------------------------------------------------------------


def id_contradictions(session: Session, customer: Customer, today: date) -> list[FraudFlag]:
    """Birth date and sex read from the resident ID must match what the file says."""
    flags: list[FraudFlag] = []
    for doc in customer.documents:
        if doc.doc_type == "cn-ric" and doc.primary:
            flags.extend(_ric_contradictions(doc, customer, today))
    return flags


def _ric_contradictions(doc: IdentityDocument, customer: Customer, today: date) -> list[FraudFlag]:
    result = check_cn_ric(doc.number, today)
    if not result.valid:
        return [
            FraudFlag(
                "id_invalid",
                "high",
                "The resident ID number fails its checks.",
                "居民身份证号码校验不通过。",
            )
        ]
    flags: list[FraudFlag] = []
    born = result.derived.get("birth_date", "")
    if customer.birth_date is not None and born != customer.birth_date.isoformat():
        flags.append(
            FraudFlag(
                "id_birth_date_mismatch",
                "high",
                "The birth date in the ID number differs from the recorded one.",
                "身份证号码中的出生日期与登记信息不符。",
            )
        )
    sex = result.derived.get("sex", "")
    if customer.sex and sex != customer.sex:
        flags.append(
            FraudFlag(
                "id_sex_mismatch",
                "high",
                "The sex in the ID number differs from the recorded one.",
                "身份证号码中的性别与登记信息不符。",
            )
        )
    return flags


def blacklist(session: Session, customer: Customer) -> list[FraudFlag]:
    """The lender's own blacklist: by ID digest, or a hit on it that was not cleared."""
    digests = [d.number_digest for d in customer.documents]
    by_id = select(func.count()).where(
        WatchlistEntry.list_name == BLACKLIST, WatchlistEntry.id_digest.in_(digests)
    )
    by_hit = (
        select(func.count())
        .select_from(WatchlistHit)
        .join(WatchlistEntry, WatchlistEntry.id == WatchlistHit.entry_id)
        .where(
            WatchlistHit.customer_id == customer.id,
            WatchlistEntry.list_name == BLACKLIST,
            WatchlistHit.status != "cleared",
        )
    )
    listed = (digests and session.scalar(by_id)) or session.scalar(by_hit)
    if not listed:
        return []
    return [
        FraudFlag(
            "blacklist",
            "high",
            "The customer is on the internal blacklist.",
            "客户在内部黑名单上。",
        )
    ]
