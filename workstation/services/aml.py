"""AML transaction monitoring: the daily pass and the compliance review queue.

`run_pass` evaluates every rule (services/aml_rules.py) for one business day and
raises an alert per hit whose `dedupe_key` is new, so end of day can run it again after
a crash without doubling anything. Alerts are added through the ORM so they reach the
sync outbox like any local change (few per day; the rule queries are the set-based part).

A reviewer with `aml:review` closes an alert with a disposition and a reason; both
steps are written to the alert's own history and to the audit trail. Customers are
shown by name and masked identity number; full numbers go only into filed reports
(services/aml_reports.py).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from workstation.models import (
    AmlAlert,
    AmlAlertEvent,
    Customer,
    IdentityDocument,
    LedgerEntry,
    Loan,
)
from workstation.models.base import utcnow
from workstation.services.aml_rules import RULES, Limits, SettingsLike, cents, evaluate
from workstation.services.identity_checks import mask_card, mask_id
from workstation.services.permissions import Permission
from workstation.services.session import UserSession, in_scope

DISPOSITIONS = ("false_positive", "monitor", "report")
STATUSES = ("open", "closed")
MONITOR = "aml-monitor"  # the actor named on alerts the pass raises
PAGE = 200


class AmlError(ValueError):
    pass


@dataclass(frozen=True)
class PassResult:
    business_date: date
    raised: dict[str, int]  # rule -> new alerts
    already_raised: int  # hits whose alert an earlier run of the day raised

    @property
    def total(self) -> int:
        return sum(self.raised.values())


@dataclass(frozen=True)
class AlertRow:
    id: uuid.UUID
    rule: str
    customer_name: str
    customer_id_masked: str
    amount: Decimal
    business_date: date
    status: str
    disposition: str


@dataclass(frozen=True)
class AlertTransaction:
    id: uuid.UUID
    loan_number: str
    kind: str
    channel: str
    amount: Decimal
    value_date: date
    source_account_masked: str


@dataclass(frozen=True)
class AlertEvent:
    action: str
    actor: str
    occurred_at: datetime
    note: str


@dataclass(frozen=True)
class AlertDetail:
    row: AlertRow
    details: dict[str, object]  # why it fired (rule-specific figures, cents as integers)
    transactions: tuple[AlertTransaction, ...]
    history: tuple[AlertEvent, ...]
    reviewer: str
    reviewed_at: datetime | None
    reason: str


# --- the daily pass ----------------------------------------------------------------------


def run_pass(
    s: Session, day: date, settings: SettingsLike, at: datetime | None = None
) -> PassResult:
    """Raise the day's new alerts inside the caller's transaction (end of day, benchmark)."""
    hits = evaluate(s, day, Limits.from_settings(settings))
    keys = [h.dedupe_key for h in hits]
    known = set(s.scalars(select(AmlAlert.dedupe_key).where(AmlAlert.dedupe_key.in_(keys))))
    raised = dict.fromkeys(RULES, 0)
    when = at or utcnow()
    for hit in hits:
        if hit.dedupe_key in known:
            continue
        known.add(hit.dedupe_key)
        alert = AmlAlert(
            id=uuid.uuid4(),  # set here so the event can name it without a flush per alert
            rule=hit.rule,
            customer_id=hit.customer_id,
            loan_id=hit.loan_id,
            branch_id=hit.branch_id,
            business_date=day,
            amount=cents(hit.amount_cents),
            transaction_ids=json.dumps(hit.transaction_ids),
            details=json.dumps(hit.details, sort_keys=True),
            dedupe_key=hit.dedupe_key,
        )
        s.add(alert)
        s.add(AmlAlertEvent(alert_id=alert.id, action="opened", actor=MONITOR, occurred_at=when))
        raised[hit.rule] += 1
    s.flush()
    return PassResult(day, raised, len(hits) - sum(raised.values()))


def run(ctx: UserSession, day: date) -> PassResult:
    """Run the pass for one day by hand (compliance re-check, or a day end of day missed)."""
    ctx.require(Permission.AML_REVIEW, "aml_run", day.isoformat())
    with ctx.transaction() as s:
        result = run_pass(s, day, ctx.settings, ctx.now())
        ctx.audit(
            s,
            "aml_pass",
            subject_type="aml",
            subject_id=day.isoformat(),
            details={"raised": result.raised, "already_raised": result.already_raised},
        )
    return result


# --- the queue ---------------------------------------------------------------------------


def queue(
    ctx: UserSession,
    status: str = "open",
    rule: str = "",
    offset: int = 0,
    limit: int = PAGE,
) -> list[AlertRow]:
    """Alerts of this branch, newest business day first (status '' = all)."""
    ctx.require(Permission.AML_REVIEW, "aml_queue")
    if status and status not in STATUSES:
        raise AmlError(f"status must be one of {', '.join(STATUSES)}")
    if rule and rule not in RULES:
        raise AmlError(f"rule must be one of {', '.join(RULES)}")
    query = _rows_query().where(AmlAlert.branch_id == ctx.actor.branch_id)
    if status:
        query = query.where(AmlAlert.status == status)
    if rule:
        query = query.where(AmlAlert.rule == rule)
    query = query.order_by(AmlAlert.business_date.desc(), AmlAlert.created_at.desc())
    with ctx.read() as s:
        return [_row(r) for r in s.execute(query.offset(offset).limit(limit))]


def open_count(ctx: UserSession) -> int:
    ctx.require(Permission.AML_REVIEW, "aml_queue")
    with ctx.read() as s:
        query = select(func.count()).where(
            AmlAlert.status == "open", AmlAlert.branch_id == ctx.actor.branch_id
        )
        return int(s.scalar(query) or 0)


def _rows_query() -> Select[Any]:
    primary_id = (
        select(IdentityDocument.number)
        .where(IdentityDocument.customer_id == AmlAlert.customer_id)
        .order_by(IdentityDocument.primary.desc())
        .limit(1)
        .scalar_subquery()
    )
    return select(
        AmlAlert.id,
        AmlAlert.rule,
        Customer.legal_name,
        primary_id,
        AmlAlert.amount,
        AmlAlert.business_date,
        AmlAlert.status,
        AmlAlert.disposition,
    ).join(Customer, Customer.id == AmlAlert.customer_id)


def _row(r: Any) -> AlertRow:
    masked = mask_id(str(r[3])) if r[3] else ""
    return AlertRow(r[0], r[1], r[2], masked, r[4], r[5], r[6], r[7])


def alert_detail(ctx: UserSession, alert_id: uuid.UUID) -> AlertDetail:
    """The alert, the transactions that made it fire and its review history."""
    ctx.require(Permission.AML_REVIEW, "aml_alert_view", str(alert_id))
    with ctx.read() as s:
        alert = _alert(s, alert_id)
        row = s.execute(_rows_query().where(AmlAlert.id == alert_id)).one()
        return AlertDetail(
            _row(row),
            json.loads(alert.details),
            _transactions(s, json.loads(alert.transaction_ids)),
            _history(s, alert_id),
            alert.reviewer,
            alert.reviewed_at,
            alert.reason,
        )


def _alert(s: Session, alert_id: uuid.UUID) -> AmlAlert:
    """Another branch's alert answers like a missing one (C25)."""
    alert = s.get(AmlAlert, alert_id)
    if alert is None or not in_scope(s, alert.branch_id):
        raise AmlError("There is no such alert in this branch.")
    return alert


def _transactions(s: Session, ids: list[str]) -> tuple[AlertTransaction, ...]:
    query = (
        select(LedgerEntry, Loan.number)
        .join(Loan, Loan.id == LedgerEntry.loan_id)
        .where(LedgerEntry.id.in_([uuid.UUID(i) for i in ids]))
        .order_by(LedgerEntry.value_date, LedgerEntry.created_at)
    )
    return tuple(
        AlertTransaction(
            e.id,
            number,
            e.kind,
            e.channel,
            e.amount,
            e.value_date,
            mask_card(e.source_account) if e.source_account else "",
        )
        for e, number in s.execute(query)
    )


def _history(s: Session, alert_id: uuid.UUID) -> tuple[AlertEvent, ...]:
    query = (
        select(AmlAlertEvent)
        .where(AmlAlertEvent.alert_id == alert_id)
        .order_by(AmlAlertEvent.occurred_at, AmlAlertEvent.created_at)
    )
    return tuple(AlertEvent(e.action, e.actor, e.occurred_at, e.note) for e in s.scalars(query))


# --- review ------------------------------------------------------------------------------


def close_alert(
    ctx: UserSession, alert_id: uuid.UUID, disposition: str, reason: str
) -> AlertDetail:
    """Close an open alert as a false positive, for monitoring, or to be reported."""
    ctx.require(Permission.AML_REVIEW, "aml_alert_close", str(alert_id))
    if disposition not in DISPOSITIONS:
        raise AmlError(f"Choose a disposition: {', '.join(DISPOSITIONS)}.")
    if not reason.strip():
        raise AmlError("Give a reason for the disposition.")
    with ctx.transaction() as s:
        alert = _alert(s, alert_id)
        if alert.status != "open":
            raise AmlError("This alert is already closed.")
        alert.status, alert.disposition = "closed", disposition
        alert.reviewer, alert.reviewed_at, alert.reason = (
            ctx.actor.username,
            ctx.now(),
            reason.strip(),
        )
        s.add(
            AmlAlertEvent(
                alert_id=alert.id,
                action="closed",
                actor=ctx.actor.username,
                occurred_at=ctx.now(),
                note=f"{disposition}: {reason.strip()}",
            )
        )
        ctx.audit(
            s,
            "aml_alert_closed",
            subject_type="aml_alert",
            subject_id=str(alert.id),
            details={"rule": alert.rule, "disposition": disposition},
        )
    return alert_detail(ctx, alert_id)
