"""The AML monitoring rules: one set-based query each over a business day and its look-back.

Every rule starts from the day's ledger entries (the `value_date` index) and reads
older entries only for the customers or loans touched that day, so a daily pass costs
what the day holds, not what the ledger holds. Amounts are compared in integer cents.
Reversed repayments still count: the cash was handed over at the counter.

A rule returns `Hit`s; the pass (services/aml.py) turns them into alerts, and each hit
names a `dedupe_key` so a day run twice raises nothing twice. Structuring and unusual
volume fire on the day the pattern is completed (the count or the total crosses the
line that day), not again on every later payment inside the same window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

RULES = (
    "large_cash",
    "structuring",
    "unregistered_account",
    "early_settlement",
    "unusual_volume",
)
HISTORY_MONTHS = 6  # the customer's own history the volume rule compares with
VOLUME_DAYS = 30


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Limits:
    """The configurable thresholds, read once per pass from the settings."""

    threshold_cents: int
    band_low_cents: int
    window_days: int
    min_count: int
    settlement_days: int
    volume_multiple: int

    @classmethod
    def from_settings(cls, settings: SettingsLike) -> Limits:
        threshold = int(settings.get("aml_large_cash_threshold")) * 100
        return cls(
            threshold_cents=threshold,
            band_low_cents=threshold * int(settings.get("aml_structuring_percent")) // 100,
            window_days=int(settings.get("aml_structuring_window_days")),
            min_count=int(settings.get("aml_structuring_min_count")),
            settlement_days=int(settings.get("aml_early_settlement_days")),
            volume_multiple=int(settings.get("aml_volume_multiple")),
        )


@dataclass(frozen=True)
class Hit:
    rule: str
    dedupe_key: str
    customer_id: uuid.UUID
    branch_id: uuid.UUID
    loan_id: uuid.UUID | None
    amount_cents: int
    transaction_ids: list[str]
    details: dict[str, Any] = field(default_factory=dict)


# A leading `+` keeps the planner off an index: `kind` matches millions of rows, and the
# day's entries are found by `value_date`, older ones by `loan_id`.
_MOVES = "+e.kind IN ('disbursement', 'repayment')"
_LARGE_CASH = text(
    "SELECT l.customer_id, MIN(l.branch_id) AS branch_id, SUM(e.amount) AS total, "
    "COUNT(*) AS n, GROUP_CONCAT(e.id) AS ids FROM ledger_entry e "
    f"JOIN loan l ON l.id = e.loan_id WHERE e.value_date = :day AND {_MOVES} "
    "AND +e.channel = 'cash' GROUP BY l.customer_id HAVING SUM(e.amount) >= :threshold"
)
# The customers with an in-band cash payment today, then only their entries in the window.
_IN_BAND = "+e.channel = 'cash' AND +e.amount >= :low AND +e.amount < :threshold"
_STRUCTURING = text(
    "WITH who AS MATERIALIZED (SELECT DISTINCT l.customer_id FROM ledger_entry e "
    f"JOIN loan l ON l.id = e.loan_id WHERE e.value_date = :day AND {_MOVES} AND {_IN_BAND}) "
    "SELECT l.customer_id, MIN(l.branch_id) AS branch_id, SUM(e.amount) AS total, "
    "COUNT(*) AS n, GROUP_CONCAT(e.id) AS ids, COUNT(DISTINCT e.value_date) AS days "
    "FROM who w CROSS JOIN loan l ON l.customer_id = w.customer_id "
    f"CROSS JOIN ledger_entry e ON e.loan_id = l.id WHERE {_MOVES} AND {_IN_BAND} "
    "AND +e.value_date BETWEEN :start AND :day GROUP BY l.customer_id "
    "HAVING COUNT(*) >= :min_count AND COUNT(*) - SUM(e.value_date = :day) < :min_count"
)
_CLEAN_CARD = "REPLACE(REPLACE({}, ' ', ''), '-', '')"
_UNREGISTERED = text(
    "SELECT e.id, e.loan_id, e.amount, e.channel, l.customer_id, l.branch_id "
    "FROM ledger_entry e JOIN loan l ON l.id = e.loan_id WHERE e.value_date = :day "
    "AND +e.kind = 'repayment' AND +e.channel IN ('transfer', 'card') "
    "AND e.source_account != '' AND NOT EXISTS (SELECT 1 FROM bank_account b "
    "WHERE b.customer_id = l.customer_id AND "
    f"{_CLEAN_CARD.format('b.card_number')} = {_CLEAN_CARD.format('e.source_account')})"
)
# Materialized steps: each correlated sum runs once per loan, and only for loans paid out
# recently enough to matter.
_EARLY = text(
    "WITH paid_today AS MATERIALIZED (SELECT DISTINCT loan_id FROM ledger_entry "
    "WHERE value_date = :day AND +kind = 'repayment'), "
    "recent AS MATERIALIZED (SELECT l.id, l.customer_id, l.branch_id, l.principal, "
    "COALESCE((SELECT MIN(d.value_date) FROM ledger_entry d WHERE d.loan_id = l.id "
    "AND +d.kind = 'disbursement'), l.start_date) AS paid_out "
    "FROM paid_today p CROSS JOIN loan l ON l.id = p.loan_id), "
    "settled AS MATERIALIZED (SELECT r.*, (SELECT COALESCE(SUM(CASE x.kind "
    "WHEN 'repayment' THEN x.amount ELSE -x.amount END), 0) FROM ledger_entry x "
    "WHERE x.loan_id = r.id AND +x.kind IN ('repayment', 'reversal') "
    "AND x.value_date <= :day) AS paid FROM recent r WHERE r.paid_out >= :since) "
    "SELECT s.id AS loan_id, s.customer_id, s.branch_id, s.principal, s.paid_out, s.paid, "
    "(SELECT GROUP_CONCAT(t.id) FROM ledger_entry t WHERE t.loan_id = s.id "
    "AND +t.kind = 'repayment' AND +t.value_date = :day) AS ids "
    "FROM settled s WHERE s.paid >= s.principal"
)
# CROSS JOIN fixes the order: the day's customers, their loans, then those loans' entries.
_VOLUME = text(
    "WITH today AS MATERIALIZED (SELECT l.customer_id, SUM(e.amount) AS amount, "
    "GROUP_CONCAT(e.id) AS ids FROM ledger_entry e JOIN loan l ON l.id = e.loan_id "
    "WHERE e.value_date = :day AND +e.kind = 'repayment' GROUP BY l.customer_id) "
    "SELECT t.customer_id, c.branch_id, c.monthly_income, t.amount AS today, t.ids, "
    "SUM(CASE WHEN e.value_date > :recent THEN e.amount ELSE 0 END) AS recent, "
    "SUM(CASE WHEN e.value_date <= :recent THEN e.amount ELSE 0 END) AS past, "
    "MIN(e.value_date) AS first_date "
    "FROM today t CROSS JOIN customer c ON c.id = t.customer_id "
    "CROSS JOIN loan l ON l.customer_id = t.customer_id "
    "CROSS JOIN ledger_entry e ON e.loan_id = l.id "
    "WHERE +e.kind = 'repayment' AND +e.value_date > :history AND +e.value_date <= :day "
    "GROUP BY t.customer_id"
)


def _uid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _ids(joined: str | None) -> list[str]:
    return sorted(str(_uid(i)) for i in (joined or "").split(",") if i)


def large_cash(s: Session, day: date, limits: Limits) -> list[Hit]:
    """Cash paid in or out for one customer in one day at or over the threshold."""
    rows = s.execute(_LARGE_CASH, {"day": day.isoformat(), "threshold": limits.threshold_cents})
    return [
        Hit(
            "large_cash",
            f"large_cash:{_uid(r.customer_id)}:{day.isoformat()}",
            _uid(r.customer_id),
            _uid(r.branch_id),
            None,
            int(r.total),
            _ids(r.ids),
            {"count": int(r.n), "threshold_cents": limits.threshold_cents},
        )
        for r in rows
    ]


def structuring(s: Session, day: date, limits: Limits) -> list[Hit]:
    """Several cash payments each just under the threshold within the window."""
    start = day - timedelta(days=limits.window_days - 1)
    params = {
        "day": day.isoformat(),
        "start": start.isoformat(),
        "low": limits.band_low_cents,
        "threshold": limits.threshold_cents,
        "min_count": limits.min_count,
    }
    return [
        Hit(
            "structuring",
            f"structuring:{_uid(r.customer_id)}:{day.isoformat()}",
            _uid(r.customer_id),
            _uid(r.branch_id),
            None,
            int(r.total),
            _ids(r.ids),
            {
                "count": int(r.n),
                "days": int(r.days),
                "window_start": start.isoformat(),
                "band_low_cents": limits.band_low_cents,
                "threshold_cents": limits.threshold_cents,
            },
        )
        for r in s.execute(_STRUCTURING, params)
    ]


def unregistered_account(s: Session, day: date, limits: Limits) -> list[Hit]:
    """Repayments by transfer or card from an account the borrower has not registered."""
    return [
        Hit(
            "unregistered_account",
            f"unregistered_account:{_uid(r.id)}",
            _uid(r.customer_id),
            _uid(r.branch_id),
            _uid(r.loan_id),
            int(r.amount),
            [str(_uid(r.id))],
            {"channel": r.channel},
        )
        for r in s.execute(_UNREGISTERED, {"day": day.isoformat()})
    ]


def early_settlement(s: Session, day: date, limits: Limits) -> list[Hit]:
    """A loan repaid in full within a few days of being paid out."""
    since = day - timedelta(days=limits.settlement_days)
    rows = s.execute(_EARLY, {"day": day.isoformat(), "since": since.isoformat()})
    return [
        Hit(
            "early_settlement",
            f"early_settlement:{_uid(r.loan_id)}",
            _uid(r.customer_id),
            _uid(r.branch_id),
            _uid(r.loan_id),
            int(r.paid),
            _ids(r.ids),
            {
                "principal_cents": int(r.principal),
                "paid_out": str(r.paid_out)[:10],
                "days": (day - date.fromisoformat(str(r.paid_out)[:10])).days,
            },
        )
        for r in rows
    ]


def unusual_volume(s: Session, day: date, limits: Limits) -> list[Hit]:
    """30-day repayments above a multiple of the customer's profile, crossed today.

    The profile is the larger of the declared monthly income and the customer's own
    monthly average before those 30 days (over up to six months, and only over the
    months the customer has history for); a customer with neither is not judged.
    """
    recent = day - timedelta(days=VOLUME_DAYS)
    history = recent - timedelta(days=HISTORY_MONTHS * VOLUME_DAYS)
    params = {"day": day.isoformat(), "recent": recent.isoformat(), "history": history.isoformat()}
    hits = []
    for r in s.execute(_VOLUME, params):
        history_monthly = _monthly(int(r.past), str(r.first_date)[:10], recent)
        profile = max(int(r.monthly_income or 0), history_monthly)
        limit = profile * limits.volume_multiple
        if profile > 0 and int(r.recent) > limit >= int(r.recent) - int(r.today):
            hits.append(_volume_hit(r, day, (profile, history_monthly, limit)))
    return hits


def _monthly(past_cents: int, first_date: str, recent: date) -> int:
    """Average per 30 days over the history actually observed (at least one month)."""
    if past_cents == 0:
        return 0
    observed = (recent - date.fromisoformat(first_date)).days
    days = min(max(observed, VOLUME_DAYS), HISTORY_MONTHS * VOLUME_DAYS)
    return past_cents * VOLUME_DAYS // days


def _volume_hit(r: Any, day: date, figures: tuple[int, int, int]) -> Hit:
    profile, history_monthly, limit = figures
    return Hit(
        "unusual_volume",
        f"unusual_volume:{_uid(r.customer_id)}:{day.isoformat()}",
        _uid(r.customer_id),
        _uid(r.branch_id),
        None,
        int(r.recent),
        _ids(r.ids),
        {
            "monthly_income_cents": int(r.monthly_income or 0),
            "history_monthly_cents": history_monthly,
            "profile_cents": profile,
            "limit_cents": limit,
            "window_days": VOLUME_DAYS,
        },
    )


RULE_FUNCTIONS: dict[str, Callable[[Session, date, Limits], list[Hit]]] = {
    "large_cash": large_cash,
    "structuring": structuring,
    "unregistered_account": unregistered_account,
    "early_settlement": early_settlement,
    "unusual_volume": unusual_volume,
}


def evaluate(s: Session, day: date, limits: Limits, rules: Iterable[str] = RULES) -> list[Hit]:
    return [hit for rule in rules for hit in RULE_FUNCTIONS[rule](s, day, limits)]


def cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))
