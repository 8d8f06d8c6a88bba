"""The audit trail: append-only, hash-chained, verifiable.

Each event's hash is an HMAC-SHA256, under a per-workstation audit key kept inside
the encrypted database, over a domain tag, the previous event's hash and the event's
canonical fields. Editing, deleting, inserting or reordering any event breaks the
chain at that event; forging a replacement needs the key. The key is also given to
head office at enrolment so the server can verify uploaded chains.

Details never hold raw PII: callers pass ids and masked values only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.models import AuditEvent, LocalSecret
from workstation.services.permissions import Actor

GENESIS = "0" * 64
DOMAIN = b"lows-audit-v1\x00"
AUDIT_KEY_NAME = "audit_key"


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    event_id: str
    occurred_at: datetime
    actor_name: str
    actor_role: str
    action: str
    subject_type: str
    subject_id: str
    outcome: str
    details: Mapping[str, Any]


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    first_broken_seq: int | None = None
    problem: str = ""


def create_audit_key(session: Session) -> bytes:
    key = secrets.token_bytes(32)
    session.add(LocalSecret(name=AUDIT_KEY_NAME, value=key.hex()))
    return key


def load_audit_key(session: Session) -> bytes:
    row = session.get(LocalSecret, AUDIT_KEY_NAME)
    if row is None:
        raise RuntimeError("audit key missing: the database was not provisioned")
    return bytes.fromhex(row.value)


def _canonical(fields: Mapping[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _fields(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "event_id": event.event_id,
        "occurred_at": event.occurred_at.isoformat(),
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "actor_role": event.actor_role,
        "device_id": event.device_id,
        "action": event.action,
        "subject_type": event.subject_type,
        "subject_id": event.subject_id,
        "outcome": event.outcome,
        "details": event.details,
    }


def chain_hash(key: bytes, prev_hash: str, fields: Mapping[str, Any]) -> str:
    message = DOMAIN + prev_hash.encode() + b"\x00" + _canonical(fields)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def record(
    session: Session,
    key: bytes,
    *,
    at: datetime,
    action: str,
    actor: Actor | None = None,
    subject_type: str = "",
    subject_id: str = "",
    outcome: str = "ok",
    details: Mapping[str, Any] | None = None,
) -> int:
    """Append one event in the caller's transaction, so it commits with the change."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    event = AuditEvent(
        seq=seq,
        event_id=str(uuid.uuid4()),
        occurred_at=at,
        actor_id=str(actor.user_id) if actor else "",
        actor_name=actor.username if actor else "",
        actor_role=actor.role if actor else "",
        device_id=actor.device_id if actor else "",
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        outcome=outcome,
        details=json.dumps(dict(details or {}), sort_keys=True, ensure_ascii=True),
        prev_hash=prev,
    )
    event.hash = chain_hash(key, prev, _fields(event))
    session.add(event)
    session.flush()
    return seq


def verify_events(
    key: bytes, events: Iterable[AuditEvent], anchor: tuple[int, str] | None = None
) -> ChainReport:
    """Walk the chain in seq order; report the first event that does not fit.

    A chain alone cannot show that its newest events were cut off, so callers pass
    an `anchor` (seq, hash) remembered elsewhere: the slot file at sign-out, or the
    server's last acknowledged head. The chain must reach it with the same hash.
    """
    prev, expected, count = GENESIS, 1, 0
    for event in events:
        problem = _check_event(key, event, expected, prev)
        if problem:
            return ChainReport(False, count, expected, problem)
        if anchor and event.seq == anchor[0] and not hmac.compare_digest(event.hash, anchor[1]):
            return ChainReport(False, count, expected, f"event {expected} differs from the anchor")
        prev, expected, count = event.hash, expected + 1, count + 1
    if anchor and count < anchor[0]:
        return ChainReport(
            False, count, count + 1, f"events {count + 1} to {anchor[0]} were removed"
        )
    return ChainReport(True, count)


def _check_event(key: bytes, event: AuditEvent, expected: int, prev: str) -> str:
    if event.seq != expected:
        return f"event {expected} is missing or out of order (found {event.seq})"
    if not hmac.compare_digest(event.prev_hash, prev):
        return f"event {expected} does not follow the event before it"
    if not hmac.compare_digest(event.hash, chain_hash(key, prev, _fields(event))):
        return f"event {expected} was altered after it was written"
    return ""


def verify_chain(
    session: Session, key: bytes, anchor: tuple[int, str] | None = None
) -> ChainReport:
    events = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    return verify_events(key, events, anchor)


def chain_head(session: Session) -> tuple[int, str]:
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (last[0], last[1]) if last else (0, GENESIS)


def to_record(event: AuditEvent) -> AuditRecord:
    return AuditRecord(
        seq=event.seq,
        event_id=event.event_id,
        occurred_at=event.occurred_at,
        actor_name=event.actor_name,
        actor_role=event.actor_role,
        action=event.action,
        subject_type=event.subject_type,
        subject_id=event.subject_id,
        outcome=event.outcome,
        details=json.loads(event.details),
    )


@dataclass(frozen=True)
class AuditFilter:
    action: str = ""
    actor: str = ""
    subject_id: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 500


def query(session: Session, flt: AuditFilter) -> Sequence[AuditRecord]:
    stmt = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(flt.limit)
    if flt.action:
        stmt = stmt.where(AuditEvent.action.contains(flt.action))
    if flt.actor:
        stmt = stmt.where(AuditEvent.actor_name == flt.actor)
    if flt.subject_id:
        stmt = stmt.where(AuditEvent.subject_id == flt.subject_id)
    if flt.since:
        stmt = stmt.where(AuditEvent.occurred_at >= flt.since)
    if flt.until:
        stmt = stmt.where(AuditEvent.occurred_at < flt.until)
    return [to_record(e) for e in session.execute(stmt).scalars()]


def count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())
