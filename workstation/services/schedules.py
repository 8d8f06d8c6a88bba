"""Loan pricing: repayment schedules, APR, early-repayment quotes and the rate cap.

This module owns the arithmetic only (no database, no Qt, no I/O). Every amount is a
``Decimal`` rounded to the cent with ROUND_HALF_UP.

Conventions (see LENDING-RULES.md §3.1-3.4):

* Periods are calendar months. Installment k falls due k months after the start on the
  same day of the month, clamped to the month end (31 Jan -> 28/29 Feb -> 31 Mar).
* A regular period's interest is balance x annual rate / 12, whatever its length in days.
* A broken first period (an explicit ``first_due_date`` other than one month after the
  start) is charged for its actual days at the daily rate annual / 360 (actual/360, the
  way Chinese banks quote daily interest). Later due dates keep the first due date's day
  of the month. Its principal part is what a regular first period would repay, so every
  later row matches the regular schedule.
* A bullet loan pays principal plus simple interest (annual / 12 x months) at maturity.
* Rounding: each row's interest (and the annuity payment) is rounded to the cent. The
  principal parts sum exactly to the principal: no part exceeds the balance left, and the
  last installment takes the difference.
* Fees: ``upfront`` is one amount paid at disbursement, so the borrower receives
  principal - fee; ``monthly`` adds the same flat amount to every installment.
* APR is the internal rate of return of the borrower's real cash flows (cash received net
  of the upfront fee, then each installment including fees), as PBOC Announcement [2021]
  No. 3 asks for an all-in annualised rate: APR = monthly IRR x 12 (nominal, simple
  annualisation) and EAR = (1 + monthly IRR)^12 - 1 (compound). Time counts whole months
  along the repayment calendar plus odd days at 1/30 of a month, so a regular schedule's
  installments sit exactly 1, 2, 3... months after the disbursement.
* Early settlement accrues interest on the outstanding principal at annual / 360 for the
  actual days since the last paid due date (or the start).
"""

from __future__ import annotations

import calendar
import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum
from typing import Any, TypeVar

CENT = Decimal("0.01")
RATE_QUANTUM = Decimal("0.000001")  # 0.0001 %
DEFAULT_RATE_CAP = Decimal("0.24")
MAX_MONTHS = 480
MAX_AMOUNT = Decimal("1000000000000")
_ZERO = Decimal("0.00")
_MONTHLY_IRR_QUANTUM = Decimal("0.00000001")
# Monthly IRR search range: -50 % to +1000 % a month covers any loan an officer prices.
_IRR_LOW, _IRR_HIGH = -0.5, 10.0


class PricingError(ValueError):
    """Input an officer can correct; the message is meant to be shown as is."""


class RateCapExceeded(PricingError):
    """The all-in APR is above the lender's cap."""

    def __init__(self, apr: Decimal, cap: Decimal) -> None:
        super().__init__(f"APR {format_percent(apr)} exceeds the cap of {format_percent(cap)}")
        self.apr = apr
        self.cap = cap


class RepaymentMethod(StrEnum):
    ANNUITY = "annuity"  # 等额本息
    EQUAL_PRINCIPAL = "equal-principal"  # 等额本金
    INTEREST_ONLY = "interest-only"  # 先息后本
    BULLET = "bullet"  # 到期一次性还本付息


class FeeMode(StrEnum):
    UPFRONT = "upfront"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Installment:
    number: int
    due_date: date
    days: int
    opening_principal: Decimal
    principal: Decimal
    interest: Decimal
    fee: Decimal
    payment: Decimal
    closing_principal: Decimal


@dataclass(frozen=True)
class Schedule:
    method: RepaymentMethod
    principal: Decimal
    annual_rate: Decimal
    months: int
    start_date: date
    first_due_date: date
    fee: Decimal
    fee_mode: FeeMode
    installments: tuple[Installment, ...]
    total_interest: Decimal
    total_fees: Decimal
    total_repayable: Decimal
    apr: Decimal
    ear: Decimal
    broken_period_days: int
    broken_period_note: str

    @property
    def upfront_fee(self) -> Decimal:
        return self.fee if self.fee_mode is FeeMode.UPFRONT else _ZERO


@dataclass(frozen=True)
class EarlyRepaymentQuote:
    settlement_date: date
    paid_installments: int
    outstanding_principal: Decimal
    accrued_days: int
    accrued_interest: Decimal
    fee: Decimal
    total: Decimal


@dataclass(frozen=True)
class _Terms:
    method: RepaymentMethod
    principal: Decimal
    annual_rate: Decimal
    months: int
    start: date
    broken_first_period: bool
    fee_per_installment: Decimal


# --- public API -------------------------------------------------------------------------


def build_schedule(
    method: RepaymentMethod | str,
    principal: Decimal,
    annual_rate: Decimal,
    months: int,
    start: date,
    fee: Decimal = _ZERO,
    fee_mode: FeeMode | str = FeeMode.UPFRONT,
    first_due_date: date | None = None,
) -> Schedule:
    """Price a loan: every installment, the totals and the all-in APR."""
    method = _choice(RepaymentMethod, method, "repayment method")
    fee_mode = _choice(FeeMode, fee_mode, "fee mode")
    principal = _checked_loan(principal, annual_rate, months, start)
    fee = _checked_fee(fee, fee_mode, principal)
    due_dates = _due_dates(method, months, start, first_due_date)
    broken = due_dates[0] != add_months(start, 1) and method is not RepaymentMethod.BULLET
    per_row_fee = fee if fee_mode is FeeMode.MONTHLY else _ZERO
    terms = _Terms(method, principal, annual_rate, months, start, broken, per_row_fee)
    rows = _installments(terms, due_dates)
    upfront = fee if fee_mode is FeeMode.UPFRONT else _ZERO
    monthly_irr = _solve_monthly_irr(_cash_flows(start, principal - upfront, rows))
    broken_days = (due_dates[0] - start).days if broken else 0
    return Schedule(
        method=method,
        principal=principal,
        annual_rate=annual_rate,
        months=months,
        start_date=start,
        first_due_date=due_dates[0],
        fee=fee,
        fee_mode=fee_mode,
        installments=rows,
        total_interest=sum((row.interest for row in rows), _ZERO),
        total_fees=upfront + sum((row.fee for row in rows), _ZERO),
        total_repayable=upfront + sum((row.payment for row in rows), _ZERO),
        apr=_rate(monthly_irr * 12),
        ear=_rate((1 + monthly_irr) ** 12 - 1),
        broken_period_days=broken_days,
        broken_period_note=_broken_period_note(broken_days),
    )


def borrower_cash_flows(schedule: Schedule) -> list[tuple[date, Decimal]]:
    """Cash received (+) net of the upfront fee, then every installment paid (-)."""
    received = schedule.principal - schedule.upfront_fee
    return _cash_flows(schedule.start_date, received, schedule.installments)


def monthly_irr(cash_flows: Sequence[tuple[date, Decimal]]) -> Decimal:
    """The rate per month that makes the cash flows' present value zero."""
    return _quantize(_solve_monthly_irr(cash_flows), _MONTHLY_IRR_QUANTUM)


def apr(cash_flows: Sequence[tuple[date, Decimal]]) -> Decimal:
    """Nominal APR = monthly IRR x 12, as a fraction (0.109 is 10.9 %).

    ``cash_flows`` are the borrower's: the first is the cash received (positive), the
    rest are repayments (negative) after it.
    """
    return _rate(_solve_monthly_irr(cash_flows) * 12)


def effective_annual_rate(cash_flows: Sequence[tuple[date, Decimal]]) -> Decimal:
    """EAR = (1 + monthly IRR)^12 - 1: the APR with monthly compounding."""
    return _rate((1 + _solve_monthly_irr(cash_flows)) ** 12 - 1)


def early_repayment_quote(
    schedule: Schedule,
    on: date,
    paid_installments: int | None = None,
    penalty_rate: Decimal = _ZERO,
) -> EarlyRepaymentQuote:
    """What the borrower pays to settle the whole loan on ``on``.

    By default every installment due on or before ``on`` counts as paid. Overdue
    installments and their penalty interest are not priced here.
    """
    _check_date(on, "the settlement date")
    _check_rate(penalty_rate, "the early-repayment fee rate")
    paid = _paid_count(schedule, on) if paid_installments is None else paid_installments
    if isinstance(paid, bool) or not isinstance(paid, int) or not 0 <= paid <= schedule.months:
        raise PricingError(f"paid installments must be between 0 and {schedule.months}")
    last = schedule.installments[paid - 1] if paid else None
    since = last.due_date if last else schedule.start_date
    if on < since:
        raise PricingError(f"the settlement date must not be before {since.isoformat()}")
    outstanding = last.closing_principal if last else schedule.principal
    days = (on - since).days
    interest = _cents(outstanding * schedule.annual_rate * days / 360)
    fee = _cents(outstanding * penalty_rate)
    return EarlyRepaymentQuote(
        settlement_date=on,
        paid_installments=paid,
        outstanding_principal=outstanding,
        accrued_days=days,
        accrued_interest=interest,
        fee=fee,
        total=outstanding + interest + fee,
    )


def check_rate_cap(schedule_or_apr: Schedule | Decimal, cap: Decimal = DEFAULT_RATE_CAP) -> None:
    """Raise RateCapExceeded when the all-in APR is above ``cap`` (24 % p.a. by default)."""
    rate = schedule_or_apr.apr if isinstance(schedule_or_apr, Schedule) else schedule_or_apr
    if rate > cap:
        raise RateCapExceeded(rate, cap)


def format_percent(rate: Decimal) -> str:
    """0.2682 -> '26.82%'."""
    return f"{_cents(rate * 100)}%"


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    """A JSON-ready dict: Decimals and dates as strings, installments as a list."""
    data: dict[str, Any] = _jsonable(schedule)
    return data


def add_months(day: date, months: int) -> date:
    """Same day of the month ``months`` later, clamped to the month end."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- schedule rows ----------------------------------------------------------------------


def _installments(terms: _Terms, due_dates: list[date]) -> tuple[Installment, ...]:
    level = _level_amount(terms)
    balance, period_start, rows = terms.principal, terms.start, []
    for number, due in enumerate(due_dates, start=1):
        interest = _period_interest(terms, balance, period_start, due, number)
        part = _principal_part(terms, balance, level, number)
        payment = part + interest + terms.fee_per_installment
        rows.append(
            Installment(
                number=number,
                due_date=due,
                days=(due - period_start).days,
                opening_principal=balance,
                principal=part,
                interest=interest,
                fee=terms.fee_per_installment,
                payment=payment,
                closing_principal=balance - part,
            )
        )
        balance, period_start = balance - part, due
    return tuple(rows)


def _level_amount(terms: _Terms) -> Decimal:
    """The annuity payment, or the equal-principal part; unused by the other methods."""
    if terms.method is not RepaymentMethod.ANNUITY or terms.annual_rate == 0:
        return _cents(terms.principal / terms.months)
    with localcontext() as ctx:
        ctx.prec = 50
        r = terms.annual_rate / 12
        growth = (1 + r) ** terms.months
        return _cents(terms.principal * r * growth / (growth - 1))


def _period_interest(
    terms: _Terms, balance: Decimal, period_start: date, due: date, number: int
) -> Decimal:
    if number == 1 and terms.broken_first_period:
        return _cents(balance * terms.annual_rate * (due - period_start).days / 360)
    period_months = terms.months if terms.method is RepaymentMethod.BULLET else 1
    return _cents(balance * terms.annual_rate * period_months / 12)


def _principal_part(terms: _Terms, balance: Decimal, level: Decimal, number: int) -> Decimal:
    if number == terms.months or terms.method is RepaymentMethod.BULLET:
        return balance
    if terms.method is RepaymentMethod.ANNUITY:
        # The regular month's interest, even in a broken first period, keeps the
        # balances on the regular annuity path.
        part = level - _cents(balance * terms.annual_rate / 12)
    elif terms.method is RepaymentMethod.EQUAL_PRINCIPAL:
        part = level
    else:
        part = _ZERO
    return min(part, balance)


def _due_dates(
    method: RepaymentMethod, months: int, start: date, first_due_date: date | None
) -> list[date]:
    if method is RepaymentMethod.BULLET:
        maturity = add_months(start, months)
        if first_due_date not in (None, maturity):
            raise PricingError("a bullet loan is repaid once at maturity; it has no first due date")
        return [maturity]
    if first_due_date is None or first_due_date == add_months(start, 1):
        return [add_months(start, k) for k in range(1, months + 1)]
    _check_first_due_date(start, first_due_date)
    return [add_months(first_due_date, k) for k in range(months)]


def _broken_period_note(broken_days: int) -> str:
    if not broken_days:
        return "regular first period: interest charged at the monthly rate annual/12"
    return (
        f"first period {broken_days} days: interest charged for the actual days at the "
        "daily rate annual/360; later periods at the monthly rate annual/12"
    )


# --- APR ---------------------------------------------------------------------------------


def _cash_flows(
    start: date, received: Decimal, rows: Sequence[Installment]
) -> list[tuple[date, Decimal]]:
    return [(start, received), *((row.due_date, -row.payment) for row in rows)]


def _solve_monthly_irr(cash_flows: Sequence[tuple[date, Decimal]]) -> float:
    """Newton's method kept inside a shrinking bracket, falling back to bisection.

    The present value rises with the rate (one inflow, then outflows), so the root is
    unique and the bracket always holds it.
    """
    _check_cash_flows(cash_flows)
    times = _flow_times([day for day, _ in cash_flows])
    flows = [(time, float(amount)) for time, (_, amount) in zip(times, cash_flows, strict=True)]
    low, high = _IRR_LOW, _IRR_HIGH
    if _present_value(flows, low) > 0 or _present_value(flows, high) < 0:
        raise PricingError("these cash flows have no APR between -600% and 12,000%")
    rate = 0.01
    for _ in range(200):
        value = _present_value(flows, rate)
        if value == 0:
            return rate
        low, high = (low, rate) if value > 0 else (rate, high)
        newton = rate - value / _present_value_slope(flows, rate)
        following = newton if low < newton < high else (low + high) / 2
        if abs(following - rate) < 1e-13:
            return following
        rate = following
    return rate


def _present_value(flows: list[tuple[float, float]], rate: float) -> float:
    log_growth = math.log1p(rate)
    return math.fsum(amount * math.exp(-months * log_growth) for months, amount in flows)


def _present_value_slope(flows: list[tuple[float, float]], rate: float) -> float:
    log_growth = math.log1p(rate)
    return math.fsum(
        -months * amount * math.exp(-(months + 1) * log_growth) for months, amount in flows
    )


def _flow_times(days: list[date]) -> list[float]:
    """Months from the first date, counted along the repayment calendar.

    Whole months follow the start's day of the month; after a broken first period they
    follow the first repayment's day instead, so every later period is exactly one month.
    Odd days count 1/30 of a month.
    """
    start, first_repayment = days[0], min(days[1:])
    head = _months_elapsed(start, first_repayment)
    anchor, offset = (start, 0.0) if head.is_integer() else (first_repayment, head)
    return [0.0] + [offset + _months_elapsed(anchor, day) for day in days[1:]]


def _months_elapsed(start: date, day: date) -> float:
    whole = (day.year - start.year) * 12 + day.month - start.month
    if add_months(start, whole) > day:
        whole -= 1
    return whole + (day - add_months(start, whole)).days / 30


def _paid_count(schedule: Schedule, on: date) -> int:
    return sum(1 for row in schedule.installments if row.due_date <= on)


# --- validation ----------------------------------------------------------------------------

_Choice = TypeVar("_Choice", bound=StrEnum)


def _choice(kind: type[_Choice], value: _Choice | str, what: str) -> _Choice:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise PricingError(f"unknown {what} {value!r}; choose one of: {allowed}") from None


def _checked_loan(principal: Decimal, annual_rate: Decimal, months: int, start: date) -> Decimal:
    principal = _checked_amount(principal, "the principal")
    if principal <= 0:
        raise PricingError("the principal must be more than zero")
    _check_rate(annual_rate, "the annual interest rate")
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise PricingError(f"term must be between 1 and {MAX_MONTHS} months")
    _check_date(start, "the start date")
    if start.year > 9999 - MAX_MONTHS // 12 - 1:
        raise PricingError("the start date is too far in the future")
    return principal


def _checked_fee(fee: Decimal, fee_mode: FeeMode, principal: Decimal) -> Decimal:
    fee = _checked_amount(fee, "the fee")
    if fee < 0:
        raise PricingError("the fee must not be negative")
    if fee_mode is FeeMode.UPFRONT and fee >= principal:
        raise PricingError("the upfront fee must be less than the principal")
    return fee


def _checked_amount(value: Decimal, what: str) -> Decimal:
    """The amount with exactly two decimal places; floats are refused as inexact."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise PricingError(f"{what} must be an exact decimal amount, not {value!r}")
    amount = Decimal(value)
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        raise PricingError(f"{what} must be a number below 1,000,000,000,000")
    if amount != amount.quantize(CENT):
        raise PricingError(f"{what} must have at most 2 decimal places (fen)")
    return amount.quantize(CENT)


def _check_rate(rate: Decimal, what: str) -> None:
    if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 <= rate <= 1:
        raise PricingError(f"{what} must be a decimal fraction between 0 and 1 (0% to 100%)")


def _check_date(day: date, what: str) -> None:
    if isinstance(day, datetime) or not isinstance(day, date):
        raise PricingError(f"{what} must be a calendar date without a time of day")


def _check_first_due_date(start: date, first_due_date: date) -> None:
    _check_date(first_due_date, "the first due date")
    if not start < first_due_date <= add_months(start, 2):
        raise PricingError("the first due date must fall after the start and within two months")


def _check_cash_flows(cash_flows: Sequence[tuple[date, Decimal]]) -> None:
    if len(cash_flows) < 2 or cash_flows[0][1] <= 0:
        raise PricingError("cash flows must start with the cash received, then repayments")
    start = cash_flows[0][0]
    if any(day <= start or amount > 0 for day, amount in cash_flows[1:]):
        raise PricingError("repayments must be negative and fall after the disbursement date")


# --- small helpers --------------------------------------------------------------------------


def _quantize(value: float | Decimal, quantum: Decimal) -> Decimal:
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return abs(rounded) if rounded.is_zero() else rounded  # never show "-0.00"


def _cents(value: Decimal) -> Decimal:
    return _quantize(value, CENT)


def _rate(value: float) -> Decimal:
    return _quantize(value, RATE_QUANTUM)


def _jsonable(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date | StrEnum):
        return str(value)
    return value
