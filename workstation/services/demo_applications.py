"""Demo applications in every state: drafts, withdrawn, referred, declined, approved,
contract issued, signed and paid out.

An officer creates them, so the demo supervisor's approvals inbox holds cases that the
supervisor may decide (four eyes). Scorecard answers vary: complete strong answers
(approved, or referred above the officer's authority), one answer left out (referred
for incomplete inputs).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from workstation.services import (
    applications,
    branch_certificates,
    contracts,
    credit,
    products,
    servicing,
)
from workstation.services.applications import NewApplication
from workstation.services.schedules import add_months
from workstation.services.session import UserSession

D = Decimal
# (product, amount, months, annual rate) by customer kind, cycled over the customers.
_OFFERS = {
    "person": [
        ("PL01", D("80000.00"), 36, D("0.108")),
        ("CI01", D("12000.00"), 12, D("0.12")),
        ("PL01", D("180000.00"), 60, D("0.096")),
    ],
    "business": [("BW01", D("300000.00"), 24, D("0.08")), ("SC01", D("150000.00"), 6, D("0.07"))],
}


def demo_step(ctx: UserSession, customers: int) -> None:
    """Create about a dozen applications as the demo officer."""
    from workstation.services.demo import DEMO_PASSWORD  # demo imports this module

    officer = ctx.workstation.sign_in("officer", DEMO_PASSWORD)
    try:
        catalogue = {p.code: p.id for p in products.list_products(officer)}
        for number, choice in enumerate(applications.find_customers(officer, "")[:12]):
            _one(officer, catalogue, choice, number)
    finally:
        officer.sign_out()


def strong_answers() -> dict[str, object]:
    """Every scorecard question answered with its best-scoring value."""
    answers: dict[str, object] = {}
    for characteristic in credit.load().characteristics:
        best = max(characteristic.bins, key=lambda b: b.points)
        if characteristic.name not in applications.DERIVED_INPUTS:
            answers[characteristic.name] = best.values[0] if best.values else int(best.lower or 1)
    return answers


def _one(
    ctx: UserSession,
    catalogue: dict[str, uuid.UUID],
    choice: applications.CustomerChoice,
    number: int,
) -> None:
    offers = _OFFERS.get(choice.kind, _OFFERS["person"])
    code, amount, months, rate = offers[number % len(offers)]
    method = "interest-only" if code == "SC01" else "annuity"
    answers = strong_answers()
    if number % 4 == 3:
        answers.pop("housing", None)
    new = NewApplication(choice.id, catalogue[code], amount, months, rate, method, "demo", answers)
    made = applications.create_draft(ctx, new)
    if number % 4 == 0:
        return
    applications.submit(ctx, made.id)
    if number % 4 == 1:
        applications.withdraw(ctx, made.id, "customer chose another lender")
        return
    applications.assess(ctx, made.id)


# --- later stages: contracts and payouts, through the same services officers use -------------

_LATER = 12  # customers walked past approval
_REFERRALS = 2  # more cases for the supervisor's inbox


def lifecycle_step(ctx: UserSession, customers: int) -> None:
    """Contracts awaiting signature, signed ones awaiting payout, and paid-out loans.

    Runs as the demo supervisor (who disburses); the officer issues and collects the
    borrower's typed signature. One loan starts two months back with nothing repaid,
    so the end-of-day run that follows puts it in the collection queue.
    """
    from workstation.services.demo import DEMO_PASSWORD  # demo imports this module

    _signing_certificate(ctx, DEMO_PASSWORD)
    officer = ctx.workstation.sign_in("officer", DEMO_PASSWORD)
    try:
        catalogue = {p.code: p.id for p in products.list_products(officer)}
        people = [
            c for c in applications.find_customers(officer, "", 200)[12:] if c.kind == "person"
        ]
        approved = _approved(officer, catalogue, people[:_LATER])
        _refer(officer, catalogue, people[_LATER:])
        for number, app_id in enumerate(approved[2:]):  # the first two stay approved
            _issue_contract(officer, app_id, sign=number >= 2)
    finally:
        officer.sign_out()
    ctx.confirm_password(DEMO_PASSWORD)
    today = servicing.business_date(ctx)
    for number, app_id in enumerate(approved[6:]):
        _pay_out(
            ctx, app_id, add_months(today, -2) if number == 0 else today - timedelta(days=number)
        )


def _signing_certificate(ctx: UserSession, password: str) -> None:
    admin = ctx.workstation.sign_in("admin", password)
    try:
        if not branch_certificates.list_credentials(admin):
            branch_certificates.create_local_certificate(admin, "北京朝阳支行")
    finally:
        admin.sign_out()


def _approved(
    ctx: UserSession, catalogue: dict[str, uuid.UUID], people: list[applications.CustomerChoice]
) -> list[uuid.UUID]:
    """Strong answers on modest terms; the credit rules still decline some borrowers."""
    made = []
    for number, choice in enumerate(people):
        code, amount, months, rate = _OFFERS["person"][number % 2]
        new = NewApplication(
            choice.id, catalogue[code], amount, months, rate, "annuity", "demo", strong_answers()
        )
        app_id = applications.create_draft(ctx, new).id
        applications.submit(ctx, app_id)
        if applications.assess(ctx, app_id).status == "approved":
            made.append(app_id)
    return made


def _refer(
    ctx: UserSession, catalogue: dict[str, uuid.UUID], people: list[applications.CustomerChoice]
) -> None:
    """Applications with a scorecard answer left out, until the inbox has a few more."""
    referred = 0
    for choice in people[: _REFERRALS * 4]:
        answers = strong_answers()
        answers.pop("housing", None)
        code, amount, months, rate = _OFFERS["person"][1]
        new = NewApplication(
            choice.id, catalogue[code], amount, months, rate, "annuity", "", answers
        )
        app_id = applications.create_draft(ctx, new).id
        applications.submit(ctx, app_id)
        referred += applications.assess(ctx, app_id).status == "referred"
        if referred == _REFERRALS:
            return


def _issue_contract(ctx: UserSession, app_id: uuid.UUID, sign: bool) -> None:
    """Issue the contract; with `sign`, the borrower types their name and consents."""
    issued = contracts.issue_contract(ctx, app_id, "bilingual")
    if sign:
        contracts.sign_contract(ctx, issued.id, None, issued.customer_name, consent=True)


def _pay_out(ctx: UserSession, app_id: uuid.UUID, start: date) -> None:
    loan = servicing.create_loan_from_application(ctx, app_id, start)
    account = servicing.payout_accounts(ctx, app_id)[0]
    servicing.disburse(ctx, loan.id, account.id, f"demo-payout:{app_id}")
