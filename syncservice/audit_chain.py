"""Workstation audit chains, re-verified at head office with the key given at enrolment.

Events arrive in chain order through the outbox. Each must extend the client's last
accepted event (seq + 1, prev_hash) and its HMAC must verify; otherwise the client is
flagged for investigation (C29). A client reporting a head behind, or different
from, what the server already holds has rolled back or forked its trail: flagged too.
"""

from __future__ import annotations

import hmac
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from syncservice.rules import Rejected
from syncservice.schema import audit_record, sync_client
from workstation.services.audit import chain_hash

FIELDS = (
    "seq",
    "event_id",
    "occurred_at",
    "actor_id",
    "actor_name",
    "actor_role",
    "device_id",
    "action",
    "subject_type",
    "subject_id",
    "outcome",
    "details",
)


def append(conn: Connection, client_id: str, event_id: str, row: dict[str, Any]) -> None:
    client = conn.execute(
        select(sync_client.c.audit_key, sync_client.c.audit_seq, sync_client.c.audit_hash).where(
            sync_client.c.client_id == client_id
        )
    ).one()
    problem = _problem(client, event_id, row)
    if problem:
        raise Rejected("AUDIT_CHAIN_BROKEN", problem)
    conn.execute(
        insert(audit_record).values(
            client_id=client_id, seq=row["seq"], event_id=event_id, hash=row["hash"], row=row
        )
    )
    conn.execute(
        update(sync_client)
        .where(sync_client.c.client_id == client_id)
        .values(audit_seq=row["seq"], audit_hash=row["hash"])
    )


def _problem(client: Any, event_id: str, row: dict[str, Any]) -> str:
    if (
        any(name not in row for name in (*FIELDS, "prev_hash", "hash"))
        or row["event_id"] != event_id
    ):
        return "the audit event is incomplete"
    if row["seq"] != client.audit_seq + 1:
        return f"expected audit event {client.audit_seq + 1}, got {row['seq']}"
    if not hmac.compare_digest(str(row["prev_hash"]), client.audit_hash):
        return f"audit event {row['seq']} does not follow the previous one"
    fields = {name: row[name] for name in FIELDS}
    expected = chain_hash(bytes.fromhex(client.audit_key), client.audit_hash, fields)
    if not hmac.compare_digest(expected, str(row["hash"])):
        return f"audit event {row['seq']} fails its HMAC"
    return ""


def check_head(engine: Engine, client_id: str, head: tuple[int, str] | None) -> None:
    """Flag a client whose reported head went backwards or forked from the server's copy."""
    if head is None:
        return
    with engine.begin() as conn:
        known = conn.execute(
            select(sync_client.c.audit_seq, sync_client.c.audit_hash).where(
                sync_client.c.client_id == client_id
            )
        ).one()
        if head[0] < known.audit_seq:
            flag(conn, client_id, f"audit head went back from {known.audit_seq} to {head[0]}")
        elif head[0] == known.audit_seq and not hmac.compare_digest(head[1], known.audit_hash):
            flag(conn, client_id, f"audit head {head[0]} differs from the server's copy")


def flag(conn: Connection, client_id: str, problem: str) -> None:
    conn.execute(
        update(sync_client).where(sync_client.c.client_id == client_id).values(flagged=problem)
    )
