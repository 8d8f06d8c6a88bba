"""Loan contracts: issue a draft PDF, sign it, verify a file, and list the register.

Application status flow: approved -> contract_issued -> signed. A draft may be re-issued
(the old draft becomes void, `issue` + 1, same number). Signing re-renders the contract
from the same records and issue date with the borrower's mark, then certifies it with
the branch key (PAdES), so the signed file is the draft the borrower read, minus the
watermark. Verification finds the stored record by the file's SHA-256, else by the
contract number the signature's reason carries, so a modified file is still matched
to its record and reported as differing from it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.models import (
    Application,
    Branch,
    ContractDocument,
    Customer,
    Loan,
    Product,
)
from workstation.services import applications, branch_certificates, contract_evidence
from workstation.services.contract_pdf import (
    ContractDocument as ContractPdf,
)
from workstation.services.contract_pdf import (
    InstallmentRow,
    Language,
    Lender,
    render_contract,
)
from workstation.services.fileio import write_atomic
from workstation.services.pdf_signing import VerificationReport, sha256_hex, sign_pdf, verify_pdf
from workstation.services.permissions import Permission
from workstation.services.schedules import build_schedule
from workstation.services.session import UserSession

LANGUAGES: tuple[Language, ...] = ("zh", "en", "bilingual")
REASON_PREFIX = "Loan contract "
_METHOD_LABELS = {
    "annuity": ("等额本息", "Equal instalments"),
    "equal-principal": ("等额本金", "Equal principal"),
    "interest-only": ("先息后本", "Interest only, principal at maturity"),
    "bullet": ("到期一次性还本付息", "Principal and interest at maturity"),
}


class ContractError(ValueError):
    """A contract action that cannot go ahead; the message is meant for the officer."""


@dataclass(frozen=True)
class ContractSummary:
    id: uuid.UUID
    application_id: uuid.UUID
    application_number: str
    number: str
    issue: int
    status: str
    language: str
    customer_name: str
    amount: Decimal
    issued_at: datetime
    signed_at: datetime | None
    sha256: str


@dataclass(frozen=True)
class ContractVerification:
    """`ok` only when the signature holds, is trusted, and the file is the stored one."""

    ok: bool
    report: VerificationReport
    contract: ContractSummary | None
    problems: tuple[str, ...]


# --- issue ---------------------------------------------------------------------------------


def issue_contract(
    ctx: UserSession, application_id: uuid.UUID, language: str = "bilingual"
) -> ContractSummary:
    """Render and store a DRAFT contract for an approved application (or re-issue a draft)."""
    ctx.require(Permission.CONTRACT_ISSUE, "contract_issued", str(application_id))
    lang = _language(language)
    with ctx.transaction() as s:
        app = _application(s, application_id, ctx.actor.branch_id)
        previous = _draft_to_replace(s, app)
        issued_on = _branch_today(s, ctx, app.branch_id)
        number = previous.number if previous else _next_number(s, app.branch_id, issued_on)
        pdf = render_contract(_document(ctx, s, app, number, lang, issued_on))
        row = ContractDocument(
            application_id=app.id,
            number=number,
            language=lang,
            status="draft",
            issue=previous.issue + 1 if previous else 1,
            pdf=pdf,
            sha256=sha256_hex(pdf),
            created_at=ctx.now(),
            origin_branch=ctx.actor.branch_code,
            origin_device=ctx.actor.device_id,
        )
        s.add(row)
        if previous is None:
            applications.move(s, ctx, app, "contract_issued", f"contract {number} issued")
        else:
            previous.status = "void"
        s.flush()
        action = "contract_reissued" if previous else "contract_issued"
        _audit(ctx, s, action, row, issue=row.issue, language=lang)
        return _summary(row, app, _customer(s, app))


def _language(language: str) -> Language:
    for known in LANGUAGES:
        if language == known:
            return known
    raise ContractError(f"Unknown contract language {language!r}: choose zh, en or bilingual.")


def _draft_to_replace(s: Session, app: Application) -> ContractDocument | None:
    """None for a first issue; the live draft for a re-issue; refuse anything else."""
    if app.status == "approved":
        return None
    draft = _latest(s, app.id) if app.status == "contract_issued" else None
    if draft is None or draft.status != "draft":
        raise ContractError(
            f"A contract can only be issued for an approved application "
            f"(application {app.number} is {app.status})."
        )
    return draft


def _next_number(s: Session, branch_id: uuid.UUID, issued_on: date) -> str:
    """BJ001-2026-000123: per branch and year; counted inside the issuing transaction."""
    code = _branch(s, branch_id).code
    prefix = f"{code}-{issued_on.year}-"
    query = select(func.count(func.distinct(ContractDocument.number))).where(
        ContractDocument.number.like(f"{prefix}%")
    )
    return f"{prefix}{(s.scalar(query) or 0) + 1:06d}"


def _branch_today(s: Session, ctx: UserSession, branch_id: uuid.UUID) -> date:
    return _local_date(s, ctx.now(), branch_id)


def _local_date(s: Session, moment: datetime, branch_id: uuid.UUID) -> date:
    return moment.astimezone(ZoneInfo(_branch(s, branch_id).timezone)).date()


# --- the document ----------------------------------------------------------------------------


def _document(
    ctx: UserSession,
    s: Session,
    app: Application,
    number: str,
    language: Language,
    issued_on: date,
) -> ContractPdf:
    product = s.get(Product, app.product_id)
    if product is None:
        raise ContractError(f"The product of application {app.number} is missing.")
    branch = _branch(s, app.branch_id)
    pricing = _pricing(s, app, issued_on)
    place = branch.address or branch.name
    return ContractPdf(
        contract_number=number,
        language=language,
        lender=_lender(ctx, branch),
        borrower=contract_evidence.borrower(_customer(s, app)),
        product_name=_bilingual(language, product.name_zh, product.name_en),
        principal=app.amount,
        annual_rate=app.annual_rate,
        apr=pricing.apr,
        method_label=_bilingual(language, *_METHOD_LABELS.get(app.method, (app.method,) * 2)),
        months=app.months,
        fees=pricing.fees,
        total_interest=sum((r.interest for r in pricing.rows), Decimal(0)),
        total_repayable=pricing.fees
        + sum((r.principal + r.interest for r in pricing.rows), Decimal(0)),
        penalty_rate=app.annual_rate * (1 + product.penalty_rate_markup),
        first_due=pricing.rows[0].due_date,
        last_due=pricing.rows[-1].due_date,
        installments=pricing.rows,
        signing_place=place,
        signing_date=issued_on,
    )


@dataclass(frozen=True)
class _Pricing:
    rows: tuple[InstallmentRow, ...]
    apr: Decimal
    fees: Decimal


def _pricing(s: Session, app: Application, start: date) -> _Pricing:
    """The booked schedule if a loan exists, else the application priced from the issue date."""
    loan = s.scalars(select(Loan).where(Loan.application_id == app.id)).first()
    if loan is not None:
        return _loan_pricing(app, loan)
    schedule = build_schedule(app.method, app.amount, app.annual_rate, app.months, start, app.fee)
    rows = tuple(
        InstallmentRow(
            i.number, i.due_date, i.principal, i.interest, i.fee, i.payment, i.closing_principal
        )
        for i in schedule.installments
    )
    return _Pricing(rows, schedule.apr, schedule.total_fees)


def _loan_pricing(app: Application, loan: Loan) -> _Pricing:
    live = [i for i in loan.installments if not i.superseded]
    remaining, rows = loan.principal, []
    for i in live:
        remaining -= i.principal
        payment = i.principal + i.interest + i.fee
        rows.append(
            InstallmentRow(i.number, i.due_date, i.principal, i.interest, i.fee, payment, remaining)
        )
    fees = app.fee + sum((i.fee for i in live), Decimal(0))
    return _Pricing(tuple(rows), loan.apr, fees)


def _lender(ctx: UserSession, branch: Branch) -> Lender:
    settings = ctx.settings
    return Lender(
        str(settings.get("lender_name")),
        branch.name,
        branch.address,
        str(settings.get("lender_licence")),
    )


def _bilingual(language: Language, zh: str, en: str) -> str:
    return {"zh": zh, "en": en}.get(language, f"{zh} {en}")


# --- sign ---------------------------------------------------------------------------------


def sign_contract(
    ctx: UserSession,
    contract_id: uuid.UUID,
    signature_png: bytes | None,
    typed_name: str | None,
    consent: bool,
) -> ContractSummary:
    """Borrower's mark into the final PDF, then the branch's PAdES certification."""
    ctx.require(Permission.CONTRACT_ISSUE, "contract_signed", str(contract_id))
    mark = contract_evidence.check_mark(signature_png, typed_name, consent)
    with ctx.transaction() as s:
        row, app = _draft_for_signing(s, contract_id, ctx.actor.branch_id)
        customer = _customer(s, app)
        contract_evidence.check_typed_name(mark, customer.legal_name)
        issued_on = _local_date(s, row.created_at, app.branch_id)
        doc = _document(ctx, s, app, row.number, _language(row.language), issued_on)
        final = replace(
            doc, draft=False, borrower_signature_png=mark.png, typed_signature_name=mark.typed_name
        )
        signed = _certify(ctx, s, app, row.number, render_contract(final))
        row.pdf, row.sha256, row.status = signed.pdf, sha256_hex(signed.pdf), "signed"
        row.signed_at, row.signer = ctx.now(), signed.signer
        applications.move(s, ctx, app, "signed", f"contract {row.number} signed ({mark.method})")
        _audit(ctx, s, "contract_signed", row, sha256=row.sha256, mark=mark.method)
        return _summary(row, app, customer)


@dataclass(frozen=True)
class _Signed:
    pdf: bytes
    signer: str


def _certify(ctx: UserSession, s: Session, app: Application, number: str, pdf: bytes) -> _Signed:
    material = branch_certificates.signing_material(s, ctx.workstation.secrets, app.branch_id)
    branch = _branch(s, app.branch_id)
    signed = sign_pdf(
        pdf,
        material.key_pem,
        material.cert_pem,
        material.chain_pems,
        reason=f"{REASON_PREFIX}{number}",
        location=branch.name,
        signer_name=material.subject,
    )
    return _Signed(signed, material.subject)


def _draft_for_signing(
    s: Session, contract_id: uuid.UUID, branch_id: uuid.UUID
) -> tuple[ContractDocument, Application]:
    row = _contract(s, contract_id, branch_id)
    app = _application(s, row.application_id, branch_id)
    if row.status != "draft" or app.status != "contract_issued":
        raise ContractError(
            f"Contract {row.number} (issue {row.issue}) is {row.status}; "
            "only the current draft can be signed."
        )
    return row, app


# --- verify -------------------------------------------------------------------------------


def verify_contract(ctx: UserSession, pdf: bytes) -> ContractVerification:
    """Is this file an intact, trusted contract of this lender, identical to our record?"""
    _require_verify(ctx)
    with ctx.transaction() as s:
        row = _record_for(s, pdf)
        expected = row.sha256 if row is not None else None
        report = verify_pdf(pdf, branch_certificates.trust_roots(s), expected_sha256=expected)
        problems = report.problems
        if row is None:
            problems += ("No signed contract of this lender matches this file.",)
        summary = _summary_of(s, row) if row is not None else None
        ok = report.ok and row is not None
        ctx.audit(
            s,
            "contract_verified",
            subject_type="contract",
            subject_id=str(row.id) if row else "",
            outcome="ok" if ok else "failed",
            details={"sha256": sha256_hex(pdf), "problems": len(problems)},
        )
        return ContractVerification(ok, report, summary, problems)


def _require_verify(ctx: UserSession) -> None:
    """Officers and auditors may verify; anyone else is refused (and audited)."""
    if not ctx.actor.can(Permission.AUDIT_READ):
        ctx.require(Permission.CONTRACT_ISSUE, "contract_verified")


def _record_for(s: Session, pdf: bytes) -> ContractDocument | None:
    by_hash = select(ContractDocument).where(
        ContractDocument.sha256 == sha256_hex(pdf), ContractDocument.status == "signed"
    )
    row = s.scalars(by_hash).first()
    number = row.number if row else contract_evidence.signed_number(pdf, REASON_PREFIX)
    if row is not None or number is None:
        return row
    by_number = select(ContractDocument).where(
        ContractDocument.number == number, ContractDocument.status == "signed"
    )
    return s.scalars(by_number).first()


# --- register, preview, export -----------------------------------------------------------------


def list_contracts(
    ctx: UserSession,
    text: str = "",
    status: str = "",
    since: date | None = None,
    until: date | None = None,
) -> list[ContractSummary]:
    """The contract register: by number or customer name, status and issue date."""
    ctx.require(Permission.CONTRACT_ISSUE, "contracts_listed")
    query = (
        select(ContractDocument, Application, Customer)
        .join(Application, ContractDocument.application_id == Application.id)
        .join(Customer, Application.customer_id == Customer.id)
        .where(Application.branch_id == ctx.actor.branch_id)
        .order_by(ContractDocument.created_at.desc())
    )
    if text.strip():
        pattern = f"%{text.strip().casefold()}%"
        query = query.where(
            func.lower(ContractDocument.number).like(pattern) | Customer.name_search.like(pattern)
        )
    if status:
        query = query.where(ContractDocument.status == status)
    with ctx.read() as s:
        rows = [_summary(c, a, p) for c, a, p in s.execute(query)]
    return [r for r in rows if _within(r.issued_at.date(), since, until)]


def current_draft(ctx: UserSession, application_id: uuid.UUID) -> ContractSummary | None:
    """The draft awaiting the borrower's signature, for the application screen."""
    ctx.require(Permission.CONTRACT_ISSUE, "contracts_listed", str(application_id))
    with ctx.read() as s:
        app = _application(s, application_id, ctx.actor.branch_id)
        draft = _latest(s, app.id)
        if draft is None or draft.status != "draft":
            return None
        return _summary(draft, app, _customer(s, app))


def _within(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def contract_pdf(ctx: UserSession, contract_id: uuid.UUID) -> bytes:
    """The stored PDF for preview or print; it holds full PII, so opening it is audited."""
    ctx.require(Permission.CONTRACT_ISSUE, "contract_viewed", str(contract_id))
    with ctx.transaction() as s:
        row = _contract(s, contract_id, ctx.actor.branch_id)
        _audit(ctx, s, "contract_viewed", row)
        return row.pdf


def export_contract(ctx: UserSession, contract_id: uuid.UUID, folder: Path) -> Path:
    """Write the PDF where the officer chose: an explicit act, so PII leaves by consent."""
    ctx.require(Permission.CONTRACT_ISSUE, "contract_exported", str(contract_id))
    with ctx.transaction() as s:
        row = _contract(s, contract_id, ctx.actor.branch_id)
        suffix = "signed" if row.status == "signed" else f"{row.status}-{row.issue}"
        path = folder / f"{row.number}-{suffix}.pdf"
        write_atomic(path, row.pdf)
        _audit(ctx, s, "contract_exported", row, file=path.name)
        return path


# --- helpers -------------------------------------------------------------------------------


def _audit(
    ctx: UserSession, s: Session, action: str, row: ContractDocument, **details: object
) -> None:
    """Contract events name the contract by number; never the borrower's PII."""
    ctx.audit(
        s,
        action,
        subject_type="contract",
        subject_id=str(row.id),
        details={"number": row.number, **details},
    )


def _application(s: Session, application_id: uuid.UUID, branch_id: uuid.UUID) -> Application:
    """Another branch's application answers exactly like a missing one (no IDOR, C25)."""
    app = s.get(Application, application_id)
    if app is None or app.branch_id != branch_id:
        raise ContractError("No such application.")
    return app


def _contract(s: Session, contract_id: uuid.UUID, branch_id: uuid.UUID) -> ContractDocument:
    row = s.get(ContractDocument, contract_id)
    if row is None:
        raise ContractError("No such contract.")
    try:
        _application(s, row.application_id, branch_id)
    except ContractError:
        raise ContractError("No such contract.") from None
    return row


def _latest(s: Session, application_id: uuid.UUID) -> ContractDocument | None:
    query = (
        select(ContractDocument)
        .where(ContractDocument.application_id == application_id)
        .order_by(ContractDocument.issue.desc())
    )
    return s.scalars(query).first()


def _customer(s: Session, app: Application) -> Customer:
    customer = s.get(Customer, app.customer_id)
    if customer is None:
        raise ContractError(f"The borrower of application {app.number} is missing.")
    return customer


def _branch(s: Session, branch_id: uuid.UUID) -> Branch:
    branch = s.get(Branch, branch_id)
    if branch is None:
        raise ContractError("The application's branch is not recorded on this workstation.")
    return branch


def _summary_of(s: Session, row: ContractDocument) -> ContractSummary:
    app = s.get(Application, row.application_id)  # rows here were already scoped
    if app is None:
        raise ContractError("No such application.")
    return _summary(row, app, _customer(s, app))


def _summary(row: ContractDocument, app: Application, customer: Customer) -> ContractSummary:
    return ContractSummary(
        id=row.id,
        application_id=app.id,
        application_number=app.number,
        number=row.number,
        issue=row.issue,
        status=row.status,
        language=row.language,
        customer_name=customer.legal_name,
        amount=app.amount,
        issued_at=row.created_at,
        signed_at=row.signed_at,
        sha256=row.sha256,
    )
