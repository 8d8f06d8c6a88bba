"""C30: a scripted session leaves exactly one audit entry per auditable event, each with
its UTC time, user, role, action, object and outcome, and none holding a secret.

Steps: failed and good sign-in, a refused action, a PII reveal, an export, a referral
approval, a disbursement, a role change and a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.services.kyc_support import person, ric
from tests.support import ADMIN_PASSWORD, USER_PASSWORD, Bench
from workstation.models import Application, AuditEvent
from workstation.services import approvals, customers, demo_loans, servicing, users
from workstation.services.auth import SignInFailed
from workstation.services.permissions import PermissionDenied
from workstation.services.session import UserSession

WRONG = "Wrong-Password-123"


def _entries(ctx: UserSession, step: Callable[[], object]) -> list[AuditEvent]:
    """The audit entries a step wrote (read through an open session of the same file)."""
    with ctx.read() as db:
        start = db.scalar(select(func.max(AuditEvent.seq)))
    step()
    with ctx.read() as db:
        return list(db.scalars(select(AuditEvent).where(AuditEvent.seq > start)))


def _one(
    entries: list[AuditEvent], action: str, outcome: str, user: str, role: str, subject: str | None
) -> AuditEvent:
    matching = [e for e in entries if e.action == action]
    assert len(matching) == 1, (action, [(e.action, e.outcome) for e in entries])
    event = matching[0]
    assert (event.outcome, event.actor_name, event.actor_role) == (outcome, user, role)
    assert event.occurred_at.utcoffset() == timedelta(0)
    assert event.occurred_at.tzinfo is not None
    if subject is not None:
        assert event.subject_id == subject, action
    return event


def _refuse(call: Callable[[], object], error: type[Exception]) -> Callable[[], None]:
    def run() -> None:
        with pytest.raises(error):
            call()

    return run


def test_c30_scripted_session_one_complete_entry_per_event_and_no_secrets(
    bench: Bench, tmp_path: Path
) -> None:
    watcher = bench.sign_in("auditor1")  # reads the trail between steps
    id_number = ric(seq="730")
    events: list[AuditEvent] = []

    events += _entries(watcher, _refuse(lambda: bench.sign_in("officer1", WRONG), SignInFailed))
    holder: dict[str, UserSession] = {}
    signed_in = _entries(watcher, lambda: holder.setdefault("o", bench.sign_in("officer1")))
    officer = holder["o"]
    _one(signed_in, "sign_in_failed", "failed", "", "", None)  # queued, written at next sign-in
    _one(signed_in, "signed_in", "ok", "officer1", "officer", None)
    events += signed_in

    denied = _entries(
        watcher, _refuse(lambda: users.add_user(officer, "mallory", "M", "admin"), PermissionDenied)
    )
    _one(denied, "user_add", "denied", "officer1", "officer", None)
    customer = customers.onboard(officer, person(id_number=id_number))
    revealed = _entries(watcher, lambda: customers.reveal(officer, customer.id, "id_number"))
    _one(revealed, "pii_revealed", "ok", "officer1", "officer", str(customer.id))
    exported = _entries(
        watcher, lambda: customers.export_csv(officer, [customer.id], tmp_path / "c.csv")
    )
    _one(exported, "customers_exported", "ok", "officer1", "officer", None)

    supervisor = bench.sign_in("supervisor1")
    referred = demo_loans.signed_application(officer)
    with officer.transaction() as db:  # the credit rules referred it to a supervisor
        application = db.get(Application, referred.application_id)
        assert application is not None
        application.status = "referred"
    request = approvals.request(
        officer, "application_referral", "application", referred.application_id, "c30"
    )
    approved = _entries(watcher, lambda: approvals.decide(supervisor, request, "approved", "ok"))
    _one(
        approved,
        "approval_decided",
        "ok",
        "supervisor1",
        "supervisor",
        str(referred.application_id),
    )

    signed = demo_loans.signed_application(officer)
    loan = servicing.create_loan_from_application(
        supervisor, signed.application_id, supervisor.now().date()
    )
    paid = _entries(
        watcher, lambda: servicing.disburse(supervisor, loan.id, signed.bank_account_id, "c30")
    )
    _one(paid, "loan_disbursed", "ok", "supervisor1", "supervisor", str(loan.id))

    admin = bench.admin()
    regranted = _entries(watcher, lambda: users.set_role(admin, "collector1", "officer"))
    _one(regranted, "role_granted", "ok", "it.admin", "admin", None)
    locked = _entries(watcher, lambda: supervisor.lock())
    _one(locked, "session_locked", "ok", "supervisor1", "supervisor", None)
    events += denied + revealed + exported + approved + paid + regranted + locked

    secrets = [USER_PASSWORD, ADMIN_PASSWORD, WRONG, id_number]
    secrets += [k.hex() for k in (officer.store.key, officer.audit_key, officer.master_key)]
    with watcher.read() as db:
        every = list(db.scalars(select(AuditEvent)))
    assert len(every) > len(events)
    for event in every:
        text = repr([getattr(event, c.key) for c in AuditEvent.__table__.columns])
        assert not [s for s in secrets if s in text], event.action
        assert event.occurred_at.astimezone(UTC) == event.occurred_at
