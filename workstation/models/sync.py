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
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    TextClause,
    Uuid,
    bindparam,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.orm import Mapped, Mapper, Session, mapped_column
from sqlalchemy.orm.util import identity_key

from workstation.models.base import CENT, Base, Money, UTCDateTime, utcnow

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
# Money counters that events move (repayments, draws, penalties): an update sends the
# change it made (`deltas`), head office adds it to its current value, so two offline
# repayments on one loan both count. Must equal `syncservice.rules.ADDITIVE` (tested).
ADDITIVE = {
    "loan": frozenset({"outstanding_principal", "credit_balance", "amount_overdue"}),
    "installment": frozenset(
        {"principal_paid", "interest_paid", "fee_paid", "penalty_paid", "penalty_accrued"}
    ),
}


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
    deltas = _deltas(obj, changed) if op == "update" else {}
    return outbox_values(entity, pk, op, row_dict(obj), changed, base_version, deltas)


def money_text(value: Decimal) -> str:
    return str(Decimal(value).quantize(CENT))


def _deltas(obj: Any, changed: list[str]) -> dict[str, str]:
    """new − old of each additive field this flush changed (the old value is always
    loaded: `_keep_old_values` turns on active history for these attributes)."""
    state, deltas = inspect(obj), {}
    for name in ADDITIVE.get(obj.__tablename__, frozenset()).intersection(changed):
        history = state.attrs[name].history
        if history.added and history.deleted and None not in (history.added[0], history.deleted[0]):
            deltas[name] = money_text(history.added[0] - history.deleted[0])
    return deltas


def outbox_values(
    entity: str,
    pk: str,
    op: str,
    row: dict[str, Any],
    changed: list[str],
    base_version: int,
    deltas: dict[str, str] | None = None,
) -> dict[str, Any]:
    args = {
        "entity": entity,
        "pk": pk,
        "op": op,
        "row": row,
        "changed": changed,
        "base_version": base_version,
        "deltas": deltas or {},
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


@event.listens_for(Mapper, "mapper_configured")
def _keep_old_values(mapper: Mapper[Any], cls: type) -> None:
    """Load the value an additive field replaces even when it was expired: its delta needs it."""
    for name in ADDITIVE.get(getattr(mapper.local_table, "name", ""), frozenset()):
        event.listen(getattr(cls, name), "set", _ignore, active_history=True)


def _ignore(*_args: Any) -> None:
    """The listener exists only for `active_history`."""


@event.listens_for(Session, "after_flush")
def _capture(session: Session, _flush_context: Any) -> None:
    if session.info.get(APPLYING):
        return
    values = _captured(session)
    if values:
        session.connection().execute(insert(OutboxEntry), values)


# --- rows written with bulk SQL -----------------------------------------------------------

BULK_CHUNK = 5000  # ids per statement, well under SQLite's 32,766 bound parameters
_UUID4_SQL = (  # a random (version 4) UUID in SQLite, for mutation ids
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def enqueue_rows(
    s: Session,
    table: str,
    ids: Iterable[Any],  # uuid.UUID or its str
    *,
    changed: Sequence[str] = (),
    op: str = "update",
    deltas: Mapping[Any, Mapping[str, Decimal]] | None = None,  # id -> additive field -> change
) -> int:
    """Put rows written with bulk SQL into the outbox, as the flush hook does for ORM writes.

    Core `insert()`/`update()` and `text()` statements never reach `after_flush`, so
    head office would never see their rows. Call this in the same transaction, right
    after the statement, with the ids of the rows it wrote (`RETURNING id` gives them
    for an UPDATE whose WHERE picks the rows):

        s.execute(_BUCKETS, {"ids": ids})
        enqueue_rows(s, "loan", ids, changed=["bucket"])
        s.execute(insert(LedgerEntry), rows)
        enqueue_rows(s, "ledger_entry", [r["id"] for r in rows], op="insert")

    `changed` (required for an update) names the fields the statement set: the server
    merges only those, field by field, so naming one it did not set could overwrite
    another branch's edit. An `ADDITIVE` money counter the statement moved by a known
    amount (`penalty_accrued = penalty_accrued + :add`) passes that amount in `deltas`,
    as the hook sends new − old, so head office adds it to its own value; one named in
    `changed` without a delta (a recomputation, e.g. the arrears) is set as it stands.
    An update also bumps `version` and `updated_at`, as the ORM's version counter
    would, and expires those fields of any copy `s` holds, so a later ORM edit neither
    trips the version check nor writes stale values.

    Set-based: per 5,000 ids one UPDATE (the bump) and one INSERT … SELECT that writes
    the outbox rows with SQLite's `json_object`, in the hook's payload format (whole
    row, `changed`, `deltas`, `base_version` = the version before the bump; same JSON
    values as `row_dict`). Tables that are not synced are ignored (returns 0), so callers need
    not check; nothing is queued while server rows are being applied. Returns the
    number of outbox rows written.
    """
    if table not in SYNCED_TABLES or s.info.get(APPLYING):
        return 0
    if op not in {"insert", "update"}:
        raise ValueError(f"op must be 'insert' or 'update', not {op!r}")
    fields = sorted(set(changed) - SKIP_FIELDS)
    if op == "update" and not fields:
        raise ValueError("an update must name the fields it changed")
    mapper = _mapper(table)
    keys = sorted({i if isinstance(i, uuid.UUID) else uuid.UUID(str(i)) for i in ids})
    moved = _delta_json(table, fields, deltas or {})
    conn = s.connection()
    queued = 0
    for first in range(0, len(keys), BULK_CHUNK):
        chunk = [k.hex for k in keys[first : first + BULK_CHUNK]]
        if op == "update":
            conn.execute(_bump_sql(table), {"ids": chunk, "now": utcnow()})
        params = {"ids": chunk, "now": utcnow(), "changed": json.dumps(fields), "deltas": moved}
        queued += conn.execute(_enqueue_sql(mapper, op), params).rowcount
    if op == "update":
        _expire(s, mapper, keys, ["version", "updated_at", *fields])
    return queued


def _delta_json(table: str, fields: list[str], deltas: Mapping[Any, Mapping[str, Decimal]]) -> str:
    """`{"<uuid>": {"field": "1.23"}}`, looked up per row by the outbox SQL."""
    allowed = ADDITIVE.get(table, frozenset()).intersection(fields)
    moved: dict[str, dict[str, str]] = {}
    for key, values in deltas.items():
        wrong = set(values) - allowed
        if wrong:
            raise ValueError(f"deltas only for additive fields named in changed, not {wrong}")
        pk = str(key if isinstance(key, uuid.UUID) else uuid.UUID(str(key)))
        moved[pk] = {name: money_text(value) for name, value in values.items()}
    return json.dumps(moved)


def _mapper(table: str) -> Mapper[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper
    raise ValueError(f"no model for table {table!r}")


def _bump_sql(table: str) -> TextClause:
    return text(
        f'UPDATE "{table}" SET version = version + 1, updated_at = :now WHERE id IN :ids'
    ).bindparams(bindparam("ids", expanding=True), bindparam("now", type_=UTCDateTime()))


def _enqueue_sql(mapper: Mapper[Any], op: str) -> TextClause:
    """INSERT … SELECT building each outbox row's `args` JSON from the stored row."""
    table = mapper.local_table
    assert isinstance(table, Table)
    pk = _json_sql(table.c.id)
    row = ", ".join(f"'{a.key}', {_json_sql(a.columns[0])}" for a in mapper.column_attrs)
    base = "version - 1" if op == "update" else "0"
    args = (
        f"json_object('base_version', {base}, 'changed', json(:changed), 'deltas', "
        f"json(coalesce(json_extract(:deltas, '$.\"' || {pk} || '\"'), '{{}}')), "
        f"'entity', '{table.name}', 'op', '{op}', 'pk', {pk}, 'row', json_object({row}))"
    )
    return text(
        "INSERT INTO sync_outbox (mutation_id, name, entity, pk, args, schema_version,"
        " created_at, status, outcome, reason)"
        f" SELECT {_UUID4_SQL}, '{MUTATOR}', '{table.name}', {pk}, {args}, {SCHEMA_VERSION},"
        f" :now, 'pending', '', '' FROM \"{table.name}\" WHERE id IN :ids"
    ).bindparams(bindparam("ids", expanding=True), bindparam("now", type_=UTCDateTime()))


def _json_sql(column: Any) -> str:
    """SQL giving a stored column's value as `to_json_value` gives the Python one."""
    c, kind = f'"{column.name}"', column.type
    if isinstance(kind, Uuid):  # stored as 32 hex digits
        return (
            f"substr({c}, 1, 8) || '-' || substr({c}, 9, 4) || '-' || substr({c}, 13, 4)"
            f" || '-' || substr({c}, 17, 4) || '-' || substr({c}, 21)"
        )
    if isinstance(kind, Money):  # integer cents -> "-12.30"
        return (
            f"CASE WHEN {c} IS NULL THEN NULL ELSE printf('%s%d.%02d', CASE WHEN {c} < 0"
            f" THEN '-' ELSE '' END, abs({c}) / 100, abs({c}) % 100) END"
        )
    if isinstance(kind, UTCDateTime):  # "2026-11-02 09:00:00.000000" -> isoformat, UTC
        return (
            f"CASE WHEN length({c}) = 19 OR substr({c}, 20) = '.000000'"
            f" THEN substr({c}, 1, 10) || 'T' || substr({c}, 12, 8)"
            f" ELSE substr({c}, 1, 10) || 'T' || substr({c}, 12) END || '+00:00'"
        )
    if isinstance(kind, Boolean):
        return f"CASE WHEN {c} IS NULL THEN NULL WHEN {c} THEN json('true') ELSE json('false') END"
    if isinstance(kind, Numeric) and kind.asdecimal:  # read back with a fixed scale
        scale = kind.scale if kind.scale is not None else 10
        return f"CASE WHEN {c} IS NULL THEN NULL ELSE printf('%.{scale}f', {c}) END"
    if isinstance(kind, Date | Integer | String | Text | Float):
        return c  # dates are stored as ISO text already
    raise TypeError(f"enqueue_rows cannot write {column.table.name}.{column.name} ({kind!r})")


def _expire(s: Session, mapper: Mapper[Any], keys: list[uuid.UUID], names: list[str]) -> None:
    known = {attr.key for attr in mapper.column_attrs}
    names = [n for n in names if n in known]
    for key in keys:
        obj = s.identity_map.get(identity_key(mapper.class_, key))
        if obj is not None:
            s.expire(obj, names)
