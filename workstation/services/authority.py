"""Approval authority: how large a loan each role may approve alone, per risk band.

Limits are data an admin sets (one ``AuthorityLimit`` row per role and band); a band
without a row falls back to ``DEFAULT_LIMITS``. A role absent from both has no
authority, so everything it approves goes to a supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import AuthorityLimit
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

BANDS = ("A", "B", "C", "D", "E")
_K = Decimal(1000)
DEFAULT_LIMITS: dict[str, dict[str, tuple[Decimal, int]]] = {
    "officer": {
        "A": (200 * _K, 60),
        "B": (100 * _K, 48),
        "C": (50 * _K, 36),
        "D": (20 * _K, 24),
        "E": (Decimal(0), 0),
    },
    "supervisor": {
        "A": (3000 * _K, 60),
        "B": (1000 * _K, 60),
        "C": (300 * _K, 48),
        "D": (100 * _K, 36),
        "E": (20 * _K, 12),
    },
}


class AuthorityError(ValueError):
    pass


@dataclass(frozen=True)
class Limit:
    role: str
    band: str
    max_amount: Decimal
    max_months: int


@dataclass(frozen=True)
class AuthorityCheck:
    within: bool
    reason: str  # empty when within authority


def limit_for(session: Session, role: str, band: str) -> Limit:
    row = session.execute(
        select(AuthorityLimit).where(AuthorityLimit.role == role, AuthorityLimit.band == band)
    ).scalar_one_or_none()
    if row is not None:
        return Limit(role, band, row.max_amount, row.max_months)
    amount, months = DEFAULT_LIMITS.get(role, {}).get(band, (Decimal(0), 0))
    return Limit(role, band, amount, months)


def check(session: Session, role: str, band: str, amount: Decimal, months: int) -> AuthorityCheck:
    """Whether ``role`` may approve ``amount`` over ``months`` for band ``band`` alone."""
    limit = limit_for(session, role, band)
    if amount > limit.max_amount:
        return AuthorityCheck(
            False,
            f"amount {amount:,} exceeds the {role} limit of {limit.max_amount:,} for band {band}",
        )
    if months > limit.max_months:
        return AuthorityCheck(
            False,
            f"term {months} months exceeds the {role} limit of "
            f"{limit.max_months} months for band {band}",
        )
    return AuthorityCheck(True, "")


def list_limits(ctx: UserSession, role: str) -> list[Limit]:
    with ctx.read() as session:
        return [limit_for(session, role, band) for band in BANDS]


def set_limit(
    ctx: UserSession, role: str, band: str, max_amount: Decimal, max_months: int
) -> Limit:
    """An admin changes one role's limit for one band (audited with old and new values)."""
    ctx.require(Permission.PRODUCT_MANAGE, "authority_limit_set")
    _check(band, max_amount, max_months)
    with ctx.transaction() as session:
        old = limit_for(session, role, band)
        row = session.execute(
            select(AuthorityLimit).where(AuthorityLimit.role == role, AuthorityLimit.band == band)
        ).scalar_one_or_none()
        if row is None:
            row = AuthorityLimit(role=role, band=band)
            session.add(row)
        row.max_amount, row.max_months = max_amount, max_months
        ctx.audit(
            session,
            "authority_limit_set",
            subject_type="role",
            subject_id=role,
            details={
                "band": band,
                "old": [str(old.max_amount), old.max_months],
                "new": [str(max_amount), max_months],
            },
        )
    return Limit(role, band, max_amount, max_months)


def _check(band: str, max_amount: Decimal, max_months: int) -> None:
    if band not in BANDS:
        raise AuthorityError(f"the risk band must be one of {', '.join(BANDS)}")
    if not isinstance(max_amount, Decimal) or max_amount < 0:
        raise AuthorityError("the maximum amount must be a non-negative decimal amount")
    if not 0 <= max_months <= 480:
        raise AuthorityError("the maximum term must be between 0 and 480 months")
