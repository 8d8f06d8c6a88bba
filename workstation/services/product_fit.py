"""Product fit: which products suit what a borrower asks for, best first, and why.

`rank` is a pure function of the catalogue, the applicant's facts and the request, so
the tests drive it with crafted products; `rank_products` gathers the facts from the
store. Every product is either ranked or left out, each with reason codes and their
parameters (the view words them in the interface language).

A product is left out when any of these holds (all are reported, not just the first):
``inactive`` (retired), ``customer_kind``, ``amount_range``, ``term_range``,
``purpose`` (the product does not fund it), ``rate_cap`` (the all-in APR at the
suggested rate is above the ``apr_cap`` setting), ``income_minimum`` (below the
product's policy ``min_monthly_income``), ``unaffordable``: the new instalment plus
existing monthly debts would exceed X of monthly income, X being the product's
policy ``max_dti`` (50% when the product sets none), the same limit the credit
policy's hard DTI rule applies at assessment.

The suggested terms are the product's first listed repayment method at its list
rate, the middle of its rate range rounded to 0.01%. The instalment is the largest
regular payment (`policy_rules.monthly_payment`, the figure the DTI rule uses), and
existing debts are the larger of the declared monthly debt payments and the
bureau's monthly obligations, as at assessment.

Score (0–100, higher is better; ties by product code)::

    score = 40 × price + 30 × affordability + 20 × purpose + 10 × range fit
    price         = 1 − APR / apr_cap                  (cheaper scores higher)
    affordability = 1 − (instalment + debts) / income / X   (more headroom)
    purpose       = 1 if the product names the purpose, 0.5 if it funds any purpose
    range fit     = mean over amount and term of 1 − |2p − 1|, p the request's position
                    in the product's range (1 when the range is one value): requests
                    in the middle of a range leave room to adjust amount and term
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from workstation.models import Customer, Product
from workstation.services import policy_rules, products
from workstation.services.permissions import Permission
from workstation.services.products import PURPOSES, ProductInfo
from workstation.services.schedules import PricingError, build_schedule
from workstation.services.session import UserSession, in_scope

DEFAULT_AFFORDABILITY_LIMIT = Decimal("0.50")
WEIGHTS = {"price": 40, "affordability": 30, "purpose": 20, "range": 10}
_RATE_STEP = Decimal("0.0001")
_SCORE_STEP = Decimal("0.1")


class ProductFitError(ValueError):
    """A request the ranking cannot work with; the message is for the officer."""


@dataclass(frozen=True)
class Reason:
    """A reason code and its parameters (already formatted figures)."""

    code: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Applicant:
    kind: str  # person | business
    monthly_income: Decimal
    monthly_debt: Decimal


@dataclass(frozen=True)
class FitRequest:
    purpose: str
    amount: Decimal
    months: int
    start: date  # the business date the schedule would start on


@dataclass(frozen=True)
class ProductFit:
    product: ProductInfo
    score: Decimal
    rate: Decimal
    method: str
    instalment: Decimal
    apr: Decimal
    debt_to_income: Decimal  # (instalment + existing debts) / income
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Excluded:
    product: ProductInfo
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Ranking:
    ranked: tuple[ProductFit, ...]  # best first
    excluded: tuple[Excluded, ...]

    @property
    def best(self) -> ProductFit | None:
        return self.ranked[0] if self.ranked else None


def rank_products(
    ctx: UserSession, customer_id: uuid.UUID, purpose: str, amount: Decimal, months: int
) -> Ranking:
    """Rank the latest version of every product for this customer's request."""
    ctx.require(Permission.APPLICATION_WRITE, "product_fit")
    today = ctx.now().astimezone(ZoneInfo(str(ctx.settings.get("borrower_timezone")))).date()
    request = check_request(purpose, amount, months, today)
    with ctx.read() as s:
        customer = s.get(Customer, customer_id)
        if customer is None or not in_scope(s, customer.branch_id):
            raise ProductFitError("There is no such customer in this branch.")
        bureau = policy_rules.bureau_facts(s, customer.id, today)
        applicant = Applicant(
            customer.kind,
            customer.monthly_income,
            policy_rules.counted_debt(customer.monthly_debt_payments, bureau),
        )
        catalogue = _latest_versions(products.info(p) for p in s.scalars(select(Product)))
    return rank(catalogue, applicant, request, Decimal(ctx.settings.get("apr_cap")))


def check_request(purpose: str, amount: Decimal, months: int, start: date) -> FitRequest:
    if purpose not in PURPOSES:
        raise ProductFitError(f"Choose the loan purpose from: {', '.join(PURPOSES)}.")
    if not amount.is_finite() or amount <= 0:
        raise ProductFitError("The amount must be a positive number.")
    if months < 1:
        raise ProductFitError("The term must be at least one month.")
    return FitRequest(purpose, amount, months, start)


def purpose_text(purpose: str, detail: str) -> str:
    """What the application records as its purpose: the category, then the officer's note."""
    detail = detail.strip()
    return f"{purpose}: {detail}" if detail else purpose


def _latest_versions(offers: Iterable[ProductInfo]) -> list[ProductInfo]:
    latest: dict[str, ProductInfo] = {}
    for offer in offers:
        if offer.code not in latest or offer.version > latest[offer.code].version:
            latest[offer.code] = offer
    return list(latest.values())


def rank(
    catalogue: Sequence[ProductInfo], applicant: Applicant, request: FitRequest, apr_cap: Decimal
) -> Ranking:
    """Pure: split the catalogue into ranked fits (best first) and exclusions."""
    ranked: list[ProductFit] = []
    excluded: list[Excluded] = []
    for offer in sorted(catalogue, key=lambda p: p.code):
        fit, reasons = _assess(offer, applicant, request, apr_cap)
        if fit is None:
            excluded.append(Excluded(offer, tuple(reasons)))
        else:
            ranked.append(fit)
    ranked.sort(key=lambda f: (-f.score, f.product.code))
    return Ranking(tuple(ranked), tuple(excluded))


def list_rate(offer: ProductInfo) -> Decimal:
    t = offer.terms
    return ((t.min_rate + t.max_rate) / 2).quantize(_RATE_STEP, ROUND_HALF_UP)


def affordability_limit(offer: ProductInfo) -> Decimal:
    return Decimal(str(offer.terms.policy.get("max_dti", DEFAULT_AFFORDABILITY_LIMIT)))


def _assess(
    offer: ProductInfo, applicant: Applicant, request: FitRequest, apr_cap: Decimal
) -> tuple[ProductFit | None, list[Reason]]:
    reasons = _term_exclusions(offer, applicant, request)
    if reasons:  # outside the product: no schedule to price
        return None, reasons
    rate, method = list_rate(offer), offer.terms.methods[0]
    try:
        apr = _apr(offer, request, rate, method)
    except PricingError as exc:
        return None, [Reason("pricing", {"detail": str(exc)})]
    instalment = policy_rules.monthly_payment(request.amount, rate, request.months, method)
    dti = _dti(applicant, instalment)
    limit = affordability_limit(offer)
    reasons = _money_exclusions(offer, applicant, apr, apr_cap, dti, limit)
    if reasons:
        return None, reasons
    assert dti is not None  # an income was required above
    parts = {
        "price": max(Decimal(0), 1 - apr / apr_cap),
        "affordability": max(Decimal(0), 1 - dti / limit),
        "purpose": Decimal(1) if offer.terms.purposes else Decimal("0.5"),
        "range": _range_fit(offer, request),
    }
    score = sum((WEIGHTS[k] * v for k, v in parts.items()), Decimal(0))
    fit = ProductFit(
        offer,
        score.quantize(_SCORE_STEP, ROUND_HALF_UP),
        rate,
        method,
        instalment,
        apr,
        dti.quantize(_RATE_STEP, ROUND_HALF_UP),
        _fit_reasons(offer, request, apr, dti, limit),
    )
    return fit, []


def _term_exclusions(offer: ProductInfo, applicant: Applicant, request: FitRequest) -> list[Reason]:
    t = offer.terms
    found = []
    if not offer.active:
        found.append(Reason("inactive"))
    if applicant.kind not in t.customer_kinds:
        found.append(Reason("customer_kind", {"kind": applicant.kind}))
    if not t.min_amount <= request.amount <= t.max_amount:
        found.append(
            Reason("amount_range", {"min": _money(t.min_amount), "max": _money(t.max_amount)})
        )
    if not t.min_months <= request.months <= t.max_months:
        found.append(Reason("term_range", {"min": str(t.min_months), "max": str(t.max_months)}))
    if not t.allows(request.purpose):
        found.append(Reason("purpose", {"purpose": request.purpose}))
    return found


def _money_exclusions(
    offer: ProductInfo,
    applicant: Applicant,
    apr: Decimal,
    apr_cap: Decimal,
    dti: Decimal | None,
    limit: Decimal,
) -> list[Reason]:
    found = []
    if apr > apr_cap:
        found.append(Reason("rate_cap", {"apr": _percent(apr), "cap": _percent(apr_cap)}))
    minimum = Decimal(str(offer.terms.policy.get("min_monthly_income", 0)))
    if applicant.monthly_income < minimum:
        found.append(Reason("income_minimum", {"minimum": _money(minimum)}))
    if dti is None or dti > limit:
        shown = "–" if dti is None else _percent(dti)
        found.append(Reason("unaffordable", {"ratio": shown, "limit": _percent(limit)}))
    return found


def _apr(offer: ProductInfo, request: FitRequest, rate: Decimal, method: str) -> Decimal:
    """The all-in APR of the suggested schedule starting on the request's date."""
    fee = offer.fee_for(request.amount)
    return build_schedule(method, request.amount, rate, request.months, request.start, fee).apr


def _dti(applicant: Applicant, instalment: Decimal) -> Decimal | None:
    if applicant.monthly_income <= 0:
        return None
    return (instalment + applicant.monthly_debt) / applicant.monthly_income


def _range_fit(offer: ProductInfo, request: FitRequest) -> Decimal:
    t = offer.terms
    amount = _centred(request.amount, t.min_amount, t.max_amount)
    term = _centred(Decimal(request.months), Decimal(t.min_months), Decimal(t.max_months))
    return (amount + term) / 2


def _centred(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    if high == low:
        return Decimal(1)
    position = (value - low) / (high - low)
    return 1 - abs(2 * position - 1)


def _fit_reasons(
    offer: ProductInfo, request: FitRequest, apr: Decimal, dti: Decimal, limit: Decimal
) -> tuple[Reason, ...]:
    t = offer.terms
    purpose = "purpose_named" if t.purposes else "purpose_any"
    return (
        Reason(purpose, {"purpose": request.purpose}),
        Reason("price", {"apr": _percent(apr)}),
        Reason("affordable", {"ratio": _percent(dti), "limit": _percent(limit)}),
        Reason(
            "within_range",
            {
                "min": _money(t.min_amount),
                "max": _money(t.max_amount),
                "min_months": str(t.min_months),
                "max_months": str(t.max_months),
            },
        ),
    )


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _percent(value: Decimal) -> str:
    return f"{(value * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"
