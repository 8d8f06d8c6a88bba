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
) -> Merge:
    """Apply an update to the server row; raise Rejected when it may not apply at all."""
    if entity in APPEND_ONLY:
        raise Rejected("IMMUTABLE", f"{entity} records are never changed; add a correction")
    fields = [f for f in (changed or list(proposed)) if f in proposed and f not in SERVER_FIELDS]
    if entity == "loan_application":
        _check_application(current, proposed, fields, role)
    stale = base_version != version
    conflicted = frozenset(f for f in fields if stale and f in KYC_FIELDS.get(entity, ()))
    row = dict(current)
    row.update({f: proposed[f] for f in fields if f not in conflicted})
    return Merge(row, conflicted)


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
