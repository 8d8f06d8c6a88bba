"""A fault-injecting httpx transport and the convergence checks the chaos tests share."""

from __future__ import annotations

import random
import uuid

import httpx
from sqlalchemy import Engine, select, text

from workstation.models import OutboxEntry, SyncState
from workstation.services import sync_apply
from workstation.services.store import Store

FAULTS = ("drop_request", "drop_response", "duplicate", "replay_old", "error_500", "truncate")


class FaultyTransport(httpx.BaseTransport):
    """Real HTTP underneath; on a seeded fraction of requests, one network fault."""

    def __init__(self, rate: float, seed: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = random.Random(seed)
        self.rate = rate
        self.history: list[httpx.Request] = []
        self.injected: dict[str, int] = dict.fromkeys(FAULTS, 0)
        self.enabled = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        fault = self.rng.choice(FAULTS) if self.enabled and self.rng.random() < self.rate else ""
        if fault:
            self.injected[fault] += 1
        if fault == "drop_request":
            raise httpx.ConnectError("injected: request dropped", request=request)
        if fault == "replay_old" and self.history:
            self._send(self.rng.choice(self.history))  # an old request arrives late
        self.history = [*self.history[-20:], request]
        response = self._send(request)
        if fault == "duplicate":
            response = self._send(request)
        if fault == "drop_response":
            raise httpx.ReadError("injected: response lost after commit", request=request)
        if fault == "error_500":
            return httpx.Response(500, json={"detail": "injected"}, request=request)
        if fault == "truncate":
            return httpx.Response(
                200, content=response.content[: len(response.content) // 2], request=request
            )
        return response

    def _send(self, request: httpx.Request) -> httpx.Response:
        copy = httpx.Request(
            request.method, request.url, headers=request.headers, content=request.content
        )
        response = self.inner.handle_request(copy)
        response.read()
        return response


def local_rows(store: Store) -> dict[tuple[str, str], int]:
    rows: dict[tuple[str, str], int] = {}
    with store.engine.connect() as conn:
        for name, table in sync_apply.tables().items():
            for row in conn.execute(select(table.c.id, table.c.version)):
                rows[(name, str(row.id))] = int(row.version)
    return rows


def server_rows(engine: Engine, branch: str) -> dict[tuple[str, str], int]:
    with engine.connect() as conn:
        found = conn.execute(
            text("SELECT entity, pk, row_version FROM entity_row WHERE scope_key = :s"),
            {"s": f"branch:{branch}"},
        )
        return {(r.entity, r.pk): int(r.row_version) for r in found}


def assert_no_loss_no_duplicates(store: Store, engine: Engine) -> None:
    """Every local outbox entry has exactly one server outcome, under the same mutation id."""
    with store.read() as s:
        state = s.get(SyncState, 1)
        assert state is not None
        client_id = state.client_id
        local = {e.seq: (e.mutation_id, e.status) for e in s.execute(select(OutboxEntry)).scalars()}
    with engine.connect() as conn:
        server = {
            r.seq: r.mutation_id
            for r in conn.execute(
                text("SELECT seq, mutation_id FROM mutation_result WHERE client_id = :c"),
                {"c": client_id},
            )
        }
        last_seq = conn.execute(
            text("SELECT last_seq FROM sync_client WHERE client_id = :c"), {"c": client_id}
        ).scalar_one()
    assert {seq: mid for seq, (mid, _) in local.items()} == server
    assert all(status == "done" for _, status in local.values())
    assert last_seq == len(local) == max(local)
    uuid.UUID(client_id)
