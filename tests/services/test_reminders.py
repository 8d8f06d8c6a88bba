"""Reminders are queued once, reach a real local SMTP server, and failures retry visibly."""

from __future__ import annotations

import socket
from datetime import date, timedelta
from email.header import decode_header, make_header

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from tests.support import Bench
from workstation.services import demo_loans, eod, reminders, servicing
from workstation.services.schedules import add_months

DAY = date(2026, 11, 2)


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list = []  # type: ignore[type-arg]

    def handle_message(self, message) -> None:  # type: ignore[no-untyped-def]
        self.messages.append(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp():  # type: ignore[no-untyped-def]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield inbox, controller.port
    controller.stop()


def overdue_loan(bench: Bench):  # type: ignore[no-untyped-def]
    ctx = bench.sign_in("supervisor1")
    signed = demo_loans.signed_application(ctx)
    # The first installment fell due three days ago: an "overdue, 3 days" reminder.
    start = add_months(DAY - timedelta(days=3), -1)
    loan = servicing.create_loan_from_application(ctx, signed.application_id, start)
    servicing.disburse(ctx, loan.id, signed.bank_account_id, "d")
    return ctx, loan


def test_an_overdue_reminder_reaches_the_smtp_server(bench: Bench, smtp) -> None:  # type: ignore[no-untyped-def]
    inbox, port = smtp
    ctx, loan = overdue_loan(bench)
    eod.run_eod(ctx, DAY)
    bench.workstation.settings.set("smtp_host", "127.0.0.1")
    bench.workstation.settings.set("smtp_port", port)
    report = reminders.send_due(ctx, sms=_FailingSms())
    assert (report.sent, report.failed) == (1, 1)  # e-mail sent; SMS gateway down
    message = inbox.messages[0]
    assert message["To"] == "borrower@example.cn"
    subject = str(make_header(decode_header(message["Subject"])))
    assert f"贷款 {loan.number} 已逾期 3 天" in subject
    body = message.get_payload(decode=True).decode("utf-8")
    assert "王芳您好" in body
    assert "已逾期 3 天" in body
    views = {v.channel: v for v in reminders.list_reminders(ctx)}
    assert views["email"].status == "sent"
    assert views["sms"].status == "retry"
    assert "gateway down" in views["sms"].last_error
    assert views["sms"].recipient.endswith("8000")


def test_failed_sends_back_off_then_give_up(bench: Bench) -> None:
    ctx, _loan = overdue_loan(bench)
    eod.run_eod(ctx, DAY)
    bench.workstation.settings.set("smtp_host", "127.0.0.1")
    bench.workstation.settings.set("smtp_port", free_port())  # nothing listens there
    assert reminders.send_due(ctx, sms=_FailingSms()).failed == 2
    assert reminders.send_due(ctx, sms=_FailingSms()).failed == 0  # not due again yet
    for attempt in range(2, reminders.MAX_ATTEMPTS + 1):
        bench.clock.advance(minutes=2**attempt)
        ctx.stepped_up_at = ctx.last_activity = bench.clock.current
        reminders.send_due(ctx, sms=_FailingSms())
    views = reminders.list_reminders(ctx)
    assert {v.status for v in views} == {"failed"}
    assert {v.attempts for v in views} == {reminders.MAX_ATTEMPTS}


def test_rerunning_the_day_queues_nothing_twice(bench: Bench) -> None:
    ctx, _loan = overdue_loan(bench)
    eod.run_eod(ctx, DAY)
    with ctx.transaction() as s:
        again = reminders.queue_due(s, DAY, ctx.settings)
    assert again == 2
    assert len(reminders.list_reminders(ctx)) == 2  # OR IGNORE by dedupe key


class _FailingSms:
    def send(self, to: str, text: str) -> None:
        raise reminders.ReminderError("gateway down")
