"""Permissions, default roles, and the signed-in actor every service call carries.

Roles are data (role -> permissions) stored in the database; these defaults seed a
new workstation. Checks happen in the service layer so a rule holds the same from
the GUI, the CLI and the sync service.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Permission(StrEnum):
    CUSTOMER_READ = "customer:read"
    CUSTOMER_WRITE = "customer:write"
    PII_REVEAL = "pii:reveal"
    WATCHLIST_MANAGE = "watchlist:manage"
    WATCHLIST_DECIDE = "watchlist:decide"
    APPLICATION_WRITE = "application:write"
    APPLICATION_DECIDE = "application:decide"
    CREDIT_READ = "credit:read"
    PRODUCT_MANAGE = "product:manage"
    CONTRACT_ISSUE = "contract:issue"
    PAYMENT_POST = "payment:post"
    DISBURSE = "loan:disburse"
    COLLECTION_WORK = "collection:work"
    COLLECTION_ASSIGN = "collection:assign"
    EOD_RUN = "eod:run"
    REPORT_EXPORT = "report:export"
    AUDIT_READ = "audit:read"
    USER_MANAGE = "user:manage"
    ROLE_MANAGE = "role:manage"
    SETTINGS_MANAGE = "settings:manage"
    SYNC_RUN = "sync:run"
    STORE_MAINTAIN = "store:maintain"
    BUREAU_INQUIRE = "bureau:inquire"  # ask/import a credit report (needs consent)
    BUREAU_REPORT = "bureau:report"  # month-end reporting file and corrections
    RISK_MONITOR = "risk:monitor"  # early-warning list, actions, portfolio risk
    AML_REVIEW = "aml:review"  # compliance queue, dispositions, AML reports


P = Permission
_OFFICER = {
    P.CUSTOMER_READ,
    P.CUSTOMER_WRITE,
    P.PII_REVEAL,
    P.APPLICATION_WRITE,
    P.CREDIT_READ,
    P.CONTRACT_ISSUE,
    P.PAYMENT_POST,
    P.COLLECTION_WORK,
    P.SYNC_RUN,
    P.BUREAU_INQUIRE,
}
DEFAULT_ROLES: dict[str, tuple[str, frozenset[Permission]]] = {
    "officer": ("Branch loan officer", frozenset(_OFFICER)),
    "collector": (
        "Collections officer",
        frozenset({P.CUSTOMER_READ, P.COLLECTION_WORK, P.PAYMENT_POST, P.CREDIT_READ, P.SYNC_RUN}),
    ),
    "supervisor": (
        "Branch supervisor: approvals, escalations, end of day",
        frozenset(
            _OFFICER
            | {
                P.APPLICATION_DECIDE,
                P.WATCHLIST_DECIDE,
                P.COLLECTION_ASSIGN,
                P.DISBURSE,
                P.EOD_RUN,
                P.REPORT_EXPORT,
                P.AUDIT_READ,
                P.BUREAU_REPORT,
                P.RISK_MONITOR,
            }
        ),
    ),
    "compliance": (
        "Compliance officer: AML alerts and regulatory reports",
        frozenset({P.CUSTOMER_READ, P.CREDIT_READ, P.AML_REVIEW, P.REPORT_EXPORT, P.AUDIT_READ}),
    ),
    "auditor": (
        "Auditor: reads everything, changes nothing",
        frozenset({P.CUSTOMER_READ, P.CREDIT_READ, P.AUDIT_READ}),
    ),
    "admin": (
        "IT administrator: users, roles, settings, products; no borrower PII",
        frozenset(
            {
                P.USER_MANAGE,
                P.STORE_MAINTAIN,
                P.ROLE_MANAGE,
                P.SETTINGS_MANAGE,
                P.PRODUCT_MANAGE,
                P.WATCHLIST_MANAGE,
                P.AUDIT_READ,
                P.SYNC_RUN,
                P.CUSTOMER_READ,
            }
        ),
    ),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting, resolved at sign-in; plain data, safe to pass to any thread."""

    user_id: uuid.UUID
    username: str
    display_name: str
    role: str
    permissions: frozenset[str]
    branch_id: uuid.UUID
    branch_code: str
    device_id: str
    authenticated_at: datetime

    def can(self, permission: Permission) -> bool:
        return permission.value in self.permissions


class PermissionDenied(PermissionError):
    def __init__(self, actor: Actor, permission: Permission) -> None:
        super().__init__(
            f"Your role ({actor.role}) does not allow this action ({permission.value})."
        )
        self.permission = permission
