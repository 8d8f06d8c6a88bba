"""Policy rules: each fires on its crafted case and only there; parameters come per product."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from tests.services.test_credit_fixtures import (
    Person,
    add_application,
    add_loan,
    add_person,
    product_row_id,
    ric,
)
from tests.support import Bench
from workstation.models import Application, Customer, Product, WatchlistEntry, WatchlistHit
from workstation.services import policy_rules
from workstation.services.policy_rules import PolicyParams
from workstation.services.session import UserSession

Setup = Callable[[Session, UserSession, Customer], None]


def _nothing(session: Session, ctx: UserSession, customer: Customer) -> None:
    return None


def _loan(outstanding: str, dpd: int = 0, status: str = "active") -> Setup:
    def setup(session: Session, ctx: UserSession, customer: Customer) -> None:
        add_loan(
            session,
            ctx,
            customer.id,
            product_row_id(session),
            outstanding=outstanding,
            days_past_due=dpd,
            status=status,
        )

    return setup


def _hit(status: str) -> Setup:
    def setup(session: Session, ctx: UserSession, customer: Customer) -> None:
        entry = WatchlistEntry(list_name="sanctions", name=customer.legal_name)
        session.add(entry)
        session.flush()
        session.add(
            WatchlistHit(
                customer_id=customer.id, entry_id=entry.id, match_kind="name", status=status
            )
        )

    return setup


def _both(*steps: Setup) -> Setup:
    def setup(session: Session, ctx: UserSession, customer: Customer) -> None:
        for step in steps:
            step(session, ctx, customer)

    return setup


# name -> (person, application terms, extra rows, expected rule ids)
CASES: dict[str, tuple[Person, dict[str, object], Setup, set[str]]] = {
    "clean (closed loan and cleared hit ignored)": (
        Person(),
        {},
        _both(_loan("190000.00", status="closed"), _hit("cleared")),
        set(),
    ),
    "age_min": (
        Person(birth=date(2010, 5, 20), ric=ric(date(2010, 5, 20), 11)),
        {},
        _nothing,
        {"age_min"},
    ),
    "age_max": (
        Person(birth=date(1950, 5, 20), ric=ric(date(1950, 5, 20), 13)),
        {},
        _nothing,
        {"age_max"},
    ),
    "age_unknown": (
        Person(birth=None, ric=ric(date(1985, 5, 20), 15)),
        {},
        _nothing,
        {"age_unknown"},
    ),
    "income_min": (
        Person(income=Decimal("2900.00"), ric=ric(date(1985, 5, 20), 17)),
        {"amount": "5000.00"},
        _nothing,
        {"income_min"},
    ),
    "dti_max": (
        Person(debt=Decimal("9000.00"), ric=ric(date(1985, 5, 20), 19)),
        {},
        _nothing,
        {"dti_max"},
    ),
    # PL01 allows 200,000 in total (the built-in default would allow 500,000).
    "exposure_max": (
        Person(ric=ric(date(1985, 5, 20), 21)),
        {},
        _loan("160000.00"),
        {"exposure_max"},
    ),
    "apr_cap": (Person(ric=ric(date(1985, 5, 20), 23)), {"apr": "0.2500"}, _nothing, {"apr_cap"}),
    "apr_unknown": (
        Person(ric=ric(date(1985, 5, 20), 25)),
        {"apr": None},
        _nothing,
        {"apr_unknown"},
    ),
    "overdue_loans": (
        Person(ric=ric(date(1985, 5, 20), 27)),
        {},
        _loan("10000.00", dpd=12),
        {"overdue_loans"},
    ),
    "watchlist_unresolved": (
        Person(ric=ric(date(1985, 5, 20), 29)),
        {},
        _hit("open"),
        {"watchlist_unresolved"},
    ),
    "watchlist_confirmed": (
        Person(ric=ric(date(1985, 5, 20), 31)),
        {},
        _hit("confirmed"),
        {"watchlist_unresolved"},
    ),
    "document_expired": (
        Person(doc_expiry=date(2026, 1, 1), ric=ric(date(1985, 5, 20), 33)),
        {},
        _nothing,
        {"document_expired"},
    ),
}
HARD = {
    "age_min",
    "age_max",
    "income_min",
    "dti_max",
    "exposure_max",
    "apr_cap",
    "overdue_loans",
    "watchlist_unresolved",
    "document_expired",
}


def _run(
    session: Session, ctx: UserSession, case: tuple[Person, dict[str, object], Setup, set[str]]
) -> tuple[policy_rules.RuleHit, ...]:
    person, terms, setup, _expected = case
    customer = add_person(session, ctx, person)
    setup(session, ctx, customer)
    app: Application = add_application(session, ctx, customer.id, product_row_id(session), **terms)
    product = session.get(Product, app.product_id)
    assert product is not None
    facts = policy_rules.gather(session, app, customer, ctx.now().date())
    return policy_rules.evaluate(facts, PolicyParams.from_json(product.policy), Decimal("0.24"))


def test_each_rule_fires_on_its_case_and_stays_silent_on_a_clean_one(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    with officer.transaction() as session:
        fired = {name: _run(session, officer, case) for name, case in CASES.items()}
    for name, hits in fired.items():
        assert {h.rule_id for h in hits} == CASES[name][3], name
        for hit in hits:
            assert hit.severity == ("hard" if hit.rule_id in HARD else "soft"), name
            assert hit.message, name
            assert hit.message_zh, name


def test_messages_name_the_figures_an_officer_can_act_on(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    with officer.transaction() as session:
        (hit,) = _run(session, officer, CASES["exposure_max"])
    assert hit.message == (
        "Total exposure 210,000.00 (outstanding loans plus this one) exceeds 200,000.00."
    )


def test_missing_policy_keys_take_the_defaults_and_bad_ones_are_refused() -> None:
    assert PolicyParams.from_json("{}") == PolicyParams()
    assert PolicyParams.from_json('{"max_age": 60}').max_age == 60
    with pytest.raises(ValueError, match="malformed"):
        PolicyParams.from_json('{"max_dti": "lots"}')


def test_largest_payment_is_used_for_debt_to_income() -> None:
    annuity = policy_rules.monthly_payment(Decimal("120000"), Decimal("0.12"), 12, "annuity")
    equal = policy_rules.monthly_payment(Decimal("120000"), Decimal("0.12"), 12, "equal-principal")
    assert annuity == Decimal("10661.85")
    assert equal == Decimal("11200.00")  # first month: 10,000 principal + 1,200 interest
