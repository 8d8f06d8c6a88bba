"""Several workstations, thousands of changes, a hostile network: nothing lost or doubled.

Three stations of one branch and one of another make changes while the transport
drops requests, loses responses after the server committed, duplicates and replays
requests, answers 500 and truncates bodies. After the faults heal, every station
must hold exactly the server's rows for its branch (same keys, same versions), every
outbox entry must have exactly one server outcome, and no row of the other branch may
appear anywhere.
"""

from __future__ import annotations

import contextlib
import random

from sqlalchemy import text

from tests.sync.faults import (
    FaultyTransport,
    assert_no_loss_no_duplicates,
    local_rows,
    server_rows,
)
from tests.sync.workload import add_customer, edit_customer, open_loan, pay
from workstation.services.sync_client import SyncError

ROUNDS = 12
ACTIONS_PER_ROUND = 12


def _act(station, rng: random.Random, loan) -> None:
    roll = rng.random()
    if roll < 0.4:
        add_customer(station.session, rng)
    elif roll < 0.7:
        edit_customer(station.session, rng)
    else:
        pay(station.session, loan, rng)


def test_stations_converge_under_network_faults(stations, server):
    transports = [FaultyTransport(0.25, seed) for seed in range(4)]
    for t in transports:
        t.enabled = False
    group = [stations("BJ001", t) for t in transports[:3]]
    other = stations("SH002", transports[3])
    everyone = [*group, other]
    loans = {id(s): open_loan(s.session) for s in everyone}
    rng = random.Random(7)
    for t in transports:
        t.enabled = True
    for _ in range(ROUNDS):
        for station in everyone:
            for _ in range(ACTIONS_PER_ROUND):
                _act(station, rng, loans[id(station)])
            with contextlib.suppress(SyncError):
                station.client.sync_once()
    for t in transports:
        t.enabled = False
    for _ in range(2):  # a second pass delivers what the first pass's pushes produced
        for station in everyone:
            station.sync_until_quiet()

    bj = server_rows(server.engine, "BJ001")
    sh = server_rows(server.engine, "SH002")
    for station in group:
        assert local_rows(station.session.store) == bj
        assert_no_loss_no_duplicates(station.session.store, server.engine)
    assert local_rows(other.session.store) == sh
    assert not set(bj) & set(sh)
    with server.engine.connect() as conn:
        mutations = conn.execute(text("SELECT count(*) FROM mutation_result")).scalar_one()
    injected = {k: sum(t.injected[k] for t in transports) for k in transports[0].injected}
    print(f"mutations={mutations} faults={injected}")
    assert mutations >= 1500
    assert all(count > 0 for count in injected.values())
