"""Collection cases: the work queue, assignment, contacts, promises and the case view.

Cases open and close in the end-of-day run (overdue -> open, cured -> closed). Every
contact goes through the conduct rules first; a refused one is still recorded, with
its reason, so the timeline shows what was attempted and why it did not happen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import case as case_when
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from workstation.models import (
    CollectionCase,
    ContactAttempt,
    ContactPoint,
    Customer,
    LedgerEntry,
    Loan,
    PromiseToPay,
    User,
)
from workstation.models.sync import enqueue_rows
from workstation.services import conduct, servicing
from workstation.services.identity_checks import mask_phone
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

OUTCOMES = (
    "no_answer",
    "left_message",
    "spoke_promise",
    "spoke_refused",
    "wrong_number",
    "dispute_raised",
    "hardship_claimed",
    "paid_already",
    "callback_requested",
)
PAGE = 500
BUCKET_RANK = {"current": 0, "1-30": 1, "31-60": 2, "61-90": 3, "90+": 4}


class CollectionsError(ValueError):
    pass


@dataclass(frozen=True)
class QueueRow:
    case_id: uuid.UUID
    loan_id: uuid.UUID
    loan_number: str
    customer_name: str
    bucket: str
    days_past_due: int
    amount_overdue: Decimal
    broken_promises: int
    last_contact_at: datetime | None
    assigned_to: str
    hold: str


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    offset: int
    total: int  # open cases in the whole queue


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    kind: str  # contact | refused | promise | payment
    channel: str
    party: str
    outcome: str
    note: str
    amount: Decimal | None


@dataclass(frozen=True)
class ContactOption:
    id: uuid.UUID
    party: str
    kind: str
    label: str  # masked


@dataclass(frozen=True)
class CaseView:
    case_id: uuid.UUID
    status: str
    hold: str
    customer_name: str
    loan: servicing.LoanSummary
    payments: tuple[TimelineItem, ...]
    timeline: tuple[TimelineItem, ...]
    contacts: tuple[ContactOption, ...]


# --- queue and assignment --------------------------------------------------------------


def work_queue(
    ctx: UserSession, everyone: bool = False, limit: int | None = None
) -> list[QueueRow]:
    """Open cases, most urgent first: bucket, amount overdue, broken promises, oldest contact."""
    return list(queue_page(ctx, everyone, 0, limit).rows)


def queue_page(
    ctx: UserSession, everyone: bool = False, offset: int = 0, limit: int | None = PAGE
) -> QueuePage:
    """One page of the queue and the number of open cases: a screen never loads 50,000 rows."""
    ctx.require(Permission.COLLECTION_WORK, "collection_queue")
    if everyone:
        ctx.require(Permission.COLLECTION_ASSIGN, "collection_queue_all")
    query = _queue_query(ctx, everyone)
    counted = _count_query(ctx, everyone)
    with ctx.read() as s:
        rows = tuple(QueueRow(*row) for row in s.execute(query.offset(offset).limit(limit)))
        total = len(rows) if limit is None else int(s.scalar(counted) or 0)
        return QueuePage(rows, offset, total)


def _queue_query(ctx: UserSession, everyone: bool):  # type: ignore[no-untyped-def]
    """Walks a queue index in priority order, so a page sorts one priority band, not all."""
    c = CollectionCase
    query = (
        select(
            c.id,
            Loan.id,
            Loan.number,
            Customer.legal_name,
            Loan.bucket,
            Loan.days_past_due,
            Loan.amount_overdue,
            c.broken_promises,
            c.last_contact_at,
            func.coalesce(User.username, ""),
            c.hold,
        )
        .join(Loan, Loan.id == c.loan_id)
        .join(Customer, Customer.id == Loan.customer_id)
        .outerjoin(User, User.id == c.assigned_to)
        .where(c.status == "open", c.branch_id == ctx.actor.branch_id)
        .order_by(
            c.priority.desc(),
            c.amount_overdue.desc(),
            c.broken_promises.desc(),
            c.last_contact_at.asc().nulls_first(),
        )
    )
    return query if everyone else query.where(c.assigned_to == ctx.actor.user_id)


def _count_query(ctx: UserSession, everyone: bool):  # type: ignore[no-untyped-def]
    """The queue's size from the case index alone (no joins to 500,000 loans)."""
    c = CollectionCase
    query = select(func.count()).where(c.status == "open", c.branch_id == ctx.actor.branch_id)
    return query if everyone else query.where(c.assigned_to == ctx.actor.user_id)


def assign(ctx: UserSession, case_ids: list[uuid.UUID], username: str) -> int:
    """A supervisor gives cases to a collector (or takes them back with username '')."""
    ctx.require(Permission.COLLECTION_ASSIGN, "collection_assign")
    with ctx.transaction() as s:
        user_id = _collector_id(s, username) if username else None
        cases = list(s.scalars(select(CollectionCase).where(CollectionCase.id.in_(case_ids))))
        for case in cases:
            case.assigned_to = user_id
        ctx.audit(
            s,
            "cases_assigned",
            subject_type="user",
            subject_id=username,
            details={"cases": len(cases)},
        )
        return len(cases)


def _collector_id(s: Session, username: str) -> uuid.UUID:
    user = s.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or user.disabled:
        raise CollectionsError(f"There is no active user named {username}.")
    return user.id


# --- contacts and promises ------------------------------------------------------------------


def log_contact(
    ctx: UserSession,
    case_id: uuid.UUID,
    channel: str,
    party: str,
    contact_point_id: uuid.UUID | None,
    outcome: str,
    note: str = "",
    override_reason: str = "",
) -> uuid.UUID:
    """Record a contact the rules allow; record and refuse (ConductRefused) any other."""
    ctx.require(Permission.COLLECTION_WORK, "contact_log", str(case_id))
    _check_choices(channel, outcome)
    if override_reason.strip():
        ctx.require(Permission.COLLECTION_ASSIGN, "conduct_override", str(case_id))
    request = conduct.ContactRequest(channel, party, contact_point_id, ctx.now())
    with ctx.transaction() as s:
        case = _case(ctx, s, case_id)
        refusal = conduct.check(s, ctx.settings, case, request)
        attempt = _attempt(ctx, case, request, outcome, note)
        if contact_point_id is not None and s.get(ContactPoint, contact_point_id) is None:
            attempt.contact_point_id = None  # an unknown number is refused, not stored
        if refusal is not None and not (refusal.overridable and override_reason.strip()):
            attempt.outcome, attempt.refused_reason = "refused", refusal.reason
        elif refusal is not None:
            attempt.override_reason = f"{refusal.rule}: {override_reason.strip()}"
        s.add(attempt)
        _audit_contact(ctx, s, case, attempt, refusal)
    if attempt.refused_reason:
        raise conduct.ConductRefused(refusal)  # type: ignore[arg-type]
    return attempt.id


def _check_choices(channel: str, outcome: str) -> None:
    if channel not in conduct.CHANNELS:
        raise CollectionsError(f"channel must be one of {', '.join(conduct.CHANNELS)}")
    if outcome not in OUTCOMES:
        raise CollectionsError(f"outcome must be one of {', '.join(OUTCOMES)}")


def _attempt(
    ctx: UserSession, case: CollectionCase, req: conduct.ContactRequest, outcome: str, note: str
) -> ContactAttempt:
    if not case.hold and not note.strip() and outcome != "no_answer":
        raise CollectionsError("Add a short note about the conversation.")
    return ContactAttempt(
        id=uuid.uuid4(),
        case_id=case.id,
        channel=req.channel,
        party=req.party,
        contact_point_id=req.contact_point_id,
        outcome=outcome,
        note=note.strip(),
        occurred_at=req.at,
        officer=ctx.actor.username,
    )


def _audit_contact(
    ctx: UserSession,
    s: Session,
    case: CollectionCase,
    attempt: ContactAttempt,
    refusal: conduct.Refusal | None,
) -> None:
    if attempt.refused_reason:
        action, outcome = "contact_refused", "denied"
    else:
        action, outcome = ("contact_override" if refusal else "contact_logged"), "ok"
        case.last_contact_at = attempt.occurred_at
    details = {
        "channel": attempt.channel,
        "party": attempt.party,
        "rule": refusal.rule if refusal else "",
        "override": attempt.override_reason,
    }
    ctx.audit(
        s,
        action,
        subject_type="collection_case",
        subject_id=str(case.id),
        outcome=outcome,
        details=details,
    )


def record_promise(
    ctx: UserSession, case_id: uuid.UUID, amount: Decimal | str, due: date
) -> uuid.UUID:
    ctx.require(Permission.COLLECTION_WORK, "promise_record", str(case_id))
    money = servicing.parse_amount(amount)
    if due < servicing.business_date(ctx):
        raise CollectionsError("A promise to pay must fall due today or later.")
    with ctx.transaction() as s:
        case = _case(ctx, s, case_id)
        promise = PromiseToPay(
            id=uuid.uuid4(),
            case_id=case.id,
            amount=money,
            due_date=due,
            recorded_by=ctx.actor.username,
            created_at=ctx.now(),
        )
        s.add(promise)
        ctx.audit(
            s,
            "promise_recorded",
            subject_type="collection_case",
            subject_id=str(case.id),
            details={"amount": str(money), "due": due.isoformat()},
        )
        return promise.id


def set_dispute(ctx: UserSession, case_id: uuid.UUID, open_: bool, reason: str) -> None:
    """A borrower's dispute stops contact at once; no approval is needed to stop."""
    ctx.require(Permission.COLLECTION_WORK, "dispute_hold", str(case_id))
    with ctx.transaction() as s:
        case = _case(ctx, s, case_id)
        case.hold = "dispute" if open_ else ""
        ctx.audit(
            s,
            "dispute_opened" if open_ else "dispute_closed",
            subject_type="collection_case",
            subject_id=str(case.id),
            details={"reason": reason},
        )


# --- end-of-day hooks ---------------------------------------------------------------------


# `status || ''` keeps SQLite off the status indexes here: "open" matches tens of
# thousands of cases, the loan ids of one chunk only a few thousand.
_OPEN = CollectionCase.status.op("||")("") == "open"


def open_and_close_cases(s: Session, loan_ids: list[uuid.UUID], day: date) -> int:
    """Open a case for every overdue loan without one, close cured ones, set priority."""
    has_case = set(
        s.scalars(select(CollectionCase.loan_id).where(CollectionCase.loan_id.in_(loan_ids), _OPEN))
    )
    overdue = select(Loan.id, Loan.branch_id, Loan.bucket, Loan.amount_overdue).where(
        Loan.id.in_(loan_ids), Loan.days_past_due > 0
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "loan_id": lid,
            "branch_id": bid,
            "opened_on": day,
            "priority": BUCKET_RANK[bucket],
            "amount_overdue": owed,
        }
        for lid, bid, bucket, owed in s.execute(overdue)
        if lid not in has_case
    ]
    if rows:
        s.execute(insert(CollectionCase), rows)
        enqueue_rows(s, "collection_case", [r["id"] for r in rows], op="insert")
    cured = select(Loan.id).where(Loan.id.in_(loan_ids), Loan.days_past_due == 0)
    closed = s.scalars(
        update(CollectionCase)
        .where(CollectionCase.loan_id.in_(loan_ids), CollectionCase.loan_id.in_(cured), _OPEN)
        .values(status="closed", closed_on=day)
        .returning(CollectionCase.id),
        execution_options={"synchronize_session": False},
    ).all()
    enqueue_rows(s, "collection_case", closed, changed=["closed_on", "status"])
    _reprioritise(s, loan_ids)
    return len(rows)


def _reprioritise(s: Session, loan_ids: list[uuid.UUID]) -> None:
    """Copy bucket rank and amount overdue onto open cases whose loan changed."""
    loan = select(Loan).where(Loan.id == CollectionCase.loan_id)
    owed = loan.with_only_columns(Loan.amount_overdue).scalar_subquery()
    rank = case_when(
        BUCKET_RANK, value=loan.with_only_columns(Loan.bucket).scalar_subquery(), else_=0
    )
    changed = s.scalars(
        update(CollectionCase)
        .where(
            CollectionCase.loan_id.in_(loan_ids),
            _OPEN,
            (CollectionCase.priority != rank) | (CollectionCase.amount_overdue != owed),
        )
        .values(priority=rank, amount_overdue=owed)
        .returning(CollectionCase.id),
        execution_options={"synchronize_session": False},
    ).all()
    enqueue_rows(s, "collection_case", changed, changed=["amount_overdue", "priority"])


def settle_promises(s: Session, day: date) -> None:
    """Due promises: kept when payments since they were made reach the amount, else broken.

    Run once per end of day over every open promise; deciding one twice gives the same
    answer, so a resumed run may repeat it.
    """
    due = (
        select(PromiseToPay, CollectionCase)
        .join(CollectionCase, CollectionCase.id == PromiseToPay.case_id)
        .where(
            PromiseToPay.status == "open",
            PromiseToPay.due_date <= day,
        )
    )
    for promise, case in s.execute(due):
        paid = paid_between(s, case.loan_id, promise.created_at.date(), promise.due_date)
        if paid >= promise.amount:
            promise.status = "kept"
        elif promise.due_date < day:
            promise.status = "broken"
            case.broken_promises += 1


def paid_between(s: Session, loan_id: uuid.UUID, first: date, last: date) -> Decimal:
    """Repayments with value dates in [first, last], leaving out reversed ones."""
    reversed_ids = select(LedgerEntry.reverses_id).where(
        LedgerEntry.kind == "reversal", LedgerEntry.reverses_id.is_not(None)
    )
    amounts = s.scalars(
        select(LedgerEntry.amount).where(
            LedgerEntry.loan_id == loan_id,
            LedgerEntry.kind == "repayment",
            LedgerEntry.value_date >= first,
            LedgerEntry.value_date <= last,
            LedgerEntry.id.not_in(reversed_ids),
        )
    )
    return sum(amounts, Decimal("0.00"))


# --- case view ---------------------------------------------------------------------------


def case_view(ctx: UserSession, case_id: uuid.UUID) -> CaseView:
    ctx.require(Permission.COLLECTION_WORK, "case_view", str(case_id))
    with ctx.read() as s:
        case = _case(ctx, s, case_id)
        loan = s.get(Loan, case.loan_id)
        customer = s.get(Customer, loan.customer_id) if loan else None
        assert loan is not None
        assert customer is not None
        payments = tuple(_payments(s, loan.id))
        timeline = sorted(
            [*_contacts(s, case.id), *_promises(s, case.id), *payments],
            key=lambda item: item.at,
            reverse=True,
        )
        return CaseView(
            case.id,
            case.status,
            case.hold,
            customer.legal_name,
            servicing.summarize(loan),
            payments,
            tuple(timeline),
            tuple(_contact_options(customer)),
        )


def _contacts(s: Session, case_id: uuid.UUID) -> list[TimelineItem]:
    rows = s.scalars(select(ContactAttempt).where(ContactAttempt.case_id == case_id))
    return [
        TimelineItem(
            a.occurred_at,
            "refused" if a.refused_reason else "contact",
            a.channel,
            a.party,
            a.outcome,
            a.refused_reason or a.note,
            None,
        )
        for a in rows
    ]


def _promises(s: Session, case_id: uuid.UUID) -> list[TimelineItem]:
    rows = s.scalars(select(PromiseToPay).where(PromiseToPay.case_id == case_id))
    return [
        TimelineItem(
            p.created_at,
            "promise",
            "",
            "borrower",
            p.status,
            f"due {p.due_date.isoformat()}",
            p.amount,
        )
        for p in rows
    ]


def _payments(s: Session, loan_id: uuid.UUID) -> list[TimelineItem]:
    rows = s.scalars(
        select(LedgerEntry).where(
            LedgerEntry.loan_id == loan_id, LedgerEntry.kind.in_(("repayment", "reversal"))
        )
    )
    return [
        TimelineItem(e.created_at, "payment", e.channel, "", e.kind, e.note, e.amount) for e in rows
    ]


def _contact_options(customer: Customer) -> list[ContactOption]:
    return [
        ContactOption(
            c.id, "borrower" if c.party == "borrower" else "registered_contact", c.kind, _label(c)
        )
        for c in customer.contacts
        if c.party == "borrower" or c.consent_to_contact
    ]


def _label(point: ContactPoint) -> str:
    value = mask_phone(point.value) if point.kind == "mobile" else _mask_other(point.value)
    name = f" {point.party_name}" if point.party_name else ""
    return f"{point.kind}{name}: {value}"


def _mask_other(value: str) -> str:
    head, at, domain = value.partition("@")
    return f"{head[:1]}***{at}{domain}" if at else f"{value[:6]}***"


def _case(ctx: UserSession, s: Session, case_id: uuid.UUID) -> CollectionCase:
    """The case, if it belongs to the actor's branch (another branch's case is "no such")."""
    case = s.get(CollectionCase, case_id)
    if case is None or case.branch_id != ctx.actor.branch_id:
        raise CollectionsError("There is no such collection case.")
    return case
