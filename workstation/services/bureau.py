"""Credit-bureau consent, inquiries and imported reports (docs/bureau.md).

An inquiry needs the borrower's recorded consent (a shipped consent text version, when,
which officer), not withdrawn and not expired; a refused inquiry is audited. Reports
come through a `BureauProvider`: the branch's one today is `FileImportProvider`, which
reads the report file the branch received from the bureau. Only the facts the
assessment uses, the account and inquiry lists and the file's digest are stored; the
subject's ID number is matched by keyed digest and never stored, logged or audited.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import (
    Application,
    BureauConsent,
    BureauInquiry,
    BureauReport,
    Customer,
    IdentityDocument,
)
from workstation.resources import resource_path
from workstation.services import bureau_file
from workstation.services.bureau_file import ParsedReport, ReportInvalid
from workstation.services.customer_records import document_forms
from workstation.services.lookup import digest, lookup_key
from workstation.services.permissions import Permission
from workstation.services.session import UserSession, in_scope

CONSENT_VERSIONS = ("v1",)  # resources/bureau/consent_<version>.<language>.txt
CONSENT_LANGUAGES = ("en", "zh_CN")
CONSENT_VALID_DAYS = 365
METHODS = ("signed-form", "e-signature")
PURPOSES = ("loan-approval", "post-loan", "guarantor")


class BureauError(ValueError):
    """An officer-readable reason a bureau action cannot go ahead."""


class ConsentRequired(BureauError):
    """No valid consent: the inquiry is refused (and the refusal audited)."""


@dataclass(frozen=True)
class ConsentInfo:
    consent_id: uuid.UUID
    text_version: str
    consented_at: datetime
    officer: str
    method: str
    expires_on: date | None
    withdrawn_at: datetime | None

    def valid_on(self, day: date) -> bool:
        expired = self.expires_on is not None and self.expires_on < day
        return self.withdrawn_at is None and not expired


@dataclass(frozen=True)
class InquiryInfo:
    inquiry_id: uuid.UUID
    purpose: str
    provider: str
    asked_at: datetime
    officer: str
    has_report: bool


@dataclass(frozen=True)
class ReportInfo:
    report_id: uuid.UUID
    provider: str
    report_date: date
    imported_at: datetime
    imported_by: str
    total_debt: Decimal
    monthly_obligations: Decimal
    open_accounts: int
    inquiries_6m: int
    worst_status: str
    accounts: int


@dataclass(frozen=True)
class BureauStatus:
    """What the credit screen shows beside an assessment."""

    customer_id: uuid.UUID
    consent: ConsentInfo | None
    consent_valid: bool
    open_inquiry: InquiryInfo | None  # asked, report not yet imported
    report: ReportInfo | None


# --- providers ---------------------------------------------------------------------------


class BureauProvider(Protocol):
    """A way to reach the bureau: ask for a report, and read the report it sends."""

    name: str

    def fetch(self, customer_id: uuid.UUID, purpose: str) -> bytes | None:
        """The report now (an online provider), or None when it arrives later as a file."""
        ...

    def parse(self, data: bytes, today: date) -> ParsedReport: ...


class FileImportProvider:
    """The branch asks at the bureau's own terminal; the officer imports the file it gets."""

    name = "file-import"

    def fetch(self, customer_id: uuid.UUID, purpose: str) -> bytes | None:
        return None

    def parse(self, data: bytes, today: date) -> ParsedReport:
        return bureau_file.parse(data, today)


PROVIDER: BureauProvider = FileImportProvider()


# --- consent -----------------------------------------------------------------------------


def consent_text(version: str, language: str) -> str:
    """The exact wording the borrower agreed to."""
    if version not in CONSENT_VERSIONS or language not in CONSENT_LANGUAGES:
        raise BureauError(f"There is no consent text {version} in {language}.")
    path = resource_path("bureau", f"consent_{version}.{language}.txt")
    return path.read_text(encoding="utf-8")


def record_consent(
    ctx: UserSession, customer_id: uuid.UUID, text_version: str, method: str = "signed-form"
) -> ConsentInfo:
    ctx.require(Permission.BUREAU_INQUIRE, "bureau_consent", str(customer_id))
    if text_version not in CONSENT_VERSIONS:
        raise BureauError(f"Unknown consent text version {text_version!r}.")
    if method not in METHODS:
        raise BureauError(f"The consent method must be one of: {', '.join(METHODS)}.")
    now = ctx.now()
    with ctx.transaction() as s:
        _customer(s, customer_id)
        row = BureauConsent(
            customer_id=customer_id,
            text_version=text_version,
            consented_at=now,
            officer=ctx.actor.username,
            method=method,
            expires_on=now.date() + timedelta(days=CONSENT_VALID_DAYS),
            **_origin(ctx),
        )
        s.add(row)
        s.flush()
        details = {"consent": str(row.id), "text_version": text_version, "method": method}
        ctx.audit(
            s,
            "bureau_consent_recorded",
            subject_type="customer",
            subject_id=str(customer_id),
            details=details,
        )
        return _consent(row)


def withdraw_consent(ctx: UserSession, customer_id: uuid.UUID) -> ConsentInfo:
    """Stop new inquiries; the month-end reporting of granted loans goes on (by law)."""
    ctx.require(Permission.BUREAU_INQUIRE, "bureau_consent_withdraw", str(customer_id))
    with ctx.transaction() as s:
        _customer(s, customer_id)
        row = _latest_consent(s, customer_id)
        if row is None or row.withdrawn_at is not None:
            raise BureauError("This customer has no consent to withdraw.")
        row.withdrawn_at = ctx.now()
        ctx.audit(
            s,
            "bureau_consent_withdrawn",
            subject_type="customer",
            subject_id=str(customer_id),
            details={"consent": str(row.id)},
        )
        return _consent(row)


# --- inquiry and import ------------------------------------------------------------------


def inquire(
    ctx: UserSession, customer_id: uuid.UUID, application_id: uuid.UUID | None, purpose: str
) -> InquiryInfo:
    """Record an inquiry under a valid consent; without one it is refused and audited."""
    ctx.require(Permission.BUREAU_INQUIRE, "bureau_inquiry", str(customer_id))
    if purpose not in PURPOSES:
        raise BureauError(f"The inquiry purpose must be one of: {', '.join(PURPOSES)}.")
    with ctx.transaction() as s:
        _customer(s, customer_id)
        _check_application(s, customer_id, application_id)
        consent = _latest_consent(s, customer_id)
        refusal = _consent_problem(consent, ctx.now().date())
    if refusal:
        _audit_refusal(ctx, customer_id, refusal)
        raise ConsentRequired(refusal)
    assert consent is not None
    PROVIDER.fetch(customer_id, purpose)  # the file provider returns None: import follows
    with ctx.transaction() as s:
        row = BureauInquiry(
            customer_id=customer_id,
            consent_id=consent.id,
            application_id=application_id,
            purpose=purpose,
            provider=PROVIDER.name,
            asked_at=ctx.now(),
            officer=ctx.actor.username,
            **_origin(ctx),
        )
        s.add(row)
        s.flush()
        ctx.audit(
            s,
            "bureau_inquiry",
            subject_type="customer",
            subject_id=str(customer_id),
            details={"inquiry": str(row.id), "consent": str(consent.id), "purpose": purpose},
        )
        return _inquiry(row, has_report=False)


def import_report(ctx: UserSession, customer_id: uuid.UUID, source: Path | bytes) -> ReportInfo:
    """Read a received report for the customer's open inquiry; a bad file stores nothing
    (its refusal is audited with the file's digest and the number of problems)."""
    ctx.require(Permission.BUREAU_INQUIRE, "bureau_import", str(customer_id))
    data = _read(source)
    sha = hashlib.sha256(data).hexdigest()
    try:
        parsed = PROVIDER.parse(data, ctx.now().date())
        return _store_report(ctx, customer_id, parsed, sha)
    except ReportInvalid as exc:
        with ctx.transaction() as s:
            ctx.audit(
                s,
                "bureau_report_imported",
                subject_type="customer",
                subject_id=str(customer_id),
                outcome="refused",
                details={"sha256": sha, "problems": len(exc.problems)},
            )
        raise


def _store_report(
    ctx: UserSession, customer_id: uuid.UUID, parsed: ParsedReport, sha: str
) -> ReportInfo:
    with ctx.transaction() as s:
        _customer(s, customer_id)
        inquiry = _open_inquiry(s, customer_id)
        if inquiry is None:
            raise BureauError("Record the bureau inquiry before importing its report.")
        if not _same_person(s, customer_id, parsed.id_number):
            raise ReportInvalid(["The report is about a different ID number than this customer's."])
        if s.scalar(select(BureauReport.id).where(BureauReport.sha256 == sha)):
            raise BureauError("This report file has already been imported.")
        row = _report_row(ctx, customer_id, inquiry.id, parsed, sha)
        s.add(row)
        s.flush()
        ctx.audit(
            s,
            "bureau_report_imported",
            subject_type="customer",
            subject_id=str(customer_id),
            details={"report": str(row.id), "inquiry": str(inquiry.id), "sha256": sha},
        )
        return _report(row)


def status(ctx: UserSession, customer_id: uuid.UUID) -> BureauStatus:
    ctx.require(Permission.CREDIT_READ, "bureau_status", str(customer_id))
    with ctx.read() as s:
        _customer(s, customer_id)
        consent = _latest_consent(s, customer_id)
        inquiry = _open_inquiry(s, customer_id)
        report = s.scalars(
            select(BureauReport)
            .where(BureauReport.customer_id == customer_id)
            .order_by(BureauReport.report_date.desc(), BureauReport.imported_at.desc())
            .limit(1)
        ).first()
        info = None if consent is None else _consent(consent)
        return BureauStatus(
            customer_id,
            info,
            info is not None and info.valid_on(ctx.now().date()),
            None if inquiry is None else _inquiry(inquiry, has_report=False),
            None if report is None else _report(report),
        )


def customer_of_application(ctx: UserSession, application_id: uuid.UUID) -> uuid.UUID:
    ctx.require(Permission.CREDIT_READ, "bureau_status", str(application_id))
    with ctx.read() as s:
        app = s.get(Application, application_id)
        if app is None or not in_scope(s, app.branch_id):
            raise BureauError("There is no such application in this branch.")
        return app.customer_id


# --- helpers -----------------------------------------------------------------------------


def _origin(ctx: UserSession) -> dict[str, object]:
    return {
        "created_at": ctx.now(),
        "origin_branch": ctx.actor.branch_code,
        "origin_device": ctx.actor.device_id,
    }


def _customer(s: Session, customer_id: uuid.UUID) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None or customer.deleted_at or not in_scope(s, customer.branch_id):
        raise BureauError("There is no such customer in this branch.")
    return customer


def _check_application(s: Session, customer_id: uuid.UUID, app_id: uuid.UUID | None) -> None:
    if app_id is None:
        return
    app = s.get(Application, app_id)
    if app is None or app.customer_id != customer_id:
        raise BureauError("The application is not this customer's.")


def _latest_consent(s: Session, customer_id: uuid.UUID) -> BureauConsent | None:
    query = (
        select(BureauConsent)
        .where(BureauConsent.customer_id == customer_id)
        .order_by(BureauConsent.consented_at.desc())
        .limit(1)
    )
    return s.scalars(query).first()


def _consent_problem(consent: BureauConsent | None, today: date) -> str:
    if consent is None:
        return "The borrower has not given consent to a credit bureau inquiry."
    if consent.withdrawn_at is not None:
        return "The borrower has withdrawn consent to credit bureau inquiries."
    if consent.expires_on is not None and consent.expires_on < today:
        return f"The borrower's bureau consent expired on {consent.expires_on}."
    return ""


def _audit_refusal(ctx: UserSession, customer_id: uuid.UUID, reason: str) -> None:
    with ctx.transaction() as s:
        ctx.audit(
            s,
            "bureau_inquiry",
            subject_type="customer",
            subject_id=str(customer_id),
            outcome="refused",
            details={"reason": reason},
        )


def _open_inquiry(s: Session, customer_id: uuid.UUID) -> BureauInquiry | None:
    answered = select(BureauReport.inquiry_id).where(BureauReport.inquiry_id.is_not(None))
    query = (
        select(BureauInquiry)
        .where(BureauInquiry.customer_id == customer_id, BureauInquiry.id.not_in(answered))
        .order_by(BureauInquiry.asked_at.desc())
        .limit(1)
    )
    return s.scalars(query).first()


def _same_person(s: Session, customer_id: uuid.UUID, id_number: str) -> bool:
    key = lookup_key(s)
    digests = [digest(key, kind, number) for kind, number in document_forms(id_number)]
    query = select(IdentityDocument.id).where(
        IdentityDocument.customer_id == customer_id, IdentityDocument.number_digest.in_(digests)
    )
    return s.scalar(query.limit(1)) is not None


def _read(source: Path | bytes) -> bytes:
    if isinstance(source, bytes):
        return source
    try:
        return source.read_bytes()
    except OSError as exc:
        raise BureauError(f"The report file cannot be read: {exc.strerror}.") from exc


def _report_row(
    ctx: UserSession, customer_id: uuid.UUID, inquiry_id: uuid.UUID, p: ParsedReport, sha: str
) -> BureauReport:
    facts = {
        "bureau": p.bureau,
        "report_id": p.report_id,
        "accounts": [asdict(a) for a in p.accounts],
        "inquiries": [asdict(q) for q in p.inquiries],
    }
    return BureauReport(
        customer_id=customer_id,
        inquiry_id=inquiry_id,
        provider=PROVIDER.name,
        report_date=p.report_date,
        imported_at=ctx.now(),
        imported_by=ctx.actor.username,
        total_debt=p.total_debt,
        monthly_obligations=p.monthly_obligations,
        open_accounts=p.open_accounts,
        inquiries_6m=p.inquiries_6m,
        worst_status=p.worst_status,
        facts=json.dumps(facts, ensure_ascii=False, default=str),
        sha256=sha,
        **_origin(ctx),
    )


def _consent(row: BureauConsent) -> ConsentInfo:
    return ConsentInfo(
        row.id,
        row.text_version,
        row.consented_at,
        row.officer,
        row.method,
        row.expires_on,
        row.withdrawn_at,
    )


def _inquiry(row: BureauInquiry, has_report: bool) -> InquiryInfo:
    return InquiryInfo(row.id, row.purpose, row.provider, row.asked_at, row.officer, has_report)


def _report(row: BureauReport) -> ReportInfo:
    accounts = len(json.loads(row.facts or "{}").get("accounts", []))
    return ReportInfo(
        row.id,
        row.provider,
        row.report_date,
        row.imported_at,
        row.imported_by,
        row.total_debt,
        row.monthly_obligations,
        row.open_accounts,
        row.inquiries_6m,
        row.worst_status,
        accounts,
    )
