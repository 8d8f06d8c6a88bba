"""RESET_REQUIRED (SYNC.md F9): history compacted or the scope re-based. The workstation
pushes its outbox first, forgets the server's rows and snapshots again; nothing is lost."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import select

from syncservice import accounts, scopes
from tests.sync.faults import assert_no_loss_no_duplicates, local_rows, server_rows
from tests.sync.workload import add_customer, edit_customer
from workstation.models import Customer


def _occupations(station) -> dict[str, str]:
    with station.session.store.read() as s:
        return {str(c.id): c.occupation for c in s.execute(select(Customer)).scalars()}


def test_compacted_history_resets_after_pushing_the_outbox(stations, server, monkeypatch):
    office, laptop = stations("RS001"), stations("RS001")
    rng = random.Random(61)
    for _ in range(6):
        add_customer(office.session, rng)
    office.sync_until_quiet()
    laptop.sync_until_quiet()
    edit_customer(laptop.session, rng)  # offline: waits in the outbox
    add_customer(office.session, rng)
    office.sync_until_quiet()
    gone = scopes.compact(server.engine, accounts.now_utc() + timedelta(seconds=1))
    assert gone > 0
    resets = []
    real_reset = laptop.client.reset
    monkeypatch.setattr(laptop.client, "reset", lambda: resets.append(1) or real_reset())
    laptop.client.catch_up()  # no push step before it: the reset itself must push
    assert resets == [1]
    assert laptop.client.status().pending == 0
    assert local_rows(laptop.session.store) == server_rows(server.engine, "RS001")
    assert_no_loss_no_duplicates(laptop.session.store, server.engine)
    office.sync_until_quiet()
    assert _occupations(office) == _occupations(laptop)  # the offline edit survived


def test_new_epoch_forces_a_fresh_snapshot(stations, server):
    station = stations("RS002")
    add_customer(station.session, random.Random(62))
    station.sync_until_quiet()
    before = station.client.state().epoch
    scopes.new_epoch(server.engine, "branch:RS002")
    station.client.sync_once()
    assert station.client.state().epoch not in ("", before)
    assert local_rows(station.session.store) == server_rows(server.engine, "RS002")
