"""Applying server rows to the local store: typed, idempotent, monotonic, in bulk.

Rows arrive as JSON; each column gets its Python type back before a Core upsert
(`INSERT … ON CONFLICT DO UPDATE`, never `INSERT OR REPLACE`, SYNC.md F12). A row is
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
from datetime import date, datetime
from decimal import Decimal
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
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from workstation.models import Base, Money, OutboxEntry, UTCDateTime
from workstation.models.sync import SYNCED_TABLES
from workstation.services.customer_records import contact_digest
from workstation.services.lookup import digest

Converter = Callable[[Any], Any]
PULLED_TABLES = SYNCED_TABLES - {"audit_event"}  # each workstation keeps its own chain


def tables() -> dict[str, Table]:
    return {name: Base.metadata.tables[name] for name in PULLED_TABLES}


def _base_converter(column: Column[Any]) -> Converter:
    kind = column.type
    simple: list[tuple[type, Converter]] = [
        (Uuid, uuid.UUID),
        (UTCDateTime, datetime.fromisoformat),
        (Date, date.fromisoformat),
        (Money, Decimal),
        (Numeric, Decimal),
        (LargeBinary, base64.b64decode),
        (Boolean, bool),
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


def typed_row(table: Table, row: Mapping[str, Any], version: int, key: bytes) -> dict[str, Any]:
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


def unanswered_keys(conn: Connection) -> set[tuple[str, str]]:
    """Rows this workstation changed and whose server copy it has not re-read yet."""
    stmt = select(OutboxEntry.entity, OutboxEntry.pk).where(OutboxEntry.status != "done")
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
    """Upsert server rows; `force` re-reads after a push outcome (the server is right)."""
    known = tables()
    by_entity: dict[str, dict[str, Mapping[str, Any]]] = defaultdict(dict)
    for change in changes:
        if change["entity"] in known:
            by_entity[change["entity"]][change["pk"]] = change  # later versions win
    blocked = set() if force else unanswered_keys(conn)
    applied = 0
    for entity, rows in by_entity.items():
        table = known[entity]
        local = {} if force else _local_versions(conn, table, list(rows))
        fresh = [
            typed_row(table, c["row"], int(c["row_version"]), key)
            for pk, c in rows.items()
            if (entity, pk) not in blocked and local.get(pk, 0) < int(c["row_version"])
        ]
        applied += _upsert(conn, table, fresh)
    return applied


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    for names, group in groups.items():
        stmt = sqlite_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={name: stmt.excluded[name] for name in names if name != "id"},
        )
        conn.execute(stmt, group)
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
