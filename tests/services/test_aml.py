"""AML monitoring: each rule fires on a crafted history and stays silent on a clean one."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.services.aml_support import DAY, REGISTERED_CARD, Borrower, borrower, entry
from tests.support import Bench
from workstation.models import AmlAlert, AmlAlertEvent, AuditEvent
from workstation.services import aml, eod
from workstation.services.session import UserSession


def run_days(ctx: UserSession, *days: object) -> list[aml.PassResult]:
    results = []
    for day in days:
        with ctx.transaction() as s:
            results.append(aml.run_pass(s, day, ctx.settings, ctx.now()))  # type: ignore[arg-type]
    return results


def alerts(ctx: UserSession, rule: str | None = None) -> list[AmlAlert]:
    with ctx.read() as s:
        query = select(AmlAlert).order_by(AmlAlert.business_date)
        if rule:
            query = query.where(AmlAlert.rule == rule)
        rows = list(s.scalars(query))
        s.expunge_all()
        return rows


@pytest.fixture
def ctx(bench: Bench) -> UserSession:
    return bench.sign_in("supervisor1")


# --- large cash ---------------------------------------------------------------------------


def test_large_cash_fires_on_the_daily_total_at_the_threshold(ctx: UserSession) -> None:
    who = borrower(ctx)
    first = entry(ctx, who, "30000", DAY)
    second = entry(ctx, who, "20000", DAY)
    result = run_days(ctx, DAY)[0]
    assert result.raised["large_cash"] == 1
    [alert] = alerts(ctx, "large_cash")
    assert alert.amount == Decimal("50000.00")
    assert sorted(alert.transaction_ids.strip("[]").replace('"', "").split(", ")) == sorted(
        [str(first), str(second)]
    )


def test_large_cash_silent_below_the_threshold_and_for_transfers(ctx: UserSession) -> None:
    who = borrower(ctx, income="100000")
    entry(ctx, who, "30000", DAY)
    entry(ctx, who, "19999.99", DAY)
    entry(ctx, who, "60000", DAY, channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "40000", DAY - timedelta(days=1))  # yesterday's cash is another day
    assert run_days(ctx, DAY)[0].total == 0


def test_cash_disbursements_count_too(ctx: UserSession) -> None:
    who = borrower(ctx, principal="60000", income="100000")
    entry(ctx, who, "60000", DAY, kind="disbursement")
    assert [a.rule for a in (*alerts(ctx),)] == []
    run_days(ctx, DAY)
    assert [a.rule for a in alerts(ctx)] == ["large_cash"]


def test_the_threshold_is_a_setting(ctx: UserSession) -> None:
    who = borrower(ctx)
    entry(ctx, who, "20000", DAY)
    ctx.settings.set("aml_large_cash_threshold", 20000)
    assert run_days(ctx, DAY)[0].raised["large_cash"] == 1


# --- structuring --------------------------------------------------------------------------


def test_structuring_split_across_days_is_caught(ctx: UserSession) -> None:
    who = borrower(ctx, income="60000")
    days = [DAY - timedelta(days=2), DAY - timedelta(days=1), DAY]
    ids = [entry(ctx, who, "45000", d) for d in days]
    results = run_days(ctx, *days)
    assert [r.raised["structuring"] for r in results] == [0, 0, 1]
    assert all(r.raised["large_cash"] == 0 for r in results)  # each day is under 50,000
    [alert] = alerts(ctx, "structuring")
    assert alert.business_date == DAY
    assert alert.amount == Decimal("135000.00")
    assert '"days": 3' in alert.details
    assert all(str(i) in alert.transaction_ids for i in ids)


def test_structuring_fires_once_per_pattern_not_on_every_later_payment(ctx: UserSession) -> None:
    who = borrower(ctx, income="100000")
    days = [DAY + timedelta(days=n) for n in range(4)]
    for d in days:
        entry(ctx, who, "42000", d)
    assert [r.raised["structuring"] for r in run_days(ctx, *days)] == [0, 0, 1, 0]


def test_structuring_silent_outside_the_band_or_the_window(ctx: UserSession) -> None:
    spread = borrower(ctx, income="100000")
    for back in (12, 6, 0):  # three in the band, but never three inside seven days
        entry(ctx, spread, "45000", DAY - timedelta(days=back))
    small = borrower(ctx, income="100000", id_number="110101199003075678")
    for back in (2, 1, 0):  # three in the window, one below 80% of the threshold
        entry(ctx, small, "45000" if back else "39999", DAY - timedelta(days=back))
    results = run_days(ctx, *(DAY - timedelta(days=n) for n in range(12, -1, -1)))
    assert sum(r.total for r in results) == 0


# --- accounts not registered to the borrower --------------------------------------------


def test_repayment_from_an_unregistered_account_fires(ctx: UserSession) -> None:
    who = borrower(ctx)
    paid = entry(ctx, who, "800", DAY, channel="transfer", source="6217 0000 1000 1234 567")
    run_days(ctx, DAY)
    [alert] = alerts(ctx, "unregistered_account")
    assert alert.loan_id == who.loan_id
    assert str(paid) in alert.transaction_ids


def test_registered_accounts_and_cash_are_silent(ctx: UserSession) -> None:
    who = borrower(ctx)
    entry(ctx, who, "800", DAY, channel="card", source="6222 0202 0011 2233 445")
    entry(ctx, who, "800", DAY, channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "800", DAY, channel="cash")
    assert run_days(ctx, DAY)[0].total == 0


# --- full settlement soon after disbursement ----------------------------------------------


def test_full_settlement_soon_after_disbursement_fires(ctx: UserSession) -> None:
    who = borrower(ctx, principal="12000")
    entry(ctx, who, "12000", DAY - timedelta(days=10), channel="transfer", kind="disbursement")
    entry(ctx, who, "2000", DAY - timedelta(days=3), channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "10500", DAY, channel="transfer", source=REGISTERED_CARD)
    run_days(ctx, DAY - timedelta(days=3), DAY, DAY + timedelta(days=1))
    [alert] = alerts(ctx, "early_settlement")
    assert alert.business_date == DAY
    assert alert.amount == Decimal("12500.00")
    assert '"days": 10' in alert.details


def test_late_or_partial_settlement_is_silent(ctx: UserSession) -> None:
    late = borrower(ctx, principal="12000")
    entry(ctx, late, "12000", DAY - timedelta(days=60), channel="transfer", kind="disbursement")
    entry(ctx, late, "12500", DAY, channel="transfer", source=REGISTERED_CARD)
    partial = borrower(ctx, principal="12000", id_number="110101199003075678")
    entry(ctx, partial, "12000", DAY - timedelta(days=5), channel="transfer", kind="disbursement")
    entry(ctx, partial, "6000", DAY, channel="transfer", source=REGISTERED_CARD)
    assert run_days(ctx, DAY)[0].total == 0


def test_a_reversed_payment_does_not_count_as_settlement(ctx: UserSession) -> None:
    who = borrower(ctx, principal="12000")
    entry(ctx, who, "12000", DAY - timedelta(days=5), channel="transfer", kind="disbursement")
    entry(ctx, who, "12000", DAY - timedelta(days=1), channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "12000", DAY - timedelta(days=1), channel="transfer", kind="reversal")
    entry(ctx, who, "500", DAY, channel="transfer", source=REGISTERED_CARD)
    assert run_days(ctx, DAY)[0].raised["early_settlement"] == 0


# --- unusual volume for the customer's profile ------------------------------------------


def test_volume_above_a_multiple_of_declared_income_fires(ctx: UserSession) -> None:
    who = borrower(ctx, income="5000", principal="30000")
    entry(ctx, who, "9000", DAY - timedelta(days=20), channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "7000", DAY, channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "500", DAY + timedelta(days=1), channel="transfer", source=REGISTERED_CARD)
    days = (DAY - timedelta(days=20), DAY, DAY + timedelta(days=1))
    assert [r.raised["unusual_volume"] for r in run_days(ctx, *days)] == [0, 1, 0]
    [alert] = alerts(ctx, "unusual_volume")
    assert alert.amount == Decimal("16000.00")
    assert '"limit_cents": 1500000' in alert.details


def test_volume_is_judged_against_own_history_without_declared_income(ctx: UserSession) -> None:
    who = borrower(ctx, income="0", principal="30000")
    for month in range(1, 7):  # 3,000 a month for six months: a profile of 3,000
        back = DAY - timedelta(days=30 + 30 * month - 15)
        entry(ctx, who, "3000", back, channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "10500", DAY, channel="transfer", source=REGISTERED_CARD)
    assert run_days(ctx, DAY)[0].raised["unusual_volume"] == 1
    [alert] = alerts(ctx, "unusual_volume")
    assert '"history_monthly_cents": 327272' in alert.details  # 18,000 over 165 days


def test_a_short_history_is_averaged_over_the_time_it_covers(ctx: UserSession) -> None:
    who = borrower(ctx, income="0", principal="30000")
    entry(ctx, who, "6000", DAY - timedelta(days=40), channel="transfer", source=REGISTERED_CARD)
    entry(ctx, who, "12000", DAY, channel="transfer", source=REGISTERED_CARD)
    assert run_days(ctx, DAY)[0].total == 0  # 6,000 in its one month: a limit of 18,000


def test_volume_within_the_profile_is_silent(ctx: UserSession) -> None:
    who = borrower(ctx, income="5000", principal="30000")
    entry(ctx, who, "14000", DAY, channel="transfer", source=REGISTERED_CARD)
    nothing = borrower(ctx, income="0", id_number="110101199003075678")  # no profile at all
    entry(ctx, nothing, "900", DAY, channel="transfer", source=REGISTERED_CARD)
    assert run_days(ctx, DAY)[0].total == 0


# --- the pass ------------------------------------------------------------------------------


def test_running_a_day_again_raises_nothing_twice(ctx: UserSession) -> None:
    who = borrower(ctx)
    entry(ctx, who, "50000", DAY)
    entry(ctx, who, "300", DAY, channel="transfer", source="6217000010001234567")
    first, second = run_days(ctx, DAY, DAY)
    assert first.total == 2
    assert second.total == 0
    assert second.already_raised == 2
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AmlAlert)) == 2
        opened = select(func.count()).where(AmlAlertEvent.action == "opened")
        assert s.scalar(opened) == 2


def test_end_of_day_runs_the_pass(ctx: UserSession) -> None:
    who = borrower(ctx)
    entry(ctx, who, "50000", DAY)
    eod.run_eod(ctx, DAY)
    assert [a.rule for a in alerts(ctx)] == ["large_cash"]


def test_clean_history_raises_nothing(ctx: UserSession) -> None:
    who: Borrower = borrower(ctx, income="20000", principal="24000")
    entry(ctx, who, "24000", DAY - timedelta(days=90), channel="transfer", kind="disbursement")
    for back in (60, 30, 0):
        entry(
            ctx, who, "2200", DAY - timedelta(days=back), channel="transfer", source=REGISTERED_CARD
        )
    entry(ctx, who, "2200", DAY - timedelta(days=45), channel="cash")
    days = [DAY - timedelta(days=n) for n in (60, 45, 30, 0)]
    assert sum(r.total for r in run_days(ctx, *days)) == 0
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) is not None


def test_demo_step_fills_the_queue_with_every_rule(ctx: UserSession) -> None:
    from workstation.services import demo_aml, demo_loans

    demo_loans.insert_loans(ctx, 20, DAY)
    demo_aml.demo_step(ctx, 20)
    assert {a.rule for a in alerts(ctx)} == set(aml.RULES)
