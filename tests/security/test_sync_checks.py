"""C29 (audit truncation and rollback flagged at sync) and C34 (sync idempotency and
conflicts), against the real sync service on PostgreSQL.

The fixtures are the sync suite's own (tests/sync/conftest.py): a fresh database per
session, uvicorn on 127.0.0.1, workstations copied from the provisioned template.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import shutil
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select, text

from tests.security.sync_env import private_server
from tests.support import USER_PASSWORD, Bench, FakeClock, make_workstation
from tests.sync.faults import assert_no_loss_no_duplicates, local_rows, server_rows
from tests.sync.workload import add_customer, edit_customer, open_loan, pay
from workstation.models import AuditEvent, Customer, LedgerEntry, Loan, OutboxEntry
from workstation.services import store as store_module
from workstation.services import sync_apply, sync_client
from workstation.services.sync_client import SyncClient, SyncUnavailable

# -- C29 ------------------------------------------------------------------------------


def _flag(engine: Engine, station) -> str:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT flagged FROM sync_client WHERE client_id = :c"),
                {"c": station.client.state().client_id},
            ).scalar_one()
        )


def _server_audit_seqs(engine: Engine, station) -> list[int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT seq FROM audit_record WHERE client_id = :c ORDER BY seq"),
                {"c": station.client.state().client_id},
            ).scalars()
        )


def _sync_after_tampering(station) -> None:  # type: ignore[no-untyped-def]
    """The tamperer must sign in to sync at all; that sign-in is an audit event to push."""
    again = station.bench.sign_in("officer1")
    try:
        station.sync_until_quiet()
    finally:
        again.dispose_quietly()


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5])
def test_c29_deleting_the_last_audit_entries_is_flagged_at_sync(stations, server, k: int) -> None:  # type: ignore[no-untyped-def]
    station = stations(f"TR00{k}")
    add_customer(station.session, random.Random(k))
    station.sync_until_quiet()
    acknowledged = _server_audit_seqs(server.engine, station)
    assert _flag(server.engine, station) == ""
    # A rogue holder of the key drops the append-only trigger and deletes the tail.
    with station.session.store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_event_no_delete"))
        conn.execute(text("DELETE FROM audit_event WHERE seq > :s"), {"s": acknowledged[-1] - k})
    _sync_after_tampering(station)

    flag = _flag(server.engine, station)
    assert flag, "the server did not flag a truncated audit trail"
    assert any(word in flag for word in ("went back", "differs", "expected audit event"))
    # Head office keeps the acknowledged events and refuses the forked continuation.
    assert _server_audit_seqs(server.engine, station) == acknowledged
    refused = [r for r in station.client.status().rejected if r.entity == "audit_event"]
    assert refused
    assert all(r.reason.startswith("AUDIT_CHAIN_BROKEN") for r in refused)


def test_c29_restoring_a_day_old_copy_is_flagged_at_sync(stations, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    station = stations("RB001")
    rng = random.Random(29)
    add_customer(station.session, rng)
    station.sync_until_quiet()
    copy = tmp_path / "day-old.db"
    store_module.backup_to(station.session.store, station.session.store.key, copy)
    station.bench.clock.advance(days=1)
    for _ in range(3):
        add_customer(station.session, rng)
    station.sync_until_quiet()
    acknowledged = _server_audit_seqs(server.engine, station)

    station.session.dispose_quietly()  # the app is closed; the old file is put back
    database = station.bench.paths.database
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(copy, database)
    station.session = station.bench.sign_in("officer1")
    station.client = SyncClient(station.session.store, station.bench.workstation.secrets)
    station.client.login("officer1", USER_PASSWORD)
    with contextlib.suppress(AssertionError):  # the old outbox may never settle; the flag counts
        station.sync_until_quiet(attempts=5)

    flag = _flag(server.engine, station)
    assert flag, "the server did not flag a rolled-back workstation"
    assert _server_audit_seqs(server.engine, station) == acknowledged


# -- C34 ------------------------------------------------------------------------------


class Recording(httpx.HTTPTransport):
    """Real HTTP; keeps every push request so that it can be replayed verbatim."""

    def __init__(self) -> None:
        super().__init__()
        self.pushes: list[tuple[bytes, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sync/push":
            self.pushes.append((request.read(), request.headers["Authorization"]))
        return super().handle_request(request)


def _server_state(engine: Engine, branch: str) -> dict[str, object]:
    """Everything a replay could duplicate: rows, change log, outcomes, audit copies."""
    scope = {"s": f"branch:{branch}"}
    with engine.connect() as conn:
        return {
            "rows": conn.execute(
                text(
                    "SELECT entity, pk, row_version, row::text FROM entity_row "
                    "WHERE scope_key = :s ORDER BY entity, pk"
                ),
                scope,
            ).all(),
            "changes": conn.execute(
                text("SELECT count(*) FROM change_log WHERE scope_key = :s"), scope
            ).scalar_one(),
            "outcomes": conn.execute(text("SELECT count(*) FROM mutation_result")).scalar_one(),
            "audit": conn.execute(text("SELECT count(*) FROM audit_record")).scalar_one(),
            "ledger": conn.execute(
                text(
                    "SELECT count(*) FROM entity_row WHERE entity = 'ledger_entry' "
                    "AND scope_key = :s"
                ),
                scope,
            ).scalar_one(),
        }


def test_c34_replaying_push_batches_has_no_second_effect(stations, server) -> None:  # type: ignore[no-untyped-def]
    transport = Recording()
    station = stations("RP001", transport)
    rng = random.Random(34)
    loan = open_loan(station.session)
    for _ in range(30):
        add_customer(station.session, rng)
        pay(station.session, loan, rng)
    station.sync_until_quiet()
    before = _server_state(server.engine, "RP001")
    assert before["ledger"] == 30
    assert transport.pushes

    for body, authorization in transport.pushes * 2:  # every batch, twice more
        answer = httpx.post(
            f"{server.url}/sync/push",
            content=body,
            headers={"Authorization": authorization, "Content-Type": "application/json"},
        )
        assert answer.status_code == 200
        assert all(
            r["status"] in ("applied", "conflict", "rejected") for r in answer.json()["results"]
        )
    assert _server_state(server.engine, "RP001") == before
    station.sync_until_quiet()
    assert local_rows(station.session.store) == server_rows(server.engine, "RP001")
    assert_no_loss_no_duplicates(station.session.store, server.engine)
    with station.session.read() as s:
        assert len(s.execute(select(LedgerEntry.id)).all()) == 30


SYNC_PATHS = frozenset({"/sync/push", "/sync/pull", "/sync/rows", "/sync/snapshot"})


class Cutting(httpx.HTTPTransport):
    """Cuts the connection at chosen request ordinals: before sending, after the server
    committed (response lost) or half-way through the response body."""

    def __init__(self, cut_at: set[int], seed: int) -> None:
        super().__init__()
        self.cut_at, self.rng, self.count, self.cuts = cut_at, random.Random(seed), 0, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += request.url.path in SYNC_PATHS
        if request.url.path not in SYNC_PATHS or self.count not in self.cut_at:
            return super().handle_request(request)
        self.cuts += 1
        how = self.rng.choice(("before", "after", "midway"))
        if how == "before":
            raise httpx.ConnectError("cut before sending", request=request)
        response = super().handle_request(request)
        response.read()
        if how == "after":
            raise httpx.ReadError("cut after the server committed", request=request)
        raise httpx.RemoteProtocolError("cut half-way through the body", request=request)


def _prepared_home(template: Path, folder: Path) -> Path:
    """A workstation with a day of offline work queued, before enrolment."""
    home = folder / "prepared"
    shutil.copytree(template / "home", home)
    shutil.copyfile(template / "keyring.cfg", folder / "keyring.cfg")
    bench = Bench.open(home, FakeClock())
    ctx = bench.sign_in("officer1")
    rng = random.Random(3434)
    loan = open_loan(ctx)
    for _ in range(40):
        add_customer(ctx, rng)
        edit_customer(ctx, rng)
        pay(ctx, loan, rng)
    ctx.sign_out()
    return home


def _sync_copy(home: Path, server, transport: httpx.BaseTransport) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Enrol a copy of the prepared folder and sync it to the end: (server, client) hashes.

    The store is opened without signing in, so both copies hold the same audit chain."""
    ws = make_workstation(home, FakeClock())
    store, _ = ws.open_with_master(ws.unlock_master_key("officer1", USER_PASSWORD))
    client = SyncClient(store, ws.secrets, transport=transport)
    try:
        client.enroll(server.url, server.enrollment_code("CUT01"), "counter-1")
        client.login("officer1", USER_PASSWORD)
        for _ in range(400):
            with contextlib.suppress(SyncUnavailable):
                client.sync_once()
                if client.status().pending == 0:
                    break
        client.sync_once()
        return _server_hash(server.engine), _client_hash(store)
    finally:
        client.close()
        store.dispose()


def _digest(rows: object) -> str:
    return hashlib.sha256(json.dumps(rows, default=str, sort_keys=True).encode()).hexdigest()


def _server_hash(engine: Engine) -> str:
    with engine.connect() as conn:
        parts = [
            conn.execute(text(sql)).all()
            for sql in (
                "SELECT entity, pk, scope_key, row_version, row::text FROM entity_row "
                "ORDER BY entity, pk",
                "SELECT entity, pk, row_version, origin_seq FROM change_log ORDER BY id",
                "SELECT seq, mutation_id, status, reason FROM mutation_result ORDER BY seq",
                "SELECT seq, event_id, hash FROM audit_record ORDER BY seq",
                "SELECT entity, pk, seq, status FROM customer_conflict ORDER BY seq",
            )
        ]
    return _digest([[list(r) for r in part] for part in parts])


def _client_hash(store) -> str:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        parts = [
            [list(r) for r in conn.execute(select(table).order_by(table.c.id))]
            for _, table in sorted(sync_apply.tables().items())
        ]
        parts.append(
            [
                list(r)
                for r in conn.execute(
                    select(
                        OutboxEntry.seq,
                        OutboxEntry.mutation_id,
                        OutboxEntry.status,
                        OutboxEntry.outcome,
                        OutboxEntry.reason,
                    ).order_by(OutboxEntry.seq)
                )
            ]
        )
        parts.append([list(r) for r in conn.execute(select(AuditEvent.seq, AuditEvent.hash))])
    return _digest(parts)


class Counting(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += request.url.path in SYNC_PATHS
        return super().handle_request(request)


def test_c34_connection_cut_at_100_points_ends_as_an_uninterrupted_run(
    provisioned_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_client, "PUSH_BATCH", 3)  # many requests, many places to cut
    prepared = _prepared_home(provisioned_template, tmp_path)
    homes = [tmp_path / name for name in ("clean", "cut")]
    for home in homes:
        shutil.copytree(prepared, home)
    counting = Counting()
    with private_server() as first:
        clean = _sync_copy(homes[0], first, counting)
    assert counting.count >= 100
    cut_at = set(random.Random(100).sample(range(1, counting.count + 1), 100))
    cutting = Cutting(cut_at, seed=7)
    with private_server() as second:
        interrupted = _sync_copy(homes[1], second, cutting)
    print(
        f"requests uninterrupted={counting.count} interrupted={cutting.count} cuts={cutting.cuts}"
    )
    assert cutting.cuts == 100
    assert interrupted == clean  # server hash, then client hash


def test_c34_two_offline_clients_edit_one_borrower_same_winner_conflict_recorded(  # type: ignore[no-untyped-def]
    stations, server
) -> None:
    a, b = stations("OF001"), stations("OF001")
    customer_id = add_customer(a.session, random.Random(8))
    a.sync_until_quiet()
    b.sync_until_quiet()
    for station, name in ((a, "李甲"), (b, "李乙")):
        with station.session.transaction() as s:
            customer = s.get(Customer, customer_id)
            customer.legal_name = name
            customer.employer = f"employer of {name}"
    b.sync_until_quiet()
    a.sync_until_quiet()
    b.sync_until_quiet()
    with server.engine.connect() as conn:
        row = conn.execute(
            text("SELECT row FROM entity_row WHERE pk = :p"), {"p": str(customer_id)}
        ).scalar_one()
        conflicts = conn.execute(
            text("SELECT count(*) FROM customer_conflict WHERE pk = :p AND status = 'open'"),
            {"p": str(customer_id)},
        ).scalar_one()
    assert conflicts == 1  # the losing KYC edit waits for review
    for station in (a, b):
        with station.session.read() as s:
            customer = s.get(Customer, customer_id)
            assert (customer.legal_name, customer.employer) == (row["legal_name"], row["employer"])
    assert row["legal_name"] == "李乙"  # first to reach head office wins, on both sides


def _repay(ctx, loan_id, amount) -> None:  # type: ignore[no-untyped-def]
    """A repayment as servicing books it: a ledger event plus the derived balance."""
    with ctx.transaction() as s:
        loan = s.get(Loan, loan_id)
        loan.outstanding_principal -= amount
        s.add(
            LedgerEntry(
                loan_id=loan_id,
                kind="repayment",
                amount=amount,
                channel="cash",
                value_date=loan.start_date,
                idempotency_key=f"{loan_id}-{amount}",
                posted_by=ctx.actor.username,
            )
        )


def test_c34_two_offline_repayments_on_one_loan_append_events_and_keep_the_balance(  # type: ignore[no-untyped-def]
    stations, server
) -> None:
    from decimal import Decimal

    a, b = stations("OF002"), stations("OF002")
    loan_id = open_loan(a.session)
    with a.session.transaction() as s:
        s.get(Loan, loan_id).outstanding_principal = Decimal(10000)
    a.sync_until_quiet()
    b.sync_until_quiet()
    _repay(a.session, loan_id, Decimal(300))
    _repay(b.session, loan_id, Decimal(500))
    for station in (a, b, a):
        station.sync_until_quiet()
    for station in (a, b):
        with station.session.read() as s:
            repaid = s.execute(select(LedgerEntry.amount).where(LedgerEntry.loan_id == loan_id))
            assert sorted(repaid.scalars()) == [Decimal(300), Decimal(500)]  # both appended
            assert s.get(Loan, loan_id).outstanding_principal == Decimal(9200)
