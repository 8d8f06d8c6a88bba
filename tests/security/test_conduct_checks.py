"""C36 collection conduct and data minimisation, named after the auditor's checks.

Builds on the collections engineer's fixtures (tests/services/test_conduct.py): an
overdue loan with a case assigned to collector1, borrower in Asia/Shanghai.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.services.test_conduct import DAY, at_local, call, refused
from tests.support import Bench
from workstation.models import AuditEvent, ContactAttempt
from workstation.services import collections, demo_loans, eod, servicing
from workstation.services.schedules import add_months

ROOT = Path(__file__).resolve().parents[2] / "workstation"


@pytest.fixture
def overdue_case(bench: Bench):  # type: ignore[no-untyped-def]
    """As tests/services/test_conduct.py `case`: two months overdue, assigned to collector1."""
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, add_months(DAY, -2))
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "d")
    eod.run_eod(ctx, DAY)
    case_id = collections.work_queue(ctx, everyone=True)[0].case_id
    collections.assign(ctx, [case_id], "collector1")
    return case_id, signed


def _attempts(bench: Bench) -> list[ContactAttempt]:
    ctx = bench.sign_in("supervisor1")
    with ctx.read() as db:
        rows = list(db.scalars(select(ContactAttempt).order_by(ContactAttempt.occurred_at)))
        db.expunge_all()
    return rows


def _audited(bench: Bench, action: str) -> int:
    ctx = bench.sign_in("supervisor1")
    with ctx.read() as db:
        return int(db.scalar(select(func.count()).where(AuditEvent.action == action)) or 0)


def test_c36_eighth_attempt_within_7_days_is_blocked(bench: Bench, overdue_case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = overdue_case
    for n in range(7):  # one a day at 10:00, under the daily limit
        bench.clock.current = at_local(10, 0, DAY + timedelta(days=n))
        call(bench, case_id, signed.borrower_contact_id)
    bench.clock.current = at_local(11, 0, DAY + timedelta(days=6))
    assert "7 days" in refused(bench, case_id, signed.borrower_contact_id)
    bench.clock.current = at_local(10, 1, DAY + timedelta(days=7))  # day 1's call aged out
    call(bench, case_id, signed.borrower_contact_id)


@pytest.mark.parametrize(("hour", "minute"), [(7, 59), (21, 1)])
def test_c36_calls_at_0759_and_2101_local_are_blocked(
    bench: Bench, overdue_case, hour, minute
) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = overdue_case
    bench.clock.current = at_local(hour, minute)
    assert "local time" in refused(bench, case_id, signed.borrower_contact_id)
    bench.clock.current = at_local(8, 0) if hour == 7 else at_local(21, 0)
    call(bench, case_id, signed.borrower_contact_id)


def test_c36_call_within_7_days_after_a_conversation_is_blocked(bench: Bench, overdue_case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = overdue_case
    bench.clock.current = at_local(10, 0)
    ctx = bench.sign_in("collector1")
    collections.log_contact(
        ctx,
        case_id,
        "phone",
        "borrower",
        signed.borrower_contact_id,
        "spoke_refused",
        "Refused to pay",
    )
    bench.clock.current = at_local(10, 0, DAY + timedelta(days=6, hours=23))
    assert "spoken to" in refused(bench, case_id, signed.borrower_contact_id)
    bench.clock.current = at_local(10, 1, DAY + timedelta(days=7))
    call(bench, case_id, signed.borrower_contact_id)


def test_c36_message_to_a_reference_contact_is_blocked(bench: Bench, overdue_case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = overdue_case
    bench.clock.current = at_local(10, 0)
    for channel in ("sms", "email"):
        message = refused(
            bench, case_id, signed.reference_contact_id, party="registered_contact", channel=channel
        )
        assert "disclose" in message


def test_c36_override_needs_a_supervisor_and_a_reason_and_is_audited(
    bench: Bench, overdue_case
) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = overdue_case
    bench.clock.current = at_local(7, 30)
    with pytest.raises(PermissionError):
        call(bench, case_id, signed.borrower_contact_id, override="borrower asked for early call")
    refused(bench, case_id, signed.borrower_contact_id, user="supervisor1")  # supervisor, no reason
    before = _audited(bench, "contact_override")
    call(bench, case_id, signed.borrower_contact_id, override="borrower asked", user="supervisor1")
    overridden = [a for a in _attempts(bench) if a.override_reason]
    assert [a.override_reason for a in overridden] == ["hours: borrower asked"]
    assert overridden[0].officer == "supervisor1"
    assert _audited(bench, "contact_override") == before + 1


def test_c36_every_attempt_is_logged_allowed_or_refused(bench: Bench, overdue_case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = overdue_case
    bench.clock.current = at_local(10, 0)
    call(bench, case_id, signed.borrower_contact_id)
    bench.clock.current = at_local(22, 0)
    refused(bench, case_id, signed.borrower_contact_id)
    refused(bench, case_id, signed.reference_contact_id, party="registered_contact", channel="sms")
    rows = _attempts(bench)
    assert len(rows) == 3
    assert [bool(r.refused_reason) for r in rows] == [False, True, True]
    assert _audited(bench, "contact_refused") == 2


CONTACT_IMPORT = re.compile(
    r"import[_ ]contacts|\.vcf\b|vcard|address[_ ]book|call[_ ]log|QContacts|phonebook",
    re.IGNORECASE,
)


def test_c36_no_contact_list_or_call_log_import_exists() -> None:
    """Data minimisation: nothing in the app reads a phone book, vCard or call log."""
    hits = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in ROOT.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CONTACT_IMPORT.search(line)
    ]
    assert hits == []
    from workstation.services import collections as coll
    from workstation.services import customers as cust

    public = [n for m in (coll, cust) for n in dir(m) if not n.startswith("_")]
    assert not [n for n in public if re.search(r"contacts?_import|import_contacts", n)]
