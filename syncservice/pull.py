"""Pull: the branch's change log after a cursor, and current rows by key.

On PostgreSQL the cursor is (txid, id) and only transactions older than every
running one are served (`txid < pg_snapshot_xmin`), so a change committed late
with an early id is never skipped (SYNC.md F6). SQLite serialises writers, so the
id alone is a safe cursor there. The scope always comes from the token.
"""

from __future__ import annotations

from sqlalchemy import Engine, select, text, tuple_

from syncservice.schema import change_log, entity_row, sync_client
from syncservice.tokens import Claims
from syncservice.wire import Change, PullRequest, PullResponse, RowsRequest, RowsResponse

PG_PAGE = text(
    """
    SELECT id, txid::text AS txid, entity, pk, op, row_version, row FROM change_log
     WHERE scope_key = :scope
       AND (txid, id) > (CAST(:txid AS text)::xid8, :id)
       AND txid < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY txid, id LIMIT :limit
    """
)


def pull(engine: Engine, claims: Claims, request: PullRequest) -> PullResponse:
    txid, last_id = (int(part) for part in request.cursor.split(":"))
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            params = {
                "scope": claims.scope_key,
                "txid": str(txid),
                "id": last_id,
                "limit": request.limit,
            }
            rows = conn.execute(PG_PAGE, params).all()
        else:
            rows = conn.execute(
                select(change_log, text("0 AS txid"))
                .where((change_log.c.scope_key == claims.scope_key) & (change_log.c.id > last_id))
                .order_by(change_log.c.id)
                .limit(request.limit)
            ).all()
        last_seq = conn.execute(
            select(sync_client.c.last_seq).where(sync_client.c.client_id == claims.client_id)
        ).scalar_one()
    changes = [
        Change(entity=r.entity, pk=r.pk, op=r.op, row_version=r.row_version, row=r.row)
        for r in rows
    ]
    cursor = f"{rows[-1].txid}:{rows[-1].id}" if rows else request.cursor
    return PullResponse(
        changes=changes,
        next_cursor=cursor,
        has_more=len(rows) == request.limit,
        last_seq=int(last_seq),
    )


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
