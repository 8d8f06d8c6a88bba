"""Repayment reminders: queued by the end of day, sent from an outbox with retries.

Reminders go only to the borrower's own contact points (a reference must never learn
of the debt). Each message has a dedupe key (installment, trigger, channel), so a rerun
of the end of day queues nothing twice. Sending happens outside any database
transaction; failures are kept with the error and retried with exponential backoff
until MAX_ATTEMPTS, and stay visible in the collections screen.
"""

from __future__ import annotations

import json
import smtplib
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from workstation.models import Branch, ContactPoint, Customer, Installment, Loan, Reminder
from workstation.resources import resource_path
from workstation.services.identity_checks import mask_phone
from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.services.settings import Settings

MAX_ATTEMPTS = 5
BACKOFF = timedelta(minutes=1)
_CHANNEL_FOR_KIND = {"email": "email", "mobile": "sms"}
_OWED = (
    Installment.principal
    - Installment.principal_paid
    + Installment.interest
    - Installment.interest_paid
    + Installment.fee
    - Installment.fee_paid
    + Installment.penalty_accrued
    - Installment.penalty_paid
)


class ReminderError(ValueError):
    pass


class EmailSender(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class SmsGateway(Protocol):
    def send(self, to: str, text: str) -> None: ...


@dataclass(frozen=True)
class SmtpSender:
    """Plain SMTP (the branch relay); host, port and sender come from the settings."""

    host: str
    port: int
    sender: str

    def send(self, to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, to, subject
        message.set_content(body)
        with smtplib.SMTP(self.host, self.port, timeout=20) as smtp:
            smtp.send_message(message)


@dataclass(frozen=True)
class HttpSmsGateway:
    """Posts {"to", "text"} as JSON to the configured gateway; any non-2xx is a failure."""

    url: str

    def send(self, to: str, text: str) -> None:
        if not self.url:
            raise ReminderError("No SMS gateway is configured.")
        body = json.dumps({"to": to, "text": text}, ensure_ascii=False).encode()
        request = urllib.request.Request(self.url, body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=20) as response:
            if not 200 <= response.status < 300:
                raise ReminderError(f"SMS gateway answered {response.status}")


@dataclass(frozen=True)
class ReminderView:
    id: uuid.UUID
    loan_id: uuid.UUID
    channel: str
    template: str
    recipient: str  # masked
    status: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    sent_at: datetime | None


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int


# --- templates -------------------------------------------------------------------------


def load_templates(override: Path | None = None) -> dict[str, Any]:
    """The shipped templates, or an edited copy in the data folder when there is one."""
    path = (
        override
        if override is not None and override.exists()
        else resource_path("templates", "reminders.json")
    )
    templates: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return templates


def render(
    template: str, language: str, values: dict[str, str], override: Path | None = None
) -> tuple[str, str]:
    text = load_templates(override)[template][language]
    return text["subject"].format(**values), text["body"].format(**values)


# --- queueing (end of day) ------------------------------------------------------------------


def queue_due(s: Session, day: date, settings: Settings) -> int:
    """Queue before-due and overdue reminders falling on `day` for active loans' unpaid
    installments (a handful of due dates, found through the due-date index)."""
    triggers = _triggers(day, settings)
    rows = s.execute(
        select(Installment, Loan.number, Customer, Branch.name)
        .join(Loan, Loan.id == Installment.loan_id)
        .join(Customer, Customer.id == Loan.customer_id)
        .join(Branch, Branch.id == Loan.branch_id)
        .where(
            Loan.status == "active",
            Installment.superseded.is_(False),
            _OWED > 0,
            Installment.due_date.in_(list(triggers)),
        )
    )
    messages = [m for row in rows for m in _messages(row, triggers, day)]
    if messages:
        s.execute(insert(Reminder).prefix_with("OR IGNORE"), messages)
    return len(messages)


def _triggers(day: date, settings: Settings) -> dict[date, tuple[str, int]]:
    """due date -> (template, days overdue) for every reminder that falls on `day`."""
    before = int(settings.get("reminder_days_before"))
    found = {day + timedelta(days=before): ("before_due", 0)}
    for part in str(settings.get("reminder_days_overdue")).split(","):
        if part.strip().isdigit():
            found[day - timedelta(days=int(part))] = ("overdue", int(part))
    return found


def _messages(row: Any, triggers: dict[date, tuple[str, int]], day: date) -> list[dict[str, Any]]:
    installment, number, customer, branch = row
    owed = sum(
        (installment.principal, installment.interest, installment.fee, installment.penalty_accrued),
        Decimal(0),
    ) - sum(
        (
            installment.principal_paid,
            installment.interest_paid,
            installment.fee_paid,
            installment.penalty_paid,
        ),
        Decimal(0),
    )
    if owed <= 0:
        return []
    template, days = triggers[installment.due_date]
    language = "zh_CN" if customer.nationality == "CHN" else "en"
    values = {
        "name": customer.legal_name,
        "loan": number,
        "amount": f"{owed:,.2f}",
        "due_date": installment.due_date.isoformat(),
        "days": str(days),
        "branch": branch,
    }
    subject, body = render(template, language, values)
    return [
        _outbox_row(installment, point, template, language, subject, body, day)
        for point in customer.contacts
        if point.party == "borrower" and point.kind in _CHANNEL_FOR_KIND
    ]


def _outbox_row(
    installment: Installment,
    point: ContactPoint,
    template: str,
    language: str,
    subject: str,
    body: str,
    day: date,
) -> dict[str, Any]:
    channel = _CHANNEL_FOR_KIND[point.kind]
    return {
        "id": uuid.uuid4(),
        "loan_id": installment.loan_id,
        "channel": channel,
        "template": template,
        "language": language,
        "recipient": point.value,
        "subject": subject,
        "body": body,
        "status": "queued",
        "dedupe_key": f"{installment.id}:{template}:{day.isoformat()}:{channel}",
    }


# --- sending --------------------------------------------------------------------------------


def send_due(
    ctx: UserSession,
    email: EmailSender | None = None,
    sms: SmsGateway | None = None,
    limit: int = 200,
) -> SendReport:
    """Send queued reminders whose time has come; record each outcome."""
    ctx.require(Permission.COLLECTION_WORK, "reminders_send")
    email = email or SmtpSender(
        str(ctx.settings.get("smtp_host")),
        int(ctx.settings.get("smtp_port")),
        str(ctx.settings.get("smtp_from")),
    )
    sms = sms or HttpSmsGateway(str(ctx.settings.get("sms_gateway_url")))
    outcomes = [(r, _try_send(r, email, sms)) for r in _due(ctx, limit)]
    with ctx.transaction() as s:
        for reminder, error in outcomes:
            _record(s, ctx.now(), reminder.id, error)
        ctx.audit(s, "reminders_sent", details={"attempted": len(outcomes)})
    failed = sum(1 for _, error in outcomes if error)
    return SendReport(len(outcomes) - failed, failed)


def _due(ctx: UserSession, limit: int) -> list[Reminder]:
    with ctx.read() as s:
        return list(
            s.scalars(
                select(Reminder)
                .where(
                    Reminder.status.in_(("queued", "retry")),
                    or_(Reminder.next_attempt_at.is_(None), Reminder.next_attempt_at <= ctx.now()),
                )
                .order_by(Reminder.created_at)
                .limit(limit)
            )
        )


def _try_send(reminder: Reminder, email: EmailSender, sms: SmsGateway) -> str:
    try:
        if reminder.channel == "email":
            email.send(reminder.recipient, reminder.subject, reminder.body)
        else:
            sms.send(reminder.recipient, reminder.body)
    except (OSError, smtplib.SMTPException, ReminderError) as exc:
        return f"{type(exc).__name__}: {exc}"[:500]
    return ""


def _record(s: Session, now: datetime, reminder_id: uuid.UUID, error: str) -> None:
    row = s.get(Reminder, reminder_id)
    assert row is not None
    row.attempts += 1
    if not error:
        row.status, row.sent_at, row.last_error = "sent", now, ""
        return
    row.last_error = error
    row.status = "failed" if row.attempts >= MAX_ATTEMPTS else "retry"
    row.next_attempt_at = now + BACKOFF * 2 ** (row.attempts - 1)


def list_reminders(ctx: UserSession, limit: int = 1000) -> list[ReminderView]:
    ctx.require(Permission.COLLECTION_WORK, "reminders_list")
    with ctx.read() as s:
        rows = s.scalars(select(Reminder).order_by(Reminder.created_at.desc()).limit(limit))
        return [
            ReminderView(
                r.id,
                r.loan_id,
                r.channel,
                r.template,
                _mask(r),
                r.status,
                r.attempts,
                r.last_error,
                r.next_attempt_at,
                r.sent_at,
            )
            for r in rows
        ]


def _mask(reminder: Reminder) -> str:
    if reminder.channel == "sms":
        return mask_phone(reminder.recipient)
    head, _, domain = reminder.recipient.partition("@")
    return f"{head[:1]}***@{domain}"
