"""Product fit: ranking order and score on crafted products, every exclusion, the store path."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from decimal import Decimal

import pytest

from tests.services.test_applications import add_customer
from tests.support import Bench
from workstation.models import Customer
from workstation.services import product_fit
from workstation.services.permissions import PermissionDenied
from workstation.services.product_fit import Applicant, FitRequest
from workstation.services.products import ProductInfo, ProductTerms

D = Decimal
CAP = D("0.24")
START = date(2026, 1, 15)


def offer(code: str, **changes: object) -> ProductInfo:
    terms = ProductTerms(
        code=code,
        name_en=code,
        name_zh=code,
        kind="personal",
        min_amount=D("1000.00"),
        max_amount=D("100000.00"),
        min_months=6,
        max_months=60,
        min_rate=D("0.06"),
        max_rate=D("0.08"),
        fee_rate=D("0"),
        penalty_rate_markup=D("0.5"),
        methods=("annuity",),
        customer_kinds=("person",),
        policy={"max_dti": "0.50"},
        purposes=("education", "consumption"),
    )
    active = bool(changes.pop("active", True))
    return ProductInfo(uuid.uuid4(), 1, active, dataclasses.replace(terms, **changes))


PERSON = Applicant("person", D("10000.00"), D("1000.00"))
EDUCATION = FitRequest("education", D("20000.00"), 24, START)


def codes(ranking: product_fit.Ranking) -> list[str]:
    return [f.product.code for f in ranking.ranked]


def reasons(ranking: product_fit.Ranking, code: str) -> set[str]:
    return {r.code for e in ranking.excluded if e.product.code == code for r in e.reasons}


def test_ranking_order_and_an_exact_score() -> None:
    catalogue = [
        offer("DEAR", min_rate=D("0.16"), max_rate=D("0.20")),
        offer("ANY", purposes=()),  # same price, funds any purpose: half the purpose points
        offer("CHEAP"),
    ]
    ranking = product_fit.rank(catalogue, PERSON, EDUCATION, CAP)
    assert codes(ranking) == ["CHEAP", "ANY", "DEAR"]
    best = ranking.best
    assert best is not None
    # list rate 7%, annuity 20,000 over 24 months: 895.45; no fee, so APR = 7%
    assert (best.rate, best.method, best.instalment, best.apr) == (
        D("0.0700"),
        "annuity",
        D("895.45"),
        D("0.07"),
    )
    assert best.debt_to_income == D("0.1895")  # (895.45 + 1,000) / 10,000
    # 40(1 - 0.07/0.24) + 30(1 - 0.189545/0.5) + 20 + 10((0.383838 + 0.666667)/2) = 72.2
    assert best.score == D("72.2")
    assert ranking.ranked[1].score == best.score - 10
    assert [r.code for r in best.reasons] == [
        "purpose_named",
        "price",
        "affordable",
        "within_range",
    ]
    assert best.reasons[2].params == {"ratio": "18.95%", "limit": "50.00%"}


def test_affordability_counts_income_and_existing_debts() -> None:
    catalogue = [offer("CHEAP")]
    heavy = dataclasses.replace(PERSON, monthly_debt=D("4200.00"))  # 5,095.45 > 50%
    ranking = product_fit.rank(catalogue, heavy, EDUCATION, CAP)
    assert codes(ranking) == []
    (excluded,) = ranking.excluded
    assert [(r.code, r.params) for r in excluded.reasons] == [
        ("unaffordable", {"ratio": "50.95%", "limit": "50.00%"})
    ]
    light = dataclasses.replace(PERSON, monthly_debt=D("4100.00"))  # 49.95 %
    assert codes(product_fit.rank(catalogue, light, EDUCATION, CAP)) == ["CHEAP"]
    richer = dataclasses.replace(heavy, monthly_income=D("12000.00"))
    assert codes(product_fit.rank(catalogue, richer, EDUCATION, CAP)) == ["CHEAP"]
    no_income = dataclasses.replace(PERSON, monthly_income=D("0"))
    assert reasons(product_fit.rank(catalogue, no_income, EDUCATION, CAP), "CHEAP") == {
        "unaffordable"
    }


def test_more_headroom_ranks_higher_at_the_same_price() -> None:
    tight = offer("TIGHT", policy={"max_dti": "0.30"})
    loose = offer("LOOSE", policy={"max_dti": "0.60"})
    assert codes(product_fit.rank([tight, loose], PERSON, EDUCATION, CAP)) == ["LOOSE", "TIGHT"]


@pytest.mark.parametrize(
    ("product", "applicant", "request_", "expected"),
    [
        (offer("X", active=False), PERSON, EDUCATION, {"inactive"}),
        (offer("X", customer_kinds=("business",)), PERSON, EDUCATION, {"customer_kind"}),
        (offer("X", max_amount=D("10000.00")), PERSON, EDUCATION, {"amount_range"}),
        (offer("X", max_months=12), PERSON, EDUCATION, {"term_range"}),
        (offer("X", purposes=("vehicle",)), PERSON, EDUCATION, {"purpose"}),
        (offer("X", min_rate=D("0.26"), max_rate=D("0.30")), PERSON, EDUCATION, {"rate_cap"}),
        (
            offer("X", policy={"min_monthly_income": "15000"}),
            PERSON,
            EDUCATION,
            {"income_minimum"},
        ),
        (
            offer("X", purposes=("vehicle",), max_months=12, customer_kinds=("business",)),
            PERSON,
            EDUCATION,
            {"purpose", "term_range", "customer_kind"},
        ),
    ],
)
def test_each_exclusion_reason(
    product: ProductInfo, applicant: Applicant, request_: FitRequest, expected: set[str]
) -> None:
    ranking = product_fit.rank([product], applicant, request_, CAP)
    assert ranking.ranked == ()
    assert reasons(ranking, "X") == expected


def test_fees_raise_the_apr_used_for_price_and_the_cap() -> None:
    fee = offer("FEE", fee_rate=D("0.02"))
    plain = offer("PLAIN")
    ranking = product_fit.rank([fee, plain], PERSON, EDUCATION, CAP)
    assert codes(ranking) == ["PLAIN", "FEE"]
    assert ranking.ranked[1].apr > D("0.08")
    short = FitRequest("education", D("20000.00"), 6, START)
    steep = offer("STEEP", fee_rate=D("0.08"), min_months=3)
    assert reasons(product_fit.rank([steep], PERSON, short, CAP), "STEEP") == {"rate_cap"}


def test_a_request_that_makes_no_sense_is_refused() -> None:
    with pytest.raises(product_fit.ProductFitError, match="purpose"):
        product_fit.check_request("gambling", D("1000"), 12, START)
    with pytest.raises(product_fit.ProductFitError, match="positive"):
        product_fit.check_request("education", D("-5"), 12, START)
    with pytest.raises(product_fit.ProductFitError, match="month"):
        product_fit.check_request("education", D("1000"), 0, START)


def test_rank_products_uses_the_stored_customer_and_catalogue(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    customer = add_customer(officer)  # a person earning 18,000 a month
    ranking = product_fit.rank_products(officer, customer, "education", D("50000.00"), 24)
    assert codes(ranking) == ["PL01", "CI01"]
    assert reasons(ranking, "RC01") == {"purpose", "term_range"}
    assert reasons(ranking, "BW01") >= {"customer_kind", "purpose"}
    with officer.transaction() as s:
        row = s.get(Customer, customer)
        assert row is not None
        row.monthly_debt_payments = D("8000.00")
    squeezed = product_fit.rank_products(officer, customer, "education", D("50000.00"), 24)
    assert "unaffordable" in reasons(squeezed, "CI01")


def test_rank_products_needs_the_application_permission(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    customer = add_customer(officer)
    with pytest.raises(PermissionDenied):
        product_fit.rank_products(
            bench.sign_in("collector1"), customer, "education", D("50000.00"), 24
        )


def test_the_recorded_purpose_leads_with_the_category() -> None:
    assert product_fit.purpose_text("education", " tuition ") == "education: tuition"
    assert product_fit.purpose_text("medical", "") == "medical"


def test_product_fit_command(
    bench: Bench, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import json

    from tests.support import USER_PASSWORD
    from workstation.cli import main

    customer = add_customer(bench.sign_in("officer1"))
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{USER_PASSWORD}\n"))
    home = ["--home", str(bench.paths.home), "--user", "officer1", "--password-stdin", "--json"]
    argv = ["product-fit", "--customer", str(customer), "--purpose", "education"]
    assert main([*home, *argv, "--amount", "50000", "--months", "24"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["product"] for r in out["ranked"]] == ["PL01", "CI01"]
    assert out["ranked"][0]["reasons"][0] == "purpose_named(purpose=education)"
    assert {e["product"] for e in out["excluded"]} == {"BW01", "RC01", "SC01"}
