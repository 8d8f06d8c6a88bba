"""Scope epochs and the change-log retention horizon (SYNC.md "Initial sync and reset", F9).

A client's pull history is only usable while the server still holds every change
after its cursor and the scope has not been re-based. Compaction deletes change-log
rows older than the retention window and raises the scope's horizon to the newest
position it deleted; `new_epoch` (after a restore or a re-scoping) invalidates every
client's history at once. Either way the client is answered RESET_REQUIRED.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from syncservice.accounts import Refused
from syncservice.schema import change_log, scope_state

RESET_REQUIRED = "RESET_REQUIRED"

# The newest (txid, id) per scope among the rows a compaction removes.
_DOOMED_TOPS = {
    "postgresql": text(
        "SELECT DISTINCT ON (scope_key) scope_key, txid::text::bigint AS txid, id"
        " FROM change_log WHERE created_at < :before ORDER BY scope_key, txid DESC, id DESC"
    ),
    "sqlite": text(
        "SELECT scope_key, 0 AS txid, max(id) AS id FROM change_log"
        " WHERE created_at < :before GROUP BY scope_key"
    ),
}


@dataclass(frozen=True)
class ScopeState:
    epoch: str
    horizon: tuple[int, int]


def parse_cursor(cursor: str) -> tuple[int, int]:
    txid, last_id = cursor.split(":")
    return int(txid), int(last_id)


def state(conn: Connection, scope: str) -> ScopeState:
    """The scope's epoch and horizon, creating the row (a fresh epoch) on first use."""
    stmt = select(scope_state).where(scope_state.c.scope_key == scope)
    row = conn.execute(stmt).first()
    if row is None:
        _create(conn.engine, scope)
        row = conn.execute(stmt).one()
    return ScopeState(row.epoch, (int(row.horizon_txid), int(row.horizon_id)))


def _create(engine: Engine, scope: str) -> None:
    """Committed on its own: an epoch handed out must never be rolled back."""
    try:
        with engine.begin() as conn:
            conn.execute(insert(scope_state).values(scope_key=scope, epoch=_fresh_epoch()))
    except IntegrityError:
        pass  # another request created it first


def check_history(conn: Connection, scope: str, epoch: str, cursor: str) -> ScopeState:
    """Refuse a pull whose history the server can no longer continue."""
    current = state(conn, scope)
    if (epoch and epoch != current.epoch) or parse_cursor(cursor) < current.horizon:
        raise Refused(409, RESET_REQUIRED)
    return current


def compact(engine: Engine, before: datetime) -> int:
    """Delete change-log rows older than `before`; returns how many went."""
    with engine.begin() as conn:
        tops = conn.execute(_DOOMED_TOPS[engine.dialect.name], {"before": before}).all()
        for top in tops:
            _raise_horizon(conn, top.scope_key, (int(top.txid), int(top.id)))
        gone = conn.execute(delete(change_log).where(change_log.c.created_at < before))
    return int(gone.rowcount)


def _raise_horizon(conn: Connection, scope: str, top: tuple[int, int]) -> None:
    if top > state(conn, scope).horizon:
        conn.execute(
            update(scope_state)
            .where(scope_state.c.scope_key == scope)
            .values(horizon_txid=top[0], horizon_id=top[1])
        )


def new_epoch(engine: Engine, scope: str) -> str:
    """Start a new epoch: every client of the scope re-snapshots on its next pull."""
    epoch = _fresh_epoch()
    with engine.begin() as conn:
        state(conn, scope)
        conn.execute(
            update(scope_state).where(scope_state.c.scope_key == scope).values(epoch=epoch)
        )
    return epoch


def _fresh_epoch() -> str:
    return str(uuid.uuid4())
