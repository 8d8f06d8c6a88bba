"""Per-entity conflict rules (docs/sync.md, "Conflict rules").

Facts are insert-only and dedupe by primary key; mutable rows merge field by field in
server order, except KYC fields (base-version check) and application status (server
validates the transition). Every refusal is a `Rejected` with a reason code the
workstation shows to the officer.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

APPEND_ONLY = frozenset(
    {
        "application_event",
        "credit_assessment",
        "approval_decision",
        "ledger_entry",
        "contact_attempt",
        "bureau_inquiry",
        "bureau_report",
        "early_warning_action",
        "audit_event",
        "aml_alert_event",
        "aml_report",
    }
)
MUTABLE = frozenset(
    {
        "customer",
        "identity_document",
        "contact_point",
        "bank_account",
        "loan_application",
        "approval_request",
        "loan",
        "installment",
        "collection_case",
        "promise_to_pay",
        "bureau_consent",  # a withdrawal sets withdrawn_at on the consent
        "aml_alert",
        "early_warning",
    }
)
SYNCED = APPEND_ONLY | MUTABLE
KYC_FIELDS = {
    "customer": frozenset({"legal_name", "birth_date", "kind", "nationality", "sex"}),
    "identity_document": frozenset({"doc_type", "number", "expiry_date", "issuing_state"}),
}
SUPERVISOR_ONLY = frozenset({"approval_decision"})
SUPERVISOR_ROLES = frozenset({"supervisor"})
EDITABLE_APPLICATION = frozenset({"draft", "returned"})
TERMINAL_APPLICATION = frozenset({"declined", "withdrawn", "cancelled", "disbursed", "closed"})
DECIDED_CENTRALLY = frozenset({"approved", "declined"})
SERVER_FIELDS = frozenset({"version"})
# Money counters moved by events: an update carries its change (`deltas`) and the server
# adds it to its own value, so concurrent repayments add up instead of one winning.
ADDITIVE = {
    "loan": frozenset({"outstanding_principal", "credit_balance", "amount_overdue"}),
    "installment": frozenset(
        {"principal_paid", "interest_paid", "fee_paid", "penalty_paid", "penalty_accrued"}
    ),
}
CENT = Decimal("0.01")


class Rejected(Exception):
    def __init__(self, reason: str, detail: str = "", **result: Any) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.result = result


@dataclass(frozen=True)
class Merge:
    """What to store: the merged row, and the fields whose proposal went to review."""

    row: dict[str, Any]
    conflicted: frozenset[str] = frozenset()


def id_digest(pepper: bytes, entity: str, row: dict[str, Any]) -> str | None:
    """Keyed digest of a normalised identity number: one customer per national id."""
    if entity != "identity_document" or not row.get("number"):
        return None
    normal = "".join(str(row["number"]).split()).upper()
    message = f"{row.get('doc_type', '')}\x00{normal}".encode()
    return hmac.new(pepper, message, hashlib.sha256).hexdigest()


def check_role(entity: str, role: str) -> None:
    if entity in SUPERVISOR_ONLY and role not in SUPERVISOR_ROLES:
        raise Rejected("FORBIDDEN_ROLE", f"only a supervisor may record {entity}")


def merge(
    entity: str,
    current: dict[str, Any],
    version: int,
    proposed: dict[str, Any],
    changed: list[str],
    base_version: int,
    role: str,
    deltas: dict[str, Any] | None = None,
) -> Merge:
    """Apply an update to the server row; raise Rejected when it may not apply at all.

    An additive field with a delta becomes `current + delta` (concurrent changes add
    up); without one (a recomputation, or an older workstation) it is set like any
    other field."""
    if entity in APPEND_ONLY:
        raise Rejected("IMMUTABLE", f"{entity} records are never changed; add a correction")
    fields = [f for f in (changed or list(proposed)) if f in proposed and f not in SERVER_FIELDS]
    if entity == "loan_application":
        _check_application(current, proposed, fields, role)
    stale = base_version != version
    conflicted = frozenset(f for f in fields if stale and f in KYC_FIELDS.get(entity, ()))
    added = _additive(entity, deltas or {}, fields)
    row = dict(current)
    row.update({f: proposed[f] for f in fields if f not in conflicted})
    row.update({f: _money(_amount(current.get(f) or "0") + delta) for f, delta in added.items()})
    return Merge(row, conflicted)


def _additive(entity: str, deltas: dict[str, Any], fields: list[str]) -> dict[str, Decimal]:
    allowed = ADDITIVE.get(entity, frozenset()).intersection(fields)
    if set(deltas) - allowed:
        raise Rejected(
            "MALFORMED", f"no additive change allowed for {sorted(set(deltas) - allowed)}"
        )
    return {f: _amount(value) for f, value in deltas.items()}


def _amount(value: Any) -> Decimal:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise Rejected("MALFORMED", f"{value!r} is not an amount") from None
    if not amount.is_finite() or abs(amount) >= Decimal(10) ** 15:
        raise Rejected("MALFORMED", f"{value!r} is not an amount")
    return amount


def _money(amount: Decimal) -> str:
    return str(amount.quantize(CENT))


def _check_application(
    current: dict[str, Any], proposed: dict[str, Any], fields: list[str], role: str
) -> None:
    old, new = current.get("status", "draft"), proposed.get("status", current.get("status"))
    if "status" in fields and new != old:
        if old in TERMINAL_APPLICATION or (old == "approved" and new == "withdrawn"):
            raise Rejected("INVALID_TRANSITION", f"{old} → {new} is not allowed")
        if new in DECIDED_CENTRALLY and role not in SUPERVISOR_ROLES:
            raise Rejected("INVALID_TRANSITION", f"{old} → {new} needs a supervisor")
        return
    if fields and old not in EDITABLE_APPLICATION:
        raise Rejected("LOCKED", f"the application is {old}; its draft fields are locked")
