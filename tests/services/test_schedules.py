"""Loan pricing: published vectors, APR anchors and properties over random loans."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.services.schedules import (
    FeeMode,
    PricingError,
    RateCapExceeded,
    RepaymentMethod,
    Schedule,
    apr,
    borrower_cash_flows,
    build_schedule,
    check_rate_cap,
    early_repayment_quote,
    effective_annual_rate,
    monthly_irr,
    schedule_to_dict,
)

D = Decimal
START = date(2024, 1, 15)
NO_FEE = D("0.00")


def ten_thousand_at_12(
    method: RepaymentMethod,
    fee: Decimal = NO_FEE,
    fee_mode: FeeMode | str = FeeMode.UPFRONT,
    first_due_date: date | None = None,
) -> Schedule:
    return build_schedule(method, D("10000"), D("0.12"), 12, START, fee, fee_mode, first_due_date)


def bisection_monthly_irr(
    payments: list[float], received: float, first_period_months: float = 1.0
) -> float:
    """Independent of the module: plain bisection on float NPV.

    Payment k falls ``first_period_months + k - 1`` months after the disbursement.
    """
    times = [first_period_months + k for k in range(len(payments))]

    def npv(rate: float) -> float:
        discounted = [p / (1 + rate) ** t for t, p in zip(times, payments, strict=True)]
        return received - float(sum(discounted))

    low, high = -0.5, 1.0
    for _ in range(200):
        middle = (low + high) / 2
        low, high = (low, middle) if npv(middle) > 0 else (middle, high)
    return (low + high) / 2


# --- published vectors (LENDING-RULES §3.2) -------------------------------------------------


def test_annuity_100k_at_4_9_percent_for_30_years_pays_530_73() -> None:
    schedule = build_schedule("annuity", D("100000"), D("0.049"), 360, START)
    assert schedule.installments[0].payment == D("530.73")
    assert {row.payment for row in schedule.installments[:-1]} == {D("530.73")}


def test_equal_principal_100k_at_4_9_percent_first_payment_686_11() -> None:
    schedule = build_schedule("equal-principal", D("100000"), D("0.049"), 360, START)
    assert schedule.installments[0].payment == D("686.11")
    assert schedule.installments[0].principal == D("277.78")
    assert schedule.installments[0].interest == D("408.33")


def test_annuity_10k_at_12_percent() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.ANNUITY)
    payments = [row.payment for row in schedule.installments]
    assert payments[:-1] == [D("888.49")] * 11
    # The documented 888.4879 x 12 - 10,000 = 661.85 is unrounded. Paying 888.49 leaves
    # 0.02 less for the last installment, and cent rounding of each month's interest
    # adds a cent: 661.86 in total.
    assert payments[-1] == D("888.47")
    assert schedule.total_interest == D("661.86")
    assert abs(schedule.total_interest - D("661.85")) <= D("0.01")


def test_equal_principal_10k_at_12_percent() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.EQUAL_PRINCIPAL)
    first, last = schedule.installments[0], schedule.installments[-1]
    assert first.payment == D("933.33")
    assert schedule.total_interest == D("650.00")
    # The documented 841.67 is 10,000/12 x 1.01 unrounded. Eleven parts of 833.33 leave
    # 833.37 for the last part, plus 8.33 interest.
    assert last.principal == D("833.37")
    assert last.payment == D("841.70")
    assert abs(last.payment - D("841.67")) <= D("0.05")


def test_interest_only_10k_at_12_percent() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.INTEREST_ONLY)
    payments = [row.payment for row in schedule.installments]
    assert payments == [D("100.00")] * 11 + [D("10100.00")]
    assert schedule.total_interest == D("1200.00")


def test_bullet_pays_principal_and_simple_interest_at_maturity() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.BULLET)
    (only,) = schedule.installments
    assert (only.due_date, only.payment, only.days) == (date(2025, 1, 15), D("11200.00"), 366)
    # Simple interest paid once: the monthly IRR is (1.12)^(1/12) - 1, below 1 %.
    assert schedule.ear == D("0.120000")
    assert schedule.apr == D("0.113866")


# --- APR --------------------------------------------------------------------------------------


def test_flat_fee_anchor_apr_10_90_percent_ear_11_46_percent() -> None:
    """LENDING-RULES §3.1: 10,000 over 12 months, 0 % interest, 0.5 % a month flat fee."""
    schedule = build_schedule("annuity", D("10000"), D("0"), 12, START, D("50"), "monthly")
    assert schedule.installments[0].payment == D("883.33")
    flows = borrower_cash_flows(schedule)
    assert monthly_irr(flows).quantize(D("0.00001")) == D("0.00908")
    assert schedule.apr.quantize(D("0.0001")) == D("0.1090")
    assert schedule.ear.quantize(D("0.0001")) == D("0.1146")
    assert apr(flows) == schedule.apr
    assert effective_annual_rate(flows) == schedule.ear


@pytest.mark.parametrize(
    ("fee", "mode"), [(D("300"), FeeMode.UPFRONT), (D("25.50"), FeeMode.MONTHLY)]
)
@pytest.mark.parametrize("method", list(RepaymentMethod)[:3])
def test_apr_with_fees_matches_independent_bisection(
    method: RepaymentMethod, fee: Decimal, mode: FeeMode
) -> None:
    schedule = ten_thousand_at_12(method, fee=fee, fee_mode=mode)
    received = float(schedule.principal - schedule.upfront_fee)
    payments = [float(row.payment) for row in schedule.installments]
    expected = bisection_monthly_irr(payments, received) * 12
    assert abs(float(schedule.apr) - expected) < 1e-6
    assert schedule.apr > D("0.125")


def test_apr_of_fee_free_annuity_is_the_nominal_rate() -> None:
    schedule = build_schedule("annuity", D("250000"), D("0.0435"), 240, START)
    assert abs(schedule.apr - D("0.0435")) <= D("0.000002")


def test_apr_rounding_to_zero_shows_no_minus_sign() -> None:
    schedule = build_schedule("annuity", D("100"), D("0.0001"), 480, START)
    assert str(schedule.apr) == "0.000000"
    # 0.21 a month repays 100.00 before the term ends; later rows carry nothing.
    assert schedule.installments[-1].payment == D("0.00")


def test_apr_refuses_cash_flows_without_a_disbursement() -> None:
    with pytest.raises(PricingError, match="cash received"):
        apr([(START, D("-100")), (date(2024, 2, 15), D("-100"))])


# --- dates ------------------------------------------------------------------------------------


def test_due_dates_clamp_to_month_end_and_return_to_the_31st() -> None:
    schedule = build_schedule("annuity", D("6000"), D("0.06"), 4, date(2024, 1, 31))
    dues = [row.due_date for row in schedule.installments]
    assert dues == [date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30), date(2024, 5, 31)]
    assert [row.days for row in schedule.installments] == [29, 31, 30, 31]
    non_leap = build_schedule("annuity", D("6000"), D("0.06"), 1, date(2023, 1, 31))
    assert non_leap.installments[0].due_date == date(2023, 2, 28)
    assert schedule.broken_period_days == 0


def test_broken_first_period_charges_actual_days_at_annual_over_360() -> None:
    regular = ten_thousand_at_12(RepaymentMethod.ANNUITY)
    broken = ten_thousand_at_12(RepaymentMethod.ANNUITY, first_due_date=date(2024, 2, 29))
    first = broken.installments[0]
    assert broken.broken_period_days == first.days == 45
    assert first.interest == D("150.00")  # 10,000 x 12 % x 45 / 360
    assert first.principal == D("788.49")  # the regular 888.49 - 100.00
    assert first.payment == D("938.49")
    assert "first period 45 days" in broken.broken_period_note
    assert "annual/360" in broken.broken_period_note
    dues = [row.due_date for row in broken.installments]
    assert dues[1:4] == [date(2024, 3, 29), date(2024, 4, 29), date(2024, 5, 29)]
    parts = [(row.principal, row.interest) for row in broken.installments[1:]]
    assert parts == [(row.principal, row.interest) for row in regular.installments[1:]]
    assert broken.apr > regular.apr  # 15 extra days of interest, paid in the first month


def test_short_broken_period_with_equal_principal() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.EQUAL_PRINCIPAL, first_due_date=date(2024, 2, 5))
    first = schedule.installments[0]
    assert (first.days, first.interest, first.principal) == (21, D("70.00"), D("833.33"))
    assert schedule.installments[1].due_date == date(2024, 3, 5)
    payments = [float(row.payment) for row in schedule.installments]
    # 21 odd days are 0.7 of a month; every later installment is one month further on.
    expected = bisection_monthly_irr(payments, float(schedule.principal), 0.7) * 12
    assert abs(float(schedule.apr) - expected) < 1e-6


def test_first_due_date_one_month_after_start_is_regular() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.ANNUITY, first_due_date=date(2024, 2, 15))
    assert schedule == ten_thousand_at_12(RepaymentMethod.ANNUITY)
    assert schedule.broken_period_note.startswith("regular first period")


# --- early repayment ---------------------------------------------------------------------------


def test_early_repayment_quote_accrues_actual_days_since_last_due_date() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.ANNUITY)
    quote = early_repayment_quote(schedule, date(2024, 5, 25), penalty_rate=D("0.02"))
    outstanding = schedule.installments[3].closing_principal
    assert quote.paid_installments == 4
    assert quote.outstanding_principal == outstanding
    assert quote.accrued_days == 10
    assert quote.accrued_interest == (outstanding * D("0.12") * 10 / 360).quantize(D("0.01"))
    assert quote.fee == (outstanding * D("0.02")).quantize(D("0.01"))
    assert quote.total == outstanding + quote.accrued_interest + quote.fee


def test_early_repayment_with_arrears_counts_from_last_paid_due_date() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.EQUAL_PRINCIPAL)
    quote = early_repayment_quote(schedule, date(2024, 5, 25), paid_installments=2)
    assert quote.outstanding_principal == D("8333.34")
    assert quote.accrued_days == 71  # since 15 March
    assert quote.accrued_interest == D("197.22")


def test_early_repayment_after_maturity_is_zero_and_before_start_is_refused() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.ANNUITY)
    assert early_repayment_quote(schedule, date(2025, 3, 1)).total == D("0.00")
    with pytest.raises(PricingError, match="must not be before 2024-01-15"):
        early_repayment_quote(schedule, date(2024, 1, 1))
    with pytest.raises(PricingError, match="between 0 and 12"):
        early_repayment_quote(schedule, date(2024, 5, 1), paid_installments=13)


# --- rate cap --------------------------------------------------------------------------------


def test_rate_cap_error_names_both_figures() -> None:
    with pytest.raises(RateCapExceeded) as raised:
        check_rate_cap(D("0.268249"))
    assert str(raised.value) == "APR 26.82% exceeds the cap of 24.00%"
    assert (raised.value.apr, raised.value.cap) == (D("0.268249"), D("0.24"))
    assert isinstance(raised.value, PricingError)


def test_rate_cap_checks_the_all_in_apr_of_a_schedule() -> None:
    schedule = build_schedule("annuity", D("10000"), D("0.18"), 12, START, D("40"), "monthly")
    check_rate_cap(schedule, cap=D("0.36"))
    check_rate_cap(D("0.24"))  # at the cap is allowed
    with pytest.raises(RateCapExceeded, match=r"APR 26\.\d\d% exceeds the cap of 24\.00%"):
        check_rate_cap(schedule)


# --- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"months": 0}, "term must be between 1 and 480 months"),
        ({"months": 481}, "term must be between 1 and 480 months"),
        ({"principal": D("0")}, "principal must be more than zero"),
        ({"principal": D("100.005")}, "at most 2 decimal places"),
        ({"principal": 100.5}, "exact decimal amount"),
        ({"annual_rate": D("1.2")}, "between 0 and 1"),
        ({"annual_rate": D("-0.01")}, "between 0 and 1"),
        ({"start": datetime(2024, 1, 15, 9, 0)}, "without a time of day"),
        ({"method": "balloon"}, "unknown repayment method 'balloon'"),
        ({"fee_mode": "weekly"}, "unknown fee mode"),
        ({"fee": D("-1")}, "fee must not be negative"),
        ({"fee": D("10000")}, "upfront fee must be less than the principal"),
        ({"first_due_date": date(2024, 1, 15)}, "first due date must fall after the start"),
        ({"first_due_date": date(2024, 3, 16)}, "within two months"),
        ({"method": "bullet", "first_due_date": date(2024, 2, 1)}, "no first due date"),
    ],
)
def test_bad_input_is_explained(overrides: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {
        "method": "annuity",
        "principal": D("10000"),
        "annual_rate": D("0.12"),
        "months": 12,
        "start": START,
    }
    with pytest.raises(PricingError, match=message):
        build_schedule(**{**arguments, **overrides})  # type: ignore[arg-type]
    assert issubclass(PricingError, ValueError)


def test_schedule_to_dict_is_json_with_decimal_strings() -> None:
    schedule = ten_thousand_at_12(RepaymentMethod.ANNUITY, fee=D("100"), fee_mode="upfront")
    data = json.loads(json.dumps(schedule_to_dict(schedule)))
    assert data["method"] == "annuity"
    assert data["fee_mode"] == "upfront"
    assert data["principal"] == "10000.00"
    assert data["start_date"] == "2024-01-15"
    assert data["installments"][0]["payment"] == "888.49"
    assert data["installments"][0]["due_date"] == "2024-02-15"
    assert len(data["installments"]) == 12


# --- properties over random loans ------------------------------------------------------------

money = st.integers(10_000, 500_000_000).map(lambda cents: D(cents).scaleb(-2))


def rounding_tolerance(schedule: Schedule) -> Decimal:
    """How far cent rounding of interest can move the APR: 0.005 a row over the balances."""
    balances = sum((row.opening_principal for row in schedule.installments), D(0))
    return D("0.006") * 12 * len(schedule.installments) / balances + D("0.000002")


def assert_rows_add_up(schedule: Schedule) -> None:
    rows = schedule.installments
    assert sum(row.principal for row in rows) == schedule.principal
    assert rows[-1].closing_principal == D("0.00")
    for row in rows:
        amounts = [row.opening_principal, row.principal, row.interest, row.fee, row.payment]
        assert all(amount.as_tuple().exponent == -2 for amount in amounts)
        assert all(amount >= 0 for amount in amounts)
        assert row.payment == row.principal + row.interest + row.fee
        assert row.closing_principal == row.opening_principal - row.principal
    paid = sum(row.payment for row in rows)
    assert schedule.total_repayable == paid + schedule.upfront_fee
    assert schedule.total_fees == schedule.upfront_fee + sum(row.fee for row in rows)


@settings(max_examples=3000, deadline=None)
@given(
    method=st.sampled_from(RepaymentMethod),
    principal=money,
    basis_points=st.integers(0, 3600),
    months=st.integers(1, 360),
    start=st.dates(date(2000, 1, 1), date(2060, 12, 31)),
    fee_mode=st.sampled_from(FeeMode),
    fee_per_mille=st.sampled_from([0, 0, 1, 5, 30]),
    first_period_days=st.none() | st.integers(1, 59),
)
def test_schedule_invariants(
    method: RepaymentMethod,
    principal: Decimal,
    basis_points: int,
    months: int,
    start: date,
    fee_mode: FeeMode,
    fee_per_mille: int,
    first_period_days: int | None,
) -> None:
    rate = D(basis_points).scaleb(-4)
    fee = principal * fee_per_mille / (1000 if fee_mode is FeeMode.UPFRONT else 12_000)
    first_due = None
    if first_period_days is not None and method is not RepaymentMethod.BULLET:
        first_due = start + timedelta(days=first_period_days)
    schedule = build_schedule(
        method, principal, rate, months, start, fee.quantize(D("0.01")), fee_mode, first_due
    )
    assert_rows_add_up(schedule)
    if schedule.broken_period_days:
        assert schedule.installments[0].days == schedule.broken_period_days == first_period_days
        return  # odd days at annual/360 may put the APR a little either side of nominal
    if method is RepaymentMethod.BULLET:
        return  # simple interest paid once: its compounded APR sits below nominal
    tolerance = rounding_tolerance(schedule)
    if schedule.total_fees > 0:
        assert schedule.apr >= rate - tolerance
    else:
        assert abs(schedule.apr - rate) <= tolerance


def test_schedule_command_prints_the_schedule_apr_and_totals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from workstation.cli import main

    argv = [
        "schedule",
        "--method",
        "annuity",
        "--principal",
        "100000",
        "--annual-rate",
        "0.049",
        "--months",
        "360",
        "--start",
        "2024-01-15",
        "--json",
    ]
    assert main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["installments"][0]["payment"] == "530.73"
    assert (printed["apr"], printed["total_repayable"]) == ("0.049000", "191059.91")
    assert len(printed["installments"]) == 360


def test_schedule_command_refuses_pricing_above_the_cap(capsys: pytest.CaptureFixture[str]) -> None:
    from workstation.cli import main

    argv = [
        "schedule",
        "--method",
        "bullet",
        "--principal",
        "10000",
        "--annual-rate",
        "0.3",
        "--months",
        "12",
        "--start",
        "2024-01-15",
    ]
    assert main(argv) == 1
    assert capsys.readouterr().err == "error: APR 26.53% exceeds the cap of 24.00%\n"
