"""The product catalogue: what a branch may lend, on which terms, to whom.

Products are versioned, never edited in place: a revision is a new row with the same
code and the next ``product_version`` (the old row becomes inactive), so every
application and loan keeps the exact terms it was priced with. ``Product.policy``
holds the parameters the credit policy rules read (age range, DTI, income, exposure).
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Product
from workstation.services.permissions import Permission
from workstation.services.schedules import (
    CENT,
    RepaymentMethod,
    Schedule,
    build_schedule,
    check_rate_cap,
)
from workstation.services.session import UserSession

KINDS = ("personal", "consumer", "revolving", "business", "supply")
CUSTOMER_KINDS = ("person", "business")
POLICY_KEYS = ("min_age", "max_age", "max_dti", "min_monthly_income", "max_exposure")
# What a loan is for; a product lists the purposes it may fund (none listed: any purpose).
PURPOSES = (
    "consumption",
    "education",
    "medical",
    "home_renovation",
    "vehicle",
    "travel",
    "wedding",
    "business_working_capital",
    "business_equipment",
)
EDITABLE = (
    "name_en",
    "name_zh",
    "min_amount",
    "max_amount",
    "min_months",
    "max_months",
    "min_rate",
    "max_rate",
    "fee_rate",
    "penalty_rate_markup",
    "methods",
    "customer_kinds",
    "policy",
    "purposes",
)


class ProductError(ValueError):
    """A product definition or a request against it that an officer or admin can fix."""


@dataclass(frozen=True)
class ProductTerms:
    """Everything an admin sets on a product; one version's terms."""

    code: str
    name_en: str
    name_zh: str
    kind: str
    min_amount: Decimal
    max_amount: Decimal
    min_months: int
    max_months: int
    min_rate: Decimal
    max_rate: Decimal
    fee_rate: Decimal
    penalty_rate_markup: Decimal
    methods: tuple[str, ...]
    customer_kinds: tuple[str, ...]
    policy: Mapping[str, Any]
    purposes: tuple[str, ...] = ()  # empty: any purpose

    def allows(self, purpose: str) -> bool:
        return not self.purposes or purpose in self.purposes


@dataclass(frozen=True)
class ProductInfo:
    id: uuid.UUID
    version: int
    active: bool
    terms: ProductTerms

    @property
    def code(self) -> str:
        return self.terms.code

    def fee_for(self, amount: Decimal) -> Decimal:
        """The upfront fee for ``amount``, rounded to the fen."""
        return (amount * self.terms.fee_rate).quantize(CENT)


def _terms(code: str, names: tuple[str, str], kind: str, **values: Any) -> ProductTerms:
    return ProductTerms(code, names[0], names[1], kind, **values)


DEFAULT_CATALOGUE: tuple[ProductTerms, ...] = (
    _terms(
        "PL01",
        ("Personal unsecured credit loan", "个人信用贷款"),
        "personal",
        min_amount=Decimal("5000.00"),
        max_amount=Decimal("200000.00"),
        min_months=6,
        max_months=60,
        min_rate=Decimal("0.06"),
        max_rate=Decimal("0.18"),
        fee_rate=Decimal("0.01"),
        penalty_rate_markup=Decimal("0.5"),
        methods=("annuity", "equal-principal"),
        customer_kinds=("person",),
        policy={
            "min_age": 18,
            "max_age": 65,
            "max_dti": "0.50",
            "min_monthly_income": "3000",
            "max_exposure": "200000",
        },
        purposes=(
            "consumption",
            "education",
            "medical",
            "home_renovation",
            "vehicle",
            "travel",
            "wedding",
        ),
    ),
    _terms(
        "CI01",
        ("Consumer instalment loan", "消费分期贷款"),
        "consumer",
        min_amount=Decimal("1000.00"),
        max_amount=Decimal("50000.00"),
        min_months=3,
        max_months=36,
        min_rate=Decimal("0.08"),
        max_rate=Decimal("0.20"),
        fee_rate=Decimal("0.02"),
        penalty_rate_markup=Decimal("0.5"),
        methods=("annuity", "equal-principal"),
        customer_kinds=("person",),
        policy={
            "min_age": 18,
            "max_age": 60,
            "max_dti": "0.55",
            "min_monthly_income": "2500",
            "max_exposure": "100000",
        },
        purposes=("consumption", "home_renovation", "vehicle", "education", "travel"),
    ),
    _terms(
        "RC01",
        ("Revolving credit line", "循环授信额度"),
        "revolving",
        min_amount=Decimal("2000.00"),
        max_amount=Decimal("100000.00"),
        min_months=12,
        max_months=12,
        min_rate=Decimal("0.07"),
        max_rate=Decimal("0.18"),
        fee_rate=Decimal("0"),
        penalty_rate_markup=Decimal("0.5"),
        methods=("interest-only",),
        customer_kinds=("person",),
        policy={
            "min_age": 22,
            "max_age": 60,
            "max_dti": "0.45",
            "min_monthly_income": "5000",
            "max_exposure": "200000",
        },
        purposes=("consumption", "travel", "medical"),
    ),
    _terms(
        "BW01",
        ("Small-business working-capital loan", "小微企业流动资金贷款"),
        "business",
        min_amount=Decimal("50000.00"),
        max_amount=Decimal("3000000.00"),
        min_months=6,
        max_months=36,
        min_rate=Decimal("0.05"),
        max_rate=Decimal("0.15"),
        fee_rate=Decimal("0.01"),
        penalty_rate_markup=Decimal("0.5"),
        methods=("annuity", "equal-principal", "interest-only"),
        customer_kinds=("business",),
        policy={
            "min_age": 18,
            "max_age": 70,
            "max_dti": "0.60",
            "min_monthly_income": "20000",
            "max_exposure": "5000000",
        },
        purposes=("business_working_capital", "business_equipment"),
    ),
    _terms(
        "SC01",
        ("Supply-chain invoice-backed loan", "供应链应收账款融资"),
        "supply",
        min_amount=Decimal("10000.00"),
        max_amount=Decimal("1000000.00"),
        min_months=1,
        max_months=12,
        min_rate=Decimal("0.05"),
        max_rate=Decimal("0.12"),
        fee_rate=Decimal("0.005"),
        penalty_rate_markup=Decimal("0.5"),
        methods=("bullet", "interest-only"),
        customer_kinds=("business",),
        policy={
            "min_age": 18,
            "max_age": 70,
            "max_dti": "0.70",
            "min_monthly_income": "10000",
            "max_exposure": "2000000",
        },
        purposes=("business_working_capital",),
    ),
)


# --- seeding and reading -------------------------------------------------------------


def seed_default_catalogue(session: Session) -> None:
    """Add the default products to a new workstation (at provisioning; idempotent)."""
    if session.execute(select(Product.id).limit(1)).first() is not None:
        return
    for terms in DEFAULT_CATALOGUE:
        session.add(_row(check_terms(terms), version=1))


def list_products(ctx: UserSession, include_inactive: bool = False) -> list[ProductInfo]:
    """The current catalogue (every signed-in user prices against it)."""
    if include_inactive:
        ctx.require(Permission.PRODUCT_MANAGE, "product_history")
    query = select(Product).order_by(Product.code, Product.product_version)
    if not include_inactive:
        query = query.where(Product.active.is_(True))
    with ctx.read() as session:
        return [info(p) for p in session.execute(query).scalars()]


def get_product(ctx: UserSession, product_id: uuid.UUID) -> ProductInfo:
    with ctx.read() as session:
        return info(load(session, product_id))


def load(session: Session, product_id: uuid.UUID) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise ProductError("There is no such product.")
    return product


def info(product: Product) -> ProductInfo:
    terms = ProductTerms(
        code=product.code,
        name_en=product.name_en,
        name_zh=product.name_zh,
        kind=product.kind,
        min_amount=product.min_amount,
        max_amount=product.max_amount,
        min_months=product.min_months,
        max_months=product.max_months,
        min_rate=product.min_rate,
        max_rate=product.max_rate,
        fee_rate=product.fee_rate,
        penalty_rate_markup=product.penalty_rate_markup,
        methods=tuple(m for m in product.methods.split(",") if m),
        customer_kinds=tuple(k for k in product.customer_kinds.split(",") if k),
        policy=json.loads(product.policy or "{}"),
        purposes=tuple(p for p in product.purposes.split(",") if p),
    )
    return ProductInfo(product.id, product.product_version, product.active, terms)


# --- administration -----------------------------------------------------------------


def create_product(ctx: UserSession, terms: ProductTerms) -> ProductInfo:
    ctx.require(Permission.PRODUCT_MANAGE, "product_create")
    terms = check_terms(terms)
    with ctx.transaction() as session:
        if _current(session, terms.code) is not None:
            raise ProductError(f"A product with code {terms.code} already exists.")
        row = _row(terms, version=1)
        session.add(row)
        session.flush()
        ctx.audit(
            session,
            "product_created",
            subject_type="product",
            subject_id=str(row.id),
            details={"code": terms.code},
        )
        return info(row)


def revise_product(ctx: UserSession, code: str, changes: Mapping[str, Any]) -> ProductInfo:
    """A new version of ``code`` with ``changes``; the old version stays for its loans."""
    ctx.require(Permission.PRODUCT_MANAGE, "product_revise")
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ProductError(f"These product fields cannot be changed: {', '.join(unknown)}")
    with ctx.transaction() as session:
        old = _current(session, code)
        if old is None:
            raise ProductError(f"There is no active product {code}.")
        terms = check_terms(dataclasses.replace(info(old).terms, **changes))
        old.active = False
        row = _row(terms, version=old.product_version + 1)
        session.add(row)
        session.flush()
        ctx.audit(
            session,
            "product_revised",
            subject_type="product",
            subject_id=str(row.id),
            details={"code": code, "version": row.product_version, "fields": sorted(changes)},
        )
        return info(row)


def _current(session: Session, code: str) -> Product | None:
    query = select(Product).where(Product.code == code, Product.active.is_(True))
    return session.execute(query).scalar_one_or_none()


def _row(terms: ProductTerms, version: int) -> Product:
    return Product(
        code=terms.code,
        product_version=version,
        name_en=terms.name_en,
        name_zh=terms.name_zh,
        kind=terms.kind,
        min_amount=terms.min_amount,
        max_amount=terms.max_amount,
        min_months=terms.min_months,
        max_months=terms.max_months,
        min_rate=terms.min_rate,
        max_rate=terms.max_rate,
        fee_rate=terms.fee_rate,
        penalty_rate_markup=terms.penalty_rate_markup,
        methods=",".join(terms.methods),
        customer_kinds=",".join(terms.customer_kinds),
        policy=json.dumps(dict(terms.policy), sort_keys=True),
        purposes=",".join(terms.purposes),
        active=True,
    )


# --- validation ---------------------------------------------------------------------


def check_terms(terms: ProductTerms) -> ProductTerms:
    """Refuse a product definition that could not price a loan consistently."""
    problems = [p for p in _term_problems(terms) if p]
    if problems:
        raise ProductError("; ".join(problems))
    return terms


def _term_problems(t: ProductTerms) -> list[str]:
    return [
        "" if t.code.strip() else "the product code is empty",
        "" if t.kind in KINDS else f"the kind must be one of {', '.join(KINDS)}",
        "" if 0 < t.min_amount <= t.max_amount else "amounts must satisfy 0 < minimum <= maximum",
        "" if 1 <= t.min_months <= t.max_months else "terms must satisfy 1 <= minimum <= maximum",
        "" if 0 <= t.min_rate <= t.max_rate <= 1 else "rates must satisfy 0 <= min <= max <= 1",
        "" if 0 <= t.fee_rate < 1 else "the fee rate must be between 0 and 1",
        "" if 0 <= t.penalty_rate_markup <= 1 else "the penalty markup must be between 0 and 1",
        ""
        if t.methods and set(t.methods) <= {m.value for m in RepaymentMethod}
        else "unknown or missing repayment method",
        ""
        if t.customer_kinds and set(t.customer_kinds) <= set(CUSTOMER_KINDS)
        else "eligible customers must be person and/or business",
        ""
        if set(t.policy) <= set(POLICY_KEYS)
        else f"policy parameters must be among {', '.join(POLICY_KEYS)}",
        ""
        if set(t.purposes) <= set(PURPOSES)
        else f"loan purposes must be among {', '.join(PURPOSES)}",
    ]


def check_request(
    product: ProductInfo,
    customer_kind: str,
    amount: Decimal,
    months: int,
    rate: Decimal,
    method: str,
) -> None:
    """Refuse an application outside the product's limits, naming the limit."""
    t = product.terms
    problems = [
        ""
        if customer_kind in t.customer_kinds
        else f"{t.name_en} is not offered to {customer_kind} customers",
        ""
        if t.min_amount <= amount <= t.max_amount
        else f"the amount must be between {t.min_amount:,} and {t.max_amount:,}",
        ""
        if t.min_months <= months <= t.max_months
        else f"the term must be between {t.min_months} and {t.max_months} months",
        ""
        if t.min_rate <= rate <= t.max_rate
        else f"the rate must be between {t.min_rate * 100:.2f}% and {t.max_rate * 100:.2f}%",
        "" if method in t.methods else f"{t.name_en} is repaid by {', '.join(t.methods)} only",
    ]
    found = [p for p in problems if p]
    if found:
        raise ProductError("; ".join(found))


def price(
    ctx: UserSession,
    product: ProductInfo,
    customer_kind: str,
    amount: Decimal,
    months: int,
    annual_rate: Decimal,
    method: str,
) -> Schedule:
    """Check the request against the product and the APR cap, and return the schedule."""
    check_request(product, customer_kind, amount, months, annual_rate, method)
    start = ctx.now().astimezone(ZoneInfo(str(ctx.settings.get("borrower_timezone")))).date()
    schedule = build_schedule(method, amount, annual_rate, months, start, product.fee_for(amount))
    check_rate_cap(schedule, Decimal(ctx.settings.get("apr_cap")))
    return schedule
