"""The supervisors' approvals inbox: requests, four-eyes decisions and their handlers.

Anything beyond an officer's authority (referrals, limit breaches, score overrides,
settlements, write-offs...) becomes an ``ApprovalRequest`` for the branch. A decision
is an append-only ``ApprovalDecision``; changing one means a new decision that names
the one it supersedes. Nobody who requested, or is a party to, a request may decide
it, whatever their role. Other modules react to decisions through handlers registered
per kind, run inside the deciding transaction so a refused handler undoes the decision.
"""

from __future__ import annotations

import importlib
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import ApprovalDecision, ApprovalRequest, CreditAssessment, User
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

DECISIONS = ("approved", "declined", "returned")
SLA_WORKING_HOURS = 8
WORKDAY = (time(9, 0), time(17, 0))


class ApprovalError(ValueError):
    pass


class FourEyesViolation(ApprovalError):
    def __init__(self) -> None:
        super().__init__(
            "You requested or took part in this case, so another supervisor must decide it."
        )


@dataclass(frozen=True)
class RequestInfo:
    id: uuid.UUID
    kind: str
    subject_type: str
    subject_id: uuid.UUID
    summary: str
    payload: Mapping[str, Any]
    requested_by: uuid.UUID


@dataclass(frozen=True)
class DecisionSummary:
    id: uuid.UUID
    request_id: uuid.UUID
    kind: str
    subject_id: uuid.UUID
    decision: str
    decided_by: str
    decided_at: datetime
    comment: str
    changes: Mapping[str, Any] = field(default_factory=dict)
    supersedes_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ReasonText:
    """A credit reason in both languages, so each screen shows the officer's own."""

    code: str
    text_en: str
    text_zh: str = ""


@dataclass(frozen=True)
class AssessmentBrief:
    """An application's latest credit assessment as the supervisor needs it: codes and
    both-language reasons, never a sentence in one language."""

    score: int
    band: str
    decision: str
    reasons: tuple[ReasonText, ...]


@dataclass(frozen=True)
class InboxItem:
    id: uuid.UUID
    kind: str
    subject_type: str
    subject_id: uuid.UUID
    summary: str
    assessment: AssessmentBrief | None
    payload: Mapping[str, Any]
    requested_by: str
    requested_at: datetime
    age_working_hours: float
    hours_left: float  # of the SLA; negative once overdue
    sla: str
    overdue: bool


Handler = Callable[[UserSession, Session, RequestInfo, DecisionSummary], None]
_HANDLERS: dict[str, Handler] = {}
# Modules that register handlers when imported; loaded before any decision is made.
HANDLER_MODULES = ["workstation.services.applications", "workstation.services.escalations"]


def register_decision_handler(kind: str, fn: Handler) -> None:
    """Let another module react (in the same transaction) when ``kind`` is decided."""
    _HANDLERS[kind] = fn


# --- requesting --------------------------------------------------------------------


def request(
    ctx: UserSession,
    kind: str,
    subject_type: str,
    subject_id: uuid.UUID,
    summary: str,
    payload: Mapping[str, Any] | None = None,
) -> uuid.UUID:
    """Open a request in the actor's branch; the caller has checked its own permission."""
    with ctx.transaction() as session:
        return open_request(session, ctx, kind, subject_type, subject_id, summary, payload)


def open_request(
    session: Session,
    ctx: UserSession,
    kind: str,
    subject_type: str,
    subject_id: uuid.UUID,
    summary: str,
    payload: Mapping[str, Any] | None = None,
) -> uuid.UUID:
    """``request`` in the caller's transaction: a transition and its request commit together."""
    if _open_for(session, kind, subject_id) is not None:
        raise ApprovalError("This case is already waiting for a supervisor.")
    row = ApprovalRequest(
        kind=kind,
        subject_type=subject_type,
        subject_id=subject_id,
        branch_id=ctx.actor.branch_id,
        requested_by=ctx.actor.user_id,
        requested_at=ctx.now(),
        summary=summary,
        payload=json.dumps(dict(payload or {}), default=str, sort_keys=True),
        origin_branch=ctx.actor.branch_code,
        origin_device=ctx.actor.device_id,
    )
    session.add(row)
    session.flush()
    ctx.audit(
        session,
        "approval_requested",
        subject_type=subject_type,
        subject_id=str(subject_id),
        details={"kind": kind, "request": str(row.id)},
    )
    return row.id


def _open_for(session: Session, kind: str, subject_id: uuid.UUID) -> ApprovalRequest | None:
    query = select(ApprovalRequest).where(
        ApprovalRequest.kind == kind,
        ApprovalRequest.subject_id == subject_id,
        ApprovalRequest.status == "open",
    )
    return session.execute(query).scalars().first()


# --- the inbox ------------------------------------------------------------------------


def inbox(ctx: UserSession) -> list[InboxItem]:
    """Open requests for the supervisor's branch, oldest first, with age and SLA."""
    ctx.require(Permission.APPLICATION_DECIDE, "approvals_inbox")
    query = (
        select(ApprovalRequest)
        .where(ApprovalRequest.branch_id == ctx.actor.branch_id, ApprovalRequest.status == "open")
        .order_by(ApprovalRequest.requested_at)
    )
    tz = ZoneInfo(str(ctx.settings.get("borrower_timezone")))
    with ctx.read() as session:
        names = _usernames(session)
        return [_item(session, row, names, ctx.now(), tz) for row in session.scalars(query)]


def _item(
    session: Session,
    row: ApprovalRequest,
    names: Mapping[uuid.UUID, str],
    now: datetime,
    tz: ZoneInfo,
) -> InboxItem:
    age = working_hours_between(row.requested_at, now, tz)
    left = SLA_WORKING_HOURS - age
    sla = "overdue" if left < 0 else f"due in {left:.0f} working hours"
    return InboxItem(
        id=row.id,
        kind=row.kind,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        summary=row.summary,
        assessment=_assessment_summary(session, row),
        payload=json.loads(row.payload or "{}"),
        requested_by=names.get(row.requested_by, "?"),
        requested_at=row.requested_at,
        age_working_hours=round(age, 1),
        hours_left=round(left, 1),
        sla=sla,
        overdue=left < 0,
    )


def _assessment_summary(session: Session, row: ApprovalRequest) -> AssessmentBrief | None:
    if row.subject_type != "application":
        return None
    query = (
        select(CreditAssessment)
        .where(CreditAssessment.application_id == row.subject_id)
        .order_by(CreditAssessment.assessed_at.desc())
    )
    found = session.execute(query).scalars().first()
    if found is None:
        return None
    reasons = tuple(reason_text(r) for r in json.loads(found.reasons or "[]")[:4])
    return AssessmentBrief(found.score, found.band, found.decision, reasons)


def reason_text(reason: Any) -> ReasonText:
    """Reasons are stored as {code, text_en, text_zh, ...} by the credit engine; an older
    row may hold a plain English text."""
    if isinstance(reason, dict):
        text_en = str(reason.get("text_en", ""))
        return ReasonText(str(reason.get("code", "")), text_en, str(reason.get("text_zh", "")))
    return ReasonText("", str(reason))


def working_hours_between(start: datetime, end: datetime, tz: ZoneInfo) -> float:
    """Working hours (Mon-Fri 09:00-17:00 local) from ``start`` to ``end``."""
    start, end = start.astimezone(tz), end.astimezone(tz)
    total, day = timedelta(0), start.date()
    while day <= end.date():
        if day.weekday() < 5:
            opens = datetime.combine(day, WORKDAY[0], tz)
            closes = datetime.combine(day, WORKDAY[1], tz)
            total += max(timedelta(0), min(closes, end) - max(opens, start))
        day += timedelta(days=1)
    return total.total_seconds() / 3600


def _usernames(session: Session) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(User.id, User.username)).all())


# --- deciding ----------------------------------------------------------------------------


def decide(
    ctx: UserSession,
    request_id: uuid.UUID,
    decision: str,
    comment: str,
    changes: Mapping[str, Any] | None = None,
    supersedes: uuid.UUID | None = None,
) -> DecisionSummary:
    """Record a supervisor's decision (append-only) and run the kind's handler."""
    ctx.require(Permission.APPLICATION_DECIDE, "approval_decide", str(request_id))
    _check_input(decision, comment)
    with ctx.transaction() as session:
        row = _load(session, ctx, request_id)
        _check_four_eyes(ctx, row)
        _check_supersedes(session, row, supersedes)
        summary = _record(session, ctx, row, decision, comment.strip(), changes, supersedes)
        _handler(row.kind)(ctx, session, _info(row), summary)
        return summary


def _handler(kind: str) -> Handler:
    """The kind's handler; a decision nobody would act on is refused, not recorded."""
    for module in HANDLER_MODULES:
        importlib.import_module(module)
    if kind not in _HANDLERS:
        raise ApprovalError(f"No part of the workstation handles {kind} decisions.")
    return _HANDLERS[kind]


def decisions_for(ctx: UserSession, request_id: uuid.UUID) -> list[DecisionSummary]:
    ctx.require(Permission.APPLICATION_DECIDE, "approval_history", str(request_id))
    with ctx.read() as session:
        row = _load(session, ctx, request_id)
        names = _usernames(session)
        query = (
            select(ApprovalDecision)
            .where(ApprovalDecision.request_id == request_id)
            .order_by(ApprovalDecision.decided_at)
        )
        return [_summary(d, row, names) for d in session.scalars(query)]


def _check_input(decision: str, comment: str) -> None:
    if decision not in DECISIONS:
        raise ApprovalError(f"The decision must be one of: {', '.join(DECISIONS)}.")
    if not comment.strip():
        raise ApprovalError("Please write a comment explaining the decision.")


def _load(session: Session, ctx: UserSession, request_id: uuid.UUID) -> ApprovalRequest:
    row = session.get(ApprovalRequest, request_id)
    if row is None or row.branch_id != ctx.actor.branch_id:
        raise ApprovalError("There is no such request in this branch.")
    return row


def _check_four_eyes(ctx: UserSession, row: ApprovalRequest) -> None:
    parties = {str(p) for p in json.loads(row.payload or "{}").get("parties", [])}
    if ctx.actor.user_id == row.requested_by or str(ctx.actor.user_id) in parties:
        raise FourEyesViolation


def _check_supersedes(session: Session, row: ApprovalRequest, supersedes: uuid.UUID | None) -> None:
    latest = _latest_decision(session, row.id)
    if latest is None and supersedes is not None:
        raise ApprovalError("There is no earlier decision to supersede.")
    if latest is not None and supersedes != latest:
        raise ApprovalError(
            "This request has already been decided; a new decision must supersede the latest one."
        )


def _latest_decision(session: Session, request_id: uuid.UUID) -> uuid.UUID | None:
    """The one decision no other supersedes (clock ties cannot reorder the chain)."""
    rows = session.execute(
        select(ApprovalDecision.id, ApprovalDecision.supersedes_id).where(
            ApprovalDecision.request_id == request_id
        )
    ).all()
    superseded = {old for _, old in rows}
    return next((made for made, _ in rows if made not in superseded), None)


def _record(
    session: Session,
    ctx: UserSession,
    row: ApprovalRequest,
    decision: str,
    comment: str,
    changes: Mapping[str, Any] | None,
    supersedes: uuid.UUID | None,
) -> DecisionSummary:
    made = ApprovalDecision(
        request_id=row.id,
        decision=decision,
        decided_by=ctx.actor.user_id,
        decided_at=ctx.now(),
        comment=comment,
        changes=json.dumps(dict(changes or {}), default=str, sort_keys=True),
        supersedes_id=supersedes,
        origin_branch=ctx.actor.branch_code,
        origin_device=ctx.actor.device_id,
    )
    session.add(made)
    row.status = decision
    session.flush()
    ctx.audit(
        session,
        "approval_decided",
        subject_type=row.subject_type,
        subject_id=str(row.subject_id),
        details={
            "kind": row.kind,
            "request": str(row.id),
            "decision": decision,
            "supersedes": str(supersedes or ""),
        },
    )
    return _summary(made, row, {ctx.actor.user_id: ctx.actor.username})


def _summary(
    made: ApprovalDecision, row: ApprovalRequest, names: Mapping[uuid.UUID, str]
) -> DecisionSummary:
    return DecisionSummary(
        id=made.id,
        request_id=row.id,
        kind=row.kind,
        subject_id=row.subject_id,
        decision=made.decision,
        decided_by=names.get(made.decided_by, "?"),
        decided_at=made.decided_at,
        comment=made.comment,
        changes=json.loads(made.changes or "{}"),
        supersedes_id=made.supersedes_id,
    )


def _info(row: ApprovalRequest) -> RequestInfo:
    return RequestInfo(
        row.id,
        row.kind,
        row.subject_type,
        row.subject_id,
        row.summary,
        json.loads(row.payload or "{}"),
        row.requested_by,
    )
