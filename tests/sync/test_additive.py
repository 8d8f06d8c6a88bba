"""Money counters merge by adding each change (docs/sync.md, "Conflict rules").

Two workstations that post repayments on one loan while offline both move the loan's
outstanding principal and the installments' paid amounts; head office adds both
changes instead of keeping the last one, and both workstations end with the sum.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from syncservice import rules
from syncservice.rules import Rejected
from tests.support import Bench
from tests.sync.conftest import Station
from tests.sync.faults import assert_no_loss_no_duplicates
from workstation.models import Installment, LedgerEntry, Loan, OutboxEntry, sync
from workstation.services import demo_loans, servicing
from workstation.services.session import UserSession

DAY = date(2026, 11, 2)
LOAN = {"outstanding_principal": "10000.00", "bucket": "current", "amount_overdue": "50.00"}


def _merge(row: dict[str, Any], changed: list[str], deltas: dict[str, Any]) -> dict[str, Any]:
    return rules.merge("loan", LOAN, 3, row, changed, 3, "officer", deltas).row


def test_server_adds_deltas_and_sets_the_rest() -> None:
    first = _merge(
        {**LOAN, "outstanding_principal": "9700.00", "bucket": "1-30"},
        ["bucket", "outstanding_principal"],
        {"outstanding_principal": "-300.00"},
    )
    assert first == {**LOAN, "outstanding_principal": "9700.00", "bucket": "1-30"}
    # A second workstation's row still shows 10000 - 500: its delta adds to the 9700.
    second = rules.merge(
        "loan",
        first,
        4,
        {**LOAN, "outstanding_principal": "9500.00"},
        ["outstanding_principal"],
        3,
        "officer",
        {"outstanding_principal": "-500"},
    )
    assert second.row["outstanding_principal"] == "9200.00"
    # A recomputation (no delta) sets the value as it stands.
    assert _merge({**LOAN, "amount_overdue": "0.00"}, ["amount_overdue"], {})["amount_overdue"] == (
        "0.00"
    )


@pytest.mark.parametrize(
    ("changed", "deltas"),
    [
        (["bucket"], {"bucket": "1"}),  # not an additive field
        (["bucket"], {"outstanding_principal": "-1"}),  # not among the changed fields
        (["outstanding_principal"], {"outstanding_principal": "abc"}),
        (["outstanding_principal"], {"outstanding_principal": "NaN"}),
        (["outstanding_principal"], {"outstanding_principal": "1e30"}),
    ],
)
def test_server_refuses_malformed_deltas(changed: list[str], deltas: dict[str, Any]) -> None:
    with pytest.raises(Rejected) as refused:
        _merge(LOAN, changed, deltas)
    assert refused.value.reason == "MALFORMED"


def test_both_sides_name_the_same_additive_fields() -> None:
    assert sync.ADDITIVE == rules.ADDITIVE


def _latest_args(ctx: UserSession, pk: str) -> dict[str, Any]:
    with ctx.read() as s:
        entry = s.scalars(
            select(OutboxEntry).where(OutboxEntry.pk == pk).order_by(OutboxEntry.seq.desc())
        ).first()
        assert entry is not None
        return dict(json.loads(entry.args))


def test_hook_sends_the_change_even_when_the_old_value_was_not_loaded(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    demo_loans.insert_loans(ctx, 1, DAY, overdue_every=1)
    with ctx.transaction() as s:
        loan = s.scalars(select(Loan)).one()
        loan_id, before = loan.id, loan.outstanding_principal
        s.expire(loan, ["outstanding_principal"])
        loan.outstanding_principal = before - Decimal("123.45")
        loan.bucket = "1-30"
    args = _latest_args(ctx, str(loan_id))
    assert args["changed"] == ["bucket", "outstanding_principal"]
    assert args["deltas"] == {"outstanding_principal": "-123.45"}


def _booked_loan(a: Station) -> uuid.UUID:
    """One unpaid demo loan, queued for head office (demo data is otherwise local)."""
    demo_loans.insert_loans(a.session, 1, DAY, overdue_every=1)
    with a.session.transaction() as s:
        loan_id = s.scalars(select(Loan.id)).one()
        installments = s.scalars(select(Installment.id)).all()
        sync.enqueue_rows(s, "loan", [loan_id], op="insert")
        sync.enqueue_rows(s, "installment", installments, op="insert")
    return loan_id


def _balances(ctx: UserSession, loan_id: uuid.UUID) -> dict[Any, Any]:
    with ctx.read() as s:
        loan = s.get(Loan, loan_id)
        assert loan is not None
        balances: dict[Any, Any] = {
            i.number: (i.principal_paid, i.interest_paid, i.fee_paid, i.penalty_paid)
            for i in loan.installments
        }
        balances.update(outstanding=loan.outstanding_principal, credit=loan.credit_balance)
        return balances


def _allocated(ctx: UserSession, loan_id: uuid.UUID) -> dict[str, Decimal]:
    """part -> amount over every repayment this workstation's ledger holds."""
    total: dict[str, Decimal] = {}
    with ctx.read() as s:
        for entry in s.scalars(select(LedgerEntry).where(LedgerEntry.loan_id == loan_id)):
            for parts in json.loads(entry.allocation).get("installments", {}).values():
                for part, value in parts.items():
                    total[part] = total.get(part, Decimal(0)) + Decimal(value)
    return total


def _server_loan(engine: Engine, loan_id: uuid.UUID) -> dict[str, Any]:
    with engine.connect() as conn:
        return dict(
            conn.execute(
                text("SELECT row FROM entity_row WHERE entity = 'loan' AND pk = :p"),
                {"p": str(loan_id)},
            ).scalar_one()
        )


def test_two_offline_repayments_through_servicing_add_up_everywhere(
    stations: Callable[..., Station], server: Any
) -> None:
    a, b = stations("AD001", user="supervisor1"), stations("AD001")
    loan_id = _booked_loan(a)
    a.sync_until_quiet()
    b.sync_until_quiet()
    start = _balances(b.session, loan_id)
    assert start == _balances(a.session, loan_id)

    servicing.post_repayment(a.session, loan_id, "1000", "cash", DAY, "pay-a")
    servicing.post_repayment(b.session, loan_id, "2500", "cash", DAY, "pay-b")
    for station in (a, b, a):
        station.sync_until_quiet()

    # Each workstation allocated its own payment; head office adds both allocations.
    a_only, b_only = _allocated(a.session, loan_id), _allocated(b.session, loan_id)
    assert a_only == b_only  # both now hold both entries
    principal = a_only["principal"]
    assert principal > Decimal(0)
    merged = _balances(a.session, loan_id)
    assert merged == _balances(b.session, loan_id)
    assert merged["outstanding"] == start["outstanding"] - principal
    assert sum(merged[n][0] for n in (1, 2, 3)) == principal
    assert sum(merged[n][1] for n in (1, 2, 3)) == a_only.get("interest", Decimal(0))
    assert (
        Decimal(_server_loan(server.engine, loan_id)["outstanding_principal"])
        == (merged["outstanding"])
    )
    for station in (a, b):
        assert_no_loss_no_duplicates(station.session.store, server.engine)
