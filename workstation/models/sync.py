"""The sync outbox and sync state, and the flush hook that fills the outbox.

Every insert or update of a synced row is captured in `after_flush`, inside the same
transaction as the change itself, so a local action and its outbox entry commit or
roll back together (SYNC.md 6.3). Rows written by a pull are applied with Core
statements, which never reach this hook, so server data is not echoed back.
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, Text, event, insert, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from workstation.models.base import Base, UTCDateTime, utcnow

SCHEMA_VERSION = 1
MUTATOR = "upsert_row_v1"
SYNCED_TABLES = frozenset(
    {
        "customer",
        "identity_document",
        "contact_point",
        "bank_account",
        "loan_application",
        "application_event",
        "credit_assessment",
        "approval_request",
        "approval_decision",
        "loan",
        "installment",
        "ledger_entry",
        "collection_case",
        "contact_attempt",
        "promise_to_pay",
        "bureau_consent",
        "bureau_inquiry",
        "bureau_report",
        "early_warning",
        "early_warning_action",
        "audit_event",
        "aml_alert",
        "aml_alert_event",
        "aml_report",
    }
)
SKIP_FIELDS = frozenset({"version", "updated_at"})
APPLYING = "sync_applying"


class OutboxEntry(Base):
    """One local change waiting for (or holding) the server's outcome."""

    __tablename__ = "sync_outbox"
    __table_args__ = ({"sqlite_autoincrement": True},)  # seqs are never reused

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    pk: Mapped[str] = mapped_column(String(36), index=True)
    args: Mapped[str] = mapped_column(Text)
    schema_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(8), default="pending", index=True)  # |acked|done
    outcome: Mapped[str] = mapped_column(String(16), default="")  # applied|rejected|conflict
    reason: Mapped[str] = mapped_column(Text, default="")


class SyncState(Base):
    """The single row saying where this workstation is in the conversation with the server."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    server_url: Mapped[str] = mapped_column(String(400), default="")
    client_id: Mapped[str] = mapped_column(String(36), default="")
    branch: Mapped[str] = mapped_column(String(16), default="")
    cursor: Mapped[str] = mapped_column(String(64), default="0:0")
    # The scope epoch of the last snapshot ("" = none finished or started yet), and
    # while a snapshot is in progress the last key applied ("entity/pk").
    epoch: Mapped[str] = mapped_column(String(36), default="")
    snapshot_after: Mapped[str] = mapped_column(String(80), default="")
    last_acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")


def to_json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


def row_dict(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: to_json_value(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def primary_key(obj: Any) -> str:
    return str(obj.event_id if obj.__tablename__ == "audit_event" else obj.id)


def mutation_values(op: str, obj: Any, changed: list[str], base_version: int) -> dict[str, Any]:
    """The outbox row for one captured change; `args` is exactly what the server receives."""
    entity, pk = obj.__tablename__, primary_key(obj)
    args = {
        "entity": entity,
        "pk": pk,
        "op": op,
        "row": row_dict(obj),
        "changed": changed,
        "base_version": base_version,
    }
    return {
        "mutation_id": str(uuid.uuid4()),
        "name": MUTATOR,
        "entity": entity,
        "pk": pk,
        "args": json.dumps(args, sort_keys=True),
        "schema_version": SCHEMA_VERSION,
        "created_at": utcnow(),
        "status": "pending",
        "outcome": "",
        "reason": "",
    }


def _changed_fields(obj: Any) -> list[str]:
    state = inspect(obj)
    return sorted(
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in SKIP_FIELDS and state.attrs[attr.key].history.has_changes()
    )


def _captured(session: Session) -> list[dict[str, Any]]:
    new = [o for o in session.new if getattr(o, "__tablename__", "") in SYNCED_TABLES]
    # Audit events must reach the server in chain order; the set is unordered.
    new.sort(key=lambda o: (o.__tablename__ == "audit_event", getattr(o, "seq", 0)))
    values = [mutation_values("insert", obj, [], 0) for obj in new]
    for obj in session.dirty:
        if getattr(obj, "__tablename__", "") in SYNCED_TABLES:
            changed = _changed_fields(obj)
            if changed:
                version = int(getattr(obj, "version", 1) or 1)
                values.append(mutation_values("update", obj, changed, version - 1))
    return values


@event.listens_for(Session, "after_flush")
def _capture(session: Session, _flush_context: Any) -> None:
    if session.info.get(APPLYING):
        return
    values = _captured(session)
    if values:
        session.connection().execute(insert(OutboxEntry), values)
