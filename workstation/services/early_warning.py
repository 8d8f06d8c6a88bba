"""Early warning: the daily pass that scores every active loan on behaviour signals.

Run once per business date by the end of day (`eod._finish`) or on its own
(`early-warning run`). Each signal is one set-based query over all active loans
(active, restructured, settling); nothing loops over loans in Python except the few
that show a signal. Signals and their points (the behaviour score, 0..1000, higher is
riskier, capped at 1000):

- missed_payment (200): an installment fell due before the business date and nothing
  was paid towards it.
- partial_payment (100): an installment that fell due is partly paid.
- dpd_rising (100 per bucket step): the loan's arrears bucket is worse than at the
  last month end (`loan_bucket_history`; a loan booked since then started current).
- broken_promise (150 each, at most 300): promises to pay broken in the last 90 days.
- contact_changed (150): a contact point or a contact edit of the borrower dated after
  disbursement and within 30 days before (or on) the first overdue due date.
- watchlist_hit (300; 500 once confirmed): a watch-list hit created after
  disbursement that is not cleared.
- bureau_inquiries / bureau_debt (100 each): the latest bureau report dated after
  disbursement shows more inquiries, or debt more than 10 % higher, than the latest
  report on or before the disbursement date.

Severity bands: watch 1-199, high 200-349, critical 350 and above.

A warning row exists only for a loan that showed a signal; it is updated in place and
only when its signals change, so a re-run for the same date writes nothing and a
killed run (one transaction) is simply run again. A loan without signals closes its
warning; an actioned warning reopens when its severity rises above what was acted on.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.orm import Session

from workstation.models import EarlyWarning
from workstation.models.sync import enqueue_rows
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

SEVERITY_RANK = {"none": 0, "watch": 1, "high": 2, "critical": 3}
BUCKET_RANK = {"current": 0, "1-30": 1, "31-60": 2, "61-90": 3, "90+": 4}
SIGNAL_CODES = (
    "missed_payment",
    "partial_payment",
    "dpd_rising",
    "broken_promise",
    "contact_changed",
    "watchlist_hit",
    "bureau_inquiries",
    "bureau_debt",
)
_ACTIVE = "('active', 'restructured', 'settling')"
_PAID = "(i.principal_paid + i.interest_paid + i.fee_paid + i.penalty_paid)"
_DUE_LEFT = "(i.principal - i.principal_paid + i.interest - i.interest_paid + i.fee - i.fee_paid)"


@dataclass(frozen=True)
class Thresholds:
    """The pass's tunable numbers; the defaults are the documented policy."""

    promise_days: int = 90
    contact_days: int = 30
    debt_increase: Decimal = Decimal("0.10")
    weights: dict[str, int] = field(
        default_factory=lambda: {
            "missed_payment": 200,
            "partial_payment": 100,
            "dpd_rising": 100,
            "broken_promise": 150,
            "contact_changed": 150,
            "watchlist_hit": 300,
            "watchlist_confirmed": 500,
            "bureau_inquiries": 100,
            "bureau_debt": 100,
        }
    )
    bands: tuple[tuple[int, str], ...] = ((350, "critical"), (200, "high"), (1, "watch"))


DEFAULT = Thresholds()


@dataclass(frozen=True)
class PassResult:
    business_date: date
    flagged: int  # loans with at least one signal
    opened: int
    updated: int
    closed: int
    by_severity: dict[str, int]


@dataclass
class _Loan:
    customer_id: str
    branch_id: str
    signals: list[dict[str, Any]] = field(default_factory=list)

    def add(self, code: str, points: int, **facts: Any) -> None:
        self.signals.append({"code": code, "points": points, "facts": facts})


def run(ctx: UserSession, day: date) -> PassResult:
    """The pass on its own (outside the end of day), audited."""
    ctx.require(Permission.RISK_MONITOR, "early_warning_run", day.isoformat())
    with ctx.transaction() as s:
        result = run_pass(ctx, s, day)
        ctx.audit(
            s,
            "early_warning_run",
            subject_type="eod",
            subject_id=day.isoformat(),
            details={"flagged": result.flagged, "opened": result.opened},
        )
    return result


def run_pass(
    ctx: UserSession, s: Session, day: date, thresholds: Thresholds = DEFAULT
) -> PassResult:
    """Score every active loan for `day` inside the caller's transaction (idempotent)."""
    loans = _signals(s, day, thresholds)
    for loan in loans.values():
        loan.signals.sort(key=lambda sig: SIGNAL_CODES.index(sig["code"]))
    return _write(ctx, s, day, loans, thresholds)


def score_of(signals: Iterable[dict[str, Any]]) -> int:
    return min(1000, sum(int(sig["points"]) for sig in signals))


def severity_of(score: int, thresholds: Thresholds = DEFAULT) -> str:
    return next((name for floor, name in thresholds.bands if score >= floor), "none")


# --- signals -----------------------------------------------------------------------------


def _signals(s: Session, day: date, t: Thresholds) -> dict[uuid.UUID, _Loan]:
    loans: dict[uuid.UUID, _Loan] = {}

    def loan(row: Any) -> _Loan:
        key = uuid.UUID(str(row.loan_id))
        return loans.setdefault(key, _Loan(str(row.customer_id), str(row.branch_id)))

    s.execute(text("DROP TABLE IF EXISTS temp.ew_overdue"))
    s.execute(_OVERDUE, {"day": day.isoformat()})
    _payments(s, loan, t)
    _buckets(s, loan, day, t)
    _promises(s, loan, day, t)
    _contacts(s, loan, t)
    _watchlist(s, loan, t)
    _bureau(s, loan, day, t)
    s.execute(text("DROP TABLE temp.ew_overdue"))
    return loans


# Loans with an installment due before the day and not fully paid (scheduled parts).
_OVERDUE = text(
    "CREATE TEMP TABLE ew_overdue AS SELECT l.id AS loan_id, l.customer_id, l.branch_id, "
    "l.disbursed_at, MIN(i.due_date) AS first_due, "
    f"SUM({_PAID} = 0) AS missed, SUM({_PAID} > 0) AS partial, "
    f"MIN(CASE WHEN {_PAID} = 0 THEN i.due_date END) AS first_missed "
    "FROM installment i JOIN loan l ON l.id = i.loan_id "
    f"WHERE i.superseded = 0 AND +i.due_date < :day AND {_DUE_LEFT} > 0 "
    f"AND +l.status IN {_ACTIVE} AND l.disbursed_at IS NOT NULL GROUP BY l.id"
)


def _payments(s: Session, loan: Any, t: Thresholds) -> None:
    for row in s.execute(text("SELECT * FROM temp.ew_overdue")):
        if row.missed:
            first = _day(row.first_missed)
            loan(row).add(
                "missed_payment",
                t.weights["missed_payment"],
                installments=row.missed,
                first_due=first,
            )
        if row.partial:
            loan(row).add("partial_payment", t.weights["partial_payment"], installments=row.partial)


def _buckets(s: Session, loan: Any, day: date, t: Thresholds) -> None:
    month = s.scalar(
        text("SELECT MAX(month) FROM loan_bucket_history WHERE month < :m"),
        {"m": day.strftime("%Y-%m")},
    )
    rows = s.execute(
        text(
            "SELECT l.id AS loan_id, l.customer_id, l.branch_id, l.bucket, "
            "COALESCE(h.bucket, 'current') AS before FROM loan l "
            "LEFT JOIN loan_bucket_history h ON h.month = :month AND h.loan_id = l.id "
            f"WHERE l.days_past_due > 0 AND +l.status IN {_ACTIVE}"
        ),
        {"month": month or ""},
    )
    for row in rows:
        steps = BUCKET_RANK.get(row.bucket, 0) - BUCKET_RANK.get(row.before, 0)
        if steps > 0:
            points = t.weights["dpd_rising"] * steps
            loan(row).add("dpd_rising", points, before=row.before, now=row.bucket, month=month)


def _promises(s: Session, loan: Any, day: date, t: Thresholds) -> None:
    rows = s.execute(
        text(
            "SELECT l.id AS loan_id, l.customer_id, l.branch_id, COUNT(*) AS broken, "
            "MAX(p.due_date) AS last FROM promise_to_pay p "
            "JOIN collection_case c ON c.id = p.case_id JOIN loan l ON l.id = c.loan_id "
            "WHERE p.status = 'broken' AND p.due_date >= :since AND p.due_date < :day "
            f"AND +l.status IN {_ACTIVE} GROUP BY l.id"
        ),
        {"since": (day - timedelta(days=t.promise_days)).isoformat(), "day": day.isoformat()},
    )
    for row in rows:
        points = t.weights["broken_promise"] * min(int(row.broken), 2)
        loan(row).add("broken_promise", points, count=row.broken, last_due=_day(row.last))


# Contact points touched, and contact edits made, after disbursement and shortly before
# the first overdue due date (`:before` is "-30 days").
_CONTACT_CHANGES = text(
    "SELECT o.loan_id, o.customer_id, o.branch_id, o.first_due, c.kind AS what, "
    "c.updated_at AS at FROM temp.ew_overdue o JOIN contact_point c "
    "ON c.customer_id = o.customer_id WHERE c.updated_at > o.disbursed_at "
    "AND c.updated_at >= date(o.first_due, :before) "
    "AND c.updated_at < date(o.first_due, '+1 day') "
    "UNION ALL SELECT o.loan_id, o.customer_id, o.branch_id, o.first_due, 'edit', "
    "r.created_at FROM temp.ew_overdue o JOIN customer_revision r "
    "ON r.customer_id = o.customer_id WHERE r.created_at > o.disbursed_at "
    "AND r.created_at >= date(o.first_due, :before) "
    "AND r.created_at < date(o.first_due, '+1 day') AND (r.changes LIKE '%\"mobile\"%' "
    "OR r.changes LIKE '%\"email\"%' OR r.changes LIKE '%\"address\"%')"
)


def _contacts(s: Session, loan: Any, t: Thresholds) -> None:
    found: dict[str, tuple[Any, set[str], str]] = {}
    for row in s.execute(_CONTACT_CHANGES, {"before": f"-{t.contact_days} days"}):
        _, kinds, last = found.setdefault(str(row.loan_id), (row, set(), ""))
        kinds.add(row.what)
        found[str(row.loan_id)] = (row, kinds, max(last, str(row.at)[:10]))
    for row, kinds, last in found.values():
        loan(row).add(
            "contact_changed",
            t.weights["contact_changed"],
            kinds=sorted(kinds),
            last_change=last,
            first_due=_day(row.first_due),
        )


def _watchlist(s: Session, loan: Any, t: Thresholds) -> None:
    # CROSS JOIN keeps SQLite's join order: the few hits first, then their loans by index.
    rows = s.execute(
        text(
            "SELECT l.id AS loan_id, l.customer_id, l.branch_id, COUNT(*) AS hits, "
            "MAX(w.status = 'confirmed') AS confirmed, MAX(w.created_at) AS last "
            "FROM watchlist_hit w CROSS JOIN loan l ON l.customer_id = w.customer_id "
            "WHERE w.status != 'cleared' AND w.created_at > l.disbursed_at "
            f"AND +l.status IN {_ACTIVE} GROUP BY l.id"
        )
    )
    for row in rows:
        weight = t.weights["watchlist_confirmed" if row.confirmed else "watchlist_hit"]
        loan(row).add(
            "watchlist_hit",
            weight,
            hits=row.hits,
            confirmed=bool(row.confirmed),
            last_hit=str(row.last)[:10],
        )


# Per loan, the latest report on or before the disbursement date and the latest after
# it (up to the day); only pairs that got worse come back.
_BUREAU = text(
    "WITH r AS (SELECT l.id AS loan_id, l.customer_id, l.branch_id, b.report_date, "
    "b.inquiries_6m, b.total_debt, b.report_date > substr(l.disbursed_at, 1, 10) AS after, "
    "ROW_NUMBER() OVER (PARTITION BY l.id, b.report_date > substr(l.disbursed_at, 1, 10) "
    "ORDER BY b.report_date DESC, b.imported_at DESC) AS n "
    "FROM bureau_report b CROSS JOIN loan l ON l.customer_id = b.customer_id "
    f"WHERE b.report_date <= :day AND +l.status IN {_ACTIVE} AND l.disbursed_at IS NOT NULL) "
    "SELECT a.loan_id, a.customer_id, a.branch_id, w.report_date AS before_date, "
    "a.report_date AS after_date, w.inquiries_6m AS before_inquiries, "
    "a.inquiries_6m AS after_inquiries, w.total_debt AS before_debt, a.total_debt AS after_debt "
    "FROM r a JOIN r w ON w.loan_id = a.loan_id AND w.after = 0 AND w.n = 1 "
    "WHERE a.after = 1 AND a.n = 1 AND (a.inquiries_6m > w.inquiries_6m "
    "OR a.total_debt * 1.0 > w.total_debt * (1 + :rise))"
)


def _bureau(s: Session, loan: Any, day: date, t: Thresholds) -> None:
    params = {"day": day.isoformat(), "rise": float(t.debt_increase)}
    for row in s.execute(_BUREAU, params):
        when = {"before_date": _day(row.before_date), "after_date": _day(row.after_date)}
        if row.after_inquiries > row.before_inquiries:
            loan(row).add(
                "bureau_inquiries",
                t.weights["bureau_inquiries"],
                before=row.before_inquiries,
                after=row.after_inquiries,
                **when,
            )
        if Decimal(row.after_debt) > Decimal(row.before_debt) * (1 + t.debt_increase):
            loan(row).add(
                "bureau_debt",
                t.weights["bureau_debt"],
                before=str(Decimal(row.before_debt) / 100),
                after=str(Decimal(row.after_debt) / 100),
                **when,
            )


def _day(value: Any) -> str:
    return str(value)[:10]


# --- writing -----------------------------------------------------------------------------


_FIELDS = (
    "behaviour_score",
    "severity",
    "signals",
    "status",
    "opened_on",
    "changed_on",
    "closed_on",
    "actioned_severity",
)
_TABLE = EarlyWarning.__table__
# Only the compared fields: the pass reads every warning (not just the flagged loans').
_CURRENT = select(_TABLE.c.id, _TABLE.c.loan_id, *(_TABLE.c[name] for name in _FIELDS))
_UPDATE = (
    _TABLE.update()  # type: ignore[attr-defined]
    .where(_TABLE.c.id == bindparam("row_id"))
    .values({name: bindparam(name) for name in _FIELDS})
)


def _write(
    ctx: UserSession, s: Session, day: date, loans: dict[uuid.UUID, _Loan], t: Thresholds
) -> PassResult:
    current = {row.loan_id: row._asdict() for row in s.execute(_CURRENT)}
    inserts = [
        _new_row(ctx, loan_id, loan, day, t)
        for loan_id, loan in loans.items()
        if loan_id not in current
    ]
    updates = []
    for loan_id, row in current.items():
        changed = _next_state(row, loans.get(loan_id), day, t)
        if changed:
            updates.append((row, changed))
    if inserts:
        s.execute(insert(EarlyWarning), inserts)
    if updates:
        s.execute(_UPDATE, [_update_params(row, changed) for row, changed in updates])
    _enqueue(s, inserts, updates)
    severities: dict[str, int] = defaultdict(int)
    for loan in loans.values():
        severities[severity_of(score_of(loan.signals), t)] += 1
    closed = sum(1 for _, changed in updates if changed.get("status") == "closed")
    return PassResult(
        day, len(loans), len(inserts), len(updates) - closed, closed, dict(severities)
    )


def _new_row(
    ctx: UserSession, loan_id: uuid.UUID, loan: _Loan, day: date, t: Thresholds
) -> dict[str, Any]:
    score = score_of(loan.signals)
    now = ctx.now()
    return {
        "id": uuid.uuid4(),
        "loan_id": loan_id,
        "customer_id": uuid.UUID(loan.customer_id),
        "branch_id": uuid.UUID(loan.branch_id),
        "behaviour_score": score,
        "severity": severity_of(score, t),
        "signals": json.dumps(loan.signals, sort_keys=True),
        "status": "open",
        "opened_on": day,
        "changed_on": day,
        "closed_on": None,
        "actioned_severity": "",
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "origin_branch": ctx.actor.branch_code,
        "origin_device": ctx.actor.device_id,
    }


def _next_state(
    row: dict[str, Any], loan: _Loan | None, day: date, t: Thresholds
) -> dict[str, Any]:
    """The fields that change for one existing warning (empty: nothing to write)."""
    if loan is None:
        if row["status"] == "closed":
            return {}
        return {
            "status": "closed",
            "closed_on": day,
            "severity": "none",
            "behaviour_score": 0,
            "signals": "[]",
            "changed_on": day,
        }
    score = score_of(loan.signals)
    target: dict[str, Any] = {
        "behaviour_score": score,
        "severity": severity_of(score, t),
        "signals": json.dumps(loan.signals, sort_keys=True),
    }
    if row["status"] == "closed":
        target |= {"status": "open", "opened_on": day, "closed_on": None, "actioned_severity": ""}
    elif row["status"] == "actioned" and _rank(target["severity"]) > _rank(
        row["actioned_severity"]
    ):
        target["status"] = "open"
    changed = {k: v for k, v in target.items() if row[k] != v}
    if changed:
        changed["changed_on"] = day
    return changed


def _rank(severity: str) -> int:
    return SEVERITY_RANK.get(severity, 0)


def _update_params(row: dict[str, Any], changed: dict[str, Any]) -> dict[str, Any]:
    return {k: changed.get(k, row[k]) for k in _FIELDS} | {"row_id": row["id"]}


def _enqueue(s: Session, inserts: list[dict[str, Any]], updates: list[Any]) -> None:
    """Outbox entries for the Core writes (they bypass the ORM flush hook)."""
    enqueue_rows(s, "early_warning", [r["id"] for r in inserts], op="insert")
    groups: dict[tuple[str, ...], list[uuid.UUID]] = defaultdict(list)
    for row, changed in updates:
        groups[tuple(sorted(changed))].append(row["id"])
    for fields, ids in groups.items():
        enqueue_rows(s, "early_warning", ids, changed=fields)
