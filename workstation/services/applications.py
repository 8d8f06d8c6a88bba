"""Loan applications as an explicit state machine, from draft to disbursement.

Every status change goes through ``TRANSITIONS``; anything else raises
``InvalidTransition`` naming both statuses. Each change writes an ``ApplicationEvent``
(the timeline) and an audit event in the same transaction. The credit engine decides
approve/refer/decline; what an approval would put beyond the officer's authority, and
every referral or score override, waits in the supervisors' approvals inbox, whose
decisions move the application on through the handlers registered below.
"""

from __future__ import annotations

import importlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Application, ApplicationEvent, ApprovalRequest, Customer, Product
from workstation.services import approvals, authority, products
from workstation.services.permissions import Permission
from workstation.services.schedules import Schedule
from workstation.services.session import UserSession

TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"submitted", "withdrawn", "expired"}),
    "submitted": frozenset({"assessed", "withdrawn"}),
    "assessed": frozenset({"approved", "referred", "declined", "withdrawn"}),
    "referred": frozenset({"approved", "declined", "draft", "withdrawn"}),
    "declined": frozenset({"referred"}),  # only through a score-override request
    "approved": frozenset({"contract_issued", "withdrawn", "expired"}),
    "contract_issued": frozenset({"signed"}),
    "signed": frozenset({"disbursed"}),
    "disbursed": frozenset(),
    "withdrawn": frozenset(),
    "expired": frozenset(),
}
STATUSES = tuple(TRANSITIONS)
DERIVED_INPUTS = ("duration_in_month", "credit_amount", "age_in_years")
APPROVAL_KINDS = ("application_referral", "application_limit", "score_override")
APPROVED_EXPIRE_DAYS = 30
DRAFT_EXPIRE_DAYS = 90
_LATER_STEPS = {
    "contract_issued": Permission.CONTRACT_ISSUE,
    "signed": Permission.CONTRACT_ISSUE,
    "disbursed": Permission.DISBURSE,
}


class ApplicationError(ValueError):
    pass


class InvalidTransition(ApplicationError):
    def __init__(self, from_status: str, to_status: str) -> None:
        super().__init__(f"An application cannot go from {from_status} to {to_status}.")
        self.from_status = from_status
        self.to_status = to_status


class AssessmentUnavailable(ApplicationError):
    def __init__(self) -> None:
        super().__init__("The credit assessment engine is not installed on this workstation.")


@dataclass(frozen=True)
class NewApplication:
    customer_id: uuid.UUID
    product_id: uuid.UUID
    amount: Decimal
    months: int
    annual_rate: Decimal
    method: str
    purpose: str = ""
    characteristics: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class ApplicationSummary:
    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    customer_name: str
    product_id: uuid.UUID
    product_code: str
    product_version: int
    amount: Decimal
    months: int
    annual_rate: Decimal
    method: str
    fee: Decimal
    apr: Decimal | None
    status: str
    created_at: datetime


@dataclass(frozen=True)
class TimelineEntry:
    from_status: str
    to_status: str
    actor: str
    reason: str
    occurred_at: datetime


@dataclass(frozen=True)
class ApplicationDetail:
    summary: ApplicationSummary
    purpose: str
    timeline: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class AssessmentOutcome:
    status: str
    decision: str
    band: str
    reasons: tuple[approvals.ReasonText, ...]
    request_id: uuid.UUID | None
    note: str


@dataclass(frozen=True)
class Question:
    """One scorecard input: choices for a category, none for a number."""

    name: str
    label_en: str
    label_zh: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class CustomerChoice:
    id: uuid.UUID
    name: str
    kind: str


# --- pricing -----------------------------------------------------------------------------


def scorecard_questions() -> list[Question]:
    """What the officer asks the borrower for the scorecard; terms and age are derived."""
    card = _credit().load()
    return [
        Question(c.name, c.label_en, c.label_zh, tuple(v for b in c.bins for v in b.values))
        for c in card.characteristics
        if c.name not in DERIVED_INPUTS
    ]


def find_customers(ctx: UserSession, text: str, limit: int = 50) -> list[CustomerChoice]:
    """Customers of this branch for the wizard: by name through the customer search."""
    ctx.require(Permission.CUSTOMER_READ, "customer_search")
    from workstation.services import customers

    return [CustomerChoice(c.id, c.name, c.kind) for c in customers.search(ctx, text, limit)]


# --- creating and reading ----------------------------------------------------------------


def create_draft(ctx: UserSession, new: NewApplication) -> ApplicationSummary:
    ctx.require(Permission.APPLICATION_WRITE, "application_create")
    with ctx.transaction() as session:
        customer = _customer(session, ctx, new.customer_id)
        product = products.load(session, new.product_id)
        if not product.active:
            raise ApplicationError("This product version is no longer offered.")
        offer = products.info(product)
        schedule = products.price(
            ctx, offer, customer.kind, new.amount, new.months, new.annual_rate, new.method
        )
        row = _new_row(ctx, new, schedule, offer.fee_for(new.amount))
        session.add(row)
        session.flush()
        _event(session, ctx, row, "", "draft", "created")
        ctx.audit(
            session,
            "application_created",
            subject_type="application",
            subject_id=str(row.id),
            details={"product": offer.code},
        )
        return _summary(row, customer.legal_name, product)


def _new_row(
    ctx: UserSession, new: NewApplication, schedule: Schedule, fee: Decimal
) -> Application:
    stamp = ctx.now().strftime("%y%m%d")
    return Application(
        number=f"{ctx.actor.branch_code}-{stamp}-{uuid.uuid4().hex[:6].upper()}",
        customer_id=new.customer_id,
        branch_id=ctx.actor.branch_id,
        product_id=new.product_id,
        amount=new.amount,
        months=new.months,
        annual_rate=new.annual_rate,
        method=new.method,
        fee=fee,
        apr=schedule.apr,
        purpose=new.purpose.strip(),
        created_by=ctx.actor.user_id,
        created_at=ctx.now(),
        characteristics=json.dumps(dict(new.characteristics or {}), default=str),
        origin_branch=ctx.actor.branch_code,
        origin_device=ctx.actor.device_id,
    )


def list_applications(ctx: UserSession, statuses: tuple[str, ...] = ()) -> list[ApplicationSummary]:
    ctx.require(Permission.APPLICATION_WRITE, "application_list")
    query = (
        select(Application, Customer.legal_name, Product)
        .join(Customer, Customer.id == Application.customer_id)
        .join(Product, Product.id == Application.product_id)
        .where(Application.branch_id == ctx.actor.branch_id)
        .order_by(Application.created_at.desc())
    )
    if statuses:
        query = query.where(Application.status.in_(statuses))
    with ctx.read() as session:
        return [_summary(a, name, p) for a, name, p in session.execute(query).all()]


def get(ctx: UserSession, app_id: uuid.UUID) -> ApplicationDetail:
    ctx.require(Permission.APPLICATION_WRITE, "application_read", str(app_id))
    with ctx.read() as session:
        row = _load(session, ctx, app_id)
        customer = session.get(Customer, row.customer_id)
        product = session.get(Product, row.product_id)
        assert customer is not None  # foreign keys
        assert product is not None
        events = session.scalars(
            select(ApplicationEvent)
            .where(ApplicationEvent.application_id == app_id)
            .order_by(ApplicationEvent.occurred_at, ApplicationEvent.created_at)
        )
        timeline = tuple(
            TimelineEntry(e.from_status, e.to_status, e.actor, e.reason, e.occurred_at)
            for e in events
        )
        return ApplicationDetail(_summary(row, customer.legal_name, product), row.purpose, timeline)


# --- the officer's steps ------------------------------------------------------------------


def submit(ctx: UserSession, app_id: uuid.UUID) -> str:
    ctx.require(Permission.APPLICATION_WRITE, "application_submit", str(app_id))
    with ctx.transaction() as session:
        row = _load(session, ctx, app_id)
        move(session, ctx, row, "submitted", "submitted for assessment")
        row.submitted_by, row.submitted_at = ctx.actor.user_id, ctx.now()
        return row.status


def revise_draft(
    ctx: UserSession,
    app_id: uuid.UUID,
    amount: Decimal,
    months: int,
    annual_rate: Decimal,
    method: str,
) -> ApplicationSummary:
    """New terms for a draft (e.g. one a supervisor returned), priced and checked again."""
    ctx.require(Permission.APPLICATION_WRITE, "application_revise", str(app_id))
    with ctx.transaction() as session:
        row = _load(session, ctx, app_id)
        if row.status != "draft":
            raise ApplicationError("Only a draft application can be changed.")
        customer = _customer(session, ctx, row.customer_id)
        product = products.load(session, row.product_id)
        offer = products.info(product)
        schedule = products.price(ctx, offer, customer.kind, amount, months, annual_rate, method)
        row.amount, row.months, row.annual_rate, row.method = amount, months, annual_rate, method
        row.apr, row.fee = schedule.apr, offer.fee_for(amount)
        ctx.audit(
            session,
            "application_revised",
            subject_type="application",
            subject_id=str(row.id),
            details={"amount": str(amount), "months": months},
        )
        return _summary(row, customer.legal_name, product)


def withdraw(ctx: UserSession, app_id: uuid.UUID, reason: str) -> str:
    ctx.require(Permission.APPLICATION_WRITE, "application_withdraw", str(app_id))
    if not reason.strip():
        raise ApplicationError("Please say why the application is withdrawn.")
    with ctx.transaction() as session:
        row = _load(session, ctx, app_id)
        move(session, ctx, row, "withdrawn", reason.strip())
        _close_open_requests(session, row)
        return row.status


def advance(ctx: UserSession, app_id: uuid.UUID, to_status: str, reason: str = "") -> str:
    """Contract issued, signed, disbursed: each needs its own permission."""
    if to_status not in _LATER_STEPS:
        raise ApplicationError(f"{to_status} is not a contract or disbursement step.")
    ctx.require(_LATER_STEPS[to_status], f"application_{to_status}", str(app_id))
    with ctx.transaction() as session:
        row = _load(session, ctx, app_id)
        move(session, ctx, row, to_status, reason)
        return row.status


def request_override(ctx: UserSession, app_id: uuid.UUID, reason: str) -> uuid.UUID:
    """Ask a supervisor to approve a case the scorecard declined."""
    ctx.require(Permission.APPLICATION_WRITE, "application_override_request", str(app_id))
    if not reason.strip():
        raise ApplicationError("Please give the reason for the override request.")
    with ctx.transaction() as session:
        row = _load(session, ctx, app_id)
        move(session, ctx, row, "referred", f"score override requested: {reason.strip()}")
        return _refer(session, ctx, row, "score_override", reason.strip(), band="")


def assess(ctx: UserSession, app_id: uuid.UUID) -> AssessmentOutcome:
    """Run the credit engine, then approve, decline or refer within the actor's authority."""
    ctx.require(Permission.APPLICATION_WRITE, "application_assess", str(app_id))
    with ctx.read() as session:
        status = _load(session, ctx, app_id).status
    if status != "submitted":
        raise InvalidTransition(status, "assessed")
    result = _credit().assess_application(ctx, app_id)
    reasons = tuple(approvals.ReasonText(r.code, r.text_en, r.text_zh) for r in result.reasons)
    with ctx.transaction() as session:
        row = _load(session, ctx, app_id)
        move(session, ctx, row, "assessed", f"{result.decision}, band {result.band}")
        outcome = _route(session, ctx, row, result.decision, result.band, reasons)
        return replace(outcome, reasons=reasons)


def _credit() -> Any:
    """The credit engine, which may be left out of a build."""
    try:
        return importlib.import_module("workstation.services.credit")
    except ImportError as exc:
        raise AssessmentUnavailable from exc


def _route(
    session: Session,
    ctx: UserSession,
    row: Application,
    decision: str,
    band: str,
    reasons: tuple[approvals.ReasonText, ...],
) -> AssessmentOutcome:
    # The credit reasons stay with the assessment (both languages, shown by the credit
    # screen and the inbox); the timeline and the request summary say only what happened.
    if decision == "decline":
        move(session, ctx, row, "declined", "declined by credit policy")
        return AssessmentOutcome("declined", decision, band, reasons, None, "")
    if decision == "refer":
        move(session, ctx, row, "referred", "referred by credit policy")
        request = _refer(session, ctx, row, "application_referral", "", band)
        return AssessmentOutcome("referred", decision, band, reasons, request, "")
    within = authority.check(session, ctx.actor.role, band, row.amount, row.months)
    if not within.within:
        move(session, ctx, row, "referred", within.reason)
        request = _refer(session, ctx, row, "application_limit", within.reason, band)
        return AssessmentOutcome("referred", decision, band, reasons, request, within.reason)
    move(session, ctx, row, "approved", f"approved within {ctx.actor.role} authority")
    return AssessmentOutcome("approved", decision, band, reasons, None, "")


def _refer(
    session: Session, ctx: UserSession, row: Application, kind: str, why: str, band: str
) -> uuid.UUID:
    parties = {str(row.created_by), str(row.submitted_by or row.created_by), str(ctx.actor.user_id)}
    summary = (
        f"{row.number}: {row.amount:,} over {row.months} months at "
        f"{row.annual_rate * 100:.2f}% ({row.method}). {why}".strip()
    )
    payload = {
        "number": row.number,
        "amount": row.amount,
        "months": row.months,
        "annual_rate": row.annual_rate,
        "band": band,
        "parties": sorted(parties),
    }
    return approvals.open_request(session, ctx, kind, "application", row.id, summary, payload)


def expire_stale(ctx: UserSession, today: date) -> list[str]:
    """Expire approvals not contracted within 30 days and drafts older than 90 days."""
    ctx.require(Permission.APPLICATION_WRITE, "application_expire")
    with ctx.transaction() as session:
        expired = _stale(session, ctx, today)
        for row in expired:
            move(session, ctx, row, "expired", f"not taken further by {today.isoformat()}")
        return [row.number for row in expired]


def _stale(session: Session, ctx: UserSession, today: date) -> list[Application]:
    query = select(Application).where(
        Application.branch_id == ctx.actor.branch_id, Application.status.in_(("draft", "approved"))
    )
    return [
        row
        for row in session.scalars(query)
        if _since(session, row)
        < today
        - timedelta(days=DRAFT_EXPIRE_DAYS if row.status == "draft" else APPROVED_EXPIRE_DAYS)
    ]


def _since(session: Session, row: Application) -> date:
    """The business date the application entered its current status."""
    latest = session.scalars(
        select(ApplicationEvent.occurred_at)
        .where(ApplicationEvent.application_id == row.id, ApplicationEvent.to_status == row.status)
        .order_by(ApplicationEvent.occurred_at.desc())
    ).first()
    return (latest or row.created_at).date()


# --- the state machine ------------------------------------------------------------------


def move(session: Session, ctx: UserSession, row: Application, to_status: str, reason: str) -> None:
    """The one place an application's status changes (for other services too)."""
    if to_status not in TRANSITIONS.get(row.status, frozenset()):
        raise InvalidTransition(row.status, to_status)
    from_status, row.status = row.status, to_status
    _event(session, ctx, row, from_status, to_status, reason)
    ctx.audit(
        session,
        "application_status",
        subject_type="application",
        subject_id=str(row.id),
        details={"from": from_status, "to": to_status},
    )


def _event(
    session: Session,
    ctx: UserSession,
    row: Application,
    from_status: str,
    to_status: str,
    reason: str,
) -> None:
    session.add(
        ApplicationEvent(
            application_id=row.id,
            from_status=from_status,
            to_status=to_status,
            actor=ctx.actor.username,
            reason=reason,
            occurred_at=ctx.now(),
            origin_branch=ctx.actor.branch_code,
            origin_device=ctx.actor.device_id,
        )
    )


def _close_open_requests(session: Session, row: Application, status: str = "withdrawn") -> None:
    """Other open requests on the application lapse once it leaves the referral."""
    for request in session.scalars(
        select(ApprovalRequest).where(
            ApprovalRequest.subject_id == row.id, ApprovalRequest.status == "open"
        )
    ):
        request.status = status


# --- supervisors' decisions -----------------------------------------------------------------


def _on_decision(
    ctx: UserSession,
    session: Session,
    request: approvals.RequestInfo,
    made: approvals.DecisionSummary,
) -> None:
    """Move the application; a declined case only moves when an override is granted."""
    row = _load(session, ctx, request.subject_id)
    if row.status == "declined" and made.decision != "approved":
        return
    if row.status == "declined":
        move(session, ctx, row, "referred", "score override granted")
    if made.decision == "approved":
        _apply_changes(session, ctx, row, made.changes, str(request.payload.get("band", "")))
        move(session, ctx, row, "approved", f"approved by supervisor: {made.comment}")
    elif made.decision == "declined":
        move(session, ctx, row, "declined", f"declined by supervisor: {made.comment}")
    else:
        move(session, ctx, row, "draft", f"returned for changes: {made.comment}")
    _close_open_requests(session, row, "closed")


def _apply_changes(
    session: Session, ctx: UserSession, row: Application, changes: Mapping[str, Any], band: str
) -> None:
    """A supervisor may approve on changed terms; they are re-priced and re-checked."""
    unknown = set(changes) - {"amount", "months", "annual_rate"}
    if unknown:
        raise ApplicationError(f"Only amount, months and annual_rate can be changed: {unknown}")
    amount = Decimal(str(changes.get("amount", row.amount)))
    months = int(changes.get("months", row.months))
    rate = Decimal(str(changes.get("annual_rate", row.annual_rate)))
    customer = _customer(session, ctx, row.customer_id)
    offer = products.info(products.load(session, row.product_id))
    schedule = products.price(ctx, offer, customer.kind, amount, months, rate, row.method)
    if band:
        within = authority.check(session, ctx.actor.role, band, amount, months)
        if not within.within:
            raise ApplicationError(f"This needs head office: {within.reason}.")
    row.amount, row.months, row.annual_rate = amount, months, rate
    row.apr, row.fee = schedule.apr, offer.fee_for(amount)


for _kind in APPROVAL_KINDS:
    approvals.register_decision_handler(_kind, _on_decision)


# --- helpers -------------------------------------------------------------------------------


def _load(session: Session, ctx: UserSession, app_id: uuid.UUID) -> Application:
    row = session.get(Application, app_id)
    if row is None or row.branch_id != ctx.actor.branch_id:
        raise ApplicationError("There is no such application in this branch.")
    return row


def _customer(session: Session, ctx: UserSession, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.branch_id != ctx.actor.branch_id:
        raise ApplicationError("There is no such customer in this branch.")
    return customer


def _summary(row: Application, customer_name: str, product: Product) -> ApplicationSummary:
    return ApplicationSummary(
        id=row.id,
        number=row.number,
        customer_id=row.customer_id,
        customer_name=customer_name,
        product_id=product.id,
        product_code=product.code,
        product_version=product.product_version,
        amount=row.amount,
        months=row.months,
        annual_rate=row.annual_rate,
        method=row.method,
        fee=row.fee,
        apr=row.apr,
        status=row.status,
        created_at=row.created_at,
    )
