"""Pull, snapshot and row re-reads: the branch's data going down, as JSON text.

On PostgreSQL the pull cursor is (txid, id) and only transactions older than every
running one are served (`txid < pg_snapshot_xmin`), so a change committed late with
an early id is never skipped (SYNC.md F6). SQLite serialises writers, so the id alone
is a safe cursor there. A snapshot pages through the current rows by key and hands
out, on its first page, a log cursor taken before any row was read: pulling from
there afterwards misses nothing (rows read later are only newer, and applying is
monotonic). Pages are built in one query each; PostgreSQL writes each row's JSON
itself, so the service never parses or re-validates a row it only passes on. The
scope always comes from the token.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from fastapi.responses import Response
from sqlalchemy import Connection, Engine, Row, select, text, tuple_

from syncservice import scopes
from syncservice.accounts import Refused
from syncservice.schema import change_log, entity_row, sync_client
from syncservice.tokens import Claims
from syncservice.wire import Change, PullRequest, RowsRequest, RowsResponse, SnapshotRequest

DOC = (
    "json_build_object('entity', entity, 'pk', pk, 'op', {op}, "
    "'row_version', row_version, 'row', row)::text AS doc"
)
PG_PAGE = text(
    f"""
    SELECT id, txid::text AS txid, {DOC.format(op="op")} FROM change_log
     WHERE scope_key = :scope
       AND (txid, id) > (CAST(:txid AS text)::xid8, :id)
       AND txid < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY txid, id LIMIT :limit
    """
)
PG_SNAPSHOT = text(
    f"""
    SELECT entity, pk, {DOC.format(op="'put'")} FROM entity_row
     WHERE scope_key = :scope AND (entity, pk) > (:entity, :pk)
     ORDER BY entity, pk LIMIT :limit
    """
)
PG_WATERMARK = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")


def json_page(docs: list[str], key: str, **fields: Any) -> Response:
    """`{…fields, key: [docs]}` without parsing the documents again."""
    head = json.dumps(fields)[:-1]
    separator = ", " if fields else ""
    body = f'{head}{separator}"{key}": [{",".join(docs)}]}}'
    return Response(body, media_type="application/json")


def _doc(r: Row[Any], op: str) -> str:
    change = {"entity": r.entity, "pk": r.pk, "op": op, "row_version": r.row_version, "row": r.row}
    return json.dumps(change)


def pull(engine: Engine, claims: Claims, request: PullRequest) -> Response:
    txid, last_id = scopes.parse_cursor(request.cursor)
    with engine.connect() as conn:
        scopes.check_history(conn, claims.scope_key, request.epoch, request.cursor)
        if engine.dialect.name == "postgresql":
            params = {"scope": claims.scope_key, "txid": str(txid), "id": last_id}
            rows = conn.execute(PG_PAGE, {**params, "limit": request.limit}).all()
            docs = [r.doc for r in rows]
        else:
            rows = conn.execute(
                select(change_log, text("0 AS txid"))
                .where((change_log.c.scope_key == claims.scope_key) & (change_log.c.id > last_id))
                .order_by(change_log.c.id)
                .limit(request.limit)
            ).all()
            docs = [_doc(r, r.op) for r in rows]
        last_seq = _last_seq(conn, claims.client_id)
        conn.commit()
    return json_page(
        docs,
        "changes",
        next_cursor=f"{rows[-1].txid}:{rows[-1].id}" if rows else request.cursor,
        has_more=len(rows) == request.limit,
        last_seq=last_seq,
    )


def _last_seq(conn: Connection, client_id: str) -> int:
    stmt = select(sync_client.c.last_seq).where(sync_client.c.client_id == client_id)
    return int(conn.execute(stmt).scalar_one())


def snapshot(engine: Engine, claims: Claims, request: SnapshotRequest) -> Response:
    """One keyset page of the scope's current rows (SYNC.md "Initial sync and reset")."""
    scope = claims.scope_key
    with engine.connect() as conn:
        current = scopes.state(conn, scope)
        if request.after is not None and request.epoch != current.epoch:
            raise Refused(409, scopes.RESET_REQUIRED)  # re-based mid-snapshot
        watermark = _watermark(conn) if request.after is None else ""
        rows, docs = _snapshot_page(conn, scope, request.after or ("", ""), request.limit)
        conn.commit()
    return json_page(
        docs,
        "rows",
        next_after=[rows[-1].entity, rows[-1].pk] if rows else request.after,
        has_more=len(rows) == request.limit,
        watermark=watermark,
        epoch=current.epoch,
    )


def _watermark(conn: Connection) -> str:
    """A log cursor no later than any row the following reads can see."""
    if conn.dialect.name == "postgresql":
        return f"{conn.execute(PG_WATERMARK).scalar_one()}:0"
    top = conn.execute(select(change_log.c.id).order_by(change_log.c.id.desc()).limit(1))
    return f"0:{top.scalar() or 0}"


def _snapshot_page(
    conn: Connection, scope: str, after: tuple[str, str], limit: int
) -> tuple[Sequence[Row[Any]], list[str]]:
    if conn.dialect.name == "postgresql":
        params = {"scope": scope, "entity": after[0], "pk": after[1], "limit": limit}
        rows = conn.execute(PG_SNAPSHOT, params).all()
        return rows, [r.doc for r in rows]
    rows = conn.execute(
        select(entity_row)
        .where(
            (entity_row.c.scope_key == scope)
            & (tuple_(entity_row.c.entity, entity_row.c.pk) > tuple_(*after))
        )
        .order_by(entity_row.c.entity, entity_row.c.pk)
        .limit(limit)
    ).all()
    return rows, [_doc(r, "put") for r in rows]


def rows(engine: Engine, claims: Claims, request: RowsRequest) -> RowsResponse:
    """Current server rows for keys the client must re-read after a push outcome."""
    keys = list(dict.fromkeys(request.keys))
    if not keys:
        return RowsResponse(rows=[], missing=[])
    with engine.connect() as conn:
        found = conn.execute(
            select(entity_row).where(
                tuple_(entity_row.c.entity, entity_row.c.pk).in_(keys)
                & (entity_row.c.scope_key == claims.scope_key)
            )
        ).all()
    out = [
        Change(entity=r.entity, pk=r.pk, op="put", row_version=r.row_version, row=r.row)
        for r in found
    ]
    seen = {(r.entity, r.pk) for r in found}
    return RowsResponse(rows=out, missing=[k for k in keys if k not in seen])
