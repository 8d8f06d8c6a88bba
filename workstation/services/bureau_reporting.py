"""Month-end reporting to the credit bureau: generate, validate, export, correct.

The end of day on a month's last day copies every reported loan's state into
`BureauLoanMonth` (serviced loans, and loans closed or written off since they were
last reported). A month's file is rendered from those rows alone, so generating it
again gives the same bytes. A file is validated before it is stored and again before
it is exported; a past month is corrected by a new submission carrying only the
changed records. The file holds ID numbers (the bureau needs them): export needs a
fresh password and is audited; screens see masked numbers only.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from workstation.models import (
    BureauLoanMonth,
    BureauSubmission,
    Customer,
    IdentityDocument,
    Loan,
)
from workstation.services import bureau_format as fmt
from workstation.services.bureau_format import Header, Problem, Record
from workstation.services.fileio import write_atomic
from workstation.services.identity_checks import mask_id
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

_SNAPSHOT = text(
    "INSERT OR IGNORE INTO bureau_loan_month "
    "(month, loan_id, branch_id, balance, amount_overdue, days_past_due, status_code, closed_on) "
    "SELECT :month, l.id, l.branch_id, l.outstanding_principal, l.amount_overdue, "
    " l.days_past_due, "
    " CASE WHEN l.status IN ('closed', 'settled') THEN 'C' "
    "  WHEN l.status IN ('written_off', 'written-off') THEN 'W' "
    "  WHEN l.days_past_due <= 0 THEN 'N' "
    "  ELSE CAST(MIN(7, (l.days_past_due + 29) / 30) AS TEXT) END, "
    " CASE WHEN l.status IN ('closed', 'settled', 'written_off', 'written-off') THEN "
    "  COALESCE((SELECT MAX(e.value_date) FROM ledger_entry e "
    "   WHERE e.loan_id = l.id AND e.value_date <= :day), :day) END "
    "FROM loan l WHERE l.start_date <= :day AND (l.status IN ('active', 'restructured', "
    " 'settling') OR (l.status IN ('closed', 'settled', 'written_off', 'written-off') "
    " AND NOT EXISTS (SELECT 1 FROM bureau_loan_month b "
    "  WHERE b.loan_id = l.id AND b.status_code IN ('C', 'W'))))"
)
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class ReportingError(ValueError):
    """An officer-readable reason the month-end file cannot be produced or sent."""


class FileInvalid(ReportingError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(f"- {p}" for p in problems[:20])
        more = f"\n(and {len(problems) - 20} more)" if len(problems) > 20 else ""
        super().__init__(f"The reporting file failed validation:\n{shown}{more}")


@dataclass(frozen=True)
class SubmissionInfo:
    submission_id: uuid.UUID
    month: str
    kind: str  # monthly | correction
    sequence: int
    records: int
    sha256: str
    generated_at: datetime
    generated_by: str
    note: str


@dataclass(frozen=True)
class Generated:
    submission: SubmissionInfo
    identical: bool  # False only when a stored file for the month already existed and differs


@dataclass(frozen=True)
class MonthInfo:
    month: str
    loans: int  # month-end states recorded
    submissions: tuple[SubmissionInfo, ...]


@dataclass(frozen=True)
class RecordView:
    """A detail record for the screen: the ID number masked."""

    account: str
    id_masked: str
    balance: str
    overdue: str
    days_past_due: str
    status: str
    closed: str


def snapshot_if_month_end(s: Session, day: date) -> None:
    """Record every reported loan's state for the month `day` ends (run by the EOD)."""
    if fmt.month_end(day.strftime("%Y-%m")) == day:
        s.execute(_SNAPSHOT, {"month": day.strftime("%Y-%m"), "day": day.isoformat()})


# --- generating ----------------------------------------------------------------------------


def build(ctx: UserSession, month: str) -> bytes:
    """The month's file as it would be generated now (nothing stored)."""
    ctx.require(Permission.BUREAU_REPORT, "bureau_report_build", month)
    with ctx.read() as s:
        return _render_month(s, ctx, _month(month))


def generate(ctx: UserSession, month: str) -> Generated:
    """Render, validate and store the month's file; a second run compares, never overwrites."""
    ctx.require(Permission.BUREAU_REPORT, "bureau_report_generate", month)
    with ctx.transaction() as s:
        content = _render_month(s, ctx, _month(month))
        _check(content)
        sha = hashlib.sha256(content).hexdigest()
        existing = _monthly(s, ctx, month)
        if existing is not None:
            return Generated(_info(existing), existing.sha256 == sha)
        row = _store(s, ctx, month, "monthly", 1, None, content, "")
        ctx.audit(
            s,
            "bureau_report_generated",
            subject_type="bureau_submission",
            subject_id=str(row.id),
            details={"month": month, "records": row.records, "sha256": sha},
        )
        return Generated(_info(row), True)


def _render_month(s: Session, ctx: UserSession, month: str) -> bytes:
    """Columns only: loading the ORM rows would pull every loan's installments too."""
    state = BureauLoanMonth
    query = (
        select(
            Loan.number,
            Loan.customer_id,
            Customer.legal_name,
            Loan.start_date,
            Loan.principal,
            Loan.months,
            state.balance,
            state.amount_overdue,
            state.days_past_due,
            state.status_code,
            state.closed_on,
        )
        .join(Loan, Loan.id == state.loan_id)
        .join(Customer, Customer.id == Loan.customer_id)
        .where(state.month == month, state.branch_id == ctx.actor.branch_id)
        .order_by(Loan.number)
    )
    rows = s.execute(query).all()
    if not rows:
        end = fmt.month_end(month)
        raise ReportingError(
            f"No month-end loan states for {month}: the end of day for {end} has not run."
        )
    documents = _documents(s, {row.customer_id for row in rows})
    records = [_record(row, documents.get(row.customer_id)) for row in rows]
    return fmt.render(Header(ctx.actor.branch_code, month, "monthly", 1, 0), records)


def _documents(s: Session, customer_ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str]]:
    """Each customer's (type, number) of the earliest primary document."""
    query = (
        select(IdentityDocument.customer_id, IdentityDocument.doc_type, IdentityDocument.number)
        .where(IdentityDocument.customer_id.in_(customer_ids), IdentityDocument.primary.is_(True))
        .order_by(IdentityDocument.created_at.desc())
    )
    return {cid: (kind, number) for cid, kind, number in s.execute(query)}


def _record(row: Any, doc: tuple[str, str] | None) -> Record:
    kind, number = doc or ("other", "")
    return Record(
        account=fmt.clean(row.number),
        id_type=kind if kind in fmt.ID_TYPES else "other",
        id_number=fmt.clean(number),
        name=fmt.clean(row.legal_name),
        opened=row.start_date.isoformat(),
        principal=f"{row.principal:.2f}",
        months=str(row.months),
        balance=f"{row.balance:.2f}",
        overdue=f"{row.amount_overdue:.2f}",
        days_past_due=str(row.days_past_due),
        status=row.status_code,
        closed="" if row.closed_on is None else row.closed_on.isoformat(),
    )


# --- corrections ---------------------------------------------------------------------------


def correct(
    ctx: UserSession, month: str, account: str, changes: Mapping[str, str], reason: str
) -> SubmissionInfo:
    """A correction file for a past month: the account's record with `changes` applied."""
    ctx.require(Permission.BUREAU_REPORT, "bureau_report_correct", month)
    unknown = sorted(set(changes) - set(fmt.CORRECTABLE))
    if unknown:
        raise ReportingError(f"Only these fields can be corrected: {', '.join(fmt.CORRECTABLE)}.")
    if not reason.strip():
        raise ReportingError("Please give the reason for the correction.")
    with ctx.transaction() as s:
        original = _monthly(s, ctx, _month(month))
        if original is None:
            raise ReportingError(f"No file has been generated for {month} yet.")
        history = _submissions(s, ctx, month)
        current = _latest_record(history, account)
        fixed = replace(current, **{k: v.strip() for k, v in changes.items()})
        if fixed == current:
            raise ReportingError("The correction changes nothing.")
        sequence = max(row.sequence for row in history) + 1
        header = Header(ctx.actor.branch_code, month, "correction", sequence, 1)
        content = fmt.render(header, [fixed])
        _check(content)
        row = _store(s, ctx, month, "correction", sequence, original.id, content, reason.strip())
        ctx.audit(
            s,
            "bureau_report_corrected",
            subject_type="bureau_submission",
            subject_id=str(row.id),
            details={"month": month, "fields": sorted(changes), "sha256": row.sha256},
        )
        return _info(row)


def _latest_record(history: list[BureauSubmission], account: str) -> Record:
    for row in sorted(history, key=lambda r: r.sequence, reverse=True):
        for record in fmt.parse_records(row.content):
            if record.account == account:
                return record
    raise ReportingError(f"Account {account} is not in that month's file.")


# --- reading, validating, exporting --------------------------------------------------------


def validate(content: bytes) -> list[Problem]:
    """Any file, ours or the bureau's echo of it (no store needed)."""
    return fmt.validate(content)


def check(ctx: UserSession, submission_id: uuid.UUID) -> list[Problem]:
    """Validate a stored file again (the screen's Validate button)."""
    ctx.require(Permission.BUREAU_REPORT, "bureau_report_view", str(submission_id))
    with ctx.read() as s:
        return fmt.validate(_submission(s, ctx, submission_id).content)


def months(ctx: UserSession, limit: int = 24) -> list[MonthInfo]:
    ctx.require(Permission.BUREAU_REPORT, "bureau_report_list")
    branch = ctx.actor.branch_id
    with ctx.read() as s:
        counts = s.execute(
            select(BureauLoanMonth.month, func.count())
            .where(BureauLoanMonth.branch_id == branch)
            .group_by(BureauLoanMonth.month)
            .order_by(BureauLoanMonth.month.desc())
            .limit(limit)
        ).all()
        return [
            MonthInfo(m, int(n), tuple(_info(r) for r in _submissions(s, ctx, m)))
            for m, n in counts
        ]


def records(ctx: UserSession, submission_id: uuid.UUID) -> list[RecordView]:
    ctx.require(Permission.BUREAU_REPORT, "bureau_report_view", str(submission_id))
    with ctx.read() as s:
        row = _submission(s, ctx, submission_id)
        return [
            RecordView(
                r.account,
                mask_id(r.id_number),
                r.balance,
                r.overdue,
                r.days_past_due,
                r.status,
                r.closed,
            )
            for r in fmt.parse_records(row.content)
        ]


def export(ctx: UserSession, submission_id: uuid.UUID, dest: Path) -> SubmissionInfo:
    """Write a stored file for sending; it holds ID numbers, so a fresh password is needed."""
    ctx.require(Permission.BUREAU_REPORT, "bureau_report_export", str(submission_id))
    ctx.require_recent_auth()
    with ctx.transaction() as s:
        row = _submission(s, ctx, submission_id)
        _check(row.content)
        if hashlib.sha256(row.content).hexdigest() != row.sha256:
            raise ReportingError("The stored file does not match its digest; it was not exported.")
        try:
            write_atomic(dest, row.content)
        except OSError as exc:
            raise ReportingError(f"The file cannot be written: {exc.strerror}.") from exc
        ctx.audit(
            s,
            "bureau_report_exported",
            subject_type="bureau_submission",
            subject_id=str(row.id),
            details={"month": row.month, "records": row.records, "sha256": row.sha256},
        )
        return _info(row)


# --- helpers -------------------------------------------------------------------------------


def _month(month: str) -> str:
    if not _MONTH.match(month):
        raise ReportingError(f"{month!r} is not a month like 2026-10.")
    return month


def _check(content: bytes) -> None:
    problems = fmt.validate(content)
    if problems:
        raise FileInvalid(problems)


def _monthly(s: Session, ctx: UserSession, month: str) -> BureauSubmission | None:
    rows = _submissions(s, ctx, month)
    return next((r for r in rows if r.kind == "monthly"), None)


def _submissions(s: Session, ctx: UserSession, month: str) -> list[BureauSubmission]:
    query = (
        select(BureauSubmission)
        .where(
            BureauSubmission.month == month,
            BureauSubmission.origin_branch == ctx.actor.branch_code,
        )
        .order_by(BureauSubmission.sequence)
    )
    return list(s.scalars(query))


def _submission(s: Session, ctx: UserSession, submission_id: uuid.UUID) -> BureauSubmission:
    row = s.get(BureauSubmission, submission_id)
    if row is None or row.origin_branch != ctx.actor.branch_code:
        raise ReportingError("There is no such reporting file in this branch.")
    return row


def _store(
    s: Session,
    ctx: UserSession,
    month: str,
    kind: str,
    sequence: int,
    corrects: uuid.UUID | None,
    content: bytes,
    note: str,
) -> BureauSubmission:
    row = BureauSubmission(
        month=month,
        kind=kind,
        sequence=sequence,
        corrects_id=corrects,
        records=len(fmt.parse_records(content)),
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        generated_at=ctx.now(),
        generated_by=ctx.actor.username,
        note=note,
        created_at=ctx.now(),
        origin_branch=ctx.actor.branch_code,
        origin_device=ctx.actor.device_id,
    )
    s.add(row)
    s.flush()
    return row


def _info(row: BureauSubmission) -> SubmissionInfo:
    return SubmissionInfo(
        row.id,
        row.month,
        row.kind,
        row.sequence,
        row.records,
        row.sha256,
        row.generated_at,
        row.generated_by,
        row.note,
    )
