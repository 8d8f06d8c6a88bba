"""Portfolio risk: concentration and HHI, vintage curves, LPR sensitivity (crafted and stored)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert, select, update

from tests.support import Bench
from workstation.models import Customer, Loan, LoanBucketHistory
from workstation.services import demo_loans, portfolio_risk
from workstation.services.permissions import PermissionDenied
from workstation.services.portfolio_risk import Exposure, FloatingLoan, VintagePoint

D = Decimal


def exposure(product: str, balance: str, industry: str = "", region: str = "华北") -> Exposure:
    return Exposure(product, "BJ001", region, industry, D(balance))


def test_concentration_shares_add_up_and_the_hhi_is_exact() -> None:
    book = [exposure("PL01", "300.00"), exposure("CI01", "200.00"), exposure("PL01", "200.00")]
    book.append(exposure("RC01", "300.00"))
    result = portfolio_risk.concentration(book, "product")
    assert [(x.key, x.loans, x.balance, x.share) for x in result.lines] == [
        ("PL01", 2, D("500.00"), D("0.5")),
        ("RC01", 1, D("300.00"), D("0.3")),
        ("CI01", 1, D("200.00"), D("0.2")),
    ]
    assert result.total == D("1000.00")
    assert result.hhi == D("3800.00")  # 50² + 30² + 20²
    thirds = portfolio_risk.concentration(
        [exposure(code, "100.00") for code in ("A", "B", "C")], "product"
    )
    assert sum(x.share for x in thirds.lines) == 1  # 33.34 + 33.33 + 33.33
    assert [x.share for x in thirds.lines] == [D("0.3334"), D("0.3333"), D("0.3333")]
    assert thirds.hhi == D("3333.33")


def test_concentration_by_industry_and_region_names_the_unspecified() -> None:
    book = [exposure("PL01", "100.00", "教育"), exposure("PL01", "100.00")]
    by_industry = portfolio_risk.concentration(book, "industry")
    assert {x.key for x in by_industry.lines} == {"教育", portfolio_risk.UNSPECIFIED}
    one = portfolio_risk.concentration(book, "region")
    assert (one.lines[0].share, one.hhi) == (D(1), D("10000.00"))
    assert portfolio_risk.concentration([], "branch").hhi == 0
    with pytest.raises(ValueError, match="Concentration is by"):
        portfolio_risk.concentration(book, "colour")


def test_vintage_curves_on_crafted_snapshots() -> None:
    started = {"2026-01": (2, D("1000.00")), "2026-02": (1, D("500.00"))}
    months = ["2026-01", "2026-02", "2026-03", "2026-03"]
    late = [
        ("2026-01", "2026-03", "31-60", D("100.00")),
        ("2026-01", "2026-03", "90+", D("50.00")),
        ("2026-02", "2026-03", "61-90", D("250.00")),
        ("2026-02", "2026-02", "1-30", D("500.00")),  # not 30+: ignored
    ]
    january, february = portfolio_risk.vintage_curves(started, months, late)
    assert (january.vintage, january.loans, january.principal) == ("2026-01", 2, D("1000.00"))
    assert january.points == (
        VintagePoint(0, D(0), D(0)),
        VintagePoint(1, D(0), D(0)),
        VintagePoint(2, D("0.15"), D("0.05")),
    )
    assert february.points == (VintagePoint(0, D(0), D(0)), VintagePoint(1, D("0.5"), D(0)))
    assert portfolio_risk.months_between("2025-11", "2026-02") == 3


def test_lpr_sensitivity_to_the_cent_and_zero_for_fixed() -> None:
    loan = FloatingLoan("lpr1y", D("100000.00"), D("0.0435"), 8)
    assert portfolio_risk.income_change(loan, 25) == D("166.67")  # 100,000 × 0.25% × 8/12
    assert portfolio_risk.income_change(loan, -100) == D("-666.67")
    long = FloatingLoan("lpr5y", D("100000.00"), D("0.0435"), 30)
    assert portfolio_risk.income_change(long, 50) == D("500.00")  # capped at 12 months
    low = FloatingLoan("lpr1y", D("100000.00"), D("0.0050"), 12)
    assert portfolio_risk.income_change(low, -100) == D("-500.00")  # the rate stops at zero
    fixed = FloatingLoan("fixed", D("100000.00"), D("0.0435"), 8)
    assert portfolio_risk.income_change(fixed, 100) == D("0.00")
    result = portfolio_risk.sensitivity(
        [loan, long, fixed], D("400000.00"), (D("0.03"), D("0.035")), (-25, 25)
    )
    assert (result.loans, result.balance, result.share_of_portfolio) == (
        2,
        D("200000.00"),
        D("0.5"),
    )
    assert [(x.shift_bp, x.change, dict(x.by_basis)) for x in result.lines] == [
        (-25, D("-416.67"), {"lpr1y": D("-166.67"), "lpr5y": D("-250.00")}),
        (25, D("416.67"), {"lpr1y": D("166.67"), "lpr5y": D("250.00")}),
    ]


def test_risk_view_reads_the_branch_book(bench: Bench) -> None:
    ctx = bench.sign_in("supervisor1")
    as_of = date(2026, 11, 2)  # the bench clock's day
    demo_loans.insert_loans(ctx, 4, as_of, overdue_every=100)
    with ctx.transaction() as s:
        loans = s.scalars(select(Loan).order_by(Loan.number)).all()
        for loan in loans[:2]:
            loan.rate_basis, loan.rate_spread = "lpr1y", D("0.15")
        s.execute(update(Customer).values(industry="制造业"))
        vintage = loans[0].start_date.strftime("%Y-%m")
        s.execute(
            insert(LoanBucketHistory),
            [
                {"month": "2026-10", "loan_id": loans[0].id, "branch_id": loans[0].branch_id,
                 "bucket": "31-60", "balance": D("3000.00")},
                {"month": "2026-10", "loan_id": loans[1].id, "branch_id": loans[1].branch_id,
                 "bucket": "current", "balance": D("9000.00")},
            ],
        )  # fmt: skip
        floating = [
            (loan.outstanding_principal, sum(i.due_date > as_of for i in loan.installments))
            for loan in loans[:2]
        ]
        book = sum(loan.outstanding_principal for loan in loans)
        vintage_principal = sum(
            x.principal for x in loans if x.start_date.strftime("%Y-%m") == vintage
        )
    view = portfolio_risk.risk_view(ctx)
    by_product = view.concentrations[0]
    assert (by_product.dimension, by_product.total, by_product.hhi) == (
        "product",
        book,
        D("10000.00"),
    )
    industry = next(c for c in view.concentrations if c.dimension == "industry")
    assert [x.key for x in industry.lines] == ["制造业"]
    curve = next(v for v in view.vintages if v.vintage == vintage)
    late = next(
        p for p in curve.points if p.mob == portfolio_risk.months_between(vintage, "2026-10")
    )
    assert late.dpd30 == (D("3000.00") / vintage_principal).quantize(D("0.0001"))
    up = next(x for x in view.sensitivity.lines if x.shift_bp == 100)
    expected = sum(
        ((bal * D("0.01") * min(n, 12) / 12).quantize(D("0.01")) for bal, n in floating), D(0)
    )
    assert (view.sensitivity.loans, up.change) == (2, expected)
    assert up.change > 0


def test_risk_view_is_for_supervisors(bench: Bench) -> None:
    with pytest.raises(PermissionDenied):
        portfolio_risk.risk_view(bench.sign_in("officer1"))


def test_portfolio_risk_command(
    bench: Bench, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import json

    from tests.support import USER_PASSWORD
    from workstation.cli import main

    demo_loans.insert_loans(bench.sign_in("supervisor1"), 3, date(2026, 11, 2))
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{USER_PASSWORD}\n"))
    home = ["--home", str(bench.paths.home), "--user", "supervisor1", "--password-stdin"]
    assert main([*home, "--json", "portfolio", "risk"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["concentration"]["product"]["lines"][0]["loans"] == 3
    assert out["concentration"]["product"]["hhi"] == "10000.00"
    assert out["lpr_sensitivity"]["shifts"]["100"] == "0.00"  # all fixed
