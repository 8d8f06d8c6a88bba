"""Applying server rows to the local store: typed, idempotent, monotonic, in bulk.

Rows arrive as JSON; each value is turned straight into the form SQLite stores (what
SQLAlchemy's bind processing would give: UUID hex, integer cents, UTC text) and bound
on the raw cursor of an upsert (`INSERT … ON CONFLICT DO UPDATE`, never `INSERT OR
REPLACE`, SYNC.md F12): per-value Python objects and bind processing were half the
client's time in a first sync. A row is
skipped while this workstation still has an unanswered change to it (its own
proposal must not be clobbered) and when it is not newer than the local copy
(reads never go back in time). Keyed look-up digests are recomputed with this
workstation's own key, because another workstation's digests mean nothing here.
"""

from __future__ import annotations

import base64
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    Integer,
    LargeBinary,
    Numeric,
    Table,
    Uuid,
    delete,
    select,
)

from workstation.models import Base, Money, OutboxEntry, UTCDateTime
from workstation.models.base import CENT
from workstation.models.sync import SYNCED_TABLES
from workstation.services.customer_records import contact_digest
from workstation.services.lookup import digest

Converter = Callable[[Any], Any]
PULLED_TABLES = SYNCED_TABLES - {"audit_event"}  # each workstation keeps its own chain


def tables() -> dict[str, Table]:
    return {name: Base.metadata.tables[name] for name in PULLED_TABLES}


def _stored_datetime(value: str) -> str:
    moment = datetime.fromisoformat(value).astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S}.{moment.microsecond:06d}"


def _stored_money(value: str) -> int:
    return int(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP) * 100)


def _base_converter(column: Column[Any]) -> Converter:
    """JSON value -> the value SQLite stores (what SQLAlchemy's bind processing gives)."""
    kind = column.type
    simple: list[tuple[type, Converter]] = [
        (Uuid, lambda value: uuid.UUID(value).hex),
        (UTCDateTime, _stored_datetime),
        (Date, lambda value: date.fromisoformat(value).isoformat()),
        (Money, _stored_money),
        (Numeric, float),  # SQLite keeps NUMERIC columns as REAL; read back at their scale
        (LargeBinary, base64.b64decode),
        (Boolean, lambda value: int(bool(value))),
        (Integer, int),
    ]
    for type_, convert in simple:
        if isinstance(kind, type_):
            return convert
    return lambda value: value


def _converter(column: Column[Any]) -> Converter:
    convert = _base_converter(column)
    return lambda value: None if value is None else convert(value)


_CONVERTERS: dict[str, dict[str, Converter]] = {}


def converters(table: Table) -> dict[str, Converter]:
    if table.name not in _CONVERTERS:
        _CONVERTERS[table.name] = {c.key: _converter(c) for c in table.columns}
    return _CONVERTERS[table.name]


def stored_row(table: Table, row: Mapping[str, Any], version: int, key: bytes) -> dict[str, Any]:
    """A server row in storage form, bound on the raw cursor: no per-value SQLAlchemy work."""
    convert = converters(table)
    values = {name: convert[name](value) for name, value in row.items() if name in convert}
    values["version"] = version
    _redigest(table.name, values, key)
    return values


def _redigest(entity: str, values: dict[str, Any], key: bytes) -> None:
    if entity == "identity_document" and "number" in values:
        values["number_digest"] = digest(key, values.get("doc_type", ""), values["number"])
    elif entity == "contact_point" and "value" in values:
        values["value_digest"] = contact_digest(key, values.get("kind", ""), values["value"])
    elif entity == "bank_account" and "card_number" in values:
        values["card_digest"] = digest(key, "bank-card", values["card_number"])


def unanswered_keys(conn: Connection, *, unpushed_only: bool = False) -> set[tuple[str, str]]:
    """Rows this workstation changed and whose server copy it has not re-read yet
    (`unpushed_only`: whose change the server has not even answered)."""
    wanted = OutboxEntry.status == "pending" if unpushed_only else OutboxEntry.status != "done"
    stmt = select(OutboxEntry.entity, OutboxEntry.pk).where(wanted)
    return {(row.entity, row.pk) for row in conn.execute(stmt)}


def _local_versions(conn: Connection, table: Table, pks: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    ids = [uuid.UUID(pk) for pk in pks]
    for start in range(0, len(ids), 900):
        stmt = select(table.c.id, table.c.version).where(table.c.id.in_(ids[start : start + 900]))
        found.update({str(row.id): int(row.version) for row in conn.execute(stmt)})
    return found


def apply_changes(
    conn: Connection, changes: Iterable[Mapping[str, Any]], key: bytes, *, force: bool = False
) -> int:
    """Upsert server rows; `force` re-reads after a push outcome (the server is right).

    Even then a row with a change made since the push is left alone: the server has
    not added that change's deltas yet, so its copy would undo it here until the next
    cycle (a repayment posted while a sync was running)."""
    known = tables()
    by_entity: dict[str, dict[str, Mapping[str, Any]]] = defaultdict(dict)
    for change in changes:
        if change["entity"] in known:
            by_entity[change["entity"]][change["pk"]] = change  # later versions win
    blocked = unanswered_keys(conn, unpushed_only=force)
    applied = 0
    for entity, rows in by_entity.items():
        table = known[entity]
        local = {} if force else _local_versions(conn, table, list(rows))
        fresh = [
            stored_row(table, c["row"], int(c["row_version"]), key)
            for pk, c in rows.items()
            if (entity, pk) not in blocked and local.get(pk, 0) < int(c["row_version"])
        ]
        applied += _upsert(conn, table, fresh)
    return applied


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
    """`INSERT … ON CONFLICT (id) DO UPDATE` per column set, executemany on the raw cursor."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    for names, group in groups.items():
        columns = ", ".join(f'"{n}"' for n in names)
        updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
        sql = (
            f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
            f" ON CONFLICT (id) DO UPDATE SET {updates}"
        )
        conn.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in group])
    return len(rows)


def drop_rows(conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Remove local rows the server does not hold (a refused insert)."""
    known = tables()
    for entity, pk in keys:
        if entity in known:
            table = known[entity]
            conn.execute(delete(table).where(table.c.id == uuid.UUID(pk)))


def wipe(conn: Connection) -> None:
    """Delete every pulled row except those with an unanswered local change (a reset)."""
    known = tables()
    keep: dict[str, list[uuid.UUID]] = defaultdict(list)
    for entity, pk in unanswered_keys(conn):
        if entity in known:
            keep[entity].append(uuid.UUID(pk))
    for name, table in known.items():
        conn.execute(delete(table).where(table.c.id.not_in(keep[name])))
