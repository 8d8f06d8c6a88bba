"""Debt-collection conduct rules, checked before any contact is logged.

The rules follow LENDING-RULES.md §3.5 and SECURITY-CHECKS C36: contact only within
the borrower's local hours (08:00-21:00 by default), at most N attempts per case per
day and per rolling week, only the borrower or a reference the borrower registered
with consent, never a message to a reference (messages could disclose the debt), and
nothing while a dispute or hardship hold is open, and no call for 7 days after a phone
conversation. A supervisor may override the hours, frequency and conversation rules
with a reason; the other rules have no override.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.models import CollectionCase, ContactAttempt, ContactPoint, Loan
from workstation.services.settings import Settings

CHANNELS = ("phone", "sms", "email", "visit", "letter")
MESSAGING = ("sms", "email", "letter")
PARTIES = ("borrower", "registered_contact")
# Outcomes where a conversation about the debt took place (a requested call-back is consent).
CONVERSATIONS = (
    "spoke_promise",
    "spoke_refused",
    "dispute_raised",
    "hardship_claimed",
    "paid_already",
)


@dataclass(frozen=True)
class ContactRequest:
    channel: str
    party: str
    contact_point_id: uuid.UUID | None
    at: datetime


@dataclass(frozen=True)
class Refusal:
    rule: str  # hold | party | third_party_message | hours | per_day | per_week | conversation
    reason: str

    @property
    def overridable(self) -> bool:
        return self.rule in ("hours", "per_day", "per_week", "conversation")


class ConductRefused(ValueError):
    """The contact breaks a conduct rule; the message explains which and why."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal


def check(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    """The first rule this contact would break, or None when it is allowed."""
    rules = (_hold, _party, _third_party_message, _hours, _per_day, _per_week, _conversation)
    for rule in rules:
        refusal = rule(s, settings, case, req)
        if refusal is not None:
            return refusal
    return None


def _hold(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    if not case.hold:
        return None
    return Refusal("hold", f"No contact while a {case.hold} hold is open on this case.")


def _party(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    if req.party not in PARTIES:
        return Refusal(
            "party",
            "Only the borrower and contacts the borrower registered may be "
            "contacted; other third parties may not.",
        )
    if req.contact_point_id is None:
        return (
            None
            if req.party == "borrower" and req.channel in ("visit", "letter")
            else Refusal("party", "Choose one of the borrower's registered contact points.")
        )
    point = s.get(ContactPoint, req.contact_point_id)
    loan = s.get(Loan, case.loan_id)
    if point is None or loan is None or point.customer_id != loan.customer_id:
        return Refusal("party", "This contact point is not registered by the borrower.")
    return _party_matches(point, req.party)


def _party_matches(point: ContactPoint, party: str) -> Refusal | None:
    if party == "borrower" and point.party == "borrower":
        return None
    if party == "registered_contact" and point.party == "reference" and point.consent_to_contact:
        return None
    return Refusal("party", "This person is not a registered contact who agreed to be contacted.")


def _third_party_message(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    if req.party == "registered_contact" and req.channel in MESSAGING:
        return Refusal(
            "third_party_message",
            "Messages to a reference contact are disabled: "
            "they could disclose the debt. Call and ask only for the borrower.",
        )
    return None


def _hours(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    start, end = contact_hours(settings)
    local = req.at.astimezone(_zone(settings)).time().replace(second=0, microsecond=0)
    if start <= local <= end:
        return None
    return Refusal(
        "hours",
        f"It is {local:%H:%M} for the borrower; contact is allowed only "
        f"between {start:%H:%M} and {end:%H:%M} local time.",
    )


def _per_day(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    zone = _zone(settings)
    local = req.at.astimezone(zone)
    midnight = datetime.combine(local.date(), time(0), zone)
    limit = int(settings.get("max_contacts_per_day"))
    if _attempts(s, case.id, midnight, midnight + timedelta(days=1)) < limit:
        return None
    return Refusal(
        "per_day", f"This case already had {limit} contact attempts today (the daily limit)."
    )


def _per_week(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    limit = int(settings.get("max_contacts_per_week"))
    if _attempts(s, case.id, req.at - timedelta(days=7), req.at + timedelta(seconds=1)) < limit:
        return None
    return Refusal(
        "per_week",
        f"This case already had {limit} contact attempts in the last 7 days (the weekly limit).",
    )


def _conversation(
    s: Session, settings: Settings, case: CollectionCase, req: ContactRequest
) -> Refusal | None:
    """No call for 7 days after a telephone conversation about the debt (Reg F 1006.14)."""
    if req.channel != "phone":
        return None
    spoke = s.scalar(
        select(func.max(ContactAttempt.occurred_at)).where(
            ContactAttempt.case_id == case.id,
            ContactAttempt.channel == "phone",
            ContactAttempt.refused_reason == "",
            ContactAttempt.outcome.in_(CONVERSATIONS),
            ContactAttempt.occurred_at > req.at - timedelta(days=7),
            ContactAttempt.occurred_at <= req.at,
        )
    )
    if spoke is None:
        return None
    return Refusal(
        "conversation",
        "The borrower was spoken to by telephone in the last 7 days; "
        "no further call until 7 days have passed.",
    )


def _attempts(s: Session, case_id: uuid.UUID, since: datetime, until: datetime) -> int:
    """Attempts actually made (refused ones were never made)."""
    return (
        s.scalar(
            select(func.count())
            .select_from(ContactAttempt)
            .where(
                ContactAttempt.case_id == case_id,
                ContactAttempt.refused_reason == "",
                ContactAttempt.occurred_at >= since,
                ContactAttempt.occurred_at < until,
            )
        )
        or 0
    )


def contact_hours(settings: Settings) -> tuple[time, time]:
    start, _, end = str(settings.get("contact_hours")).partition("-")
    return time.fromisoformat(start.strip()), time.fromisoformat(end.strip())


def _zone(settings: Settings) -> ZoneInfo:
    return ZoneInfo(str(settings.get("borrower_timezone")))
