"""Portfolio risk over a large book, and product fit for one customer.

    python benchmarks/portfolio_risk.py [--loans 200000] [--months 12]

Loans are inserted in bulk, a third of them made floating over an LPR, and one month-end
snapshot per month is written for every loan (a tenth of them 31-60 days late), so the
vintage query reads loans × months rows. Then `portfolio_risk.risk_view` (concentration,
vintages, LPR sensitivity) and `product_fit.rank_products` are timed. Figures are
printed (the screen loads it off the GUI thread, behind its Refresh button).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select, text, update

from tests.support import FakeClock, provision, use_file_keyring
from workstation.models import Customer, Loan
from workstation.services import demo_loans, portfolio_risk, product_fit, servicing
from workstation.services.schedules import add_months

_SNAPSHOT = text(
    "INSERT INTO loan_bucket_history (month, loan_id, branch_id, bucket, balance) "
    "SELECT :month, id, branch_id, CASE WHEN abs(random()) % 10 = 0 THEN '31-60' "
    "ELSE 'current' END, outstanding_principal FROM loan"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=200_000)
    parser.add_argument("--months", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="risk-bench-") as folder:
        use_file_keyring(Path(folder))
        bench = provision(Path(folder) / "home", FakeClock())
        ctx = bench.sign_in("supervisor1")
        day = servicing.business_date(ctx)
        started = time.perf_counter()
        demo_loans.insert_loans(ctx, args.loans, day)
        with ctx.transaction() as s:
            s.execute(
                update(Loan)
                .where(text("abs(random()) % 3 = 0"))
                .values(rate_basis="lpr1y", rate_spread=Decimal("0.15"))
            )
            for back in range(args.months, 0, -1):
                s.execute(_SNAPSHOT, {"month": add_months(day, -back).strftime("%Y-%m")})
            customer = s.scalar(select(Customer.id).limit(1))
        elapsed = time.perf_counter() - started
        print(f"set up {args.loans:,} loans × {args.months} snapshots in {elapsed:.1f} s")
        for attempt in range(3):
            started = time.perf_counter()
            view = portfolio_risk.risk_view(ctx)
            print(
                f"risk view #{attempt + 1}: {len(view.vintages)} vintages, "
                f"{view.sensitivity.loans:,} floating loans in "
                f"{(time.perf_counter() - started) * 1000:.0f} ms"
            )
        officer = bench.sign_in("officer1")
        assert customer is not None
        started = time.perf_counter()
        ranking = product_fit.rank_products(officer, customer, "consumption", Decimal(30000), 24)
        print(
            f"product fit: {len(ranking.ranked)} ranked, {len(ranking.excluded)} left out in "
            f"{(time.perf_counter() - started) * 1000:.0f} ms"
        )
        officer.sign_out()
        ctx.sign_out()


if __name__ == "__main__":
    main()
