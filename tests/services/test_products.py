"""Product catalogue: seeded at provisioning, versioned on every change, checked requests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.support import Bench
from workstation.services import products
from workstation.services.permissions import PermissionDenied

D = Decimal


def test_provisioning_seeds_the_five_default_products(bench: Bench) -> None:
    catalogue = products.list_products(bench.sign_in("officer1"))
    assert [p.code for p in catalogue] == ["BW01", "CI01", "PL01", "RC01", "SC01"]
    kinds = {p.code: p.terms.kind for p in catalogue}
    assert kinds == {
        "PL01": "personal",
        "CI01": "consumer",
        "RC01": "revolving",
        "BW01": "business",
        "SC01": "supply",
    }
    personal = next(p for p in catalogue if p.code == "PL01")
    assert personal.terms.policy["max_dti"] == "0.50"
    assert personal.terms.customer_kinds == ("person",)
    assert personal.fee_for(D("100000.00")) == D("1000.00")


def test_revision_makes_a_new_version_and_keeps_the_old_row(bench: Bench) -> None:
    admin = bench.admin()
    old = next(p for p in products.list_products(admin) if p.code == "PL01")
    new = products.revise_product(admin, "PL01", {"max_rate": D("0.16"), "fee_rate": D("0.005")})
    assert (new.version, new.terms.max_rate, new.terms.fee_rate) == (2, D("0.16"), D("0.005"))
    assert new.id != old.id
    history = [p for p in products.list_products(admin, include_inactive=True) if p.code == "PL01"]
    assert [(p.version, p.active, p.terms.max_rate) for p in history] == [
        (1, False, D("0.180000")),
        (2, True, D("0.160000")),
    ]
    assert products.get_product(admin, old.id).terms.max_rate == D("0.18")


def test_officer_cannot_change_products(bench: Bench) -> None:
    with pytest.raises(PermissionDenied):
        products.revise_product(bench.sign_in("officer1"), "PL01", {"max_rate": D("0.1")})


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"min_amount": D("300000")}, "amounts must satisfy"),
        ({"methods": ("weekly",)}, "unknown or missing repayment method"),
        ({"policy": {"max_dti": "0.5", "favourite_colour": "red"}}, "policy parameters"),
        ({"code": "X"}, "cannot be changed: code"),
    ],
)
def test_inconsistent_revisions_are_refused(bench: Bench, changes: dict, message: str) -> None:
    with pytest.raises(products.ProductError, match=message):
        products.revise_product(bench.admin(), "PL01", changes)


def test_requests_outside_the_product_name_the_limit(bench: Bench) -> None:
    personal = next(p for p in products.list_products(bench.admin()) if p.code == "PL01")
    products.check_request(personal, "person", D("50000"), 24, D("0.12"), "annuity")
    with pytest.raises(products.ProductError) as refused:
        products.check_request(personal, "business", D("250000"), 72, D("0.20"), "bullet")
    text = str(refused.value)
    for part in (
        "not offered to business",
        "between 5,000.00 and 200,000.00",
        "between 6 and 60 months",
        "between 6.00% and 18.00%",
        "annuity, equal-principal",
    ):
        assert part in text
