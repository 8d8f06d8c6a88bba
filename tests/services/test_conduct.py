"""Conduct rules refuse every forbidden contact, record the refusal, and allow a clean one."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.support import Bench
from workstation.models import AuditEvent, ContactAttempt
from workstation.services import collections, demo_loans, eod, servicing
from workstation.services.conduct import ConductRefused
from workstation.services.permissions import PermissionDenied
from workstation.services.schedules import add_months

DAY = date(2026, 11, 2)
SHANGHAI = timedelta(hours=8)


def at_local(hour: int, minute: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - SHANGHAI


@pytest.fixture
def case(bench: Bench):  # type: ignore[no-untyped-def]
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, add_months(DAY, -2))
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "d")
    eod.run_eod(ctx, DAY)
    case_id = collections.work_queue(ctx, everyone=True)[0].case_id
    collections.assign(ctx, [case_id], "collector1")
    return case_id, signed


def call(
    bench: Bench,
    case_id: uuid.UUID,
    point: uuid.UUID | None,
    party: str = "borrower",
    channel: str = "phone",
    override: str = "",
    user: str = "collector1",
) -> uuid.UUID:
    ctx = bench.sign_in(user)
    return collections.log_contact(
        ctx, case_id, channel, party, point, "no_answer", "", override_reason=override
    )


def refused(bench: Bench, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ConductRefused) as info:
        call(bench, *args, **kwargs)
    return str(info.value)


def test_a_clean_call_is_allowed_and_logged(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = case
    bench.clock.current = at_local(10, 0)
    attempt = call(bench, case_id, signed.borrower_contact_id)
    ctx = bench.sign_in("collector1")
    assert collections.work_queue(ctx)[0].last_contact_at == bench.clock.current
    with ctx.read() as s:
        assert s.get(ContactAttempt, attempt).refused_reason == ""


@pytest.mark.parametrize(("hour", "minute"), [(7, 59), (21, 1)])
def test_outside_local_hours_is_refused(bench: Bench, case, hour: int, minute: int) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = case
    bench.clock.current = at_local(hour, minute)
    assert "between 08:00 and 21:00" in refused(bench, case_id, signed.borrower_contact_id)
    ctx = bench.sign_in("supervisor1")
    with ctx.read() as s:
        row = s.scalar(select(ContactAttempt).where(ContactAttempt.case_id == case_id))
        assert row.outcome == "refused"
        assert "21:00" in row.refused_reason
        actions = s.scalars(select(AuditEvent.action)).all()
        assert "contact_refused" in actions


def test_fourth_call_in_a_day_and_eighth_in_a_week_are_refused(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = case
    point = signed.borrower_contact_id
    for day_offset, calls in ((0, 2), (1, 2), (2, 2)):
        for n in range(calls):
            bench.clock.current = at_local(9 + n, 0, DAY + timedelta(days=day_offset))
            call(bench, case_id, point)
    bench.clock.current = at_local(12, 0, DAY + timedelta(days=3))
    call(bench, case_id, point)  # the 7th in the week
    assert "last 7 days" in refused(bench, case_id, point)  # the 8th
    bench.clock.current = at_local(12, 0, DAY + timedelta(days=9))
    for hour in (9, 10, 11):
        bench.clock.current = at_local(hour, 0, DAY + timedelta(days=9))
        call(bench, case_id, point)
    assert "daily limit" in refused(bench, case_id, point)  # the 4th today


def test_only_registered_consenting_contacts_and_no_messages_to_them(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = case
    bench.clock.current = at_local(10, 0)
    assert "other third parties" in refused(bench, case_id, None, party="neighbour")
    assert "not registered" in refused(bench, case_id, uuid.uuid4(), party="registered_contact")
    ref = signed.reference_contact_id
    assert "disclose the debt" in refused(bench, case_id, ref, "registered_contact", "sms")
    assert "not a registered contact" in refused(
        bench, case_id, signed.borrower_contact_id, "registered_contact"
    )
    call(bench, case_id, ref, "registered_contact")  # a call asking only for the borrower


def test_no_contact_during_a_hold(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = case
    bench.clock.current = at_local(10, 0)
    collections.set_dispute(bench.sign_in("collector1"), case_id, True, "borrower disputes fee")
    assert "dispute hold" in refused(bench, case_id, signed.borrower_contact_id)
    assert "dispute hold" in refused(
        bench, case_id, signed.borrower_contact_id, override="urgent", user="supervisor1"
    )


def test_supervisor_override_with_reason_is_allowed_and_audited(bench: Bench, case) -> None:  # type: ignore[no-untyped-def]
    case_id, signed = case
    bench.clock.current = at_local(21, 30)
    with pytest.raises(PermissionDenied):
        call(bench, case_id, signed.borrower_contact_id, override="borrower asked")
    attempt = call(
        bench,
        case_id,
        signed.borrower_contact_id,
        override="borrower asked for a call after work",
        user="supervisor1",
    )
    ctx = bench.sign_in("supervisor1")
    with ctx.read() as s:
        assert s.get(ContactAttempt, attempt).override_reason.startswith("hours: borrower")
        assert "contact_override" in s.scalars(select(AuditEvent.action)).all()
