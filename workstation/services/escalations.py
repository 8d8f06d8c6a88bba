"""Collection escalations a collector may only ask for: settlement with a discount,
restructuring, write-off and hardship holds.

Each request goes to the branch's approvals inbox (four eyes: the requester cannot
decide it). The approved decision's handler runs in the deciding transaction and
carries the result into the loan's accounting: non-cash ledger entries that apply to
the installments like payments (so they reverse alike), a new schedule version, the
loan's status, and the case. Declined or returned requests change nothing here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from workstation.models import CollectionCase, Installment, Loan
from workstation.models.sync import enqueue_rows
from workstation.services import approvals, servicing
from workstation.services.permissions import Permission
from workstation.services.schedules import build_schedule
from workstation.services.session import UserSession

KINDS = ("settlement", "restructure", "write_off", "hardship_hold")
MAX_HOLD_DAYS = 90


class EscalationError(ValueError):
    """A request a collector can correct; the message is shown as is."""


# --- requests (collector) ------------------------------------------------------------------


def request_settlement(
    ctx: UserSession, case_id: uuid.UUID, amount: Decimal | str, reason: str
) -> uuid.UUID:
    """Ask to settle the loan for `amount`, forgiving the rest of what is owed."""
    money = servicing.parse_amount(amount)
    return _request(ctx, case_id, "settlement", reason, lambda loan: _settlement(loan, money))


def request_restructure(
    ctx: UserSession, case_id: uuid.UUID, months: int, annual_rate: Decimal | str, reason: str
) -> uuid.UUID:
    """Ask for a new schedule over `months` on everything still owed."""
    if not 1 <= int(months) <= 120:
        raise EscalationError("A new schedule runs between 1 and 120 months.")
    rate = _rate(annual_rate)
    terms = {"months": int(months), "annual_rate": str(rate)}
    return _request(ctx, case_id, "restructure", reason, lambda loan: _with_owed(loan, terms))


def request_write_off(ctx: UserSession, case_id: uuid.UUID, reason: str) -> uuid.UUID:
    return _request(ctx, case_id, "write_off", reason, lambda loan: _with_owed(loan, {}))


def request_hardship_hold(
    ctx: UserSession, case_id: uuid.UUID, days: int, reason: str
) -> uuid.UUID:
    """Ask to stop all contact for `days` while the borrower's hardship is looked at."""
    if not 1 <= int(days) <= MAX_HOLD_DAYS:
        raise EscalationError(f"A hardship hold lasts between 1 and {MAX_HOLD_DAYS} days.")
    return _request(ctx, case_id, "hardship_hold", reason, lambda loan: {"days": int(days)})


def _request(
    ctx: UserSession,
    case_id: uuid.UUID,
    kind: str,
    reason: str,
    terms: Callable[[Loan], dict[str, Any]],
) -> uuid.UUID:
    ctx.require(Permission.COLLECTION_WORK, f"{kind}_request", str(case_id))
    if not reason.strip():
        raise EscalationError("Say why the supervisor should agree.")
    with ctx.read() as s:
        case, loan = _case_and_loan(ctx, s, case_id)
        payload = {"loan_id": str(loan.id), "reason": reason.strip(), **terms(loan)}
        summary = _summary(kind, loan, payload)
    return approvals.request(ctx, kind, "collection_case", case.id, summary, payload)


def _settlement(loan: Loan, amount: Decimal) -> dict[str, Any]:
    owed = servicing.total_unpaid(loan)
    if amount >= owed:
        raise EscalationError(f"The loan owes {owed:,.2f}; a settlement must be for less.")
    return {"amount": str(amount), "owed": str(owed), "discount": str(owed - amount)}


def _with_owed(loan: Loan, terms: dict[str, Any]) -> dict[str, Any]:
    return {**terms, "owed": str(servicing.total_unpaid(loan))}


def _summary(kind: str, loan: Loan, payload: Mapping[str, Any]) -> str:
    what = {
        "settlement": f"settle for {payload.get('amount')} of {payload.get('owed')}",
        "restructure": f"new schedule: {payload.get('months')} months",
        "write_off": f"write off {payload.get('owed')}",
        "hardship_hold": f"hardship hold for {payload.get('days')} days",
    }[kind]
    return f"Loan {loan.number}: {what}. {payload['reason']}"


def _rate(value: Decimal | str) -> Decimal:
    try:
        rate = Decimal(str(value).strip().rstrip("%")) / (100 if "%" in str(value) else 1)
    except ArithmeticError as exc:
        raise EscalationError("The rate must be a number such as 0.12 or 12%.") from exc
    if not Decimal(0) <= rate <= Decimal("0.24"):
        raise EscalationError("The rate must be between 0 and 24% a year.")
    return rate.quantize(Decimal("0.000001"))


def _case_and_loan(ctx: UserSession, s: Session, case_id: uuid.UUID) -> tuple[CollectionCase, Loan]:
    case = s.get(CollectionCase, case_id)
    if case is None or case.branch_id != ctx.actor.branch_id:
        raise EscalationError("There is no such collection case in this branch.")
    loan = servicing.load_loan(s, case.loan_id)
    if loan.status not in servicing.SERVICED:
        raise EscalationError(f"Loan {loan.number} is {loan.status}; nothing can be escalated.")
    return case, loan


# --- decisions (supervisor, through the approvals inbox) --------------------------------------


def _on_decision(
    ctx: UserSession,
    s: Session,
    request: approvals.RequestInfo,
    made: approvals.DecisionSummary,
) -> None:
    if made.decision != "approved":
        return
    case, loan = _case_and_loan(ctx, s, request.subject_id)
    _APPLY[request.kind](ctx, s, case, loan, request.payload)
    s.flush()
    ctx.audit(
        s,
        f"{request.kind}_applied",
        subject_type="loan",
        subject_id=str(loan.id),
        details={"request": str(request.id), "status": loan.status},
    )


def _apply_settlement(
    ctx: UserSession, s: Session, case: CollectionCase, loan: Loan, p: Mapping[str, Any]
) -> None:
    """Forgive the discount now; the agreed rest is due at once (status 'settling')."""
    agreed = Decimal(str(p["amount"]))
    owed = servicing.total_unpaid(loan)
    if owed <= agreed:
        raise EscalationError("The loan now owes no more than the agreed amount.")
    rows = servicing.current_installments(loan)
    waiver = servicing.waiver_allocation(rows, owed - agreed)
    servicing.post_adjustment(ctx, s, loan, "settlement_discount", waiver, str(p["reason"]))
    loan.status = "settling"


def _apply_write_off(
    ctx: UserSession, s: Session, case: CollectionCase, loan: Loan, p: Mapping[str, Any]
) -> None:
    rows = servicing.current_installments(loan)
    waiver = servicing.waiver_allocation(rows, servicing.total_unpaid(loan))
    servicing.post_adjustment(ctx, s, loan, "write_off", waiver, str(p["reason"]))
    _clear_arrears(loan, "written_off")
    case.status, case.closed_on = "closed", servicing.business_date(ctx)


def _apply_restructure(
    ctx: UserSession, s: Session, case: CollectionCase, loan: Loan, p: Mapping[str, Any]
) -> None:
    """Capitalise what is owed into a new schedule version; the old rows are superseded."""
    rows = servicing.current_installments(loan)
    owed = servicing.total_unpaid(loan)
    waiver = servicing.waiver_allocation(rows, owed)
    servicing.post_adjustment(ctx, s, loan, "restructure", waiver, str(p["reason"]))
    today = servicing.business_date(ctx)
    schedule = build_schedule(
        loan.method, owed, Decimal(str(p["annual_rate"])), int(p["months"]), today
    )
    version = max(i.schedule_version for i in loan.installments) + 1
    for row in rows:
        row.superseded = True
    loan.installments.extend(_new_rows(schedule.installments, version))
    loan.outstanding_principal, loan.annual_rate = owed, Decimal(str(p["annual_rate"]))
    _clear_arrears(loan, "restructured")
    case.status, case.closed_on = "closed", today


def _clear_arrears(loan: Loan, status: str) -> None:
    loan.status, loan.amount_overdue = status, servicing.ZERO
    loan.days_past_due, loan.bucket = 0, "current"


def _new_rows(installments: Any, version: int) -> list[Installment]:
    return [
        Installment(
            schedule_version=version,
            number=r.number,
            due_date=r.due_date,
            principal=r.principal,
            interest=r.interest,
            fee=r.fee,
        )
        for r in installments
    ]


def _apply_hold(
    ctx: UserSession, s: Session, case: CollectionCase, loan: Loan, p: Mapping[str, Any]
) -> None:
    case.hold = "hardship"
    case.hold_until = servicing.business_date(ctx) + timedelta(days=int(p["days"]))


def lift_expired_holds(s: Session, day: date) -> None:
    """Run by the end of day: hardship holds end on their own date."""
    lifted = s.scalars(
        update(CollectionCase)
        .where(CollectionCase.hold == "hardship", CollectionCase.hold_until < day)
        .values(hold="", hold_until=None)
        .returning(CollectionCase.id),
        execution_options={"synchronize_session": False},
    ).all()
    enqueue_rows(s, "collection_case", lifted, changed=["hold", "hold_until"])


_APPLY: dict[str, Callable[[UserSession, Session, CollectionCase, Loan, Mapping[str, Any]], None]]
_APPLY = {
    "settlement": _apply_settlement,
    "restructure": _apply_restructure,
    "write_off": _apply_write_off,
    "hardship_hold": _apply_hold,
}
for _kind in KINDS:
    approvals.register_decision_handler(_kind, _on_decision)
