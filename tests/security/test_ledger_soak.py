"""C35: the ledger invariant under faults, Jepsen-bank style.

Ten workstations in two branches disburse and repay on their loans while the network
drops, duplicates, replays and truncates traffic, whole workstations are partitioned,
the sync service and its PostgreSQL are SIGKILLed and restarted, and every client's
clock is skewed by up to an hour. At every local read the client's own loans satisfy
disbursed - repaid = outstanding with no negative balance; at every checkpoint (faults
healed, everyone synced) the server and every client hold the same rows, the invariant
holds for every loan everywhere, and every acknowledged ledger event is at head office.

CI runs 15 s of chaos (plus setup and checkpoints, about a minute);
`WORKSTATION_SOAK_SECONDS=600` gives the auditor's 10 minutes.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select, text

from syncservice.db import make_engine
from tests.security.sync_env import PrivatePostgres, SyncProcess, enrollment_code, open_station
from tests.support import USER_PASSWORD, FakeClock
from tests.sync.conftest import Station
from tests.sync.faults import FaultyTransport, assert_no_loss_no_duplicates, local_rows, server_rows
from tests.sync.workload import open_loan
from workstation.models import LedgerEntry, Loan
from workstation.services.sync_client import SyncError, SyncRefused

SOAK_SECONDS = float(os.environ.get("WORKSTATION_SOAK_SECONDS", "15"))
CLIENTS = 10
BRANCHES = ("JB001", "JB002")
LOANS_PER_CLIENT = 2


class Network(FaultyTransport):
    """The sync suite's faulty network, plus whole-workstation partitions."""

    def __init__(self, rate: float, seed: int) -> None:
        super().__init__(rate, seed)
        self.partitioned = False
        self.refused = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.partitioned:
            self.refused += 1
            raise httpx.ConnectError("partitioned", request=request)
        return super().handle_request(request)


@dataclass
class Client:
    station: Station
    network: Network
    loans: list[uuid.UUID]
    acknowledged: dict[str, tuple[str, Decimal]] = field(default_factory=dict)


@dataclass
class History:
    ops: int = 0
    reads: int = 0
    syncs: int = 0
    checkpoints: int = 0
    faults: dict[str, int] = field(default_factory=dict)

    def fault(self, name: str) -> None:
        self.faults[name] = self.faults.get(name, 0) + 1


def _book(client: Client, rng: random.Random) -> None:
    """One officer transaction: a ledger event and the loan's derived balance, atomically."""
    ctx = client.station.session
    loan_id = rng.choice(client.loans)
    with ctx.transaction() as s:
        loan = s.get(Loan, loan_id)
        assert loan is not None
        repay = loan.outstanding_principal > 0 and rng.random() < 0.5
        if repay:
            amount = Decimal(rng.randrange(1, int(loan.outstanding_principal) + 1))
            loan.outstanding_principal -= amount
        else:
            amount = Decimal(rng.randrange(100, 5000))
            loan.outstanding_principal += amount
        entry = LedgerEntry(
            loan_id=loan_id,
            kind="repayment" if repay else "disbursement",
            amount=amount,
            channel="cash",
            value_date=loan.start_date,
            idempotency_key=str(uuid.uuid4()),
            posted_by=ctx.actor.username,
        )
        s.add(entry)
        s.flush()
        entry_id = str(entry.id)
    client.acknowledged[entry_id] = (str(loan_id), amount)  # the commit returned


def _local_balances(client: Client, only_own: bool) -> dict[str, tuple[Decimal, Decimal]]:
    """loan id -> (disbursed - repaid, outstanding), read in one local transaction."""
    with client.station.session.read() as s:
        loans = s.execute(select(Loan.id, Loan.outstanding_principal)).all()
        entries = s.execute(select(LedgerEntry.loan_id, LedgerEntry.kind, LedgerEntry.amount)).all()
    net: dict[str, Decimal] = {}
    for loan_id, kind, amount in entries:
        net[str(loan_id)] = net.get(str(loan_id), Decimal(0)) + (
            amount if kind == "disbursement" else -amount
        )
    own = {str(i) for i in client.loans}
    return {
        str(i): (net.get(str(i), Decimal(0)), out)
        for i, out in loans
        if not only_own or str(i) in own
    }


def _server_balances(engine: Engine, branch: str) -> dict[str, tuple[Decimal, Decimal]]:
    scope = {"s": f"branch:{branch}"}
    with engine.connect() as conn:
        loans = conn.execute(
            text(
                "SELECT pk, row->>'outstanding_principal' FROM entity_row "
                "WHERE entity = 'loan' AND scope_key = :s"
            ),
            scope,
        ).all()
        entries = conn.execute(
            text(
                "SELECT row->>'loan_id', row->>'kind', row->>'amount' FROM entity_row "
                "WHERE entity = 'ledger_entry' AND scope_key = :s"
            ),
            scope,
        ).all()
    net: dict[str, Decimal] = {}
    for loan_id, kind, amount in entries:
        sign = 1 if kind == "disbursement" else -1
        net[loan_id] = net.get(loan_id, Decimal(0)) + sign * Decimal(amount)
    return {pk: (net.get(pk, Decimal(0)), Decimal(out)) for pk, out in loans}


def _assert_invariant(balances: dict[str, tuple[Decimal, Decimal]], where: str) -> None:
    broken = {k: v for k, v in balances.items() if v[0] != v[1] or v[1] < 0}
    assert not broken, f"{where}: disbursed - repaid != outstanding (or negative): {broken}"


def _server_ledger(engine: Engine) -> dict[str, Decimal]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT pk, row->>'amount' FROM entity_row WHERE entity = 'ledger_entry'")
        ).all()
    return {pk: Decimal(amount) for pk, amount in rows}


def _sync(client: Client, history: History, *, until_quiet: bool) -> None:
    """Sync as the officer would: when head office refuses the token, sign in again.

    A refresh whose answer is lost leaves the workstation with a token the server has
    already revoked (TOKEN_REVOKED); the Sync screen then asks for the password."""
    for _ in range(20):
        try:
            if until_quiet:
                client.station.sync_until_quiet()
            else:
                client.station.client.sync_once()
            return
        except SyncRefused:
            history.fault("officer_signed_in_again")
            with contextlib.suppress(SyncError):
                client.station.client.login("officer1", USER_PASSWORD)
        except SyncError:
            if until_quiet:
                raise
            return
    raise AssertionError("the workstation could not sign in to head office again")


def _checkpoint(clients: list[Client], engine: Engine, history: History) -> None:
    """Heal everything, let everyone sync twice, then read head office and every client."""
    for c in clients:
        c.network.partitioned, c.network.enabled = False, False
    for _ in range(2):
        for c in clients:
            _sync(c, history, until_quiet=True)
    stored = _server_ledger(engine)
    for branch in BRANCHES:
        balances = _server_balances(engine, branch)
        assert len(balances) == CLIENTS // len(BRANCHES) * LOANS_PER_CLIENT
        _assert_invariant(balances, f"head office {branch}")
    for c in clients:
        lost = {i: a for i, (_, a) in c.acknowledged.items() if stored.get(i) != a}
        assert not lost, f"acknowledged ledger events missing at head office: {lost}"
        assert local_rows(c.station.session.store) == server_rows(engine, c.station.branch)
        assert_no_loss_no_duplicates(c.station.session.store, engine)
        _assert_invariant(_local_balances(c, only_own=False), f"client {c.station.branch}")
    for c in clients:
        c.network.enabled = True
    history.checkpoints += 1


def _chaos_step(
    rng: random.Random,
    clients: list[Client],
    pg: PrivatePostgres,
    svc: SyncProcess,
    down: dict[str, int],
    history: History,
) -> None:
    roll = rng.random()
    if roll < 0.45:
        _book(rng.choice(clients), rng)
        history.ops += 1
    elif roll < 0.75:
        _sync(rng.choice(clients), history, until_quiet=False)
        history.syncs += 1
    elif roll < 0.93:
        c = rng.choice(clients)
        _assert_invariant(_local_balances(c, only_own=True), "local read")
        history.reads += 1
    elif roll < 0.97:
        c = rng.choice(clients)
        c.network.partitioned = not c.network.partitioned
        history.fault("partition" if c.network.partitioned else "partition_healed")
    elif roll < 0.975 and "server" not in down:
        svc.kill9()
        down["server"] = rng.randrange(5, 30)
        history.fault("sync_service_kill9")
    elif roll < 0.98 and "postgres" not in down:
        pg.kill9()
        down["postgres"] = rng.randrange(5, 30)
        history.fault("postgres_kill9")
    else:
        rng.choice(clients).station.bench.clock.advance(minutes=rng.randrange(1, 30))
    for name in list(down):
        down[name] -= 1
        if down[name] <= 0 and not (name == "server" and "postgres" in down):
            (svc.start if name == "server" else pg.start)()  # the service needs its database
            del down[name]


def _force_kills(
    step: int, pg: PrivatePostgres, svc: SyncProcess, down: dict[str, int], history: History
) -> None:
    """However short the run, each kind of crash happens at least once."""
    if step == 40 and "server" not in down:
        svc.kill9()
        down["server"] = 10
        history.fault("sync_service_kill9")
    if step == 120 and "postgres" not in down:
        pg.kill9()
        down["postgres"] = 10
        history.fault("postgres_kill9")


def _heal(pg: PrivatePostgres, svc: SyncProcess, down: dict[str, int]) -> None:
    if "postgres" in down:
        pg.start()
    if "server" in down:
        svc.start()
    down.clear()


@pytest.mark.timeout(max(300, int(SOAK_SECONDS * 3)))
def test_c35_ledger_invariant_holds_under_partitions_kills_and_clock_skew(
    provisioned_template: Path, tmp_path: Path
) -> None:
    shutil.copyfile(provisioned_template / "keyring.cfg", tmp_path / "keyring.cfg")
    rng = random.Random(35)
    pg = PrivatePostgres()
    svc: SyncProcess | None = None
    clients: list[Client] = []
    try:
        pg.create_database("soak")
        svc = SyncProcess(pg.url("soak"))
        engine = make_engine(pg.url("soak"))
        for i in range(CLIENTS):
            branch = BRANCHES[i % len(BRANCHES)]
            home = tmp_path / f"c{i}"
            shutil.copytree(provisioned_template / "home", home)
            clock = FakeClock()
            clock.advance(minutes=rng.uniform(-60, 60))  # skewed by up to an hour
            network = Network(0.15, seed=i)
            network.enabled = False
            code = enrollment_code(pg.url("soak"), branch)
            station = open_station(home, clock, svc.url, code, branch, network)
            loans = [open_loan(station.session) for _ in range(LOANS_PER_CLIENT)]
            clients.append(Client(station, network, loans))
        history = History()
        _checkpoint(clients, engine, history)
        deadline = time.monotonic() + SOAK_SECONDS
        next_checkpoint = time.monotonic() + max(SOAK_SECONDS / 4, 10)
        down: dict[str, int] = {}
        step = 0
        while time.monotonic() < deadline or step < 200:
            step += 1
            _force_kills(step, pg, svc, down, history)
            _chaos_step(rng, clients, pg, svc, down, history)
            if time.monotonic() >= next_checkpoint:
                _heal(pg, svc, down)
                _checkpoint(clients, engine, history)
                next_checkpoint = time.monotonic() + max(SOAK_SECONDS / 4, 10)
        _heal(pg, svc, down)
        _checkpoint(clients, engine, history)
        network_faults = {
            k: sum(c.network.injected[k] for c in clients) for k in clients[0].network.injected
        }
        acknowledged = sum(len(c.acknowledged) for c in clients)
        print(
            f"C35 soak {SOAK_SECONDS:.0f}s: ops={history.ops} acknowledged={acknowledged} "
            f"syncs={history.syncs} reads={history.reads} checkpoints={history.checkpoints} "
            f"faults={history.faults} network={network_faults} "
            f"partition_refusals={sum(c.network.refused for c in clients)}"
        )
        assert history.ops > 0
        assert history.reads > 0
        assert {"partition", "sync_service_kill9", "postgres_kill9"} <= set(history.faults)
        engine.dispose()
    finally:
        for c in clients:
            c.station.client.close()
            c.station.session.dispose_quietly()
        if svc is not None:
            svc.stop()
        pg.stop()
