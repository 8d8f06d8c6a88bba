"""Loan servicing: booking a signed application, disbursing once, repayments and reversals.

Every money movement is an append-only `LedgerEntry`; the installment paid-columns,
`outstanding_principal` and `credit_balance` are derived state, changed only by the
deltas an entry records in its `allocation`, so a reversal applies the same deltas
negated and restores every balance exactly. Idempotency keys are unique in the
database, so a retried request is answered with the first result, never posted twice.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workstation.models import (
    Application,
    BankAccount,
    CollectionCase,
    Installment,
    LedgerEntry,
    Loan,
    Product,
)
from workstation.services import applications
from workstation.services.identity_checks import mask_card
from workstation.services.permissions import Permission
from workstation.services.schedules import add_months, build_schedule, early_repayment_quote
from workstation.services.session import UserSession, in_scope

ZERO = Decimal("0.00")
PARTS = ("fee", "penalty", "interest", "principal")  # allocation order within an installment
CHANNELS = ("cash", "transfer", "card")
SERVICED = ("active", "restructured", "settling")  # statuses that take payments and EOD
WAIVE_ORDER = ("penalty", "interest", "fee", "principal")  # what a discount forgives first
BUCKETS = ((0, "current"), (30, "1-30"), (60, "31-60"), (90, "61-90"))
_AMOUNT = re.compile(r"^\d+(\.\d{1,2})?$")


class ServicingError(ValueError):
    """A request an officer can correct; the message is shown as is."""


class AlreadyDisbursed(ServicingError):
    def __init__(self, number: str) -> None:
        super().__init__(f"Loan {number} has already been disbursed.")


@dataclass(frozen=True)
class InstallmentView:
    number: int
    due_date: date
    principal: Decimal
    interest: Decimal
    fee: Decimal
    penalty: Decimal
    paid: Decimal
    unpaid: Decimal


@dataclass(frozen=True)
class LoanSummary:
    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    status: str
    principal: Decimal
    annual_rate: Decimal
    outstanding_principal: Decimal
    amount_overdue: Decimal
    credit_balance: Decimal
    days_past_due: int
    bucket: str
    installments: tuple[InstallmentView, ...]


@dataclass(frozen=True)
class PostingResult:
    """One ledger entry and where its money went (part -> amount, plus credit)."""

    entry_id: uuid.UUID
    loan_id: uuid.UUID
    kind: str
    amount: Decimal
    allocated: dict[str, Decimal]
    credit: Decimal
    duplicate: bool = False


# --- input -------------------------------------------------------------------------------


def parse_amount(text: str | Decimal) -> Decimal:
    """Officer-typed amount -> Decimal; commas and a leading ¥ are accepted."""
    raw = str(text).strip().replace(",", "").removeprefix("¥").strip()
    if not _AMOUNT.match(raw):
        raise ServicingError("amount must be a positive number with at most 2 decimals")
    try:
        amount = Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already rules it out
        raise ServicingError("amount must be a positive number with at most 2 decimals") from exc
    if amount <= 0:
        raise ServicingError("amount must be a positive number with at most 2 decimals")
    return amount.quantize(Decimal("0.01"))


def business_date(ctx: UserSession) -> date:
    """Today in the borrowers' time zone: due dates and days past due count in it."""
    return ctx.now().astimezone(ZoneInfo(str(ctx.settings.get("borrower_timezone")))).date()


def bucket_for(dpd: int) -> str:
    for limit, name in BUCKETS:
        if dpd <= limit:
            return name
    return "90+"


# --- booking and disbursement --------------------------------------------------------


def create_loan_from_application(
    ctx: UserSession, application_id: uuid.UUID, start_date: date
) -> LoanSummary:
    """Book a signed application as a pending loan with its installment schedule."""
    ctx.require(Permission.DISBURSE, "loan_create", str(application_id))
    with ctx.transaction() as s:
        app = s.get(Application, application_id)
        if app is None or app.status != "signed":
            raise ServicingError("Only a signed application can be booked as a loan.")
        if s.scalar(select(Loan.id).where(Loan.application_id == app.id)) is not None:
            raise ServicingError(f"Application {app.number} already has a loan.")
        loan = _new_loan(s, app, start_date)
        s.add(loan)
        s.flush()
        ctx.audit(s, "loan_created", subject_type="loan", subject_id=str(loan.id))
        return summarize(loan)


def _new_loan(s: Session, app: Application, start: date) -> Loan:
    product = s.get(Product, app.product_id)
    markup = product.penalty_rate_markup if product else Decimal("0.5")
    schedule = build_schedule(app.method, app.amount, app.annual_rate, app.months, start, app.fee)
    loan = Loan(
        number=f"LN-{app.number}",
        application_id=app.id,
        customer_id=app.customer_id,
        branch_id=app.branch_id,
        product_id=app.product_id,
        principal=app.amount,
        annual_rate=app.annual_rate,
        penalty_rate=(app.annual_rate * (1 + markup)).quantize(Decimal("0.000001")),
        apr=schedule.apr,
        method=str(schedule.method),
        months=app.months,
        start_date=start,
        status="pending",
    )
    loan.installments = [
        Installment(
            number=r.number,
            due_date=r.due_date,
            principal=r.principal,
            interest=r.interest,
            fee=r.fee,
        )
        for r in schedule.installments
    ]
    return loan


def disburse(
    ctx: UserSession, loan_id: uuid.UUID, bank_account_id: uuid.UUID, idempotency_key: str
) -> PostingResult:
    """Pay the loan out exactly once; a retry with the same key gets the first result."""
    ctx.require(Permission.DISBURSE, "loan_disburse", str(loan_id))
    ctx.require_recent_auth()
    try:
        with ctx.transaction() as s:
            return _disburse(ctx, s, loan_id, bank_account_id, idempotency_key)
    except IntegrityError:  # a concurrent request with the same key won the race
        return _replay(ctx, idempotency_key, loan_id, "disbursement")


def _disburse(
    ctx: UserSession, s: Session, loan_id: uuid.UUID, account_id: uuid.UUID, key: str
) -> PostingResult:
    earlier = _entry_by_key(s, key)
    if earlier is not None:
        return _result(_same_request(earlier, loan_id, "disbursement"), duplicate=True)
    loan = _loan(s, loan_id)
    if loan.status != "pending":
        raise AlreadyDisbursed(loan.number)
    account = s.get(BankAccount, account_id)
    if account is None or account.customer_id != loan.customer_id:
        raise ServicingError("Disburse only to a bank account of the borrower.")
    loan.status, loan.disbursed_at = "active", ctx.now()
    loan.disbursement_account_id, loan.outstanding_principal = account.id, loan.principal
    entry = _entry(ctx, loan, "disbursement", loan.principal, key, business_date(ctx))
    s.add(entry)
    _mark_application_disbursed(ctx, s, loan.application_id, loan.number)
    s.flush()
    ctx.audit(
        s,
        "loan_disbursed",
        subject_type="loan",
        subject_id=str(loan.id),
        details={"amount": str(loan.principal)},
    )
    return _result(entry)


def _mark_application_disbursed(
    ctx: UserSession, s: Session, application_id: uuid.UUID, number: str
) -> None:
    app = s.get(Application, application_id)
    if app is None or app.status != "signed":
        raise ServicingError("The application is no longer signed; it cannot be disbursed.")
    applications.move(s, ctx, app, "disbursed", f"loan {number} disbursed")


@dataclass(frozen=True)
class PayoutAccount:
    id: uuid.UUID
    label: str  # bank and masked card number: the screen never sees the full number


def payout_accounts(ctx: UserSession, application_id: uuid.UUID) -> list[PayoutAccount]:
    """The borrower's accounts a loan may be paid into, for the disbursement choice."""
    ctx.require(Permission.DISBURSE, "payout_accounts", str(application_id))
    with ctx.read() as s:
        app = _branch_application(s, ctx, application_id)
        query = select(BankAccount).where(
            BankAccount.customer_id == app.customer_id,
            BankAccount.purpose.in_(("disbursement", "both")),
        )
        return [
            PayoutAccount(a.id, f"{a.bank_name} {mask_card(a.card_number)}")
            for a in s.scalars(query)
        ]


def loan_for_application(ctx: UserSession, application_id: uuid.UUID) -> LoanSummary | None:
    """The loan booked for an application: a retry after a refused payout books no second one."""
    ctx.require(Permission.PAYMENT_POST, "loan_view", str(application_id))
    with ctx.read() as s:
        _branch_application(s, ctx, application_id)
        loan = s.scalar(select(Loan).where(Loan.application_id == application_id))
        return summarize(loan) if loan is not None else None


def _branch_application(s: Session, ctx: UserSession, application_id: uuid.UUID) -> Application:
    """Another branch's application answers like a missing one (C25)."""
    app = s.get(Application, application_id)
    if app is None or app.branch_id != ctx.actor.branch_id:
        raise ServicingError("There is no such application in this branch.")
    return app


# --- repayments and reversals ----------------------------------------------------------


def post_repayment(
    ctx: UserSession,
    loan_id: uuid.UUID,
    amount: Decimal | str,
    channel: str,
    value_date: date,
    idempotency_key: str,
    source_account: str = "",
) -> PostingResult:
    """Allocate a payment to due installments, oldest first; any excess is held as credit."""
    ctx.require(Permission.PAYMENT_POST, "payment_post", str(loan_id))
    money = parse_amount(amount)
    if channel not in CHANNELS:
        raise ServicingError(f"channel must be one of {', '.join(CHANNELS)}")
    try:
        with ctx.transaction() as s:
            return _post(
                ctx, s, loan_id, money, channel, value_date, idempotency_key, source_account
            )
    except IntegrityError:
        return _replay(ctx, idempotency_key, loan_id, "repayment")


def _post(
    ctx: UserSession,
    s: Session,
    loan_id: uuid.UUID,
    money: Decimal,
    channel: str,
    value_date: date,
    key: str,
    source: str,
) -> PostingResult:
    earlier = _entry_by_key(s, key)
    if earlier is not None:
        return _result(_same_request(earlier, loan_id, "repayment"), duplicate=True)
    loan = _loan(s, loan_id)
    if loan.status not in SERVICED:
        raise ServicingError(f"Loan {loan.number} is {loan.status}; it takes no repayments.")
    targets = _open_installments(loan, value_date)
    allocation = allocate(money, targets)
    entry = _entry(
        ctx,
        loan,
        "repayment",
        money,
        key,
        value_date,
        channel=channel,
        source_account=source,
        allocation=allocation,
    )
    s.add(entry)
    apply_allocation(loan, allocation, sign=1)
    refresh_arrears(s, loan, max(value_date, business_date(ctx)))
    s.flush()
    ctx.audit(
        s,
        "payment_posted",
        subject_type="loan",
        subject_id=str(loan.id),
        details={"amount": str(money), "channel": channel},
    )
    return _result(entry)


def allocate(money: Decimal, installments: Sequence[Installment]) -> dict[str, object]:
    """Oldest installment first; within one: fee, penalty, interest, then principal."""
    left, parts = money, {}
    for row in installments:
        paid = {}
        for part in PARTS:
            take = min(left, _unpaid(row, part))
            if take > 0:
                paid[part], left = str(take), left - take
        if paid:
            parts[str(row.number)] = paid
    return {"installments": parts, "credit": str(left), "version": _version(installments)}


def apply_allocation(loan: Loan, allocation: dict[str, object], sign: int) -> None:
    """Add (sign=1) or take back (sign=-1) exactly the deltas an entry recorded."""
    by_number = {(i.schedule_version, i.number): i for i in loan.installments}
    version = int(str(allocation.get("version", 1)))
    parts = allocation.get("installments", {})
    assert isinstance(parts, dict)
    for number, paid in parts.items():
        row = by_number[(version, int(number))]
        for part, value in paid.items():
            delta = Decimal(value) * sign
            setattr(row, f"{part}_paid", getattr(row, f"{part}_paid") + delta)
            if part == "principal":
                loan.outstanding_principal -= delta
    loan.credit_balance += Decimal(str(allocation.get("credit", "0"))) * sign


def reverse_payment(ctx: UserSession, entry_id: uuid.UUID, reason: str) -> PostingResult:
    """A new 'reversal' entry that takes back exactly what the payment allocated."""
    ctx.require(Permission.PAYMENT_POST, "payment_reverse", str(entry_id))
    if not reason.strip():
        raise ServicingError("Give a reason for the reversal.")
    try:
        with ctx.transaction() as s:
            return _reverse(ctx, s, entry_id, reason.strip())
    except IntegrityError as exc:
        raise ServicingError("This payment has already been reversed.") from exc


def _reverse(ctx: UserSession, s: Session, entry_id: uuid.UUID, reason: str) -> PostingResult:
    original = s.get(LedgerEntry, entry_id)
    if original is None or original.kind != "repayment":
        raise ServicingError("Only a posted repayment can be reversed.")
    if s.scalar(select(LedgerEntry.id).where(LedgerEntry.reverses_id == original.id)):
        raise ServicingError("This payment has already been reversed.")
    loan = _loan(s, original.loan_id)
    allocation = json.loads(original.allocation)
    if loan.credit_balance < Decimal(allocation["credit"]):
        raise ServicingError("The credit from this payment was used; reverse later entries first.")
    entry = _entry(
        ctx,
        loan,
        "reversal",
        original.amount,
        f"reversal:{original.id}",
        business_date(ctx),
        allocation=allocation,
        note=reason,
    )
    entry.reverses_id = original.id
    s.add(entry)
    apply_allocation(loan, allocation, sign=-1)
    loan.status = _REOPENED.get(loan.status, loan.status)
    refresh_arrears(s, loan, business_date(ctx))
    s.flush()
    ctx.audit(
        s,
        "payment_reversed",
        subject_type="loan",
        subject_id=str(loan.id),
        details={"entry": str(original.id), "reason": reason},
    )
    return _result(entry)


def apply_credits(s: Session, loan_ids: list[uuid.UUID], day: date, actor: str) -> None:
    """Held overpayments settle installments as they fall due (run by the end of day)."""
    for loan in s.scalars(select(Loan).where(Loan.id.in_(loan_ids), Loan.credit_balance > 0)):
        allocation = allocate(loan.credit_balance, _open_installments(loan, day))
        used = loan.credit_balance - Decimal(str(allocation["credit"]))
        if used <= 0:
            continue
        allocation["credit"] = str(-used)
        s.add(
            LedgerEntry(
                loan_id=loan.id,
                kind="credit_applied",
                amount=used,
                value_date=day,
                idempotency_key=f"credit:{loan.id}:{day.isoformat()}",
                posted_by=actor,
                allocation=json.dumps(allocation),
            )
        )
        apply_allocation(loan, allocation, sign=1)
    s.flush()


# --- early full settlement and revolving draws ---------------------------------------------


@dataclass(frozen=True)
class SettlementQuote:
    """What settles the whole loan on `on`: arrears in full, the rest at its principal
    plus interest accrued since the last due date (no interest for months not used)."""

    loan_id: uuid.UUID
    on: date
    overdue: Decimal  # unpaid on installments due by `on`, penalties included
    principal: Decimal  # not yet due
    accrued_interest: Decimal
    credit: Decimal  # held overpayment, used first
    total: Decimal


def settlement_quote(ctx: UserSession, loan_id: uuid.UUID, on: date) -> SettlementQuote:
    ctx.require(Permission.PAYMENT_POST, "settlement_quote", str(loan_id))
    with ctx.read() as s:
        return _quote(_settleable(s, loan_id), on)


def settle_early(
    ctx: UserSession,
    loan_id: uuid.UUID,
    amount: Decimal | str,
    channel: str,
    on: date,
    idempotency_key: str,
) -> PostingResult:
    """Take the quoted amount and close the loan as 'settled'; unearned interest is waived."""
    ctx.require(Permission.PAYMENT_POST, "settle_early", str(loan_id))
    money = parse_amount(amount)
    if channel not in CHANNELS:
        raise ServicingError(f"channel must be one of {', '.join(CHANNELS)}")
    try:
        with ctx.transaction() as s:
            return _settle(ctx, s, loan_id, money, channel, on, idempotency_key)
    except IntegrityError:
        return _replay(ctx, idempotency_key, loan_id, "early_settlement")


def _settle(
    ctx: UserSession,
    s: Session,
    loan_id: uuid.UUID,
    money: Decimal,
    channel: str,
    on: date,
    key: str,
) -> PostingResult:
    earlier = _entry_by_key(s, key)
    if earlier is not None:
        return _result(_same_request(earlier, loan_id, "early_settlement"), duplicate=True)
    loan = _settleable(s, loan_id)
    quote = _quote(loan, on)
    if money != quote.total:
        raise ServicingError(f"The amount that settles this loan on {on} is {quote.total:,.2f}.")
    allocation = _settlement_allocation(loan, quote)
    entry = _entry(
        ctx, loan, "early_settlement", money, key, on, channel=channel, allocation=allocation
    )
    s.add(entry)
    apply_allocation(loan, allocation, sign=1)
    unearned = total_unpaid(loan)
    if unearned > 0:
        waiver = waiver_allocation(_current(loan), unearned)
        post_adjustment(ctx, s, loan, "settlement_discount", waiver, "interest not yet earned")
    loan.status = "settling"
    refresh_arrears(s, loan, on)
    s.flush()
    ctx.audit(
        s,
        "loan_settled_early",
        subject_type="loan",
        subject_id=str(loan.id),
        details={"amount": str(money)},
    )
    return _result(entry)


def _settleable(s: Session, loan_id: uuid.UUID) -> Loan:
    loan = _loan(s, loan_id)
    if loan.status not in ("active", "restructured") or loan.credit_limit is not None:
        raise ServicingError(f"Loan {loan.number} cannot be settled early ({loan.status}).")
    return loan


def _quote(loan: Loan, on: date) -> SettlementQuote:
    rows = _current(loan)
    due = [i for i in rows if i.due_date <= on]
    first = add_months(rows[0].due_date, -1) if rows[0].schedule_version > 1 else loan.start_date
    terms = sum((i.principal for i in rows), ZERO), loan.annual_rate, len(rows), first
    schedule = build_schedule(loan.method, *terms)
    quote = early_repayment_quote(schedule, max(on, first), paid_installments=len(due))
    overdue = sum((_total_unpaid(i) for i in due), ZERO)
    credit = loan.credit_balance
    total = overdue + quote.outstanding_principal + quote.accrued_interest + quote.fee - credit
    return SettlementQuote(
        loan.id, on, overdue, quote.outstanding_principal, quote.accrued_interest, credit, total
    )


def _settlement_allocation(loan: Loan, quote: SettlementQuote) -> dict[str, object]:
    """Arrears in full, then the principal still to fall due, then the accrued interest."""
    parts: dict[str, dict[str, str]] = {}
    future = [i for i in _current(loan) if i.due_date > quote.on]
    for row in _current(loan):
        owed = PARTS if row.due_date <= quote.on else ("principal",)
        paid = {p: str(_unpaid(row, p)) for p in owed if _unpaid(row, p) > 0}
        if paid:
            parts[str(row.number)] = paid
    left = quote.accrued_interest
    for row in future:
        take = min(left, _unpaid(row, "interest"))
        if take > 0:
            parts.setdefault(str(row.number), {})["interest"] = str(take)
            left -= take
    return {"installments": parts, "credit": str(-quote.credit), "version": _version(future)}


def draw(
    ctx: UserSession, loan_id: uuid.UUID, amount: Decimal | str, on: date, idempotency_key: str
) -> PostingResult:
    """Pay out part of a revolving line; it falls due in one month with its interest."""
    ctx.require(Permission.DISBURSE, "line_draw", str(loan_id))
    ctx.require_recent_auth()
    money = parse_amount(amount)
    try:
        with ctx.transaction() as s:
            return _draw(ctx, s, loan_id, money, on, idempotency_key)
    except IntegrityError:
        return _replay(ctx, idempotency_key, loan_id, "draw")


def _draw(
    ctx: UserSession, s: Session, loan_id: uuid.UUID, money: Decimal, on: date, key: str
) -> PostingResult:
    earlier = _entry_by_key(s, key)
    if earlier is not None:
        return _result(_same_request(earlier, loan_id, "draw"), duplicate=True)
    loan = _loan(s, loan_id)
    if loan.credit_limit is None or loan.status != "active":
        raise ServicingError(f"Loan {loan.number} is not an open credit line.")
    available = loan.credit_limit - loan.outstanding_principal
    if money > available:
        raise ServicingError(
            f"The draw of {money:,.2f} is above the available limit of {available:,.2f} "
            f"(limit {loan.credit_limit:,.2f}, already drawn {loan.outstanding_principal:,.2f})."
        )
    loan.installments.append(_draw_installment(loan, money, on))
    loan.outstanding_principal += money
    entry = _entry(ctx, loan, "draw", money, key, on)
    s.add(entry)
    s.flush()
    ctx.audit(
        s,
        "line_drawn",
        subject_type="loan",
        subject_id=str(loan.id),
        details={"amount": str(money), "available": str(available - money)},
    )
    return _result(entry)


def _draw_installment(loan: Loan, money: Decimal, on: date) -> Installment:
    due = add_months(on, 1)
    interest = (money * loan.annual_rate * (due - on).days / 360).quantize(Decimal("0.01"))
    rows = _current(loan)
    return Installment(
        schedule_version=_version(rows),
        number=max((i.number for i in loan.installments), default=0) + 1,
        due_date=due,
        principal=money,
        interest=interest,
    )


# --- derived state -------------------------------------------------------------------------


def refresh_arrears(s: Session, loan: Loan, as_of: date) -> None:
    """Days past due, bucket and amount overdue for one loan; closes a cured case."""
    overdue = [i for i in _current(loan) if i.due_date < as_of and _total_unpaid(i) > 0]
    loan.days_past_due = (as_of - overdue[0].due_date).days if overdue else 0
    loan.bucket = bucket_for(loan.days_past_due)
    loan.amount_overdue = sum((_total_unpaid(i) for i in overdue), ZERO)
    if all(_total_unpaid(i) == 0 for i in _current(loan)) and loan.outstanding_principal == 0:
        loan.status = "settled" if loan.status == "settling" else "closed"
    if loan.days_past_due == 0:
        close_cured_cases(s, [loan.id], as_of)
    for case in _open_cases(s, [loan.id]):
        case.amount_overdue = loan.amount_overdue  # the queue sorts on the case's copy


def close_cured_cases(s: Session, loan_ids: list[uuid.UUID], as_of: date) -> None:
    for case in _open_cases(s, loan_ids):
        case.status, case.closed_on = "closed", as_of


def _open_cases(s: Session, loan_ids: list[uuid.UUID]) -> list[CollectionCase]:
    query = select(CollectionCase).where(
        CollectionCase.loan_id.in_(loan_ids), CollectionCase.status == "open"
    )
    return list(s.scalars(query))


def summarize(loan: Loan) -> LoanSummary:
    rows = tuple(
        InstallmentView(
            i.number,
            i.due_date,
            i.principal,
            i.interest,
            i.fee,
            i.penalty_accrued,
            sum((getattr(i, f"{p}_paid") for p in PARTS), ZERO),
            _total_unpaid(i),
        )
        for i in _current(loan)
    )
    return LoanSummary(
        loan.id,
        loan.number,
        loan.customer_id,
        loan.status,
        loan.principal,
        loan.annual_rate,
        loan.outstanding_principal,
        loan.amount_overdue,
        loan.credit_balance,
        loan.days_past_due,
        loan.bucket,
        rows,
    )


def get_loan(ctx: UserSession, loan_id: uuid.UUID) -> LoanSummary:
    ctx.require(Permission.PAYMENT_POST, "loan_view", str(loan_id))
    with ctx.read() as s:
        return summarize(_loan(s, loan_id))


def _current(loan: Loan) -> list[Installment]:
    return sorted((i for i in loan.installments if not i.superseded), key=lambda i: i.number)


def _open_installments(loan: Loan, value_date: date) -> list[Installment]:
    """Installments a payment may settle: those due by the value date (all, for a line or
    a loan being settled, whose whole agreed balance is due at once)."""
    everything = loan.credit_limit is not None or loan.status == "settling"
    return [i for i in _current(loan) if everything or i.due_date <= value_date]


_REOPENED = {"closed": "active", "settled": "settling"}  # after a reversal


def waiver_allocation(installments: Sequence[Installment], amount: Decimal) -> dict[str, object]:
    """Forgive up to `amount` of what is unpaid: penalties first, principal last."""
    left, parts = amount, dict[str, dict[str, str]]()
    for part in WAIVE_ORDER:
        for row in installments:
            take = min(left, _unpaid(row, part))
            if take > 0:
                parts.setdefault(str(row.number), {})[part] = str(take)
                left -= take
    return {"installments": parts, "credit": "0", "version": _version(installments)}


def post_adjustment(
    ctx: UserSession, s: Session, loan: Loan, kind: str, allocation: dict[str, object], note: str
) -> LedgerEntry:
    """A non-cash entry (discount, write-off) applied like a payment, so it reverses alike."""
    amount = sum((Decimal(v) for paid in _parts(allocation).values() for v in paid.values()), ZERO)
    today = business_date(ctx)
    key = f"{kind}:{loan.id}:{uuid.uuid4().hex[:12]}"
    entry = _entry(ctx, loan, kind, amount, key, today, allocation=allocation, note=note)
    s.add(entry)
    apply_allocation(loan, allocation, sign=1)
    return entry


def _parts(allocation: dict[str, object]) -> dict[str, dict[str, str]]:
    parts = allocation.get("installments", {})
    assert isinstance(parts, dict)
    return parts


def current_installments(loan: Loan) -> list[Installment]:
    return _current(loan)


def total_unpaid(loan: Loan) -> Decimal:
    return sum((_total_unpaid(i) for i in _current(loan)), ZERO)


def load_loan(s: Session, loan_id: uuid.UUID) -> Loan:
    return _loan(s, loan_id)


def _version(installments: Iterable[Installment]) -> int:
    return max((i.schedule_version for i in installments), default=1)


def _unpaid(row: Installment, part: str) -> Decimal:
    owed = row.penalty_accrued if part == "penalty" else getattr(row, part)
    return max(ZERO, Decimal(owed) - Decimal(getattr(row, f"{part}_paid")))


def _total_unpaid(row: Installment) -> Decimal:
    return sum((_unpaid(row, p) for p in PARTS), ZERO)


def _loan(s: Session, loan_id: uuid.UUID) -> Loan:
    """Another branch's loan answers exactly like a missing one (C25)."""
    loan = s.get(Loan, loan_id)
    if loan is None or not in_scope(s, loan.branch_id):
        raise ServicingError("There is no such loan.")
    return loan


def _entry_by_key(s: Session, key: str) -> LedgerEntry | None:
    if not key.strip():
        raise ServicingError("An idempotency key is required.")
    return s.scalar(select(LedgerEntry).where(LedgerEntry.idempotency_key == key))


def _same_request(entry: LedgerEntry, loan_id: uuid.UUID, kind: str) -> LedgerEntry:
    if entry.loan_id != loan_id or entry.kind != kind:
        raise ServicingError("This request key was already used for a different posting.")
    return entry


def _replay(ctx: UserSession, key: str, loan_id: uuid.UUID, kind: str) -> PostingResult:
    with ctx.read() as s:
        earlier = _entry_by_key(s, key)
        if earlier is None:
            raise ServicingError("The posting conflicted with another one; try again.")
        return _result(_same_request(earlier, loan_id, kind), duplicate=True)


def _entry(
    ctx: UserSession,
    loan: Loan,
    kind: str,
    amount: Decimal,
    key: str,
    value_date: date,
    *,
    allocation: dict[str, object] | None = None,
    **extra: str,
) -> LedgerEntry:
    return LedgerEntry(
        id=uuid.uuid4(),
        loan_id=loan.id,
        kind=kind,
        amount=amount,
        value_date=value_date,
        idempotency_key=key,
        posted_by=ctx.actor.username,
        allocation=json.dumps(allocation or {}),
        origin_branch=ctx.actor.branch_code,
        **extra,
    )


def _result(entry: LedgerEntry, duplicate: bool = False) -> PostingResult:
    allocation = json.loads(entry.allocation or "{}")
    totals = dict.fromkeys(PARTS, ZERO)
    for paid in allocation.get("installments", {}).values():
        for part, value in paid.items():
            totals[part] += Decimal(value)
    credit = Decimal(allocation.get("credit", "0"))
    return PostingResult(
        entry.id, entry.loan_id, entry.kind, entry.amount, totals, credit, duplicate
    )
