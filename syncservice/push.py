"""Push: apply each mutation exactly once, in its own transaction with its dedupe row.

Per mutation: lock the client's row, return the stored outcome for a seq already
seen, stop on a gap, otherwise run the handler inside a savepoint and persist the
outcome and the new `last_seq` in the same commit (SYNC.md 6.4, F2/F3).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from syncservice import audit_chain, rules
from syncservice.rules import Rejected
from syncservice.schema import (
    change_log,
    customer_conflict,
    entity_row,
    mutation_result,
    sync_client,
)
from syncservice.tokens import Claims
from syncservice.wire import Mutation, MutationOutcome, PushRequest, PushResponse

MUTATORS = frozenset({"upsert_row_v1"})
TRANSIENT_RETRIES = 3


@dataclass(frozen=True)
class Stop:
    reason: str
    expected_seq: int | None = None


@dataclass(frozen=True)
class Context:
    engine: Engine
    claims: Claims
    pepper: bytes


def push(ctx: Context, request: PushRequest) -> PushResponse:
    audit_chain.check_head(ctx.engine, ctx.claims.client_id, request.audit_head)
    results: list[MutationOutcome] = []
    stop: Stop | None = None
    for mutation in sorted(request.mutations, key=lambda m: m.seq):
        outcome = _with_retries(ctx, mutation)
        if isinstance(outcome, Stop):
            stop = outcome
            break
        results.append(outcome)
    return PushResponse(
        results=results,
        last_seq=_last_seq(ctx.engine, ctx.claims.client_id),
        stopped=stop.reason if stop else "",
        expected_seq=stop.expected_seq if stop else None,
    )


def _last_seq(engine: Engine, client_id: str) -> int:
    with engine.connect() as conn:
        stmt = select(sync_client.c.last_seq).where(sync_client.c.client_id == client_id)
        return int(conn.execute(stmt).scalar_one())


def _with_retries(ctx: Context, mutation: Mutation) -> MutationOutcome | Stop:
    for _ in range(TRANSIENT_RETRIES):
        try:
            return _apply_one(ctx, mutation)
        except DBAPIError as exc:
            if not _transient(exc):
                raise
    return Stop("RETRY")


def _transient(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    return code in {"40001", "40P01"}  # serialization failure, deadlock


def _apply_one(ctx: Context, m: Mutation) -> MutationOutcome | Stop:
    client_id = ctx.claims.client_id
    with ctx.engine.begin() as conn:
        last = conn.execute(
            select(sync_client.c.last_seq)
            .where(sync_client.c.client_id == client_id)
            .with_for_update()
        ).scalar_one()
        if m.seq <= last:
            return _stored(conn, client_id, m.seq)
        if m.seq > last + 1:
            return Stop("OUT_OF_ORDER", last + 1)
        if m.name not in MUTATORS:
            return Stop("UPGRADE_REQUIRED")
        outcome = _run_handler(ctx, conn, m)
        conn.execute(
            insert(mutation_result).values(
                client_id=client_id,
                seq=m.seq,
                mutation_id=m.mutation_id,
                status=outcome.status,
                reason=outcome.reason,
                result=outcome.result,
            )
        )
        conn.execute(
            update(sync_client)
            .where(sync_client.c.client_id == client_id)
            .values(last_seq=m.seq, last_user=ctx.claims.sub)
        )
    return outcome


def _stored(conn: Connection, client_id: str, seq: int) -> MutationOutcome:
    row = conn.execute(
        select(mutation_result).where(
            (mutation_result.c.client_id == client_id) & (mutation_result.c.seq == seq)
        )
    ).one()
    return MutationOutcome(
        seq=seq,
        mutation_id=row.mutation_id,
        status=row.status,
        reason=row.reason,
        result=row.result,
    )


def _run_handler(ctx: Context, conn: Connection, m: Mutation) -> MutationOutcome:
    def outcome(status: str, reason: str = "", **result: Any) -> MutationOutcome:
        return MutationOutcome(
            seq=m.seq,
            mutation_id=m.mutation_id,
            status=status,  # type: ignore[arg-type]
            reason=reason,
            result=result,
        )

    if _mutation_id_used(conn, ctx.claims.client_id, m.mutation_id):
        return outcome("rejected", "DUPLICATE_MUTATION_ID")
    savepoint = conn.begin_nested()
    try:
        status, result = _upsert_row(ctx, conn, m)
        savepoint.commit()
        return outcome(status, "CONFLICT_RECORDED" if status == "conflict" else "", **result)
    except Rejected as exc:
        savepoint.rollback()
        _after_rejection(ctx, conn, m, exc)
        return outcome("rejected", str(exc), code=exc.reason, **exc.result)


def _mutation_id_used(conn: Connection, client_id: str, mutation_id: str) -> bool:
    stmt = select(mutation_result.c.seq).where(
        (mutation_result.c.client_id == client_id) & (mutation_result.c.mutation_id == mutation_id)
    )
    return conn.execute(stmt).first() is not None


def _after_rejection(ctx: Context, conn: Connection, m: Mutation, exc: Rejected) -> None:
    """Record what needs a person: a duplicate customer is a merge task; a broken chain a flag."""
    if exc.reason == "DUPLICATE_CUSTOMER":
        _record_conflict(conn, ctx, m, "merge")
    elif exc.reason == "AUDIT_CHAIN_BROKEN":
        audit_chain.flag(conn, ctx.claims.client_id, str(exc))


def _record_conflict(conn: Connection, ctx: Context, m: Mutation, status: str) -> None:
    conn.execute(
        insert(customer_conflict).values(
            entity=str(m.args.get("entity", "")),
            pk=str(m.args.get("pk", "")),
            client_id=ctx.claims.client_id,
            seq=m.seq,
            proposed=m.args,
            status=status,
        )
    )


def _args(m: Mutation) -> tuple[str, str, dict[str, Any]]:
    entity, pk, row = m.args.get("entity"), m.args.get("pk"), m.args.get("row")
    if entity not in rules.SYNCED:
        raise Rejected("UNKNOWN_ENTITY", f"{entity!r} is not synced")
    if not isinstance(pk, str) or not 1 <= len(pk) <= 36 or not isinstance(row, dict):
        raise Rejected("MALFORMED", "pk and row are required")
    return str(entity), pk, row


def _upsert_row(ctx: Context, conn: Connection, m: Mutation) -> tuple[str, dict[str, Any]]:
    entity, pk, row = _args(m)
    rules.check_role(entity, ctx.claims.role)
    if entity == "audit_event":
        audit_chain.append(conn, ctx.claims.client_id, pk, row)
        return "applied", {}
    current = conn.execute(
        select(entity_row)
        .where((entity_row.c.entity == entity) & (entity_row.c.pk == pk))
        .with_for_update()
    ).first()
    if current is None:
        return "applied", _insert(ctx, conn, m, entity, pk, row)
    if current.scope_key != ctx.claims.scope_key:
        raise Rejected("FORBIDDEN_SCOPE", "this record belongs to another branch")
    if entity in rules.APPEND_ONLY and m.args.get("op") == "insert":
        return "applied", {"row_version": current.row_version, "duplicate": True}
    return _update(ctx, conn, m, current, row)


def _insert(
    ctx: Context, conn: Connection, m: Mutation, entity: str, pk: str, row: dict[str, Any]
) -> dict[str, Any]:
    stored = {**row, "version": 1}
    _write(ctx, conn, m, entity, pk, stored, 1, insert_row=True)
    return {"row_version": 1}


def _update(
    ctx: Context, conn: Connection, m: Mutation, current: Any, row: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    changed = m.args.get("changed") or []
    base = m.args.get("base_version", current.row_version)
    deltas = m.args.get("deltas") or {}
    if not isinstance(changed, list) or not isinstance(base, int) or not isinstance(deltas, dict):
        raise Rejected(
            "MALFORMED", "changed must be a list, base_version an integer, deltas an object"
        )
    merged = rules.merge(
        current.entity,
        current.row,
        current.row_version,
        row,
        changed,
        base,
        ctx.claims.role,
        deltas,
    )
    if merged.conflicted:
        _record_conflict(conn, ctx, m, "open")
    if merged.row == current.row:
        status = "conflict" if merged.conflicted else "applied"
        return status, {"row_version": current.row_version}
    version = current.row_version + 1
    _write(ctx, conn, m, current.entity, current.pk, {**merged.row, "version": version}, version)
    return ("conflict" if merged.conflicted else "applied"), {"row_version": version}


def _write(
    ctx: Context,
    conn: Connection,
    m: Mutation,
    entity: str,
    pk: str,
    row: dict[str, Any],
    version: int,
    *,
    insert_row: bool = False,
) -> None:
    digest = rules.id_digest(ctx.pepper, entity, row)
    values = {
        "scope_key": ctx.claims.scope_key,
        "row_version": version,
        "row": row,
        "id_digest": digest,
    }
    try:
        with conn.begin_nested():
            if insert_row:
                conn.execute(insert(entity_row).values(entity=entity, pk=pk, **values))
            else:
                conn.execute(
                    update(entity_row)
                    .where((entity_row.c.entity == entity) & (entity_row.c.pk == pk))
                    .values(**values)
                )
    except IntegrityError:
        raise _duplicate(conn, digest) from None
    conn.execute(
        insert(change_log).values(
            scope_key=ctx.claims.scope_key,
            entity=entity,
            pk=pk,
            op="put",
            row_version=version,
            row=row,
            origin_client_id=ctx.claims.client_id,
            origin_seq=m.seq,
        )
    )


def _duplicate(conn: Connection, digest: str | None) -> Rejected:
    existing = conn.execute(
        select(entity_row.c.row).where(entity_row.c.id_digest == digest)
    ).scalar()
    customer = (existing or {}).get("customer_id", "")
    return Rejected(
        "DUPLICATE_CUSTOMER",
        "a customer with this identity number exists",
        existing_customer_id=customer,
    )
