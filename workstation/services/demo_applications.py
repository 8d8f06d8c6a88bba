"""Demo applications in every early state: drafts, withdrawn, approved, referred, declined.

An officer creates them, so the demo supervisor's approvals inbox holds cases that the
supervisor may decide (four eyes). Scorecard answers vary: complete strong answers
(approved, or referred above the officer's authority), one answer left out (referred
for incomplete inputs).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from workstation.services import applications, credit, products
from workstation.services.applications import NewApplication
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
