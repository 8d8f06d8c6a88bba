"""Credit policy rules: the lender's hard and soft limits, read per product.

A hard rule declines whatever the score says; a soft rule sends the case to a
supervisor. Parameters come from ``Product.policy`` (see ``products.POLICY_KEYS``)
with the defaults below, so a product that says nothing still gets a sane policy.
Facts are gathered with indexed look-ups first, then ``evaluate`` is a pure function
the tests can drive with crafted facts.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.models import (
    Application,
    BureauReport,
    Customer,
    IdentityDocument,
    Loan,
    WatchlistHit,
)
from workstation.services.schedules import RateCapExceeded, check_rate_cap, format_percent

Severity = Literal["hard", "soft"]
CLOSED_LOAN_STATUSES = ("closed", "written_off", "written-off", "cancelled", "void")
UNRESOLVED_HITS = ("open", "confirmed")
BUREAU_REPORT_DAYS = 30  # an older report no longer counts (docs/bureau.md)
BUREAU_DECLINE_STATUS = 3  # worst status in 24 months: 3+ months overdue declines
BUREAU_REFER_STATUS = 2
BUREAU_MAX_INQUIRIES_6M = 6
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class RuleHit:
    """One rule that fired; ``message`` is English, ``message_zh`` the same in Chinese."""

    rule_id: str
    severity: Severity
    message: str
    message_zh: str = ""


@dataclass(frozen=True)
class PolicyParams:
    min_age: int = 18
    max_age: int = 65
    max_dti: Decimal = Decimal("0.50")
    min_monthly_income: Decimal = Decimal("3000")
    max_exposure: Decimal = Decimal("500000")

    @classmethod
    def from_json(cls, text: str) -> PolicyParams:
        """A product's policy JSON over the defaults; a malformed value is an officer error."""
        raw: dict[str, Any] = json.loads(text or "{}")
        base = cls()
        try:
            return cls(
                min_age=int(raw.get("min_age", base.min_age)),
                max_age=int(raw.get("max_age", base.max_age)),
                max_dti=Decimal(str(raw.get("max_dti", base.max_dti))),
                min_monthly_income=Decimal(
                    str(raw.get("min_monthly_income", base.min_monthly_income))
                ),
                max_exposure=Decimal(str(raw.get("max_exposure", base.max_exposure))),
            )
        except (ArithmeticError, ValueError) as exc:
            raise ValueError(f"The product's credit policy is malformed: {exc}") from exc


@dataclass(frozen=True)
class BureauFacts:
    """The latest current bureau report's summary (what the assessment saw)."""

    report_date: date
    total_debt: Decimal
    monthly_obligations: Decimal
    open_accounts: int
    inquiries_6m: int
    worst_status: str  # N or 1..7


@dataclass(frozen=True)
class PolicyFacts:
    """What the rules look at, gathered once per assessment."""

    is_person: bool
    age: int | None
    monthly_income: Decimal
    monthly_debt: Decimal
    new_payment: Decimal
    outstanding: Decimal
    amount: Decimal
    apr: Decimal | None
    overdue_loans: int
    max_days_past_due: int
    unresolved_hits: int
    expired_documents: tuple[str, ...]
    bureau: BureauFacts | None = None


# --- gathering facts ----------------------------------------------------------------------


def counted_debt(declared: Decimal, bureau: BureauFacts | None) -> Decimal:
    """Monthly debt payments that count against income.

    The bureau sees debts a borrower may not declare: the larger figure counts.
    """
    return max(declared, bureau.monthly_obligations) if bureau else declared


def gather(session: Session, app: Application, customer: Customer, today: date) -> PolicyFacts:
    outstanding, overdue, worst = _loan_facts(session, customer.id)
    bureau = bureau_facts(session, customer.id, today)
    return PolicyFacts(
        is_person=customer.kind == "person",
        age=age_on(customer.birth_date, today) if customer.birth_date else None,
        monthly_income=customer.monthly_income,
        monthly_debt=counted_debt(customer.monthly_debt_payments, bureau),
        new_payment=monthly_payment(app.amount, app.annual_rate, app.months, app.method),
        outstanding=outstanding,
        amount=app.amount,
        apr=app.apr,
        overdue_loans=overdue,
        max_days_past_due=worst,
        unresolved_hits=_unresolved_hits(session, customer.id),
        expired_documents=_expired_documents(session, customer.id, today),
        bureau=bureau,
    )


def bureau_facts(session: Session, customer_id: uuid.UUID, today: date) -> BureauFacts | None:
    """The newest report dated within BUREAU_REPORT_DAYS of `today`, if any."""
    query = (
        select(BureauReport)
        .where(
            BureauReport.customer_id == customer_id,
            BureauReport.report_date >= today - timedelta(days=BUREAU_REPORT_DAYS),
        )
        .order_by(BureauReport.report_date.desc(), BureauReport.imported_at.desc())
        .limit(1)
    )
    row = session.scalars(query).first()
    if row is None:
        return None
    return BureauFacts(
        row.report_date,
        row.total_debt,
        row.monthly_obligations,
        row.open_accounts,
        row.inquiries_6m,
        row.worst_status,
    )


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def monthly_payment(amount: Decimal, annual_rate: Decimal, months: int, method: str) -> Decimal:
    """The largest regular payment the loan asks for (DTI must hold in the worst month)."""
    rate = annual_rate / 12
    if method == "equal-principal":
        payment = amount / months + amount * rate
    elif method in ("interest-only", "bullet"):
        payment = amount * rate
    elif rate == 0:
        payment = amount / months
    else:
        payment = amount * rate / (1 - (1 + rate) ** -months)
    return payment.quantize(_CENT, ROUND_HALF_UP)


def _loan_facts(session: Session, customer_id: uuid.UUID) -> tuple[Decimal, int, int]:
    live = Loan.customer_id == customer_id, Loan.status.not_in(CLOSED_LOAN_STATUSES)
    rows = session.execute(select(Loan.outstanding_principal, Loan.days_past_due).where(*live))
    outstanding, overdue, worst = Decimal(0), 0, 0
    for principal, dpd in rows:
        outstanding += principal
        overdue += dpd > 0
        worst = max(worst, dpd)
    return outstanding, overdue, worst


def _unresolved_hits(session: Session, customer_id: uuid.UUID) -> int:
    query = select(func.count()).where(
        WatchlistHit.customer_id == customer_id, WatchlistHit.status.in_(UNRESOLVED_HITS)
    )
    return int(session.scalar(query) or 0)


def _expired_documents(session: Session, customer_id: uuid.UUID, today: date) -> tuple[str, ...]:
    query = select(IdentityDocument.doc_type).where(
        IdentityDocument.customer_id == customer_id,
        IdentityDocument.primary.is_(True),
        IdentityDocument.expiry_date < today,
    )
    return tuple(sorted(session.scalars(query)))


# --- the rules ----------------------------------------------------------------------------


def evaluate(facts: PolicyFacts, params: PolicyParams, apr_cap: Decimal) -> tuple[RuleHit, ...]:
    """Every rule that fires, in a fixed order so the same facts give the same list."""
    checks = (
        _age(facts, params),
        _income(facts, params),
        _dti(facts, params),
        _exposure(facts, params),
        _apr(facts, apr_cap),
        _overdue(facts),
        _watchlist(facts),
        _documents(facts),
        _bureau(facts),
    )
    return tuple(hit for group in checks for hit in group)


def _age(facts: PolicyFacts, params: PolicyParams) -> list[RuleHit]:
    if not facts.is_person:
        return []
    if facts.age is None:
        return [
            RuleHit("age_unknown", "soft", "The birth date is not recorded.", "未登记出生日期。")
        ]
    if facts.age < params.min_age:
        return [
            RuleHit(
                "age_min",
                "hard",
                f"Age {facts.age} is below the product minimum of {params.min_age}.",
                f"年龄{facts.age}岁，低于产品最低年龄{params.min_age}岁。",
            )
        ]
    if facts.age > params.max_age:
        return [
            RuleHit(
                "age_max",
                "hard",
                f"Age {facts.age} is above the product maximum of {params.max_age}.",
                f"年龄{facts.age}岁，超过产品最高年龄{params.max_age}岁。",
            )
        ]
    return []


def _income(facts: PolicyFacts, params: PolicyParams) -> list[RuleHit]:
    if facts.monthly_income >= params.min_monthly_income:
        return []
    income, floor = f"{facts.monthly_income:,.2f}", f"{params.min_monthly_income:,.2f}"
    return [
        RuleHit(
            "income_min",
            "hard",
            f"Monthly income {income} is below the product minimum of {floor}.",
            f"月收入{income}，低于产品要求的{floor}。",
        )
    ]


def debt_to_income(facts: PolicyFacts) -> Decimal | None:
    if facts.monthly_income <= 0:
        return None
    return (facts.monthly_debt + facts.new_payment) / facts.monthly_income


def _dti(facts: PolicyFacts, params: PolicyParams) -> list[RuleHit]:
    dti = debt_to_income(facts)
    if dti is not None and dti <= params.max_dti:
        return []
    shown = "no income" if dti is None else format_percent(dti)
    limit = format_percent(params.max_dti)
    return [
        RuleHit(
            "dti_max",
            "hard",
            f"Debt payments would take {shown} of income; the limit is {limit}.",
            f"负债收入比将达{'无收入' if dti is None else shown}，上限为{limit}。",
        )
    ]


def _exposure(facts: PolicyFacts, params: PolicyParams) -> list[RuleHit]:
    total = facts.outstanding + facts.amount
    if total <= params.max_exposure:
        return []
    shown, limit = f"{total:,.2f}", f"{params.max_exposure:,.2f}"
    return [
        RuleHit(
            "exposure_max",
            "hard",
            f"Total exposure {shown} (outstanding loans plus this one) exceeds {limit}.",
            f"总授信敞口{shown}（未还本金加本笔）超过上限{limit}。",
        )
    ]


def _apr(facts: PolicyFacts, apr_cap: Decimal) -> list[RuleHit]:
    if facts.apr is None:
        return [RuleHit("apr_unknown", "soft", "The APR was not priced.", "未计算年化利率。")]
    try:
        check_rate_cap(facts.apr, apr_cap)
    except RateCapExceeded as exc:
        apr, cap = format_percent(exc.apr), format_percent(exc.cap)
        return [RuleHit("apr_cap", "hard", str(exc), f"年化利率{apr}超过上限{cap}。")]
    return []


def _overdue(facts: PolicyFacts) -> list[RuleHit]:
    if not facts.overdue_loans:
        return []
    n, dpd = facts.overdue_loans, facts.max_days_past_due
    return [
        RuleHit(
            "overdue_loans",
            "hard",
            f"{n} existing loan(s) overdue, up to {dpd} days past due.",
            f"现有{n}笔贷款逾期，最长逾期{dpd}天。",
        )
    ]


def _watchlist(facts: PolicyFacts) -> list[RuleHit]:
    if not facts.unresolved_hits:
        return []
    n = facts.unresolved_hits
    return [
        RuleHit(
            "watchlist_unresolved",
            "hard",
            f"{n} watch-list hit(s) open or confirmed.",
            f"有{n}条名单命中尚未解除或已确认。",
        )
    ]


def _documents(facts: PolicyFacts) -> list[RuleHit]:
    if not facts.expired_documents:
        return []
    kinds = ", ".join(facts.expired_documents)
    return [
        RuleHit(
            "document_expired",
            "hard",
            f"Identity document expired ({kinds}).",
            f"身份证件已过期（{kinds}）。",
        )
    ]


def _bureau(facts: PolicyFacts) -> list[RuleHit]:
    """Bureau history: serious arrears decline, some arrears or many inquiries refer."""
    bureau = facts.bureau
    if bureau is None:
        return []  # credit.py lists "no bureau report" as a reason; it does not refer
    hits: list[RuleHit] = []
    months = int(bureau.worst_status) if bureau.worst_status.isdigit() else 0
    if months >= BUREAU_REFER_STATUS:
        hard = months >= BUREAU_DECLINE_STATUS
        hits.append(
            RuleHit(
                "bureau_arrears",
                "hard" if hard else "soft",
                f"The credit bureau shows arrears of {months} months in the last 24 months.",
                f"征信报告显示近24个月内最长逾期{months}个月。",
            )
        )
    if bureau.inquiries_6m > BUREAU_MAX_INQUIRIES_6M:
        n, limit = bureau.inquiries_6m, BUREAU_MAX_INQUIRIES_6M
        hits.append(
            RuleHit(
                "bureau_inquiries",
                "soft",
                f"{n} credit inquiries in the last 6 months (more than {limit}).",
                f"近6个月征信查询{n}次（超过{limit}次）。",
            )
        )
    return hits
