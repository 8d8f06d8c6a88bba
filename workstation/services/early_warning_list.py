"""The supervisors' early-warning list, one warning's reasons, and the actions taken.

The daily pass (services/early_warning.py) keeps the warnings; supervisors (risk:monitor)
read them for their own branch, riskiest first, and record what they did. An action
is a fact (append-only) and moves the warning to "actioned"; the pass reopens it if
its severity rises above what was acted on.
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

from workstation.models import Customer, EarlyWarning, EarlyWarningAction, Loan
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

ACTIONS = (
    "call_borrower",
    "visit",
    "reduce_limit",
    "restructure_offer",
    "escalate",
    "no_action",
)
NEEDS_NOTE = frozenset({"escalate", "no_action"})
STATUSES = ("open", "actioned", "closed")
PAGE = 500
NOTE_LIMIT = 2000


class EarlyWarningError(ValueError):
    pass


@dataclass(frozen=True)
class Signal:
    code: str
    points: int
    facts: dict[str, Any]


@dataclass(frozen=True)
class WarningRow:
    warning_id: uuid.UUID
    loan_id: uuid.UUID
    loan_number: str
    customer_name: str  # masked
    severity: str
    behaviour_score: int
    signals: tuple[Signal, ...]
    status: str
    days_past_due: int
    amount_overdue: Decimal
    changed_on: date


@dataclass(frozen=True)
class WarningPage:
    rows: tuple[WarningRow, ...]
    offset: int
    total: int


@dataclass(frozen=True)
class ActionItem:
    action: str
    note: str
    actor: str
    at: datetime


@dataclass(frozen=True)
class WarningDetail:
    row: WarningRow
    opened_on: date
    closed_on: date | None
    bucket: str
    outstanding_principal: Decimal
    actions: tuple[ActionItem, ...]


def mask_name(name: str) -> str:
    """The first character and a star for each other one: 王**, J*** (names are PII)."""
    clean = "".join(name.split())
    return clean[:1] + "*" * max(len(clean) - 1, 2) if clean else ""


def warning_list(
    ctx: UserSession, status: str | None = None, offset: int = 0, limit: int = PAGE
) -> WarningPage:
    """The branch's warnings of one status (None: open and actioned), riskiest first."""
    ctx.require(Permission.RISK_MONITOR, "early_warning_list")
    if status is not None and status not in STATUSES:
        raise EarlyWarningError("There is no such warning status.")
    wanted = [status] if status else ["open", "actioned"]
    where = (EarlyWarning.branch_id == ctx.actor.branch_id, EarlyWarning.status.in_(wanted))
    query = (
        _row_query()
        .where(*where)
        .order_by(EarlyWarning.behaviour_score.desc(), Loan.number)
        .offset(offset)
        .limit(limit)
    )
    with ctx.read() as s:
        rows = tuple(_row(r) for r in s.execute(query))
        total = int(s.scalar(select(func.count()).where(*where)) or 0)
    return WarningPage(rows, offset, total)


def warning_detail(ctx: UserSession, warning_id: uuid.UUID) -> WarningDetail:
    ctx.require(Permission.RISK_MONITOR, "early_warning_view", str(warning_id))
    with ctx.read() as s:
        return _detail(ctx, s, warning_id)


def record_action(
    ctx: UserSession, warning_id: uuid.UUID, action: str, note: str = ""
) -> WarningDetail:
    """Record what was done about a warning; the warning becomes "actioned"."""
    ctx.require(Permission.RISK_MONITOR, "early_warning_action", str(warning_id))
    note = note.strip()
    _check_action(action, note)
    with ctx.transaction() as s:
        warning = _warning(ctx, s, warning_id)
        if warning.status == "closed":
            raise EarlyWarningError("This warning is closed: the loan shows no signal now.")
        s.add(
            EarlyWarningAction(
                warning_id=warning.id,
                action=action,
                note=note,
                actor=ctx.actor.username,
                acted_at=ctx.now(),
                origin_branch=ctx.actor.branch_code,
                origin_device=ctx.actor.device_id,
            )
        )
        warning.status, warning.actioned_severity = "actioned", warning.severity
        ctx.audit(
            s,
            "early_warning_action",
            subject_type="loan",
            subject_id=str(warning.loan_id),
            details={"warning": str(warning.id), "action": action, "severity": warning.severity},
        )
        s.flush()
        return _detail(ctx, s, warning_id)


def _check_action(action: str, note: str) -> None:
    if action not in ACTIONS:
        raise EarlyWarningError("There is no such early-warning action.")
    if action in NEEDS_NOTE and not note:
        raise EarlyWarningError("Please say why in the note.")
    if len(note) > NOTE_LIMIT:
        raise EarlyWarningError("The note is too long (2,000 characters at most).")


def _warning(ctx: UserSession, s: Session, warning_id: uuid.UUID) -> EarlyWarning:
    """The warning, if it belongs to the actor's branch (another branch's is "no such")."""
    warning = s.get(EarlyWarning, warning_id)
    if warning is None or warning.branch_id != ctx.actor.branch_id:
        raise EarlyWarningError("There is no such early warning in this branch.")
    return warning


def _detail(ctx: UserSession, s: Session, warning_id: uuid.UUID) -> WarningDetail:
    warning = _warning(ctx, s, warning_id)
    found = s.execute(_row_query().where(EarlyWarning.id == warning_id)).one()
    loan = s.get(Loan, warning.loan_id)
    assert loan is not None
    actions = s.scalars(
        select(EarlyWarningAction)
        .where(EarlyWarningAction.warning_id == warning_id)
        .order_by(EarlyWarningAction.acted_at.desc())
    )
    return WarningDetail(
        _row(found),
        warning.opened_on,
        warning.closed_on,
        loan.bucket,
        loan.outstanding_principal,
        tuple(ActionItem(a.action, a.note, a.actor, a.acted_at) for a in actions),
    )


def _row_query() -> Select[*tuple[Any, ...]]:
    w = EarlyWarning
    return (
        select(
            w.id,
            w.loan_id,
            Loan.number,
            Customer.legal_name,
            w.severity,
            w.behaviour_score,
            w.signals,
            w.status,
            Loan.days_past_due,
            Loan.amount_overdue,
            w.changed_on,
        )
        .join(Loan, Loan.id == w.loan_id)
        .join(Customer, Customer.id == w.customer_id)
    )


def _row(r: Any) -> WarningRow:
    signals = tuple(Signal(x["code"], int(x["points"]), x["facts"]) for x in json.loads(r[6]))
    return WarningRow(
        r[0], r[1], r[2], mask_name(r[3]), r[4], r[5], signals, r[7], r[8], r[9], r[10]
    )
