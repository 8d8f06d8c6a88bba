"""Early warning: each signal fires on a crafted history and stays silent on a clean one."""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.support import Bench
from workstation.models import (
    AuditEvent,
    BureauReport,
    CollectionCase,
    EarlyWarning,
    LoanBucketHistory,
    OutboxEntry,
    PromiseToPay,
    WatchlistEntry,
    WatchlistHit,
)
from workstation.services import customers, demo_loans, early_warning, eod, servicing
from workstation.services import early_warning_list as ew
from workstation.services.permissions import PermissionDenied
from workstation.services.schedules import add_months
from workstation.services.session import UserSession

DAY = date(2026, 11, 2)


@dataclass(frozen=True)
class Booked:
    loan_id: uuid.UUID
    customer_id: uuid.UUID
    start: date


def at(day: date, hour: int = 2) -> datetime:
    return datetime.combine(day, time(hour), UTC)


def book(bench: Bench, ctx: UserSession, months_back: int) -> Booked:
    """A loan disbursed `months_back` months before DAY, nothing repaid."""
    start = add_months(DAY, -months_back)
    signed = demo_loans.signed_application(ctx)
    bench.clock.current = at(start)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, start)
    servicing.disburse(ctx, loan.id, signed.bank_account_id, f"d-{loan.id}")
    bench.clock.current = at(DAY)
    return Booked(loan.id, signed.customer_id, start)


def pay_due(ctx: UserSession, booked: Booked, share: Decimal = Decimal(1)) -> None:
    """Pay (a share of) what fell due before DAY, on its due date."""
    due = add_months(booked.start, 1)
    owed = servicing.get_loan(ctx, booked.loan_id).installments[0].unpaid
    amount = (owed * share).quantize(Decimal("0.01"))
    servicing.post_repayment(ctx, booked.loan_id, amount, "cash", due, f"pay-{booked.loan_id}")


def signals(ctx: UserSession, loan_id: uuid.UUID) -> dict[str, dict[str, object]]:
    """The loan's current signals by code ({} when it has no warning row at all)."""
    page = ew.warning_list(ctx)
    row = next((r for r in page.rows if r.loan_id == loan_id), None)
    if row is None:
        with ctx.read() as s:
            assert s.scalar(select(EarlyWarning).where(EarlyWarning.loan_id == loan_id)) is None
        return {}
    assert row.signals, "a warning always names its signals"
    return {sig.code: sig.facts for sig in row.signals}


@pytest.fixture
def ctx(bench: Bench) -> UserSession:
    return bench.sign_in("supervisor1")


def test_missed_payment_fires_and_a_paid_up_loan_stays_silent(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    missed, paid = book(bench, ctx, 2), book(bench, ctx, 2)
    pay_due(ctx, paid)
    eod.run_eod(ctx, DAY)
    found = signals(ctx, missed.loan_id)
    assert found["missed_payment"] == {"installments": 1, "first_due": "2026-10-02"}
    assert "partial_payment" not in found
    assert signals(ctx, paid.loan_id) == {}
    row = ew.warning_list(ctx).rows[0]
    assert (row.behaviour_score, row.severity) == (400, "critical")  # 200 + 2 buckets x 100


def test_partial_payment_fires(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    partial = book(bench, ctx, 2)
    pay_due(ctx, partial, Decimal("0.5"))
    eod.run_eod(ctx, DAY)
    found = signals(ctx, partial.loan_id)
    assert found["partial_payment"] == {"installments": 1}
    assert "missed_payment" not in found


def test_dpd_rising_compares_with_the_last_month_end(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    rising, steady = book(bench, ctx, 3), book(bench, ctx, 3)  # both 61 days past due
    with ctx.transaction() as s:
        for booked, bucket in ((rising, "31-60"), (steady, "61-90")):
            s.add(
                LoanBucketHistory(
                    month="2026-10",
                    loan_id=booked.loan_id,
                    branch_id=ctx.actor.branch_id,
                    bucket=bucket,
                    balance=Decimal(1),
                )
            )
    eod.run_eod(ctx, DAY)
    assert signals(ctx, rising.loan_id)["dpd_rising"] == {
        "before": "31-60",
        "now": "61-90",
        "month": "2026-10",
    }
    assert "dpd_rising" not in signals(ctx, steady.loan_id)
    assert "missed_payment" in signals(ctx, steady.loan_id)


def test_broken_promise_in_the_last_90_days_fires(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    broken, kept = book(bench, ctx, 3), book(bench, ctx, 3)
    eod.run_eod(ctx, DAY - timedelta(days=20))  # opens both collection cases
    with ctx.transaction() as s:
        for booked, status in ((broken, "broken"), (kept, "kept")):
            case = s.scalar(select(CollectionCase).where(CollectionCase.loan_id == booked.loan_id))
            assert case is not None
            s.add(
                PromiseToPay(
                    case_id=case.id,
                    amount=Decimal(100),
                    due_date=DAY - timedelta(days=10),
                    status=status,
                    recorded_by="collector1",
                )
            )
    eod.run_eod(ctx, DAY)
    assert signals(ctx, broken.loan_id)["broken_promise"] == {"count": 1, "last_due": "2026-10-23"}
    assert "broken_promise" not in signals(ctx, kept.loan_id)


def test_contact_changed_shortly_before_the_first_missed_due_date(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    changed, later = book(bench, ctx, 3), book(bench, ctx, 3)  # first due 2026-09-02
    bench.clock.current = at(date(2026, 8, 20))
    customers.edit(ctx, changed.customer_id, {"mobile": "13912345678"})
    bench.clock.current = at(date(2026, 9, 20))  # after the due date: not "before a default"
    customers.edit(ctx, later.customer_id, {"mobile": "13912345679"})
    bench.clock.current = at(DAY)
    eod.run_eod(ctx, DAY)
    facts = signals(ctx, changed.loan_id)["contact_changed"]
    assert facts == {"kinds": ["edit"], "last_change": "2026-08-20", "first_due": "2026-09-02"}
    assert "contact_changed" not in signals(ctx, later.loan_id)


def test_watchlist_hit_after_disbursement_fires_unless_cleared(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    hit, cleared, before = book(bench, ctx, 0), book(bench, ctx, 0), book(bench, ctx, 0)
    with ctx.transaction() as s:
        entry = WatchlistEntry(list_name="test", name="x")
        s.add(entry)
        s.flush()
        for booked, status, when in (
            (hit, "open", at(DAY, 5)),
            (cleared, "cleared", at(DAY, 5)),
            (before, "open", at(DAY - timedelta(days=5))),
        ):
            s.add(
                WatchlistHit(
                    customer_id=booked.customer_id,
                    entry_id=entry.id,
                    match_kind="name",
                    status=status,
                    created_at=when,
                )
            )
    early_warning.run(ctx, DAY)
    assert signals(ctx, hit.loan_id)["watchlist_hit"] == {
        "hits": 1,
        "confirmed": False,
        "last_hit": "2026-11-02",
    }
    assert signals(ctx, cleared.loan_id) == {}
    assert signals(ctx, before.loan_id) == {}


def test_bureau_shows_new_inquiries_and_debt_after_disbursement(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    worse, same = book(bench, ctx, 2), book(bench, ctx, 2)
    pay_due(ctx, worse)
    pay_due(ctx, same)
    with ctx.transaction() as s:
        for booked, inquiries, debt in ((worse, 5, 30000), (same, 1, 10500)):
            for when, n, amount in ((booked.start, 1, 10000), (DAY, inquiries, debt)):
                s.add(
                    BureauReport(
                        customer_id=booked.customer_id,
                        provider="test",
                        report_date=when,
                        imported_at=at(when),
                        imported_by="supervisor1",
                        total_debt=Decimal(amount),
                        inquiries_6m=n,
                        sha256="0" * 64,
                    )
                )
    early_warning.run(ctx, DAY)
    found = signals(ctx, worse.loan_id)
    assert found["bureau_inquiries"]["before"] == 1
    assert found["bureau_inquiries"]["after"] == 5
    assert found["bureau_debt"]["after"] == "30000"
    assert signals(ctx, same.loan_id) == {}  # +5 % debt is under the 10 % threshold


def test_a_second_pass_for_the_same_date_writes_nothing(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    book(bench, ctx, 2)
    book(bench, ctx, 3)
    first = early_warning.run(ctx, DAY)
    assert (first.flagged, first.opened) == (2, 2)

    def snapshot():  # type: ignore[no-untyped-def]
        with ctx.read() as s:
            rows = s.execute(select(EarlyWarning.__table__).order_by(EarlyWarning.loan_id)).all()
            outbox = s.scalar(select(func.count()).where(OutboxEntry.entity == "early_warning"))
            return [tuple(r) for r in rows], outbox

    before = snapshot()
    assert before[1] == 2  # head office hears about both new warnings
    again = early_warning.run(ctx, DAY)
    assert (again.opened, again.updated, again.closed) == (0, 0, 0)
    assert snapshot() == before


def test_paying_up_closes_the_warning_and_a_worse_one_reopens_after_action(
    bench: Bench, ctx
) -> None:  # type: ignore[no-untyped-def]
    booked = book(bench, ctx, 2)
    early_warning.run(ctx, DAY)
    warning = ew.warning_list(ctx).rows[0]
    ew.record_action(ctx, warning.warning_id, "call_borrower", "promised to pay Friday")
    assert ew.warning_list(ctx, "actioned").total == 1
    with ctx.transaction() as s:  # a watch-list hit raises the severity past what was acted on
        entry = WatchlistEntry(list_name="test", name="x")
        s.add(entry)
        s.flush()
        s.add(WatchlistHit(customer_id=booked.customer_id, entry_id=entry.id, match_kind="id"))
    early_warning.run(ctx, DAY)
    assert ew.warning_list(ctx, "open").rows[0].severity == "critical"
    with ctx.transaction() as s:
        s.execute(WatchlistHit.__table__.update().values(status="cleared"))
    pay_due(ctx, booked)
    result = early_warning.run(ctx, DAY)
    assert result.closed == 1
    assert ew.warning_list(ctx).total == 0
    assert ew.warning_list(ctx, "closed").rows[0].severity == "none"


def test_recording_an_action_is_audited_and_synced(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    book(bench, ctx, 2)
    early_warning.run(ctx, DAY)
    warning = ew.warning_list(ctx).rows[0]
    with pytest.raises(ew.EarlyWarningError, match="say why"):
        ew.record_action(ctx, warning.warning_id, "no_action", "  ")
    with pytest.raises(ew.EarlyWarningError, match="no such early-warning action"):
        ew.record_action(ctx, warning.warning_id, "shrug", "")
    detail = ew.record_action(ctx, warning.warning_id, "visit", "visit booked for Monday")
    assert detail.row.status == "actioned"
    assert [(a.action, a.note, a.actor) for a in detail.actions] == [
        ("visit", "visit booked for Monday", "supervisor1")
    ]
    with ctx.read() as s:
        audited = s.scalars(
            select(AuditEvent.action).where(AuditEvent.action == "early_warning_action")
        ).all()
        entities = set(s.scalars(select(OutboxEntry.entity)))
    assert audited == ["early_warning_action"]
    assert {"early_warning", "early_warning_action"} <= entities


def test_an_officer_may_not_see_or_act_on_warnings(bench: Bench, ctx) -> None:  # type: ignore[no-untyped-def]
    book(bench, ctx, 2)
    early_warning.run(ctx, DAY)
    warning_id = ew.warning_list(ctx).rows[0].warning_id
    officer = bench.sign_in("officer1")
    with pytest.raises(PermissionDenied):
        ew.warning_list(officer)
    with pytest.raises(PermissionDenied):
        ew.record_action(officer, warning_id, "visit", "")
    with pytest.raises(PermissionDenied):
        early_warning.run(officer, DAY)
    with pytest.raises(ew.EarlyWarningError, match="no such early warning"):
        ew.warning_detail(ctx, uuid.uuid4())


def test_names_are_masked() -> None:
    assert ew.mask_name("王芳") == "王**"
    assert ew.mask_name("Li Qiang") == "L******"


def test_the_cli_runs_lists_and_acts(bench: Bench, ctx, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.support import USER_PASSWORD
    from workstation import cli

    book(bench, ctx, 2)
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file

    def run(*argv: str) -> object:
        monkeypatch.setattr("sys.stdin", io.StringIO(USER_PASSWORD + "\n"))
        base = ["--home", str(bench.paths.home), "--user", "supervisor1", "--password-stdin"]
        assert cli.main([*base, "early-warning", *argv, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    assert run("run", "--date", DAY.isoformat())["opened"] == 1  # type: ignore[index]
    (listed,) = run("list")  # type: ignore[misc]
    assert listed["signals"] == "missed_payment"  # no end of day yet: no arrears bucket
    acted = run("act", listed["warning_id"], "--action", "visit", "--note", "Monday")
    assert acted["status"] == "actioned"  # type: ignore[index]
    assert acted["actions"] == ["visit"]  # type: ignore[index]
