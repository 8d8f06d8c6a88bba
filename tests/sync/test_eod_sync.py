"""End of day writes in bulk SQL; its penalties, arrears and cases still reach head office."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, select, text

from syncservice import rules
from tests.support import Bench
from tests.sync.conftest import Server, Station
from tests.sync.faults import assert_no_loss_no_duplicates
from workstation.models import Base, OutboxEntry, sync
from workstation.models.sync import SYNCED_TABLES, outbox_values, row_dict, to_json_value
from workstation.services import demo_loans, eod
from workstation.services.store import Store

DAY = date(2026, 11, 2)
# What an end of day derives, per synced table.
FIELDS = {
    "loan": ("days_past_due", "bucket", "amount_overdue", "last_eod_date"),
    "installment": ("penalty_accrued",),
    "ledger_entry": ("loan_id", "kind", "amount", "value_date"),
    "collection_case": ("loan_id", "status", "priority", "amount_overdue"),
}


def local_facts(store: Store) -> dict[str, dict[str, tuple[Any, ...]]]:
    facts: dict[str, dict[str, tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for entity, names in FIELDS.items():
            table = Base.metadata.tables[entity]
            rows = conn.execute(select(table.c.id, *(table.c[n] for n in names)))
            facts[entity] = {str(r[0]): tuple(to_json_value(v) for v in r[1:]) for r in rows}
    return _derived(facts)


def server_facts(engine: Engine, branch: str) -> dict[str, dict[str, tuple[Any, ...]]]:
    facts: dict[str, dict[str, tuple[Any, ...]]] = {name: {} for name in FIELDS}
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT entity, pk, row FROM entity_row WHERE scope_key = :s"),
            {"s": f"branch:{branch}"},
        )
        for entity, pk, row in rows:
            if entity in FIELDS:
                facts[entity][pk] = tuple(row[n] for n in FIELDS[entity])
    return _derived(facts)


def _derived(facts: dict[str, dict[str, tuple[Any, ...]]]) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Only what the end of day wrote: worked loans, charged installments, penalties, cases."""
    return {
        "loan": {k: v for k, v in facts["loan"].items() if v[3]},
        "installment": {k: v for k, v in facts["installment"].items() if v[0] != "0.00"},
        "ledger_entry": {k: v for k, v in facts["ledger_entry"].items() if v[1] == "penalty"},
        "collection_case": facts["collection_case"],
    }


def pending(store: Store) -> int:
    with store.read() as s:
        return len(s.scalars(select(OutboxEntry.seq).where(OutboxEntry.status != "done")).all())


def test_end_of_day_reaches_head_office_and_the_other_workstation(
    stations: Callable[..., Station], server: Server
) -> None:
    branch = stations("EO001", user="supervisor1")
    demo_loans.insert_loans(branch.session, 40, DAY, overdue_every=4)
    eod.run_eod(branch.session, DAY)
    assert pending(branch.session.store) > 40
    branch.sync_until_quiet()
    facts = local_facts(branch.session.store)
    assert [len(facts[e]) for e in FIELDS] == [10, 14, 10, 10]  # some owe two installments
    assert all(loan[0] > 0 for loan in facts["loan"].values())
    assert facts == server_facts(server.engine, "EO001")
    other = stations("EO001")
    other.client.catch_up()
    assert local_facts(other.session.store) == facts

    # The same date again writes nothing; the next day charges once more, without duplicates.
    assert eod.run_eod(branch.session, DAY).status == "already_done"
    assert pending(branch.session.store) <= 2  # the run's own audit events
    eod.run_eod(branch.session, DAY + timedelta(days=1))
    branch.sync_until_quiet()
    other.client.catch_up()
    facts = local_facts(branch.session.store)
    charges = [(e[0], e[3]) for e in facts["ledger_entry"].values()]
    assert len(charges) >= 20
    assert len(set(charges)) == len(charges)  # one penalty per loan and day
    cases = [c[0] for c in facts["collection_case"].values()]
    assert len(set(cases)) == len(cases) >= 10  # one case per loan
    assert facts == server_facts(server.engine, "EO001") == local_facts(other.session.store)
    assert_no_loss_no_duplicates(branch.session.store, server.engine)


def test_bulk_payloads_equal_the_flush_hooks(bench: Bench) -> None:
    """What enqueue_rows writes in SQL is what the hook would have sent for the row."""
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 12, DAY, overdue_every=3)
    eod.run_eod(ctx, DAY)
    with ctx.read() as s:
        latest = {
            (e.entity, e.pk): json.loads(e.args)
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
            if e.entity in FIELDS
        }
        assert {entity for entity, _ in latest} == set(FIELDS)
        for (entity, pk), args in latest.items():
            model = sync._mapper(entity).class_
            row = row_dict(s.get(model, uuid.UUID(pk)))
            assert args["row"] == row
            assert args["base_version"] == (row["version"] - 1 if args["op"] == "update" else 0)
            hook = json.loads(outbox_values(entity, pk, args["op"], row, [], 0)["args"])
            assert set(args) == set(hook)
            # The first penalty moves penalty_accrued up from 0; a recomputation sends none.
            added = {"penalty_accrued": row["penalty_accrued"]} if entity == "installment" else {}
            assert args["deltas"] == added


def test_every_synced_table_can_be_enqueued_in_bulk() -> None:
    """A new synced table needs an `id`, a `version` and column types the SQL can write."""
    assert SYNCED_TABLES == rules.SYNCED  # the workstation sends what head office takes
    for name in SYNCED_TABLES - {"audit_event"}:
        mapper = sync._mapper(name)
        assert {"id", "version", "updated_at"} <= set(mapper.local_table.c.keys())
        for op in ("insert", "update"):
            assert "json_object" in str(sync._enqueue_sql(mapper, op))
