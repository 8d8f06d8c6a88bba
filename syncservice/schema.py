"""Server tables (SQLAlchemy Core). Synced entities are stored generically as JSON rows.

One `entity_row` table keyed by (entity, pk) holds the server copy of every synced
business row, so adding a column on the workstation needs no server migration; the
few fields the server must reason about (national-id digest, scope) are real columns.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")


def _created() -> Column[object]:
    return Column("created_at", DateTime(timezone=True), server_default=func.now())


server_key = Table(
    "server_key", metadata, Column("name", String(32), primary_key=True), Column("value", Text)
)

enrollment_code = Table(
    "enrollment_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("branch", String(16), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_by", String(36)),
    _created(),
)

# One row per enrolled workstation: its credential, branch scope, push cursor, audit head.
sync_client = Table(
    "sync_client",
    metadata,
    Column("client_id", String(36), primary_key=True),
    Column("device_name", String(200), nullable=False),
    Column("branch", String(16), nullable=False, index=True),
    Column("credential_hash", String(64), nullable=False),
    Column("audit_key", String(64), nullable=False),
    Column("last_seq", BigInteger, nullable=False, default=0),
    Column("last_user", String(64), nullable=False, default=""),
    Column("audit_seq", BigInteger, nullable=False, default=0),
    Column("audit_hash", String(64), nullable=False, default="0" * 64),
    Column("flagged", Text, nullable=False, default=""),
    Column("revoked", Boolean, nullable=False, default=False),
    _created(),
)

sync_user = Table(
    "sync_user",
    metadata,
    Column("branch", String(16), primary_key=True),
    Column("username", String(64), primary_key=True),
    Column("role", String(32), nullable=False),
    Column("verifier", String(200), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)

revoked_token = Table(
    "revoked_token",
    metadata,
    Column("jti", String(36), primary_key=True),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    # Set when a refresh revoked the token: when, and the jti of the token it issued, so a
    # retried refresh (the answer was lost) gets that same token back (accounts.py).
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("successor", String(36), nullable=True),
)

mutation_result = Table(
    "mutation_result",
    metadata,
    Column("client_id", String(36), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("mutation_id", String(36), nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("result", Json, nullable=False),
    _created(),
    UniqueConstraint("client_id", "mutation_id", name="uq_mutation_result_client_mutation"),
)

# `txid xid8 DEFAULT pg_current_xact_id()` is added by the PostgreSQL migration only.
change_log = Table(
    "change_log",
    metadata,
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True),
    Column("scope_key", String(40), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("pk", String(36), nullable=False),
    Column("op", String(8), nullable=False),
    Column("row_version", BigInteger, nullable=False),
    Column("row", Json, nullable=False),
    Column("origin_client_id", String(36)),
    Column("origin_seq", BigInteger),
    _created(),
)

entity_row = Table(
    "entity_row",
    metadata,
    Column("entity", String(40), primary_key=True),
    Column("pk", String(36), primary_key=True),
    Column("scope_key", String(40), nullable=False),
    Column("row_version", BigInteger, nullable=False),
    Column("row", Json, nullable=False),
    Column("id_digest", String(64)),
    Column("updated_at", DateTime(timezone=True), server_default=func.now()),
    Index("uq_entity_row_id_digest", "id_digest", unique=True),
    Index("ix_entity_row_scope_key", "scope_key", "entity", "pk"),  # snapshot keyset
)

# Per scope: the epoch a client's history belongs to (a new one forces every client of
# the scope to re-snapshot) and the newest change-log position compacted away.
scope_state = Table(
    "scope_state",
    metadata,
    Column("scope_key", String(40), primary_key=True),
    Column("epoch", String(36), nullable=False),
    Column("horizon_txid", BigInteger, nullable=False, default=0),
    Column("horizon_id", BigInteger, nullable=False, default=0),
)

customer_conflict = Table(
    "customer_conflict",
    metadata,
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True),
    Column("entity", String(40), nullable=False),
    Column("pk", String(36), nullable=False),
    Column("client_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("proposed", Json, nullable=False),
    Column("status", String(16), nullable=False, default="open"),
    _created(),
)

audit_record = Table(
    "audit_record",
    metadata,
    Column("client_id", String(36), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("event_id", String(36), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("row", Json, nullable=False),
)
